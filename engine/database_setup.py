"""Choosing, starting and migrating the database at engine start.

Order of choice: an explicit URL (command line), ``HARMONY_DATABASE_URL``, the config file's
``database_url``, else the embedded server. A configured but invalid URL stops the start with a
clear error; it never falls back to the embedded server behind the user's back.
"""

from __future__ import annotations

import asyncio
import logging
import os
from dataclasses import dataclass

from sqlalchemy.engine import URL

from engine.config_file import read_config
from engine.db import migrate
from engine.db.embedded import DATABASE_NAME, EmbeddedPostgres
from engine.db.session import Database, ensure_database
from engine.dsn import validate_database_url
from engine.errors import DatabaseError
from engine.paths import AppPaths

log = logging.getLogger(__name__)
MIGRATION_LOCK = 7_331_001  # pg_advisory_lock key: engines starting together migrate one by one


@dataclass(frozen=True)
class DatabaseChoice:
    url: URL | None  # None → embedded
    source: str  # argument | environment | config file | embedded


def choose_database(paths: AppPaths, explicit: str | None = None) -> DatabaseChoice:
    if explicit is not None:
        return DatabaseChoice(validate_database_url(explicit), "argument")
    env = os.environ.get("HARMONY_DATABASE_URL")
    if env is not None:
        return DatabaseChoice(validate_database_url(env), "environment")
    configured = read_config(paths.settings_file).get("database_url")
    if configured is not None:
        return DatabaseChoice(validate_database_url(configured), "config file")
    return DatabaseChoice(None, "embedded")


async def open_database(paths: AppPaths, choice: DatabaseChoice
                        ) -> tuple[Database, EmbeddedPostgres | None]:
    """Start the embedded server if chosen, connect, and run migrations to head."""
    embedded: EmbeddedPostgres | None = None
    url = choice.url
    if url is None:
        embedded = EmbeddedPostgres(paths.embedded_pgdata)
        loop = asyncio.get_running_loop()
        raw = await loop.run_in_executor(None, embedded.start)
        url = validate_database_url(raw).set(database=DATABASE_NAME)
        await ensure_database(url)
    database = Database(url, kind="embedded" if embedded else "server")
    try:
        await _migrate(database)
    except Exception as exc:
        await database.dispose()
        if embedded:
            embedded.stop()
        raise DatabaseError(f"Cannot prepare the database {database.display_url}: "
                            f"{type(exc).__name__}: {exc}", code="database.unavailable",
                            params={"url": database.display_url}) from exc
    return database, embedded


async def _migrate(database: Database) -> None:
    async with database.engine.connect() as connection:
        await connection.exec_driver_sql(f"SELECT pg_advisory_lock({MIGRATION_LOCK})")
        try:
            await migrate.upgrade(database.engine)
        finally:
            await connection.exec_driver_sql(f"SELECT pg_advisory_unlock({MIGRATION_LOCK})")
