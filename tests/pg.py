"""A throwaway PostgreSQL database per test, on the server named by TRACKER_TEST_PG_URL.

The URL names a server and a database the test user may connect to (``postgres`` is fine); each
test gets ``CREATE DATABASE`` of its own, dropped when the test session ends. On a server that
``scripts/with-postgres`` made for this run (it sets TRACKER_TEST_PG_THROWAWAY=1) nothing is
dropped: the whole server is deleted anyway, and each DROP DATABASE forces a checkpoint, which
took longer than the tests themselves.
"""

from __future__ import annotations

import atexit
import os
import uuid

from sqlalchemy import create_engine, text
from sqlalchemy.engine import Engine, make_url

_created: list[tuple[str, str]] = []
_admins: dict[str, Engine] = {}


def _admin(url: str) -> Engine:
    if url not in _admins:
        _admins[url] = create_engine(url, isolation_level="AUTOCOMMIT", pool_size=1)
    return _admins[url]


def fresh_database(server_url: str) -> str:
    """The URL of a new, empty database on the server at ``server_url``."""
    name = f"tracker_test_{uuid.uuid4().hex[:12]}"
    with _admin(server_url).connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    _created.append((server_url, name))
    return make_url(server_url).set(database=name).render_as_string(hide_password=False)


@atexit.register
def _drop_all() -> None:
    if os.environ.get("TRACKER_TEST_PG_THROWAWAY") != "1":
        for server_url, name in _created:
            try:
                with _admin(server_url).connect() as conn:
                    conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
            except Exception as exc:  # a leftover database is worth a line, not a failed run
                print(f"tests/pg.py: could not drop {name}: {exc}")
    _created.clear()
    for engine in _admins.values():
        engine.dispose()
    _admins.clear()
