"""Real PostgreSQL for tests: the server in HARMONY_TEST_DATABASE_URL, else an embedded one.

A migrated template database is built once per session; each test that needs a clean database
gets a copy (``CREATE DATABASE … TEMPLATE``), which is much faster than migrating again.
"""

from __future__ import annotations

import asyncio
import contextlib
import os
import shutil
import tempfile
import uuid
from collections.abc import Iterator
from pathlib import Path

import asyncpg
from sqlalchemy.engine import URL
from sqlalchemy.ext.asyncio import create_async_engine

from engine.db import migrate
from engine.db.embedded import EmbeddedPostgres
from engine.db.session import asyncpg_kwargs
from engine.dsn import async_url, validate_database_url

PREFIX = f"harmony_t{os.getpid()}_"


class TestDatabases:
    def __init__(self, workdir: Path, *, durable: bool = False) -> None:
        self._workdir = workdir
        self._durable = durable  # benchmarks measure what a user's server does: fsync on
        self._embedded: EmbeddedPostgres | None = None
        self.admin_url: URL | None = None
        self.kind = ""
        self.template = f"{PREFIX}template"
        self.created: list[str] = []

    def start(self) -> None:
        configured = os.environ.get("HARMONY_TEST_DATABASE_URL")
        if configured:
            self.admin_url, self.kind = async_url(validate_database_url(configured)), "server"
        else:
            self._embedded = EmbeddedPostgres(self._workdir / "pgdata")
            self.admin_url = validate_database_url(self._embedded.start())
            self.kind = "embedded"
            if not self._durable:
                asyncio.run(self._throwaway_durability())
        asyncio.run(self._build_template())

    async def _throwaway_durability(self) -> None:
        """The session's own server holds nothing worth an fsync: every database on it is a
        copy made for one test, deleted with the folder at the end. Without fsync a loaded
        machine no longer spends minutes flushing hundreds of copies at checkpoints. (A killed
        server process still loses nothing: its writes are in the OS's page cache.)"""
        admin = await self._admin()
        try:
            for setting in ("fsync", "synchronous_commit", "full_page_writes"):
                await admin.execute(f"ALTER SYSTEM SET {setting} = off")
            await admin.execute("SELECT pg_reload_conf()")
        finally:
            await admin.close()

    def url_for(self, name: str) -> URL:
        assert self.admin_url is not None
        return self.admin_url.set(database=name)

    async def _admin(self) -> asyncpg.Connection:
        assert self.admin_url is not None
        return await asyncpg.connect(**asyncpg_kwargs(self.admin_url))

    async def _build_template(self) -> None:
        admin = await self._admin()
        try:
            await admin.execute(f'DROP DATABASE IF EXISTS "{self.template}"')
            await admin.execute(f'CREATE DATABASE "{self.template}"')
        finally:
            await admin.close()
        engine = create_async_engine(self.url_for(self.template))
        await migrate.upgrade(engine)
        await engine.dispose()

    def fresh(self, migrated: bool = True) -> URL:
        """A new database (a copy of the migrated template, or empty)."""
        name = f"{PREFIX}{uuid.uuid4().hex[:10]}"
        template = f' TEMPLATE "{self.template}"' if migrated else ""

        async def create() -> None:
            admin = await self._admin()
            try:
                await admin.execute(f'CREATE DATABASE "{name}"{template}')
            finally:
                await admin.close()

        asyncio.run(create())
        self.created.append(name)
        return self.url_for(name)

    def stop(self) -> None:
        """Remove the test databases: a server's are dropped; an embedded server's go with its
        data folder, since dropping hundreds of them one by one (a checkpoint each) took
        minutes on a loaded machine."""
        if self._embedded is None:
            asyncio.run(self._drop_all())
        else:
            self._embedded.stop()

    async def _drop_all(self, parallel: int = 8) -> None:
        # Drops that run together share their checkpoints: ~4x faster than one by one.
        slots = asyncio.Semaphore(parallel)

        async def drop(name: str) -> None:
            async with slots:
                admin = await self._admin()
                try:
                    await admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
                finally:
                    await admin.close()

        await asyncio.gather(*(drop(name) for name in self.created))
        await drop(self.template)


@contextlib.contextmanager
def outside_pytest_tmp(prefix: str) -> Iterator[Path]:
    """A temporary folder outside pytest's basetemp.

    When tests run as root, pgserver runs PostgreSQL as an unprivileged user that must traverse
    the folder's parents; every pytest session resets ``/tmp/pytest-of-<user>`` to 0700, which
    would lock that user out mid-run.
    """
    workdir = Path(tempfile.mkdtemp(prefix=prefix))
    try:
        yield workdir
    finally:
        shutil.rmtree(workdir, ignore_errors=True)
