"""Async engine and sessions for one PostgreSQL database, plus creating that database."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

import asyncpg
from sqlalchemy.engine import URL
from sqlalchemy.ext.asyncio import (
    AsyncEngine,
    AsyncSession,
    async_sessionmaker,
    create_async_engine,
)

from engine.dsn import async_url, redact


class Database:
    """The engine's handle on PostgreSQL: an AsyncEngine and a session factory."""

    def __init__(self, url: URL, *, kind: str, pool_size: int = 5) -> None:
        self.url = async_url(url)
        self.kind = kind  # "embedded" | "server"
        # Explicit connect timeout: during an outage a ping must fail fast, not hang for 60 s.
        self.engine: AsyncEngine = create_async_engine(
            self.url, pool_pre_ping=True, pool_size=pool_size, max_overflow=10,
            pool_recycle=1800, connect_args={"timeout": 5})
        self.sessions = async_sessionmaker(self.engine, expire_on_commit=False)

    @property
    def display_url(self) -> str:
        return redact(self.url)

    @asynccontextmanager
    async def session(self) -> AsyncIterator[AsyncSession]:
        """A session in one transaction: committed on success, rolled back on error."""
        async with self.sessions() as session, session.begin():
            yield session

    async def raw_connection(self) -> asyncpg.Connection:
        """A plain asyncpg connection (pgqueuer needs its own, for LISTEN/NOTIFY)."""
        return await asyncpg.connect(**asyncpg_kwargs(self.url))

    async def ping(self, timeout_s: float = 5.0) -> bool:
        async def probe() -> None:
            async with self.engine.connect() as connection:
                await connection.exec_driver_sql("SELECT 1")

        try:
            await asyncio.wait_for(probe(), timeout_s)
            return True
        except Exception:
            return False

    async def dispose(self) -> None:
        await self.engine.dispose()


def asyncpg_kwargs(url: URL) -> dict[str, object]:
    """Translate a SQLAlchemy URL into asyncpg.connect() keyword arguments."""
    kwargs: dict[str, object] = {"user": url.username or "postgres",
                                 "database": url.database or "postgres"}
    if url.password:
        kwargs["password"] = url.password
    host = url.query.get("host") or url.host
    if host:
        kwargs["host"] = host if isinstance(host, str) else host[0]
    if url.port:
        kwargs["port"] = url.port
    return kwargs


async def ensure_database(url: URL) -> None:
    """Create ``url``'s database when it does not exist yet (connecting to ``postgres``)."""
    target = url.database or "postgres"
    admin = await asyncpg.connect(**asyncpg_kwargs(url.set(database="postgres")))
    try:
        exists = await admin.fetchval("SELECT 1 FROM pg_database WHERE datname = $1", target)
        if not exists:
            # Identifiers cannot be parameters; quote_ident-equivalent by doubling quotes.
            await admin.execute(f'CREATE DATABASE "{target.replace(chr(34), chr(34) * 2)}"')
    finally:
        await admin.close()
