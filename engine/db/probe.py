"""Test a database URL before Harmony uses it (the Settings page's „Test" button).

The probe connects once with plain asyncpg (no pool, a hard time limit), reads the server version
and whether Harmony's schema is there, and closes again. Every outcome is a
:class:`~engine.facade.contracts.DatabaseProbeView` with a stable code; nothing here raises for a
bad URL or an unreachable server, and neither the URL's password nor the URL itself is logged.
"""

from __future__ import annotations

import asyncio
import logging
import socket

import asyncpg
from alembic.script import ScriptDirectory
from sqlalchemy.engine import URL

from engine.db import migrate
from engine.db.session import asyncpg_kwargs
from engine.dsn import redact, validate_database_url
from engine.errors import DatabaseUrlError
from engine.facade.contracts import DatabaseProbeView

log = logging.getLogger(__name__)
DEFAULT_TIMEOUT_S = 8.0


async def probe_database(text: str, password: str | None = None,
                         timeout_s: float = DEFAULT_TIMEOUT_S) -> DatabaseProbeView:
    """Connect to ``text`` (``password`` replaces the URL's own, when given) and report."""
    try:
        url = validate_database_url(text)
    except DatabaseUrlError as exc:
        return DatabaseProbeView(exc.code, "", False, False, message=exc.message)
    if password:
        url = url.set(password=password)
    shown = redact(url)
    try:
        return await asyncio.wait_for(_inspect(url, shown, timeout_s), timeout_s)
    except TimeoutError:
        code, message = "database.timeout", f"no answer within {timeout_s:g} s"
    except Exception as exc:  # every failure becomes a code; the URL never reaches the log
        code, message = _failure_code(exc)
    log.info("database probe failed", extra={"action": "database_probe", "code": code})
    return DatabaseProbeView(code, shown, False, False, message=message)


def _failure_code(exc: BaseException) -> tuple[str, str]:
    """A stable code and a short English reason (asyncpg's messages carry no password)."""
    if isinstance(exc, (asyncpg.InvalidPasswordError,
                        asyncpg.InvalidAuthorizationSpecificationError)):
        return "database.auth_failed", str(exc)
    if isinstance(exc, asyncpg.InvalidCatalogNameError):
        return "database.not_found", str(exc)
    if isinstance(exc, socket.gaierror):
        return "database.host_not_found", "the host name is not known"
    if isinstance(exc, TimeoutError):
        return "database.timeout", "no answer in time"
    if isinstance(exc, OSError):  # refused, unreachable, no such socket file
        return "database.refused", exc.strerror or type(exc).__name__
    return "database.unavailable", f"{type(exc).__name__}: {exc}"[:300]


async def _inspect(url: URL, shown: str, timeout_s: float) -> DatabaseProbeView:
    connection = await asyncpg.connect(**asyncpg_kwargs(url), timeout=timeout_s)
    try:
        version = str(await connection.fetchval("SHOW server_version"))
        has_alembic = await connection.fetchval(
            "SELECT to_regclass('public.alembic_version') IS NOT NULL")
        revision = await connection.fetchval("SELECT version_num FROM alembic_version LIMIT 1") \
            if has_alembic else None
        tables = int(await connection.fetchval(
            "SELECT count(*) FROM information_schema.tables WHERE table_schema = 'public'"))
    finally:
        await connection.close()
    loop = asyncio.get_running_loop()
    head, known = await loop.run_in_executor(None, _revisions)  # reads the migration scripts
    schema = _schema_state(revision, tables, head, known)
    code = "database.schema_newer" if schema == "newer" else "database.ready"
    return DatabaseProbeView(code, shown, True, schema != "newer", server_version=version,
                             schema=schema, revision=revision, head_revision=head)


def _revisions() -> tuple[str, frozenset[str]]:
    scripts = ScriptDirectory.from_config(migrate.alembic_config())
    known = frozenset(script.revision for script in scripts.walk_revisions())
    return scripts.get_current_head() or "base", known


def _schema_state(revision: str | None, tables: int, head: str, known: frozenset[str]) -> str:
    """current: up to date · behind: migrated at the next start · empty: created at the next
    start · newer: written by a newer Harmony (this one cannot use it) · foreign: other tables
    and no Harmony schema (Harmony adds its own beside them)."""
    if revision is None:
        return "empty" if tables == 0 else "foreign"
    if revision == head:
        return "current"
    return "behind" if revision in known else "newer"
