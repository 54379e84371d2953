"""Expand the paths a user typed into the article files under them, in a stable order, never hanging."""

from __future__ import annotations

import errno
import os
import stat
from collections.abc import Iterator, Sequence
from pathlib import Path

from tracker.sources.records import SUPPORTED_LIST, SUPPORTED_SUFFIXES, SourceFailure

STDIN = Path("-")


def discover(paths: Sequence[str]) -> Iterator[Path | SourceFailure]:
    """Files to read, in argument order; folders are walked recursively in sorted order.

    Inside folders only supported files are taken (others and hidden entries are skipped
    silently); a file named explicitly with another extension is refused. ``-`` yields ``Path("-")``
    (standard input). Missing paths, broken or looping links and unreadable folders become
    SourceFailure items, so one bad path never stops the rest.
    """
    for arg in paths:
        if arg == "-":
            yield STDIN
            continue
        if not str(arg):  # Path("") is the working folder: an empty argument is a slip, not a request for it
            yield SourceFailure("''", "an empty path; give a file or folder, or - for standard input")
            continue
        path = Path(arg)
        st = _stat(path)
        if isinstance(st, SourceFailure):
            yield st
        elif stat.S_ISDIR(st.st_mode):
            yield from _walk(path, st)
        elif not stat.S_ISREG(st.st_mode):
            yield SourceFailure(str(path), "not a regular file (a device, socket or pipe); "
                                           "save the article to a file, or pipe it in with -")
        elif path.suffix.lower() not in SUPPORTED_SUFFIXES:
            yield SourceFailure(str(path), unsupported_reason(path))
        else:
            yield path


def unsupported_reason(path: Path) -> str:
    kind = f"'{path.suffix}'" if path.suffix else "without an extension"
    return (f"unsupported file type {kind}; tracker reads {SUPPORTED_LIST}: "
            "convert the article to one of these, or rename it if it already is plain text")


def _stat(path: Path) -> os.stat_result | SourceFailure:
    try:
        return path.stat()
    except FileNotFoundError:
        if path.is_symlink():
            return SourceFailure(str(path), "broken symbolic link (its target does not exist); fix or remove the link")
        return SourceFailure(str(path), "no such file or folder; check the path")
    except OSError as e:
        if e.errno == errno.ELOOP:
            return SourceFailure(str(path), "symbolic link loop; fix or remove the link")
        return SourceFailure(str(path), f"cannot open: {e.strerror}; check the path and its permissions")


def _walk(root: Path, root_st: os.stat_result) -> Iterator[Path | SourceFailure]:
    # An explicit stack of sorted entry lists (not recursion): depth is bounded by nothing but the tree.
    # A folder is identified by (device, inode); meeting an ancestor again means a link loop, and a
    # folder reached twice through different links is read once.
    seen = {(root_st.st_dev, root_st.st_ino)}
    stack: list[tuple[tuple[int, int], Iterator[os.DirEntry[str]]]] = []
    opened = _listing(root)
    if isinstance(opened, SourceFailure):
        yield opened
        return
    stack.append(((root_st.st_dev, root_st.st_ino), opened))
    while stack:
        entry = next(stack[-1][1], None)
        if entry is None:
            stack.pop()
            continue
        if entry.name.startswith("."):
            continue  # .git, .DS_Store, editor swap files: never articles
        path = Path(entry.path)
        try:
            is_dir = entry.is_dir()  # follows links
            is_file = not is_dir and entry.is_file()
        except OSError as e:
            if e.errno == errno.ELOOP:
                yield SourceFailure(str(path), "symbolic link loop; fix or remove the link")
            continue
        if is_dir:
            st = _stat(path)
            if isinstance(st, SourceFailure):
                yield st
                continue
            key = (st.st_dev, st.st_ino)
            if any(key == ancestor for ancestor, _ in stack):
                yield SourceFailure(str(path), "symbolic link loop (the link leads back to a folder that "
                                               "contains it); remove the link or pass the folders you mean")
                continue
            if key in seen:
                continue
            seen.add(key)
            listing = _listing(path)
            if isinstance(listing, SourceFailure):
                yield listing
            else:
                stack.append((key, listing))
        elif path.suffix.lower() in SUPPORTED_SUFFIXES:
            if is_file:
                yield path
            elif entry.is_symlink():
                problem = _stat(path)  # says which: a broken link or a loop
                if isinstance(problem, SourceFailure):
                    yield problem


def _listing(folder: Path) -> Iterator[os.DirEntry[str]] | SourceFailure:
    try:
        with os.scandir(folder) as it:
            entries = sorted(it, key=lambda e: e.name)
    except OSError as e:
        return SourceFailure(str(folder), f"cannot read folder: {e.strerror}; check its permissions")
    return iter(entries)
