"""Alembic revisions: upgrade from empty to head, downgrade to base, and up again."""

from sqlalchemy import text
from sqlalchemy.ext.asyncio import create_async_engine

from engine.db import (
    all_tables,  # noqa: F401  (every table on the metadata)
    migrate,
)
from engine.db.base import Base

TABLES_QUERY = "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public'"


async def _tables(engine) -> set[str]:
    async with engine.connect() as connection:
        return {row[0] for row in await connection.execute(text(TABLES_QUERY))}


async def test_upgrade_downgrade_upgrade(empty_db_url) -> None:
    engine = create_async_engine(empty_db_url)
    try:
        assert await migrate.current_revision(engine) is None
        await migrate.upgrade(engine)
        assert await migrate.current_revision(engine) == migrate.head_revision()
        tables = await _tables(engine)
        assert set(Base.metadata.tables) <= tables  # every ORM table exists
        assert {"pgqueuer", "pgqueuer_log", "pgqueuer_schedules"} <= tables

        await migrate.downgrade(engine, "0002")
        tables = await _tables(engine)
        assert "watchlist_artists" not in tables and "pgqueuer" not in tables
        assert "wanted_items" in tables

        await migrate.downgrade(engine, "base")
        assert await _tables(engine) == {"alembic_version"}

        await migrate.upgrade(engine)
        assert set(Base.metadata.tables) <= await _tables(engine)
    finally:
        await engine.dispose()


async def test_migrations_match_the_models(fresh_db_url) -> None:
    """Autogenerate finds nothing to do: the revisions and the ORM describe the same schema."""
    from alembic.autogenerate import compare_metadata
    from alembic.migration import MigrationContext

    engine = create_async_engine(fresh_db_url)
    try:
        async with engine.connect() as connection:
            diff = await connection.run_sync(
                lambda sync: compare_metadata(MigrationContext.configure(sync), Base.metadata))
    finally:
        await engine.dispose()
    pgqueuer_objects = [d for d in diff if "pgqueuer" in repr(d)]
    assert [d for d in diff if d not in pgqueuer_objects] == []


async def test_the_shared_search_budget_revision_goes_down_and_up(fresh_db_url) -> None:
    """0006: its downgrade drops the budget's tables and leaves 0005's; its upgrade brings them
    back, usable."""
    budget_tables = {"search_budget_slots", "search_budget_hold_offs"}
    engine = create_async_engine(fresh_db_url)
    try:
        before = await _tables(engine)
        assert budget_tables <= before
        await migrate.downgrade(engine, "0005")
        after = await _tables(engine)
        assert budget_tables.isdisjoint(after) and "watchlist_releases" in after
        assert await migrate.current_revision(engine) == "0005"
        await migrate.upgrade(engine)
        assert await _tables(engine) == before
        async with engine.begin() as connection:
            await connection.execute(text(
                "INSERT INTO search_budget_slots (engine_id, started_at) VALUES ('e', now())"))
            await connection.execute(text(
                "INSERT INTO search_budget_hold_offs (budget, until) VALUES ('soulseek', now())"))
    finally:
        await engine.dispose()
