"""Sources benchmark: a 10,000-row Exportify CSV parsed and persisted in one transaction (first
import, then the same file again = 10,000 merges), and backfill throughput against the Spotify
emulator (FREE rows built from its catalogue, each found by a confidence-checked search)."""

from __future__ import annotations

import asyncio
import tempfile
import threading
import time
from pathlib import Path
from typing import Any

from engine.bootstrap import Engine, EngineOptions, build_engine
from engine.db.repositories.wanted import NewWantedItem
from engine.ingest import ImportLimits, parse_bytes
from engine.secrets import MemorySecretStore
from tests.benchmarks.bench_import import exportify_csv
from tests.benchmarks.support import bench_databases
from tests.emulators.spotify import SpotifyEmulator

CLIENT_ID = "harmony-test-client"
BACKFILL_ITEMS = 200


async def _engine(url: Any, home: str) -> Engine:
    engine = build_engine(EngineOptions(dev_dir=home, database_url=url.render_as_string(False),
                                        secret_store=MemorySecretStore(),
                                        workers_enabled=False, role="bench"))
    await engine.start()
    return engine


async def _csv_import(engine: Engine) -> dict[str, float]:
    data = exportify_csv()
    limits = ImportLimits(max_file_bytes=len(data), max_tracks=10_000)
    imports: Any = engine.services["imports"]
    timings = {}
    for key in ("csv_import_10k_s", "csv_reimport_10k_s"):
        started = time.perf_counter()
        preview = parse_bytes(data, "bench.csv", limits)
        await imports.persist(preview, "bench")
        timings[key] = round(time.perf_counter() - started, 3)
    return timings


async def _backfill(engine: Engine, emulator: SpotifyEmulator) -> float:
    assert engine.settings is not None
    for name, value in (("spotify.client_id", CLIENT_ID), ("spotify.api_url", emulator.api_url),
                        ("spotify.accounts_url", emulator.url)):
        await engine.settings.set(name, value)
    _, refresh = emulator.accounts.issue_user_tokens(CLIENT_ID)
    await engine.secrets.set("spotify_refresh_token", refresh)
    catalogue = emulator.catalogue
    rows = [NewWantedItem(t.title, tuple(catalogue.artist_names(t)), "import",
                          duration_ms=t.duration_ms)
            for t in list(catalogue.tracks.values())[:BACKFILL_ITEMS]]
    backfill: Any = engine.services["backfill"]
    await backfill._wanted.upsert_many(rows)
    from engine.services.backfill import BackfillCounts

    started = time.perf_counter()
    counts = await backfill.run(BackfillCounts(), 10_000)
    elapsed = time.perf_counter() - started
    return round(counts.processed / elapsed, 1)


async def _run(urls: tuple[Any, Any], home: str) -> dict[str, float]:
    engine = await _engine(urls[0], str(Path(home) / "a"))
    try:
        results = await _csv_import(engine)
    finally:
        await engine.stop()
    emulator = SpotifyEmulator().start()
    engine = await _engine(urls[1], str(Path(home) / "b"))
    try:
        results["backfill_items_per_s"] = await _backfill(engine, emulator)
    finally:
        await engine.stop()
        threading.Thread(target=emulator.stop, daemon=True).start()
    return results


def run() -> dict[str, float]:
    with bench_databases() as databases, tempfile.TemporaryDirectory() as home:
        return asyncio.run(_run((databases.fresh(), databases.fresh()), home))


if __name__ == "__main__":
    print(run())
