"""Several ``tracker ingest`` processes on one database at once, with overlapping inputs.

Each worker is a real process started the way a user or a cron job would start it, all against a
database that does not exist yet. Whatever the interleaving, the database must end up as if the
articles had been ingested one by one: each article once, one row per official name and per
numbered bill, every worker exiting 0. A second, write-only workload keeps transactions
overlapping on the same officials and bills, where lock-order deadlocks and lost updates show.
"""

from __future__ import annotations

import json
import multiprocessing
import random
import re
import subprocess
import sys
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select

from bench.corpus import corpus
from tracker.extract.document import Bill, Document, Official, Position, Statement
from tracker.store import models as m
from tracker.store.db import open_db
from tracker.store.ingest import store_article

ARTICLES = 120
# Workers 0 and 1 take the same articles in the same order, so they race on every article;
# 2 and 3 share the second part from opposite ends; the parts overlap in the middle.
WORKERS = [range(0, 70), range(0, 70), range(50, 120), range(119, 49, -1)]
_SUMMARY = re.compile(r"ingested (\d+), skipped (\d+) duplicate\(s\), failed (\d+)")


def _write_jsonl(path: Path, docs: list[dict[str, str]]) -> Path:
    path.write_text("".join(json.dumps(d, ensure_ascii=False) + "\n" for d in docs), encoding="utf-8")
    return path


@pytest.fixture(scope="module")
def articles() -> list[dict[str, str]]:
    return list(corpus(ARTICLES, seed=7))


def _ingest(url: str, path: Path, *options: str) -> subprocess.Popen[str]:
    return subprocess.Popen([sys.executable, "-m", "tracker", "--db", url, "ingest", *options, str(path)],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def _finish(proc: subprocess.Popen[str]) -> tuple[int, str]:
    try:
        _, err = proc.communicate(timeout=300)
    except subprocess.TimeoutExpired:
        proc.kill()
        _, err = proc.communicate()
    return proc.returncode, err


def _fingerprint(url: str) -> dict[str, Any]:
    """What the database holds, in terms that do not depend on ingest order or row ids."""
    db = open_db(url)
    try:
        with db.session() as s:
            per_article: dict[str, tuple[Any, ...]] = {}
            for sha, aid in s.execute(select(m.Article.sha256, m.Article.id)):
                per_article[sha] = (
                    sorted(s.scalars(select(m.Official.name).join(m.OfficialMention)
                                     .where(m.OfficialMention.article_id == aid))),
                    sorted(s.execute(select(m.Statement.start, m.Statement.end, m.Official.name)
                                     .outerjoin(m.Official).where(m.Statement.article_id == aid)).all()),
                    sorted(s.scalars(select(func.coalesce(m.Bill.identity, m.Bill.title)).join(m.BillMention)
                                     .where(m.BillMention.article_id == aid))),
                    s.scalar(select(func.count()).select_from(m.Funding).where(m.Funding.article_id == aid)),
                    s.scalar(select(func.count()).select_from(m.BillStance).where(m.BillStance.article_id == aid)),
                )
            return {
                "articles": s.scalar(select(func.count()).select_from(m.Article)),
                "per_article": per_article,
                "officials": sorted(s.scalars(select(m.Official.name))),
                "numbered_bills": sorted(s.scalars(select(m.Bill.identity).where(m.Bill.identity.is_not(None)))),
                "topics": s.scalar(select(func.count()).select_from(m.Topic)),
                "aliases": sorted(s.execute(select(m.Official.name, m.OfficialAlias.alias).join(m.OfficialAlias))
                                  .all()),
            }
    finally:
        db.close()


@pytest.fixture(scope="module")
def expected(articles: list[dict[str, str]], tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    """The same articles ingested one by one, by one process, into SQLite."""
    folder = tmp_path_factory.mktemp("sequential")
    url = f"sqlite:///{folder / 'tracker.db'}"
    code, err = _finish(_ingest(url, _write_jsonl(folder / "all.jsonl", articles), "--jobs", "2"))
    assert code == 0, err
    return _fingerprint(url)


def _run_workers(url: str, articles: list[dict[str, str]], folder: Path) -> None:
    inputs = [_write_jsonl(folder / f"worker{k}.jsonl", [articles[i] for i in ids]) for k, ids in enumerate(WORKERS)]
    procs = [_ingest(url, path) for path in inputs]  # all started before any is waited for
    results = [_finish(p) for p in procs]
    for k, (code, err) in enumerate(results):
        assert "locked" not in err, f"worker {k}: {err}"
        assert code == 0, f"worker {k} exited {code}: {err}"
    summaries = [tuple(map(int, match.groups())) for _, err in results if (match := _SUMMARY.search(err))]
    assert len(summaries) == len(WORKERS)
    assert sum(s[0] for s in summaries) == ARTICLES  # each article stored by exactly one worker
    assert sum(s[0] + s[1] for s in summaries) == sum(len(ids) for ids in WORKERS)
    assert all(s[2] == 0 for s in summaries)


def _check(url: str, expected: dict[str, Any]) -> None:
    got = _fingerprint(url)
    assert got["articles"] == ARTICLES
    assert len(got["officials"]) == len(set(got["officials"]))
    assert len(got["numbered_bills"]) == len(set(got["numbered_bills"]))
    for key in ("officials", "numbered_bills", "topics", "aliases"):
        assert got[key] == expected[key], key
    differing = [sha for sha in expected["per_article"] if got["per_article"].get(sha) != expected["per_article"][sha]]
    assert differing == [] and got["per_article"].keys() == expected["per_article"].keys()


@pytest.fixture
def sqlite_url(tmp_path: Path) -> str:
    return f"sqlite:///{tmp_path / 'tracker.db'}"


def test_concurrent_ingest_into_sqlite_stores_each_article_once(
        sqlite_url: str, articles: list[dict[str, str]], expected: dict[str, Any], tmp_path: Path) -> None:
    _run_workers(sqlite_url, articles, tmp_path)
    _check(sqlite_url, expected)


def test_concurrent_ingest_into_postgresql_stores_each_article_once(
        pg_url: str, articles: list[dict[str, str]], expected: dict[str, Any], tmp_path: Path) -> None:
    from tests.pg import fresh_database

    url = fresh_database(pg_url)
    _run_workers(url, articles, tmp_path)
    _check(url, expected)


# Write-only workers: no extraction between writes, every article naming three of the same six
# officials and both of the same two bills, in a random order, so transactions overlap on the
# same rows all the time (before writers took turns on PostgreSQL, most runs deadlocked).
NAMES = ["Ann Alvarez", "Ben Brennan", "Cora Castillo", "Dan Delgado", "Eva Ellery", "Finn Fairbanks"]
BILLS = ["HB 1", "SB 2"]
SHARED, OWN, WRITERS = 10, 30, 4


def _contended_article(key: int, rng: random.Random) -> tuple[str, Document]:
    names = rng.sample(NAMES, 3)
    bills = rng.sample(BILLS, 2)
    text = f"Article {key}. " + " ".join(f"{n} spoke." for n in names) + f" {bills[0]} and {bills[1]} came up."
    statements = []
    for n in names:
        start = text.index(f"{n} spoke.")
        statements.append(Statement(speaker=n, speaker_text=n.split()[-1], kind="indirect", text=f"{n} spoke.",
                                    start=start, end=start + len(n) + 7, topics=["Health"]))
    return text, Document(
        id=None, title=None, published=(date(2020, 1, 1) + timedelta(days=key)).isoformat(),
        officials=[Official(name=n, party=rng.choice(["Democratic", "Republican"]), aliases=[n.split()[-1]])
                   for n in names],
        statements=statements,
        bills=[Bill(identifier=b, title=f"bill {b}", session="2024", jurisdiction="New Mexico",
                    status=rng.choice(["proposed", "passed", "signed"]), evidence=b, start=text.index(b),
                    end=text.index(b) + len(b), topics=["Health", "Education"],
                    positions=[Position(official=rng.choice(names), stance="supports")]) for b in bills])


def _contended_articles(worker: int) -> list[tuple[int, str, Document]]:
    """Articles 0..SHARED-1 go to every worker (each in its own order); the rest are the worker's own."""
    keys = list(range(SHARED)) + [SHARED + worker * OWN + i for i in range(OWN)]
    random.Random(worker).shuffle(keys)
    return [(key, *_contended_article(key, random.Random(key))) for key in keys]


def _write_contended(url: str, worker: int, out: Any) -> None:
    db = open_db(url)
    failures = []
    for _key, text, doc in _contended_articles(worker):
        try:
            store_article(db, text=text, doc=doc)
        except Exception as e:  # counted and reported by the test, not hidden
            failures.append(f"{type(e).__name__}: {str(e).splitlines()[0]}")
    db.close()
    out.put(failures)


def _run_contended(url: str) -> None:
    open_db(url).close()  # workers opening a new database at once are the ingest tests' business
    ctx = multiprocessing.get_context("spawn")
    out = ctx.Queue()
    procs = [ctx.Process(target=_write_contended, args=(url, k, out)) for k in range(WRITERS)]
    for p in procs:
        p.start()
    failures = [f for _ in procs for f in out.get(timeout=300)]
    for p in procs:
        p.join(60)
    assert failures == []
    assert [p.exitcode for p in procs] == [0] * WRITERS
    everything = {key: doc for k in range(WRITERS) for key, _text, doc in _contended_articles(k)}
    db = open_db(url)
    try:
        with db.session() as s:
            assert s.scalar(select(func.count()).select_from(m.Article)) == len(everything)
            assert sorted(s.scalars(select(m.Official.name))) == sorted(NAMES)
            aliases = s.execute(select(m.Official.name, m.OfficialAlias.alias).join(m.OfficialAlias)).all()
            assert sorted(tuple(a) for a in aliases) == sorted((n, n.split()[-1]) for n in NAMES)
            status = dict(s.execute(select(m.Bill.identifier, m.Bill.status)).all())
    finally:
        db.close()
    # Each bill's status is the one its most recently published article gave, whoever wrote last.
    newest = max(everything.values(), key=lambda d: str(d.published))
    assert status == {b.identifier: b.status for b in newest.bills}


def test_contending_writers_on_sqlite_neither_fail_nor_lose_updates(sqlite_url: str) -> None:
    _run_contended(sqlite_url)


def test_contending_writers_on_postgresql_neither_fail_nor_lose_updates(pg_url: str) -> None:
    from tests.pg import fresh_database

    _run_contended(fresh_database(pg_url))
