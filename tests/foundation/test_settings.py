"""Settings: precedence database > environment > default, history, validation, secrets."""

import pytest
from sqlalchemy import text
from sqlalchemy.ext.asyncio import create_async_engine

from engine.errors import ConfigurationError
from engine.secrets import MemorySecretStore


async def test_precedence_database_over_environment_over_default(engine_factory, monkeypatch
                                                                 ) -> None:
    engine = await engine_factory()
    store = engine.settings
    assert store.resolve("search.budget_count").value == 34
    assert store.resolve("search.budget_count").source == "default"
    monkeypatch.setenv("HARMONY_SEARCH_BUDGET_COUNT", "20")
    assert store.resolve("search.budget_count").value == 20
    assert store.resolve("search.budget_count").source == "environment"
    await store.set("search.budget_count", "12")
    assert store.resolve("search.budget_count").value == 12
    assert store.resolve("search.budget_count").source == "database"
    await store.reset("search.budget_count")
    assert store.resolve("search.budget_count").value == 20


async def test_changes_are_recorded_in_history(engine_factory) -> None:
    engine = await engine_factory()
    await engine.settings.set("matching.accept_threshold", 0.7)
    await engine.settings.set("matching.accept_threshold", "0.8")
    await engine.settings.set("matching.accept_threshold", 0.8)  # unchanged: no new entry
    history = await engine.settings.history("matching.accept_threshold")
    assert [(h.old_value, h.new_value) for h in history] == [("0.7", "0.8"), (None, "0.7")]


async def test_values_survive_a_restart(engine_factory) -> None:
    first = await engine_factory()
    await first.settings.set("ui.language", "de")
    await first.stop()
    second = await engine_factory()
    assert second.settings.get("ui.language") == "de"


@pytest.mark.parametrize(("name", "value", "code"), [
    ("search.budget_count", "0", "settings.below_minimum"),
    ("search.budget_count", "many", "settings.invalid_value"),
    ("ui.language", "fr", "settings.invalid_value"),
    ("slskd.url", "ftp://x", "settings.invalid_value"),
    ("workers.enabled", "maybe", "settings.invalid_value"),
    ("no.such.setting", "1", "settings.unknown"),
])
async def test_bad_values_are_refused_with_a_code(engine_factory, name, value, code) -> None:
    engine = await engine_factory()
    with pytest.raises(ConfigurationError) as caught:
        await engine.settings.set(name, value)
    assert caught.value.code == code
    assert await engine.settings.history() == []


async def test_a_secret_never_reaches_any_table(engine_factory, fresh_db_url) -> None:
    secrets = MemorySecretStore()
    engine = await engine_factory(secret_store=secrets)
    api_key = "slskd-KEY-3f9a7c1e-very-secret"
    await engine.settings.set("slskd.api_key", api_key)
    await engine.settings.set_secret("spotify.client_secret", "spotify-CLIENT-SECRET-42xyz")
    assert await engine.settings.get_secret("slskd.api_key") == api_key
    await engine.activity.record("system", "completed", action="settings_saved")
    history = await engine.settings.history("slskd.api_key")
    assert history[0].new_value == "••••••"
    found = await scan_database_for(fresh_db_url, secrets.all_values())
    assert found == []


async def scan_database_for(url, needles: list[str]) -> list[str]:
    """Every text-like column of every table, searched for each needle."""
    engine = create_async_engine(url)
    hits: list[str] = []
    try:
        async with engine.connect() as connection:
            columns = (await connection.execute(text(
                "SELECT table_name, column_name FROM information_schema.columns "
                "WHERE table_schema = 'public' AND data_type IN "
                "('text', 'character varying', 'jsonb', 'ARRAY', 'bytea')"))).all()
            for table, column in columns:
                for needle in needles:
                    query = text(f'SELECT count(*) FROM "{table}" WHERE "{column}"::text '
                                 "LIKE :pattern")
                    count = (await connection.execute(query, {"pattern": f"%{needle}%"})).scalar()
                    if count:
                        hits.append(f"{table}.{column}")
    finally:
        await engine.dispose()
    return hits
