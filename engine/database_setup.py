"""Choosing, starting and migrating the database at engine start.

Order of choice: an explicit URL (command line), ``HARMONY_DATABASE_URL``, the config file's
``database_url``, else the embedded server. A configured but invalid URL stops the start with a
clear error; it never falls back to the embedded server behind the user's back.

A URL saved from the Settings page („Use this database") goes to the config file without its
password; the password goes to the secret store (:data:`~engine.secrets.DATABASE_PASSWORD`) and
is put back into the URL at start.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import os
from dataclasses import dataclass, replace

from sqlalchemy.engine import URL

from engine.config_file import read_config, write_config
from engine.db import migrate
from engine.db.embedded import DATABASE_NAME, EmbeddedPostgres
from engine.db.session import Database, ensure_database
from engine.dsn import SETTING, redact, validate_database_url
from engine.errors import DatabaseError, SecretStoreError
from engine.facade.contracts import DatabaseChoiceView
from engine.logging_setup import SCRUBBER
from engine.paths import AppPaths
from engine.secrets import DATABASE_PASSWORD, SecretStore

log = logging.getLogger(__name__)
MIGRATION_LOCK = 7_331_001  # pg_advisory_lock key: engines starting together migrate one by one


@dataclass(frozen=True)
class DatabaseChoice:
    url: URL | None  # None → embedded
    source: str  # argument | environment | config file | embedded


def choose_database(paths: AppPaths, explicit: str | None = None) -> DatabaseChoice:
    if explicit is not None:
        return DatabaseChoice(validate_database_url(explicit), "argument")
    env = os.environ.get(SETTING)
    if env is not None:
        return DatabaseChoice(validate_database_url(env), "environment")
    configured = read_config(paths.settings_file).get("database_url")
    if configured is not None:
        return DatabaseChoice(validate_database_url(configured), "config file")
    return DatabaseChoice(None, "embedded")


async def with_stored_password(choice: DatabaseChoice, secrets: SecretStore) -> DatabaseChoice:
    """Put the stored password back into a config-file URL saved without one.

    Without a usable secret store the URL stays as it is: a server that wants a password then
    refuses the start with a clear authentication error instead of Harmony guessing.
    """
    url = choice.url
    if choice.source != "config file" or url is None or url.password is not None:
        return choice
    try:
        password = await secrets.get(DATABASE_PASSWORD)
    except SecretStoreError as exc:
        log.warning("database password not read from the secret store (%s)", exc.code,
                    extra={"action": "database_password"})
        return choice
    if not password:
        return choice
    SCRUBBER.add([password])
    return replace(choice, url=url.set(password=password))


async def save_database_choice(paths: AppPaths, secrets: SecretStore, text: str,
                               password: str | None = None, *, explicit: str | None = None
                               ) -> DatabaseChoiceView:
    """„Use this database": the URL (without password) into the config file, the password into
    the secret store. Takes effect at the next start. Raises DatabaseUrlError for a refused URL
    and SecretStoreError when a password cannot be stored (nothing is written then)."""
    url = validate_database_url(text)
    password = password or url.password
    if password:
        await secrets.set(DATABASE_PASSWORD, password)
        SCRUBBER.add([password])
    else:  # an old password must not be sent to the new server; no store → nothing stored
        with contextlib.suppress(SecretStoreError):
            await secrets.delete(DATABASE_PASSWORD)
    bare = url._replace(password=None)  # URL.set(password=None) would keep the password
    write_config(paths.settings_file, database_url=bare.render_as_string(hide_password=False))
    overridden = "argument" if explicit is not None else \
        "environment" if os.environ.get(SETTING) is not None else ""
    shown = redact(url.set(password=password) if password else bare)
    log.info("database choice saved for the next start: %s", shown,
             extra={"action": "database_choice"})
    return DatabaseChoiceView(shown, str(paths.settings_file), bool(password), overridden)


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
