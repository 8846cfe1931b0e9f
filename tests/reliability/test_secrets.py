"""Secrets: after a full run (a Spotify playlist synced and acquired by an in-process engine and a
headless ``harmony engine`` side by side, with a spell of refused slskd keys in between) no
secret appears anywhere the app writes or shows: every text, JSON, array and bytea column of
every table (pgqueuer's included), the engines' rotating logs, the headless engine's output,
every captured log record, the files under the dev dirs and the library, the activity log and
the events the window receives."""

from __future__ import annotations

import asyncio
import logging
import os
import secrets as token_source
import subprocess
import sys
from pathlib import Path
from typing import Any

from sqlalchemy import text
from sqlalchemy.engine import URL

from engine.bootstrap import Engine
from engine.logging_setup import setup_logging
from engine.secrets import SECRET_NAMES, MemorySecretStore
from tests.acquisition.conftest import configure
from tests.reliability.audit import drained_audit, settle
from tests.reliability.conftest import album_ordered_tracks
from tests.reliability.engine_process import ROOT, stop
from tests.reliability.support import CLIENT_ID, configure_spotify, sync_playlist
from tests.support.results import record_result

TRACKS = 12


async def test_no_secret_is_written_or_shown_anywhere(
        engine_factory, fresh_db_url: URL, slskd_emu, lrclib_emu, spotify_emu, music: Path,
        tmp_path: Path, caplog) -> None:
    caplog.set_level(logging.DEBUG)
    slskd_emu.api_key = token_source.token_urlsafe(32)  # what a real slskd key looks like
    store = MemorySecretStore()
    setup = await engine_factory(workers_enabled=False, secret_store=store)
    await configure(setup, slskd_emu, lrclib_emu, music)
    await configure_spotify(setup, spotify_emu)
    assert setup.settings is not None
    await setup.settings.set_secret("spotify.client_secret", token_source.token_hex(16))
    await setup.stop()
    named = await _secrets(store)
    values = set(named.values())
    events: list[str] = []
    engine = await engine_factory(workers_enabled=True, secret_store=store)
    engine.bus.subscribe(None, lambda event: events.append(repr(event)))
    root_level = logging.getLogger().level
    setup_logging(engine.paths.log_dir, "DEBUG", console=False)
    headless = _harmony_engine(tmp_path / "headless-home", fresh_db_url, named,
                               tmp_path / "headless.out")
    try:
        await _refused_keys_for_a_while(slskd_emu)
        ids = await sync_playlist(engine, spotify_emu, "Secrets",
                                  [t.id for t in album_ordered_tracks(TRACKS)])
        states = await settle(engine, ids, 120)
        result = await drained_audit(engine, ids, music)
        activity = await _activity(engine)
        database_hits, columns = await _database_hits(engine, values)
        controls, _ = await _database_hits(engine, {CLIENT_ID, "Secrets"})
    finally:
        stop(headless)
        setup_logging(None, console=False)
        logging.getLogger().setLevel(root_level)
    values |= set((await _secrets(store)).values())  # a rotated refresh token counts too
    texts = {"captured logs": "\n".join(_record_text(r) for r in caplog.records),
             "activity log": activity, "events": "\n".join(events)}
    files = [p for folder in (tmp_path / "home0", tmp_path / "home1", tmp_path / "headless-home",
                              music) for p in folder.rglob("*") if p.is_file()]
    files.append(tmp_path / "headless.out")
    hits = {**database_hits, **_text_hits(texts, values), **_file_hits(files, values)}
    total = sum(hits.values())
    record_result("secrets_found", total)
    assert hits == {}, hits
    assert states["done"] >= TRACKS - 1 and result.clean, (states, result.report())
    # The scan sees what is there: plain values it must find in each kind of place.
    logs = [p for p in files if p.name == "harmony.log"]
    assert len(logs) == 2, "both engines write a rotating log"
    assert all(_file_hits([p], {"127.0.0.1", "wiring_summary"}) for p in logs), logs
    assert _text_hits(texts, {"wiring_summary"}).keys() >= {"captured logs"}
    assert _text_hits(texts, {"Secrets"}).keys() >= {"activity log"}
    assert any("settings" in where for where in controls), controls
    assert {"pgqueuer", "pgqueuer_log", "activity_events", "settings"} <= {
        c.split(".")[0] for c in columns}, "the scan missed tables"


async def _secrets(store: MemorySecretStore) -> dict[str, str]:
    found = {name: await store.get(name) for name in SECRET_NAMES}
    assert all(found.values()), "every kind of secret must be set for the scan to mean anything"
    return {name: value for name, value in found.items() if value}


def _harmony_engine(home: Path, url: URL, named: dict[str, str], out: Path
                    ) -> subprocess.Popen[bytes]:
    """The real ``harmony engine`` command, its secrets from the environment."""
    env = dict(os.environ, HARMONY_SECRETS="environment")
    env.update({f"HARMONY_SECRET_{name.upper()}": value for name, value in named.items()})
    with open(out, "ab") as sink:
        return subprocess.Popen(
            [sys.executable, "-c", "import sys; from harmony_desktop.cli import main; "
             "sys.exit(main())", "engine", "--dev-dir", str(home), "--database-url",
             url.render_as_string(False)], cwd=ROOT, env=env, stdout=sink, stderr=sink)


async def _refused_keys_for_a_while(slskd: Any) -> None:
    """slskd refuses our key for two seconds: the 401 paths must not echo it either."""
    real, slskd.api_key = slskd.api_key, token_source.token_urlsafe(32)
    await asyncio.sleep(2.0)
    slskd.api_key = real


async def _activity(engine: Engine) -> str:
    assert engine.activity is not None
    entries, before = [], None
    while True:
        page = await engine.activity.recent(limit=1000, before_id=before)
        if not page:
            return "\n".join(entries)
        entries += [f"{e.type} {e.status} {e.details}" for e in page]
        before = page[-1].id


async def _database_hits(engine: Engine, values: set[str]) -> tuple[dict[str, int], list[str]]:
    """Every column of every table in every user schema, as text (bytea: as bytes)."""
    assert engine.database is not None
    async with engine.database.session() as session:
        columns = (await session.execute(text(
            "SELECT table_schema, table_name, column_name, data_type "
            "FROM information_schema.columns c JOIN information_schema.tables t "
            "USING (table_schema, table_name) WHERE t.table_type = 'BASE TABLE' "
            "AND table_schema NOT IN ('pg_catalog', 'information_schema')"))).all()
        hits: dict[str, int] = {}
        for schema, table, column, data_type in columns:
            cell = f'"{schema}"."{table}"."{column}"'
            probe = (f'position(convert_to(:v, \'UTF8\') in "{column}") > 0'
                     if data_type == "bytea" else f'strpos("{column}"::text, :v) > 0')
            for value in values:
                count = (await session.execute(text(
                    f'SELECT count(*) FROM "{schema}"."{table}" WHERE {probe}'),
                    {"v": value})).scalar_one()
                if count:
                    hits[f"database {cell}"] = hits.get(f"database {cell}", 0) + count
    return hits, [f"{table}.{column}" for _, table, column, _ in columns]


def _record_text(record: logging.LogRecord) -> str:
    parts = [record.getMessage(), str(record.__dict__)]
    if record.exc_info and record.exc_info[1] is not None:
        parts.append(logging.Formatter().formatException(record.exc_info))
    return " ".join(parts)


def _text_hits(texts: dict[str, str], values: set[str]) -> dict[str, int]:
    hits = {where: sum(body.count(v) for v in values) for where, body in texts.items()}
    return {where: n for where, n in hits.items() if n}


def _file_hits(files: list[Path], values: set[str]) -> dict[str, int]:
    needles = [v.encode() for v in values]
    hits = {str(p): sum(p.read_bytes().count(n) for n in needles) for p in files if p.exists()}
    return {path: n for path, n in hits.items() if n}
