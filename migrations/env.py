"""Alembic environment for tracker.

Run in-process by ``tracker.store.db`` (which hands over a connection already inside one write
transaction, foreign keys off), or by the ``alembic`` command for development, with
``-x url=sqlite:///path.db`` or ``sqlalchemy.url`` set in a config.
"""

from __future__ import annotations

from typing import Any

from alembic import context
from sqlalchemy import create_engine
from sqlalchemy.engine import Connection

from tracker.store.models import metadata

config = context.config

# Created by the migrations only (FTS5 on SQLite, a GIN index on PostgreSQL): not models.
_NOT_MODELS = ("statements_fts", "ix_statements_text_tsv")


def include_name(name: str | None, type_: str, parent_names: Any) -> bool:
    """Keep autogenerate (and ``alembic check``) away from objects the models do not declare."""
    return not (name and name.startswith(_NOT_MODELS))


def _configure(**kw: Any) -> None:
    context.configure(
        target_metadata=metadata,
        render_as_batch=True,  # SQLite cannot ALTER most things; batch mode copies the table
        include_name=include_name,
        compare_type=True,
        transactional_ddl=True,  # SQLite DDL is transactional once the driver stops auto-committing
        **kw,
    )


def _url() -> str:
    url = context.get_x_argument(as_dictionary=True).get("url") or config.get_main_option("sqlalchemy.url")
    if not url:
        raise RuntimeError("no database URL: pass -x url=... or set sqlalchemy.url")
    return url


def run_offline() -> None:
    _configure(url=_url(), literal_binds=True, dialect_opts={"paramstyle": "named"})
    with context.begin_transaction():
        context.run_migrations()


def _run(connection: Connection) -> None:
    _configure(connection=connection)
    with context.begin_transaction():
        context.run_migrations()


def run_online() -> None:
    connection = config.attributes.get("connection")
    if connection is not None:
        _run(connection)
        return
    engine = create_engine(_url())
    try:
        with engine.connect() as conn:
            _run(conn)
            conn.commit()
    finally:
        engine.dispose()


if context.is_offline_mode():
    run_offline()
else:
    run_online()
