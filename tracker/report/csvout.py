"""RFC 4180 CSV written safely: formula cells neutralised, the file written whole or not at all."""

from __future__ import annotations

import csv
import os
import sys
import tempfile
from collections.abc import Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import IO, Any

from tracker.errors import BadInputError

# OWASP CSV injection: a spreadsheet evaluates a cell that starts with one of these.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def neutralise(value: Any) -> Any:
    """Prefix a text cell that a spreadsheet would run as a formula with a single quote."""
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value


def cell(value: Any) -> Any:
    """The CSV form of one value: lists joined with '; ', None empty, formulas neutralised."""
    if value is None:
        return ""
    if isinstance(value, list | tuple):
        value = "; ".join(str(v) for v in value)
    return neutralise(value)


def write_rows(out: IO[str], columns: Sequence[str], rows: Iterable[Mapping[str, Any]]) -> int:
    """Write a header and one row per record; returns the number of rows written."""
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(columns)
    n = 0
    for row in rows:
        writer.writerow([cell(row.get(c)) for c in columns])
        n += 1
    return n


def write_row_batches(out: IO[str], columns: Sequence[str], batches: Iterable[Sequence[Sequence[Any]]], *,
                      neutralised: bool = False) -> int:
    """Like ``write_rows`` for rows already in column order, in batches: the bulk exports' fast path.

    Cells must be scalars; None is written empty. Text cells are neutralised as ``cell`` does,
    unless the rows say they already are (``neutralised``, with ``FORMULA_STARTS``).
    """
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(columns)
    n = 0
    starts = FORMULA_STARTS
    for batch in batches:
        if neutralised:
            writer.writerows(batch)
        else:
            writer.writerows([[("'" + v) if v.__class__ is str and v.startswith(starts) else v for v in row]
                              for row in batch])
        n += len(batch)
    return n


@contextmanager
def atomic_text_file(path: Path | None, *, bom: bool = False) -> Iterator[IO[str]]:
    """Yield a text stream: stdout when ``path`` is None, else a temp file renamed over ``path`` on success.

    Raises BadInputError when ``path`` cannot be written (no such folder, a folder, a full disk);
    ``path`` is then left as it was.
    """
    if path is None:
        if bom:
            sys.stdout.write("\ufeff")
        yield sys.stdout
        return
    path = Path(path)
    folder = path.parent
    if path.is_dir():
        raise BadInputError(f"{path}: is a folder", "give a file name, e.g. -o statements.csv")
    if not folder.is_dir():
        raise BadInputError(f"{path}: folder {folder} does not exist", "create it first, or choose another path")
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=folder)
    except OSError as e:
        raise BadInputError(f"{path}: cannot write in {folder}: {e.strerror}",
                            "check the folder's permissions, or choose another path") from None
    try:
        with os.fdopen(fd, "w", encoding="utf-8-sig" if bom else "utf-8", newline="") as f:
            yield f
        os.chmod(tmp, 0o666 & ~_umask())  # mkstemp makes it private; the export is an ordinary file
        os.replace(tmp, path)
    except OSError as e:  # a full disk or a quota, while writing or renaming
        Path(tmp).unlink(missing_ok=True)
        raise BadInputError(f"{path}: could not write: {e.strerror or e}; the file was left as it was",
                            "free some space, or choose another path") from None
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask
