"""Run Alembic revisions from inside the app (at start and for ``harmony migrate``)."""

from __future__ import annotations

from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy.ext.asyncio import AsyncEngine

MIGRATIONS_DIR = Path(__file__).resolve().parents[2] / "migrations"


def alembic_config(url: str | None = None) -> Config:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    if url:
        config.attributes["url"] = url
    return config


def head_revision() -> str:
    return ScriptDirectory.from_config(alembic_config()).get_current_head() or "base"


async def upgrade(engine: AsyncEngine, target: str = "head") -> None:
    """Upgrade over an existing async engine (one connection, run_sync into Alembic)."""
    await _run_command(engine, command.upgrade, target)


async def downgrade(engine: AsyncEngine, target: str) -> None:
    await _run_command(engine, command.downgrade, target)


async def current_revision(engine: AsyncEngine) -> str | None:
    async with engine.connect() as connection:
        return await connection.run_sync(
            lambda sync: MigrationContext.configure(sync).get_current_revision())


async def _run_command(engine: AsyncEngine, func: object, target: str) -> None:
    config = alembic_config()

    def _apply(sync_connection: object) -> None:
        config.attributes["connection"] = sync_connection
        func(config, target)  # type: ignore[operator]

    async with engine.begin() as connection:
        await connection.run_sync(_apply)
