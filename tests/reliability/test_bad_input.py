"""Every file a user can get wrong is refused in one line that names it and says why; the rest of
the batch is still ingested, and nothing about the refused file is stored."""

from __future__ import annotations

import json
import os
import random
import sys
from pathlib import Path

import pytest

from tests.reliability.conftest import SUMMARY, Run, Tracker, Unprivileged

GOOD = "Gov. Ann Lee said on Monday that the state will fund rural clinics.\n"


def good_file(folder: Path, name: str = "good.txt", text: str = GOOD) -> Path:
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


def assert_batch(run: Run, *, ingested: int, failed: int) -> None:
    """Exit 1, the summary counts, and nothing on stderr but error lines and the summary."""
    assert run.code == (1 if failed else 0), run.stderr
    assert f"ingested {ingested}," in run.stderr and f"failed {failed}" in run.stderr, run.stderr
    assert len(run.errors()) == failed, run.stderr
    for line in run.stderr.splitlines():
        assert line.startswith("Error: ") or SUMMARY.match(line), f"stray stderr line: {line!r}"


def elf_bytes() -> bytes:
    real = Path(os.path.realpath(sys.executable)).read_bytes()[:4096]
    return real if real.startswith(b"\x7fELF") else b"\x7fELF\x02\x01\x01" + bytes(4089)


BINARIES = {
    "report.txt": (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n", "a PDF document"),
    "photo.md": (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01\x00", "a PNG image"),
    "program.txt": (elf_bytes(), "an ELF executable"),
    "page.html": (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "a PNG image"),
    "batch.jsonl": (elf_bytes(), "an ELF executable"),
}


def test_empty_and_whitespace_files_are_refused_and_the_rest_ingested(tracker: Tracker, tmp_path: Path) -> None:
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "blank.md").write_bytes(b" \n\t\r\n  \n")
    (tmp_path / "empty.html").write_bytes(b"")
    (tmp_path / "empty.jsonl").write_bytes(b"\n\n")
    good = good_file(tmp_path)
    run = tracker("ingest", tmp_path)
    assert_batch(run, ingested=1, failed=4)
    for name in ("empty.txt", "blank.md", "empty.html"):
        assert "empty file" in run.error_for(tmp_path / name)
    assert "no JSON lines" in run.error_for(tmp_path / "empty.jsonl")
    assert list(tracker.texts()) == [str(good)]


@pytest.mark.parametrize("name", BINARIES)
def test_a_binary_file_is_refused_as_what_it_is(tracker: Tracker, tmp_path: Path, name: str) -> None:
    data, looks_like = BINARIES[name]
    (tmp_path / name).write_bytes(data)
    good = good_file(tmp_path, "zz.txt")
    run = tracker("ingest", tmp_path / name, good)
    assert_batch(run, ingested=1, failed=1)
    line = run.error_for(tmp_path / name)
    assert f"this is {looks_like}" in line and "plain UTF-8 text" in line
    assert list(tracker.texts()) == [str(good)]


def test_a_file_with_nul_bytes_is_refused(tracker: Tracker, tmp_path: Path) -> None:
    (tmp_path / "nul.txt").write_bytes(b"Gov. Ann Lee said\x00\x00 the state\x01 will act.\n" * 3)
    (tmp_path / "nul.jsonl").write_bytes(json.dumps({"text": GOOD}).encode() + b"\n\x00\x00\x00garbage\n")
    run = tracker("ingest", tmp_path)
    assert_batch(run, ingested=0, failed=2)
    assert "NUL bytes" in run.error_for(tmp_path / "nul.txt")
    assert "NUL bytes" in run.error_for(tmp_path / "nul.jsonl")
    assert tracker.count() == 0


QUOTE = "Gov. Ann Lee said \u201cwe\u2019ll reopen the caf\u00e9 on Monday\u201d at the r\u00e9sum\u00e9 fair."


@pytest.mark.parametrize(("name", "data"), [
    ("cp1252.txt", QUOTE.encode("cp1252")),
    ("latin1.txt", "Le ministre a dit : \u00e9t\u00e9, na\u00efve, \u00e0 bient\u00f4t.".encode("latin-1")),
    ("utf16le.txt", QUOTE.encode("utf-16")),  # Python writes the byte-order mark
    ("utf16be.md", b"\xfe\xff" + QUOTE.encode("utf-16-be")),
    ("utf8bom.txt", b"\xef\xbb\xbf" + QUOTE.encode("utf-8")),
    ("mojibake.txt", QUOTE.encode("utf-8").decode("cp1252", errors="ignore").encode("utf-8")),
    ("cp1252.jsonl", b'{"text": "' + QUOTE.encode("cp1252") + b'"}\n'),
])
def test_text_that_is_not_utf8_is_decoded_to_the_characters_meant(tracker: Tracker, tmp_path: Path, name: str,
                                                                  data: bytes) -> None:
    (tmp_path / name).write_bytes(data)
    run = tracker("ingest", tmp_path / name)
    assert_batch(run, ingested=1, failed=0)
    (text,) = tracker.texts().values()
    if name == "latin1.txt":
        assert text == "Le ministre a dit : \u00e9t\u00e9, na\u00efve, \u00e0 bient\u00f4t."
    else:
        assert text == QUOTE
    assert "\u00e2\u20ac" not in text and "\u00c3" not in text and "\ufffd" not in text


def test_a_file_whose_encoding_cannot_be_determined_is_refused(tracker: Tracker, tmp_path: Path) -> None:
    rng = random.Random(7)
    (tmp_path / "noise.txt").write_bytes(bytes(rng.randrange(0x80, 0x100) for _ in range(3000)))
    run = tracker("ingest", tmp_path / "noise.txt", good_file(tmp_path))
    assert_batch(run, ingested=1, failed=1)
    line = run.error_for(tmp_path / "noise.txt")
    assert "encoding cannot be determined" in line and "UTF-8" in line


@pytest.mark.parametrize(("name", "html"), [
    ("cookie-wall.html", "<!doctype html><html><head><title>Please accept cookies</title></head><body>"
                         "<nav><a href='/'>Home</a> <a href='/news'>News</a></nav>"
                         "<footer>&copy; 2024 The Ledger</footer></body></html>"),
    ("scripts.htm", "<html><head><script>var said = 'Gov. Lee said hello';</script></head><body>"
                    "<script src='app.js'></script><script>document.write('loading')</script>"
                    "<noscript></noscript></body></html>"),
])
def test_html_without_an_article_body_is_refused(tracker: Tracker, tmp_path: Path, name: str, html: str) -> None:
    (tmp_path / name).write_text(html, encoding="utf-8")
    run = tracker("ingest", tmp_path / name, good_file(tmp_path))
    assert_batch(run, ingested=1, failed=1)
    assert "no article text found in HTML" in run.error_for(tmp_path / name)
    assert "Gov. Lee said hello" not in "".join(tracker.texts().values())


def test_jsonl_bad_lines_are_named_by_line_and_the_other_lines_ingested(tracker: Tracker, tmp_path: Path) -> None:
    lines = [
        json.dumps({"text": "Gov. Ann Lee said the clinics will open.", "published": "2024-03-01"}),
        '{"text": "Sen. Bob Ray said the bill is',  # cut off
        json.dumps({"title": "No text here", "published": "2024-03-02"}),
        json.dumps({"text": "Mayor Joe Park said roads come first.", "published": "last Tuesday"}),
        "",
        json.dumps({"text": "Treasurer Kim Obi said the fund is solvent."}),
        '{"text": "a raw\ttab and a control\x01 character"}',
    ]
    path = tmp_path / "batch.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    run = tracker("ingest", path)
    assert_batch(run, ingested=2, failed=4)
    assert "line 2 is not valid JSON" in run.error_for(f"{path}:2")
    assert 'no "text" field' in run.error_for(f"{path}:3")
    bad_date = run.error_for(f"{path}:4")
    assert "'last Tuesday' is not a date" in bad_date and "YYYY-MM-DD" in bad_date
    control = run.error_for(f"{path}:7")
    assert "Invalid control character at column" in control and " at at " not in control
    assert sorted(tracker.texts()) == [f"{path}:1", f"{path}:6"]


def test_prose_saved_as_jsonl_is_one_error_not_one_per_line(tracker: Tracker, tmp_path: Path) -> None:
    path = tmp_path / "article.jsonl"
    path.write_text("Headline\n\nGov. Ann Lee said the clinics will open.\n\nShe said it twice.\n" * 20)
    run = tracker("ingest", path)
    assert_batch(run, ingested=0, failed=1)
    line = run.error_for(path)
    assert "not JSON Lines" in line and ".txt" in line


def test_missing_paths_and_broken_links_are_named_and_the_rest_ingested(tracker: Tracker, tmp_path: Path) -> None:
    (tmp_path / "dangling.txt").symlink_to(tmp_path / "gone.txt")
    good = good_file(tmp_path)
    run = tracker("ingest", tmp_path / "nope.txt", tmp_path / "no-folder", tmp_path / "dangling.txt", good)
    assert_batch(run, ingested=1, failed=3)
    assert "no such file or folder" in run.error_for(tmp_path / "nope.txt")
    assert "no such file or folder" in run.error_for(tmp_path / "no-folder")
    assert "broken symbolic link" in run.error_for(tmp_path / "dangling.txt")


def test_symlink_loops_are_reported_not_followed_forever(tracker: Tracker, tmp_path: Path) -> None:
    root = tmp_path / "articles"
    (root / "sub").mkdir(parents=True)
    good = good_file(root / "sub")
    (root / "sub" / "back").symlink_to(root, target_is_directory=True)  # a folder link to an ancestor
    (root / "a.txt").symlink_to(root / "b.txt")  # a file link chain that loops
    (root / "b.txt").symlink_to(root / "a.txt")
    (tmp_path / "self.txt").symlink_to(tmp_path / "self.txt")
    run = tracker("ingest", root, tmp_path / "self.txt")
    assert_batch(run, ingested=1, failed=4)
    assert "loop" in run.error_for(root / "sub" / "back")
    assert "loop" in run.error_for(root / "a.txt") and "loop" in run.error_for(root / "b.txt")
    assert "loop" in run.error_for(tmp_path / "self.txt")
    assert list(tracker.texts()) == [str(good)]


def test_unreadable_files_and_folders_are_named_and_the_rest_ingested(unprivileged: Unprivileged,
                                                                     template_db: Path) -> None:
    folder = unprivileged.folder
    tracker = Tracker(folder / "tracker.db")
    tracker.db.write_bytes(template_db.read_bytes())
    tracker.db.chmod(0o666)
    good = good_file(folder)
    secret = good_file(folder, "secret.txt", "Gov. Ann Lee said nothing at all.\n")
    secret.chmod(0o000)
    locked = folder / "locked"
    locked.mkdir()
    good_file(locked, "inside.txt", "Sen. Bob Ray said the vault is shut.\n")
    locked.chmod(0o000)
    run = tracker.process("ingest", good, secret, locked, prefix=unprivileged.prefix, cwd=folder)
    assert_batch(run, ingested=1, failed=2)
    assert "Permission denied" in run.error_for(secret) and "permissions" in run.error_for(secret)
    assert "Permission denied" in run.error_for(locked)
    assert list(tracker.texts()) == [str(good)]


def test_a_folder_of_thousands_of_files_is_ingested_with_live_progress(tracker: Tracker, tmp_path: Path) -> None:
    folder = tmp_path / "inbox"
    for i in range(2000):
        sub = folder / f"day{i // 400:02d}"
        sub.mkdir(parents=True, exist_ok=True)
        (sub / f"note{i:05d}.txt").write_text(f"Note {i}: Mayor Joe Park said the road will reopen.\n")
    (folder / "day03" / "note01500.txt").write_bytes(b"")  # two bad files in the middle of the batch
    (folder / "day04" / "scan.txt").write_bytes(b"%PDF-1.4\n")
    # A terminal as far as Rich is concerned, so the progress bar really draws and refreshes.
    run = tracker.process("ingest", folder, env={"TTY_COMPATIBLE": "1", "TTY_INTERACTIVE": "1"})
    assert run.code == 1, run.plain
    assert "\x1b[" in run.stderr  # the bar was drawn, so this exercised the live display
    assert "ingested 1999, skipped 0 duplicate(s), failed 2" in run.plain
    assert run.errors() == [
        f"Error: {folder / 'day03' / 'note01500.txt'}: empty file (no text in it); add the article text or "
        "remove the file",
        f"Error: {folder / 'day04' / 'scan.txt'}: this is a PDF document, not text; export the article as plain "
        "UTF-8 text (or HTML) and ingest that",
    ]
    assert tracker.count() == 1999


def test_an_interrupted_batch_says_how_far_it_got(tracker: Tracker, tmp_path: Path) -> None:
    """Ctrl-C: exit 130, the errors met so far already printed, and a line saying what to do."""
    import signal
    import time

    path = tmp_path / "batch.jsonl"
    path.write_text("".join(json.dumps({"text": f"Note {i}: Mayor Joe Park said the road will reopen."}) + "\n"
                            for i in range(5000)))
    proc = tracker.popen("ingest", tmp_path / "missing.txt", path)
    deadline = time.monotonic() + 60
    while tracker.count() < 20 and proc.poll() is None and time.monotonic() < deadline:
        time.sleep(0.05)
    proc.send_signal(signal.SIGINT)
    _, stderr = proc.communicate(timeout=60)
    run = Run(proc.returncode, "", stderr)
    run.assert_no_traceback()
    assert run.code == 130, stderr
    assert "no such file or folder" in run.error_for(tmp_path / "missing.txt")
    assert "interrupted: ingested " in stderr and "running the same command again" in stderr
    stored = tracker.count()
    assert 20 <= stored < 5000


@pytest.mark.parametrize(("data", "expect"), [
    (b"", "empty file"),
    (b"%PDF-1.7\n1 0 obj\n", "this is a PDF document"),
    (b"Gov. Ann Lee said\x00\x00 hello.\n", "NUL bytes"),
])
def test_standard_input_gets_the_same_checks_as_files(tracker: Tracker, data: bytes, expect: str) -> None:
    run = tracker("ingest", "-", input=data)
    assert_batch(run, ingested=0, failed=1)
    assert expect in run.error_for("<stdin>")


def test_standard_input_in_windows_1252_is_decoded(tracker: Tracker) -> None:
    run = tracker("ingest", "-", "--title", "Caf\u00e9 rules", input=QUOTE.encode("cp1252"))
    assert_batch(run, ingested=1, failed=0)
    assert tracker.texts() == {"<stdin>": QUOTE}


def test_a_named_pipe_is_refused_rather_than_waited_on(tracker: Tracker, tmp_path: Path) -> None:
    fifo = tmp_path / "article.txt"
    os.mkfifo(fifo)
    for command in (("extract", fifo), ("ingest", fifo)):
        run = tracker.process(*command, timeout=30)  # opening a pipe nobody writes to would block for ever
        assert run.code == 1
        assert "not a regular file" in run.error_for(fifo)
