"""``tracker serve``: Datasette over the database, on a local port, read-only, until stopped."""

from __future__ import annotations

import hashlib
import json
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.report.conftest import CLINICS, SCHOOLS

pytest.importorskip("datasette", reason="tracker serve needs the serve extra (part of the dev extra)")


def _tracker(*args: str, **kw: Any) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "tracker", *args], capture_output=True, text=True, timeout=120, **kw)


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _get(url: str) -> Any:
    with urllib.request.urlopen(url, timeout=30) as r:
        return json.load(r)


@pytest.fixture
def database(tmp_path: Path) -> Path:
    path = tmp_path / "news.db"
    source = tmp_path / "articles.jsonl"
    source.write_text(json.dumps({"text": CLINICS, "published": "2020-03-02", "outlet": "The Ledger"}) + "\n"
                      + json.dumps({"text": SCHOOLS, "published": "2021-05-14"}) + "\n", encoding="utf-8")
    done = _tracker("--db", str(path), "ingest", str(source))
    assert done.returncode == 0, done.stderr
    return path


@pytest.fixture
def server(database: Path) -> Iterator[str]:
    port = _free_port()
    proc = subprocess.Popen([sys.executable, "-m", "tracker", "--db", str(database), "serve", "--port", str(port)],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                _get(base + "/-/versions.json")
                break
            except OSError:
                if proc.poll() is not None or time.monotonic() > deadline:
                    proc.kill()
                    _out, err = proc.communicate()
                    pytest.fail(f"tracker serve did not start: {err}")
                time.sleep(0.2)
        yield base
    finally:
        if proc.poll() is None:
            proc.send_signal(signal.SIGINT)
            try:
                proc.wait(timeout=20)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait()
    assert proc.returncode == 0, proc.stderr.read() if proc.stderr else ""
    with socket.socket() as s:  # stopped: nothing listens there any more (closed connections may linger)
        s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        s.bind(("127.0.0.1", port))


def _facets(data: dict[str, Any]) -> dict[str, dict[str, int]]:
    return {f["name"]: {r["label"]: r["count"] for r in f["results"]} for f in data["facet_results"].values()}


def test_statements_are_faceted_by_official_kind_and_year(server: str) -> None:
    facets = _facets(_get(server + "/tracker/statements.json?_size=0"))
    assert facets["official_id"]["Jane Roe"] == 4
    assert facets["kind"]["direct_quote"] == 3
    assert facets["article_id (year)"] == {"2020": 4, "2021": 2}


def test_topics_are_a_facet_and_a_year_can_be_picked(server: str) -> None:
    data = _get(server + "/tracker/statement_topics.json?_size=0")
    facets = _facets(data)
    assert facets["topic_id"]["Health"] == 4
    year = next(r for f in data["facet_results"].values() if f["type"] == "year" for r in f["results"]
                if r["value"] == "2021")
    picked = _get(year["toggle_url"].replace(".json?", ".json?_shape=objects&", 1))
    assert picked["filtered_table_rows_count"] == year["count"]


def test_statements_are_searchable(server: str) -> None:
    rows = _get(server + "/tracker/statements.json?_search=hungry&_shape=array")
    assert [r["text"] for r in rows] == ["Hungry children cannot learn, and now none of them has to try"]


def test_canned_queries_answer(server: str) -> None:
    rows = _get(server + "/tracker/positions_by_topic.json?topic=health&_shape=array")
    assert {r["official"] for r in rows} == {"Jane Roe", "Tom Poe"}
    assert all(r["topic"] == "Health" for r in rows)
    money = _get(server + "/tracker/money_by_official.json?_shape=array")
    assert {(r["official"], r["kind"], r["total"]) for r in money} >= {("Jane Roe", "request", 4_000_000)}


def test_tables_and_columns_are_described(server: str) -> None:
    with urllib.request.urlopen(server + "/tracker/statements", timeout=30) as r:
        page = r.read().decode()
    assert "What an official said" in page and "Who spoke; NULL when the tool could not tell." in page


def test_serving_never_writes_the_database(database: Path, server: str) -> None:
    before = hashlib.sha256(database.read_bytes()).hexdigest()
    _get(server + "/tracker/statements.json?_search=clinics")
    _get(server + "/tracker/money_by_official.json")
    assert hashlib.sha256(database.read_bytes()).hexdigest() == before


def test_serve_refuses_a_postgresql_database_in_one_line() -> None:
    done = _tracker("--db", "postgresql+psycopg://nobody@localhost:1/none", "serve")
    assert done.returncode == 1
    assert done.stderr.strip().splitlines() == [
        "Error: tracker serve works on a SQLite file, not a postgresql database: export a SQLite copy, or pass "
        "--db PATH to a tracker SQLite file"]


def test_serve_without_the_extra_says_how_to_install_it(tmp_path: Path) -> None:
    # Datasette made unimportable, as in an install without the extra.
    code = ("import sys\n"
            "class Block:\n"
            "    def find_spec(self, name, path=None, target=None):\n"
            "        if name == 'datasette' or name.startswith('datasette.'):\n"
            "            raise ModuleNotFoundError(f'No module named {name!r}', name=name)\n"
            "sys.meta_path.insert(0, Block())\n"
            "from tracker.cli import main\n"
            "sys.argv = ['tracker', '--db', sys.argv[1], 'serve']\n"
            "main()\n")
    done = subprocess.run([sys.executable, "-c", code, str(tmp_path / "t.db")], capture_output=True, text=True,
                          timeout=60)
    assert done.returncode == 1
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("Error: tracker serve needs Datasette")
    assert "pip install 'tracker[serve]'" in lines[0]


def test_a_port_in_use_is_one_error_line(database: Path) -> None:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        s.listen()
        port = s.getsockname()[1]
        done = _tracker("--db", str(database), "serve", "--port", str(port))
    assert done.returncode == 1
    assert done.stderr.startswith(f"Error: cannot listen on 127.0.0.1:{port}") and len(done.stderr.splitlines()) == 1


@pytest.mark.parametrize("args", [["--port", "70000"], ["--port", "-1"], ["--port", "x"],
                                  ["--host", "no-such-host.invalid"], ["--host", ""], ["--host", "é" * 300]])
def test_hostile_serve_options_are_refused_without_starting(database: Path, args: list[str]) -> None:
    done = subprocess.run([sys.executable, "-m", "tracker", "--db", str(database), "serve", *args],
                          capture_output=True, text=True, timeout=60)
    assert done.returncode in (1, 2), done.stderr
    assert "Traceback" not in done.stderr
    assert sum(line.startswith("Error") or "Invalid value" in line for line in done.stderr.splitlines()) >= 1
