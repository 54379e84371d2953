"""A throwaway PostgreSQL database per test, on the server named by TRACKER_TEST_PG_URL.

The URL names a server and a database the test user may connect to (``postgres`` is fine); each
test gets ``CREATE DATABASE`` of its own, dropped when the test session ends.
"""

from __future__ import annotations

import atexit
import uuid

from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

_created: list[tuple[str, str]] = []


def _admin(url: str):  # type: ignore[no-untyped-def]
    return create_engine(url, isolation_level="AUTOCOMMIT", pool_size=1)


def fresh_database(server_url: str) -> str:
    name = f"tracker_test_{uuid.uuid4().hex[:12]}"
    engine = _admin(server_url)
    with engine.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    engine.dispose()
    _created.append((server_url, name))
    return make_url(server_url).set(database=name).render_as_string(hide_password=False)


@atexit.register
def _drop_all() -> None:
    for server_url, name in _created:
        engine = _admin(server_url)
        try:
            with engine.connect() as conn:
                conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        except Exception:
            pass
        finally:
            engine.dispose()
