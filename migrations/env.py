"""Alembic environment (async template): runs revisions over an asyncpg connection.

The URL comes from ``config.attributes["url"]`` (set by :mod:`engine.db.migrate`) or the
``sqlalchemy.url`` option; both are validated by the same DSN rules as the app.
"""

from __future__ import annotations

import asyncio

from alembic import context
from sqlalchemy import pool
from sqlalchemy.engine import Connection
from sqlalchemy.ext.asyncio import create_async_engine

from engine.db import all_tables  # noqa: F401  (registers every table on the metadata)
from engine.db.base import Base
from engine.dsn import async_url, validate_database_url

config = context.config
target_metadata = Base.metadata


def _url() -> str:
    raw = config.attributes.get("url") or config.get_main_option("sqlalchemy.url")
    return async_url(validate_database_url(raw)).render_as_string(hide_password=False)


def _run(connection: Connection) -> None:
    context.configure(connection=connection, target_metadata=target_metadata,
                      compare_type=True, transaction_per_migration=True)
    with context.begin_transaction():
        context.run_migrations()


async def _run_async() -> None:
    engine = create_async_engine(_url(), poolclass=pool.NullPool)
    async with engine.connect() as connection:
        await connection.run_sync(_run)
    await engine.dispose()


def run_migrations_online() -> None:
    connection = config.attributes.get("connection")
    if connection is not None:  # called from inside a running loop via run_sync
        _run(connection)
        return
    asyncio.run(_run_async())


if context.is_offline_mode():
    context.configure(url=_url(), target_metadata=target_metadata, literal_binds=True)
    with context.begin_transaction():
        context.run_migrations()
else:
    run_migrations_online()
