"""Bytes on disk become exactly the article text a reader sees, or a refusal that says what to do."""

from __future__ import annotations

import codecs
from pathlib import Path

import pytest

from tracker.errors import BadInputError
from tracker.sources import SourceArticle, SourceFailure, load_text, read_path

CLEAN = (
    "“We will not wait another year,” said Senator Amélie Núñez — the bill’s sponsor.\n\n"
    "Critics called it ‘reckless’… Café owners in São Paulo and Zürich disagreed.\n"
    "Ward 3’s council member, Zoë Brontë, abstained (see p. 4). 東京 — 100 % “done”."
)


def read_one(path: Path, **kwargs: int) -> SourceArticle | SourceFailure:
    items = list(read_path(path, **kwargs))
    assert len(items) == 1
    return items[0]


def article_text(path: Path) -> str:
    item = read_one(path)
    assert isinstance(item, SourceArticle), item
    return item.text


def failure(path: Path, **kwargs: int) -> SourceFailure:
    item = read_one(path, **kwargs)
    assert isinstance(item, SourceFailure), item
    assert item.origin == str(path)
    assert "; " in item.reason, "a reason says what is wrong, then what to do"
    return item


def write(tmp_path: Path, name: str, data: bytes) -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


def test_clean_utf8_with_curly_quotes_dashes_and_accents_is_returned_unchanged(tmp_path: Path) -> None:
    path = write(tmp_path, "clean.txt", CLEAN.encode("utf-8"))
    assert article_text(path) == CLEAN


def test_clean_text_keeps_ampersand_entities_ligatures_and_combining_accents(tmp_path: Path) -> None:
    text = "Smith &amp; Jones said the ﬁnal vote was Cafe\u0301-style: ＡＢＣ."
    assert article_text(write(tmp_path, "a.txt", text.encode())) == text


def test_markdown_is_read_as_text_as_is(tmp_path: Path) -> None:
    text = "# Council votes\n\n*Mayor* said **no** to [the plan](http://x.example)."
    assert article_text(write(tmp_path, "a.md", text.encode())) == text


def test_utf8_bom_is_removed(tmp_path: Path) -> None:
    assert article_text(write(tmp_path, "a.txt", codecs.BOM_UTF8 + CLEAN.encode())) == CLEAN


@pytest.mark.parametrize("codec", ["utf-16", "utf-16-le", "utf-16-be"])
def test_utf16_with_byte_order_mark_is_decoded(tmp_path: Path, codec: str) -> None:
    bom = {"utf-16-le": codecs.BOM_UTF16_LE, "utf-16-be": codecs.BOM_UTF16_BE}.get(codec, b"")
    assert article_text(write(tmp_path, "a.txt", bom + CLEAN.encode(codec))) == CLEAN


def test_utf16_without_byte_order_mark_is_recognised_by_its_nul_pattern(tmp_path: Path) -> None:
    assert article_text(write(tmp_path, "a.txt", CLEAN.encode("utf-16-le"))) == CLEAN


def test_windows_1252_curly_quotes_and_accents_are_decoded(tmp_path: Path) -> None:
    text = "“We will fund it,” said the mayor — a café owner. It’s voilà à la carte… naïve."
    assert article_text(write(tmp_path, "a.txt", text.encode("cp1252"))) == text


def test_latin1_accents_are_decoded(tmp_path: Path) -> None:
    text = "Le maire a déclaré que la réforme était nécessaire pour l'été; « très bien », dit-il."
    assert article_text(write(tmp_path, "a.txt", text.encode("latin-1"))) == text


def test_mostly_utf8_with_stray_windows_1252_bytes_keeps_both(tmp_path: Path) -> None:
    data = "He said “yes” to the plan. ".encode() + b"Caf\xe9 owners agreed."
    assert article_text(write(tmp_path, "a.txt", data)) == "He said “yes” to the plan. Café owners agreed."


def test_cyrillic_in_windows_1251_is_not_misread_as_western(tmp_path: Path) -> None:
    text = "Мэр города заявил, что бюджет будет утверждён в пятницу, а депутаты согласились."
    assert article_text(write(tmp_path, "a.txt", text.encode("cp1251"))) == text


def test_utf8_read_as_windows_1252_mojibake_is_repaired(tmp_path: Path) -> None:
    text = "“I will vote no,” she said. It’s the mayor’s call — café and naïve… ‘ok’"
    mojibake = text.encode("utf-8").decode("cp1252", errors="replace")
    assert "â€" in mojibake
    assert article_text(write(tmp_path, "a.txt", mojibake.encode("utf-8"))) == text


def test_utf8_read_as_gbk_mojibake_is_repaired_where_it_is_recoverable(tmp_path: Path) -> None:
    mojibake = "鈥淚 will vote no,鈥 she said. It鈥檚 the mayor鈥檚 call. 鈥淭he end."
    text = article_text(write(tmp_path, "a.txt", mojibake.encode("utf-8")))
    assert text == "“I will vote no,鈥 she said. It’s the mayor’s call. “The end."


def test_genuine_chinese_text_is_not_touched_by_gbk_repair(tmp_path: Path) -> None:
    text = "市长周二表示，预算将在周五获得批准。“我们不能再等了，”她说。"
    assert article_text(write(tmp_path, "a.txt", text.encode("utf-8"))) == text
    assert article_text(write(tmp_path, "b.txt", text.encode("gbk"))) == text


def test_no_break_spaces_line_endings_and_trailing_whitespace_are_normalised(tmp_path: Path) -> None:
    data = "Gov.\u00a0Ruiz said\r\nthe bill\u202fpasses.\rDone.  \r\n\r\n \t".encode()
    assert article_text(write(tmp_path, "a.txt", data)) == "Gov. Ruiz said\nthe bill passes.\nDone."


@pytest.mark.parametrize("data", [b"", b"   \n\t\r\n  ", codecs.BOM_UTF8 + b"\n\n", "\u00a0\n".encode()])
def test_empty_or_whitespace_only_file_is_refused(tmp_path: Path, data: bytes) -> None:
    assert failure(write(tmp_path, "a.txt", data)).reason.startswith("empty file")


@pytest.mark.parametrize(("magic", "named"), [
    (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj", "PDF"),
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "PNG"),
    (b"\x7fELF\x02\x01\x01\x00", "ELF"),
    (b"PK\x03\x04\x14\x00\x06\x00", "ZIP"),
])
def test_binary_files_are_refused_naming_what_they_look_like(tmp_path: Path, magic: bytes, named: str) -> None:
    reason = failure(write(tmp_path, "a.txt", magic + bytes(range(256)))).reason
    assert named in reason
    assert "export" in reason


def test_nul_bytes_in_a_non_utf16_file_are_refused_as_binary(tmp_path: Path) -> None:
    reason = failure(write(tmp_path, "a.txt", b"The mayor said\x00\x00\x07\x00 yes\x00\x01\x02")).reason
    assert "NUL" in reason


def test_undecodable_bytes_are_refused_rather_than_guessed(tmp_path: Path) -> None:
    reason = failure(write(tmp_path, "a.txt", bytes(range(128, 256)) * 4)).reason
    assert "encoding" in reason
    assert "UTF-8" in reason


def test_file_over_max_bytes_is_refused_with_how_to_raise_the_limit(tmp_path: Path) -> None:
    path = write(tmp_path, "big.txt", b"The council met. " * 100)
    reason = failure(path, max_bytes=1000).reason
    assert "1 kB limit" in reason
    assert "--max-bytes" in reason
    assert isinstance(read_one(path, max_bytes=10_000), SourceArticle)


def test_nonexistent_path_is_a_failure_naming_it(tmp_path: Path) -> None:
    assert "no such file" in failure(tmp_path / "missing.txt").reason


def test_unsupported_extension_is_refused_with_the_supported_list(tmp_path: Path) -> None:
    reason = failure(write(tmp_path, "a.docx", b"hello")).reason
    assert "'.docx'" in reason
    assert ".txt" in reason


def test_unreadable_file_is_a_failure(tmp_path: Path) -> None:
    path = write(tmp_path, "secret.txt", b"The mayor said no.")
    path.chmod(0)
    try:
        try:
            path.open("rb").close()
        except PermissionError:
            pass
        else:
            pytest.skip("running as root: a chmod 000 file is still readable, so this cannot be tested")
        assert "permission" in failure(path).reason.lower()
    finally:
        path.chmod(0o644)


def test_load_text_decodes_like_ingest(tmp_path: Path) -> None:
    text = "“Fund it,” said the café owner."
    assert load_text(write(tmp_path, "a.txt", text.encode("cp1252"))) == text


def test_load_text_raises_bad_input_naming_the_file_and_what_to_do(tmp_path: Path) -> None:
    path = write(tmp_path, "empty.txt", b"")
    with pytest.raises(BadInputError) as e:
        load_text(path)
    assert str(path) in e.value.message
    assert e.value.hint


def test_load_text_refuses_a_jsonl_batch(tmp_path: Path) -> None:
    with pytest.raises(BadInputError, match="many articles"):
        load_text(write(tmp_path, "a.jsonl", b'{"text": "x"}\n'))
