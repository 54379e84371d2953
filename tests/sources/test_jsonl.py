"""JSON Lines batches: one article per line, and a bad line never sinks the others."""

from __future__ import annotations

import datetime
import json
from pathlib import Path

from tracker.sources import SourceArticle, SourceFailure, read_path


def write_lines(tmp_path: Path, *lines: str) -> Path:
    path = tmp_path / "batch.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def row(**fields: object) -> str:
    return json.dumps(fields, ensure_ascii=False)


def test_each_line_is_an_article_with_its_metadata_and_line_origin(tmp_path: Path) -> None:
    path = write_lines(
        tmp_path,
        row(text="The mayor said yes.", title="Yes", url="https://x.example/1", outlet="Ledger",
            published="2024-05-01"),
        "",
        row(text="The governor said no.\r\n", published="2024-05-02T08:30:00Z", author="ignored"),
    )
    items = list(read_path(path))
    assert items == [
        SourceArticle(text="The mayor said yes.", origin=f"{path}:1", title="Yes", url="https://x.example/1",
                      outlet="Ledger", published=datetime.date(2024, 5, 1)),
        SourceArticle(text="The governor said no.", origin=f"{path}:3", published=datetime.date(2024, 5, 2)),
    ]


def test_malformed_line_is_reported_and_the_other_lines_still_load(tmp_path: Path) -> None:
    path = write_lines(tmp_path, row(text="First."), '{"text": "broken', row(text="Third."))
    first, bad, third = read_path(path)
    assert isinstance(first, SourceArticle)
    assert isinstance(third, SourceArticle)
    assert third.text == "Third."
    assert isinstance(bad, SourceFailure)
    assert bad.origin == f"{path}:2"
    assert bad.reason.startswith("line 2 is not valid JSON: ")
    assert "fix or remove the line" in bad.reason


def test_missing_or_empty_text_is_a_failure_naming_the_line(tmp_path: Path) -> None:
    path = write_lines(tmp_path, row(title="No text"), row(text="  \n "), row(text=42), "[1, 2]")
    reasons = [item.reason for item in read_path(path) if isinstance(item, SourceFailure)]
    assert reasons[0].startswith('line 1 has no "text" field')
    assert reasons[1].startswith('line 2 has an empty "text"')
    assert reasons[2].startswith('line 3: "text" is a int')
    assert reasons[3].startswith("line 4 is a JSON list, not an object")


def test_published_that_is_not_a_date_is_a_failure_naming_line_and_value(tmp_path: Path) -> None:
    path = write_lines(tmp_path, row(text="Hello.", published="last Tuesday"))
    (item,) = read_path(path)
    assert isinstance(item, SourceFailure)
    assert item.origin == f"{path}:1"
    assert "line 1" in item.reason
    assert "'last Tuesday'" in item.reason
    assert "YYYY-MM-DD" in item.reason


def test_text_fields_get_the_same_repair_as_files(tmp_path: Path) -> None:
    mojibake = "â€œWe will,â€\x9d said the cafÃ© owner.\u00a0Done."
    path = write_lines(tmp_path, row(text=mojibake, title="Caf\u00c3\u00a9  owners\u00a0agree"))
    (item,) = read_path(path)
    assert isinstance(item, SourceArticle), item
    assert item.text == "“We will,” said the café owner. Done."
    assert item.title == "Café owners agree"


def test_line_over_max_bytes_is_refused_and_the_next_line_still_loads(tmp_path: Path) -> None:
    path = write_lines(tmp_path, row(text="x " * 5000), row(text="Short."))
    big, short = read_path(path, max_bytes=1000)
    assert isinstance(big, SourceFailure)
    assert big.origin == f"{path}:1"
    assert "--max-bytes" in big.reason
    assert isinstance(short, SourceArticle)
    assert short.origin == f"{path}:2"


def test_empty_jsonl_file_is_a_failure(tmp_path: Path) -> None:
    path = tmp_path / "none.jsonl"
    path.write_text("\n\n")
    (item,) = read_path(path)
    assert isinstance(item, SourceFailure)
    assert item.reason.startswith("empty file")


def test_utf16_jsonl_with_byte_order_mark_is_read(tmp_path: Path) -> None:
    path = tmp_path / "wide.jsonl"
    path.write_bytes((row(text="“One.”") + "\r\n" + row(text="Two.") + "\r\n").encode("utf-16"))
    assert [item.text for item in read_path(path) if isinstance(item, SourceArticle)] == ["“One.”", "Two."]
