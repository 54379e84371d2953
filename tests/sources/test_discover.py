"""Paths a user types expand to article files in a stable order; nothing bad hangs or stops the rest."""

from __future__ import annotations

import io
import os
import sys
import time
from pathlib import Path

import pytest

from tracker.sources import SourceArticle, SourceFailure, discover, iter_articles, read_stdin


def touch(path: Path, text: str = "The mayor spoke.") -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text)
    return path


def test_folders_are_walked_recursively_in_sorted_order_taking_only_article_files(tmp_path: Path) -> None:
    for name in ["b.txt", "a.md", "sub/c.html", "sub/deeper/d.jsonl", "e.HTM", "photo.jpg", "notes.docx",
                 ".hidden.txt", ".git/config.txt", "z.txt"]:
        touch(tmp_path / name)
    found = list(discover([str(tmp_path)]))
    assert found == [tmp_path / n for n in ["a.md", "b.txt", "e.HTM", "sub/c.html", "sub/deeper/d.jsonl", "z.txt"]]


def test_explicit_file_with_unsupported_extension_is_refused(tmp_path: Path) -> None:
    (item,) = discover([str(touch(tmp_path / "scan.pdf"))])
    assert isinstance(item, SourceFailure)
    assert "unsupported file type '.pdf'" in item.reason


def test_nonexistent_path_is_a_failure_and_the_other_paths_still_come(tmp_path: Path) -> None:
    good = touch(tmp_path / "a.txt")
    missing, found = discover([str(tmp_path / "nope"), str(good)])
    assert isinstance(missing, SourceFailure)
    assert missing.origin == str(tmp_path / "nope")
    assert missing.reason == "no such file or folder; check the path"
    assert found == good


def test_dash_means_standard_input() -> None:
    assert list(discover(["-"])) == [Path("-")]


def test_symlink_loop_in_a_folder_is_reported_not_followed_forever(tmp_path: Path) -> None:
    touch(tmp_path / "news/a.txt")
    os.symlink(tmp_path / "news", tmp_path / "news/again")
    os.symlink(tmp_path / "news/x.txt", tmp_path / "news/y.txt")
    os.symlink(tmp_path / "news/y.txt", tmp_path / "news/x.txt")
    found = list(discover([str(tmp_path / "news")]))
    assert found[0] == tmp_path / "news/a.txt"
    failures = {Path(f.origin).name: f.reason for f in found if isinstance(f, SourceFailure)}
    assert set(failures) == {"again", "x.txt", "y.txt"}
    assert all("loop" in reason for reason in failures.values())


def test_explicit_looping_symlink_and_broken_symlink_are_failures(tmp_path: Path) -> None:
    os.symlink(tmp_path / "b.txt", tmp_path / "a.txt")
    os.symlink(tmp_path / "a.txt", tmp_path / "b.txt")
    os.symlink(tmp_path / "gone.txt", tmp_path / "broken.txt")
    loop, broken = discover([str(tmp_path / "a.txt"), str(tmp_path / "broken.txt")])
    assert isinstance(loop, SourceFailure)
    assert "loop" in loop.reason
    assert isinstance(broken, SourceFailure)
    assert "broken symbolic link" in broken.reason


def test_folder_reached_twice_through_links_is_read_once(tmp_path: Path) -> None:
    touch(tmp_path / "real/a.txt")
    os.symlink(tmp_path / "real", tmp_path / "zlink")
    assert list(discover([str(tmp_path)])) == [tmp_path / "real/a.txt"]


def test_unreadable_folder_is_a_failure(tmp_path: Path) -> None:
    locked = tmp_path / "locked"
    touch(locked / "a.txt")
    locked.chmod(0)
    try:
        if os.access(locked, os.R_OK):
            pytest.skip("running as root: a chmod 000 folder is still readable, so this cannot be tested")
        (item,) = discover([str(locked)])
        assert isinstance(item, SourceFailure)
        assert "permission" in item.reason.lower()
    finally:
        locked.chmod(0o755)


def test_a_folder_of_two_thousand_articles_is_read_quickly(tmp_path: Path) -> None:
    for i in range(2000):
        (tmp_path / f"{i:04d}.txt").write_text(f"Article {i}: the council met and the mayor spoke.\n")
    start = time.perf_counter()
    items = list(iter_articles([str(tmp_path)]))
    elapsed = time.perf_counter() - start
    assert len(items) == 2000
    assert all(isinstance(i, SourceArticle) for i in items)
    assert isinstance(items[1234], SourceArticle)
    assert items[1234].text == "Article 1234: the council met and the mayor spoke."
    assert elapsed < 10, f"reading 2,000 small files took {elapsed:.1f} s"


def test_iter_articles_mixes_files_folders_and_failures_in_argument_order(tmp_path: Path) -> None:
    touch(tmp_path / "dir/one.txt", "One.")
    (tmp_path / "dir/many.jsonl").write_text('{"text": "Two."}\n{"text": "Three."}\n')
    touch(tmp_path / "empty.txt", "")
    items = list(iter_articles([str(tmp_path / "dir"), str(tmp_path / "empty.txt"), str(tmp_path / "nope.txt")]))
    assert [(type(i).__name__, i.origin) for i in items] == [
        ("SourceArticle", f"{tmp_path / 'dir/many.jsonl'}:1"),
        ("SourceArticle", f"{tmp_path / 'dir/many.jsonl'}:2"),
        ("SourceArticle", str(tmp_path / "dir/one.txt")),
        ("SourceFailure", str(tmp_path / "empty.txt")),
        ("SourceFailure", str(tmp_path / "nope.txt")),
    ]


def test_stdin_text_gets_the_same_decoding_and_the_metadata_given() -> None:
    (item,) = read_stdin(io.BytesIO("“Yes,” said the café owner.\r\n".encode("cp1252")),
                         title="Cafe vote", published="2024-06-01")
    assert isinstance(item, SourceArticle)
    assert item.text == "“Yes,” said the café owner."
    assert item.origin == "<stdin>"
    assert item.title == "Cafe vote"
    assert str(item.published) == "2024-06-01"


def test_stdin_json_lines_are_read_line_by_line() -> None:
    items = list(read_stdin(io.BytesIO(b'{"text": "One."}\nnot json\n')))
    assert isinstance(items[0], SourceArticle)
    assert isinstance(items[1], SourceFailure)
    assert items[1].origin == "<stdin>:2"


def test_stdin_over_the_limit_and_empty_stdin_are_failures() -> None:
    (big,) = read_stdin(io.BytesIO(b"words " * 1000), max_bytes=100)
    assert isinstance(big, SourceFailure)
    assert "--max-bytes" in big.reason
    (empty,) = read_stdin(io.BytesIO(b""))
    assert isinstance(empty, SourceFailure)
    assert empty.reason.startswith("empty")


def test_iter_articles_reads_dash_from_standard_input(monkeypatch: pytest.MonkeyPatch) -> None:
    fake = io.TextIOWrapper(io.BytesIO(b"The governor signed the bill."), encoding="utf-8")
    monkeypatch.setattr(sys, "stdin", fake)
    (item,) = iter_articles(["-"])
    assert isinstance(item, SourceArticle)
    assert item.text == "The governor signed the bill."


def test_stdin_html_page_is_recognised_and_its_main_text_extracted() -> None:
    page = ("<!DOCTYPE html><html><head><title>Vote</title></head><body><nav>Home | News</nav><article>"
            "<p>The governor signed the housing bill on Friday, ending a months-long standoff with lawmakers "
            "over zoning rules and the cost of new construction across the state.</p>"
            "<p>“This is a good day for renters,” she said at the signing ceremony in the capitol.</p>"
            "</article></body></html>")
    (item,) = read_stdin(io.BytesIO(page.encode()))
    assert isinstance(item, SourceArticle), item
    assert item.text.endswith("\n\n“This is a good day for renters,” she said at the signing ceremony in the capitol.")
    assert "<p>" not in item.text


def test_stdin_text_opening_with_a_brace_is_still_text() -> None:
    (item,) = read_stdin(io.BytesIO(b"{Editor's note: updated.} The mayor resigned."))
    assert isinstance(item, SourceArticle)
    assert item.text.startswith("{Editor's note")
