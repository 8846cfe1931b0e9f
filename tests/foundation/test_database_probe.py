"""Settings → Database: testing another database URL against the real test server, and saving it
for the next start (URL into config.json, its password into the secret store)."""

from __future__ import annotations

import contextlib
import json
import logging
import socket
from collections.abc import Iterator
from pathlib import Path

import asyncpg
import pytest
from sqlalchemy.engine import URL

from engine.bootstrap import EngineOptions, build_engine
from engine.database_setup import choose_database, save_database_choice, with_stored_password
from engine.db import migrate
from engine.db.probe import probe_database
from engine.db.session import asyncpg_kwargs
from engine.errors import DatabaseUrlError, SecretStoreError
from engine.paths import resolve_paths
from engine.secrets import DATABASE_PASSWORD, EnvironmentSecretStore, MemorySecretStore

PASSWORD = "pr0be-S3cret-value"


def _text(url: URL) -> str:
    return url.render_as_string(hide_password=False)


@contextlib.contextmanager
def _silent_listener() -> Iterator[int]:
    """A loopback port that accepts connections (the kernel's backlog) and never answers."""
    with socket.socket() as listener:
        listener.bind(("127.0.0.1", 0))
        listener.listen(4)
        yield listener.getsockname()[1]


def _closed_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


async def test_a_migrated_database_is_ready_with_version_and_revision(fresh_db_url: URL) -> None:
    view = await probe_database(_text(fresh_db_url))
    assert (view.code, view.connected, view.usable) == ("database.ready", True, True)
    assert view.server_version and view.server_version.split(".")[0].isdigit()
    assert view.schema == "current"
    assert view.revision == view.head_revision == migrate.head_revision()
    assert view.display_url == fresh_db_url.render_as_string(hide_password=True)


async def test_an_empty_database_is_usable_and_gets_the_schema_at_start(empty_db_url: URL
                                                                        ) -> None:
    view = await probe_database(_text(empty_db_url))
    assert (view.code, view.usable, view.schema, view.revision) == \
        ("database.ready", True, "empty", None)


async def test_a_schema_from_a_newer_harmony_is_not_usable(fresh_db_url: URL) -> None:
    connection = await asyncpg.connect(**asyncpg_kwargs(fresh_db_url))
    try:
        await connection.execute("UPDATE alembic_version SET version_num = 'ffffffff9999'")
    finally:
        await connection.close()
    view = await probe_database(_text(fresh_db_url))
    assert (view.code, view.connected, view.usable, view.schema, view.revision) == \
        ("database.schema_newer", True, False, "newer", "ffffffff9999")


async def test_a_wrong_port_is_refused() -> None:
    view = await probe_database(f"postgresql+asyncpg://harmony@127.0.0.1:{_closed_port()}/h")
    assert (view.code, view.connected, view.usable) == ("database.refused", False, False)


async def test_a_wrong_database_name_says_it_does_not_exist(fresh_db_url: URL) -> None:
    view = await probe_database(_text(fresh_db_url.set(database="harmony_no_such_database")))
    assert (view.code, view.connected) == ("database.not_found", False)
    assert "harmony_no_such_database" in view.message


async def test_an_unknown_user_is_an_authentication_failure(fresh_db_url: URL) -> None:
    view = await probe_database(_text(fresh_db_url.set(username="no_such_harmony_role")))
    assert (view.code, view.connected) == ("database.auth_failed", False)


async def test_a_server_that_never_answers_times_out() -> None:
    with _silent_listener() as port:
        view = await probe_database(f"postgresql+asyncpg://harmony@127.0.0.1:{port}/h",
                                    timeout_s=0.5)
    assert (view.code, view.connected) == ("database.timeout", False)


@pytest.mark.parametrize(("url", "code"), [
    ("sqlite:///harmony.db", "config.database_url_sqlite"),
    ("postgresql://harmony@localhost/harmony", "config.database_url_driver"),
    ("", "config.database_url_empty"),
])
async def test_refused_urls_never_connect(url: str, code: str) -> None:
    view = await probe_database(url)
    assert (view.code, view.connected, view.usable, view.display_url) == (code, False, False, "")


async def test_the_password_is_never_shown_or_logged(fresh_db_url: URL, caplog) -> None:
    caplog.set_level(logging.DEBUG)
    good = await probe_database(_text(fresh_db_url), password=PASSWORD)  # trust ignores it
    bad = await probe_database(_text(fresh_db_url.set(password=PASSWORD, port=_closed_port(),
                                                      host="127.0.0.1")))
    assert good.code == "database.ready" and bad.code == "database.refused"
    for view in (good, bad):
        assert PASSWORD not in repr(view) and "***" in view.display_url
    assert PASSWORD not in caplog.text


async def test_save_puts_the_url_in_the_config_file_and_the_password_in_the_store(
        tmp_path: Path, fresh_db_url: URL, monkeypatch) -> None:
    monkeypatch.delenv("HARMONY_DATABASE_URL", raising=False)
    paths = resolve_paths(tmp_path / "home").ensure()
    store = MemorySecretStore()
    view = await save_database_choice(paths, store, _text(fresh_db_url.set(password=PASSWORD)))
    saved = json.loads(paths.settings_file.read_text(encoding="utf-8"))["database_url"]
    assert PASSWORD not in paths.settings_file.read_text(encoding="utf-8")
    assert saved == _text(fresh_db_url)
    assert await store.get(DATABASE_PASSWORD) == PASSWORD
    assert (view.password_in_keyring, view.overridden_by, view.restart_required) == \
        (True, "", True)
    assert view.config_file == str(paths.settings_file) and PASSWORD not in view.display_url
    choice = await with_stored_password(choose_database(paths), store)
    assert (choice.source, choice.url.password) == ("config file", PASSWORD)  # type: ignore
    # A URL without a password forgets the old one: it must not be sent to another server.
    await save_database_choice(paths, store, _text(fresh_db_url))
    assert await store.get(DATABASE_PASSWORD) is None


async def test_save_says_when_the_environment_wins(tmp_path: Path, fresh_db_url: URL,
                                                   monkeypatch) -> None:
    monkeypatch.setenv("HARMONY_DATABASE_URL", _text(fresh_db_url))
    paths = resolve_paths(tmp_path / "home").ensure()
    view = await save_database_choice(paths, MemorySecretStore(), _text(fresh_db_url))
    assert view.overridden_by == "environment"


async def test_nothing_is_saved_when_the_url_or_the_password_cannot_be_kept(
        tmp_path: Path, fresh_db_url: URL) -> None:
    paths = resolve_paths(tmp_path / "home").ensure()
    with pytest.raises(DatabaseUrlError) as refused:
        await save_database_choice(paths, MemorySecretStore(), "sqlite:///x.db")
    assert refused.value.code == "config.database_url_sqlite"
    with pytest.raises(SecretStoreError) as read_only:  # never a plain-text fallback
        await save_database_choice(paths, EnvironmentSecretStore({}),
                                   _text(fresh_db_url.set(password=PASSWORD)))
    assert read_only.value.code == "secrets.read_only"
    assert not paths.settings_file.exists()


async def test_the_next_start_uses_the_saved_database(tmp_path: Path, fresh_db_url: URL,
                                                      monkeypatch) -> None:
    monkeypatch.delenv("HARMONY_DATABASE_URL", raising=False)
    store = MemorySecretStore()
    home = tmp_path / "home"
    await save_database_choice(resolve_paths(home).ensure(), store, _text(fresh_db_url))
    engine = build_engine(EngineOptions(dev_dir=str(home), secret_store=store,
                                        workers_enabled=False))
    await engine.start()
    try:
        assert engine.database is not None and engine.database.kind == "server"
        assert engine.database.url.database == fresh_db_url.database
    finally:
        await engine.stop()
