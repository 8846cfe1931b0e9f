"""Soulseek searches per acquired track: a 200-track album-heavy playlist (20 albums × 10 tracks,
seeded) through the real acquisition pipeline against the slskd, LRCLIB and image emulators.

The default search budget (34 searches per 220 s) is scaled 22× in time to 34 per 10 s (the
shortest window the setting allows) so the run takes seconds; the emulator's clock is scaled
too. Budget violations are counted from the emulator's own timestamps of the searches it
accepted: a search is a violation when more than the budget's count started within one window.

``searches_wildcarded`` counts searches for artists on the server's blocked-terms list (the
planner sends "*eyoncé"): the emulator honours Soulseek's wildcard (``*xyz`` matches any word
ending in "xyz"), so those album searches find the album like any other.
"""

from __future__ import annotations

import asyncio
import random
import tempfile
import threading
import time
from pathlib import Path
from typing import Any

from sqlalchemy.engine import URL

from engine.bootstrap import Engine, EngineOptions, build_engine
from engine.secrets import MemorySecretStore
from tests.acquisition.conftest import Rig, configure, short_catalogue
from tests.benchmarks.support import bench_database
from tests.emulators.images import ImageEmulator
from tests.emulators.lrclib import LrclibEmulator
from tests.emulators.shares import build_shares
from tests.emulators.slskd import SlskdEmulator
from tests.support.emulator_fixtures import CachingRenderer

ALBUMS, SEED = 20, 2026
BUDGET_COUNT, DEFAULT_WINDOW_S, WINDOW_S = 34, 220.0, 10.0
SETTLE_S = 600.0


def count_violations(starts: list[float], limit: int, window_s: float) -> int:
    """Searches that started while ``limit`` others had already started in the last window."""
    ordered = sorted(starts)
    violations, left = 0, 0
    for right, moment in enumerate(ordered):
        while moment - ordered[left] >= window_s:
            left += 1
        if right - left + 1 > limit:
            violations += 1
    return violations


async def _engine(url: URL, home: Path, secrets: MemorySecretStore, workers: bool) -> Engine:
    engine = build_engine(EngineOptions(
        dev_dir=str(home), database_url=url.render_as_string(False), secret_store=secrets,
        workers_enabled=workers, lease_s=5.0, heartbeat_interval_s=0.5,
        dequeue_timeout_s=0.25, role="bench"))
    await engine.start()
    return engine


async def _settle(engine: Engine, ids: list[int]) -> dict[str, int]:
    acquisition: Any = engine.services["acquisition"]
    deadline = time.monotonic() + SETTLE_S
    while True:
        views = [await acquisition.wanted.get(i) for i in ids]
        states: dict[str, int] = {}
        for view in views:
            states[view.state] = states.get(view.state, 0) + 1
        if states.get("done", 0) + states.get("dead_letter", 0) == len(ids) or \
                time.monotonic() > deadline:
            return states
        await asyncio.sleep(1.0)


async def _run(url: URL, home: Path, emulators: tuple[Any, Any, Any]) -> dict[str, Any]:
    slskd, lrclib, images = emulators
    catalogue = slskd.catalogue
    secrets = MemorySecretStore()
    music = home / "Music"
    music.mkdir()
    setup = await _engine(url, home / "setup", secrets, False)
    await configure(setup, slskd, lrclib, music, **{
        "search.budget_count": BUDGET_COUNT, "search.budget_window_s": int(WINDOW_S),
        "download.pump_interval_s": 0.5})
    await setup.stop()
    engine = await _engine(url, home / "engine", secrets, True)
    try:
        albums = random.Random(SEED).sample(list(catalogue.albums.values()), ALBUMS)
        tracks = [catalogue.tracks[t] for album in albums for t in album.track_ids]
        rig = Rig(engine, slskd, lrclib, images, music, catalogue)
        started = time.perf_counter()
        ids = await rig.want(tracks)
        states = await _settle(engine, ids)
        elapsed = time.perf_counter() - started
    finally:
        await engine.stop()
    done = states.get("done", 0)
    searches = len(slskd.search_starts)
    texts = [str((r.json() or {}).get("searchText", "")) for r in list(slskd.requests)
             if r.method == "POST" and r.path.rstrip("/").lower() == "/api/v0/searches"]
    return {"searches_per_track": round(searches / done, 3) if done else None,
            "search_budget_violations": count_violations(slskd.search_starts, BUDGET_COUNT,
                                                         WINDOW_S),
            "searches_total": searches, "searches_refused_429": len(slskd.search_posts)
            - searches, "searches_tracks": len(ids), "searches_tracks_done": done,
            "searches_wildcarded": sum(1 for text in texts if "*" in text),
            "searches_run_s": round(elapsed, 1),
            "searches_budget": f"{BUDGET_COUNT} per {WINDOW_S:g} s (default {BUDGET_COUNT} per "
                               f"{DEFAULT_WINDOW_S:g} s, scaled {DEFAULT_WINDOW_S / WINDOW_S:g}x "
                               "in time)"}


def _emulators(scratch: Path) -> tuple[SlskdEmulator, LrclibEmulator, ImageEmulator]:
    catalogue = short_catalogue()
    slskd = SlskdEmulator(catalogue, shares=build_shares(catalogue, seed=11),
                          downloads_dir=scratch / "slskd-downloads", time_scale=0.002)
    audio = Path(tempfile.gettempdir()) / "harmony-test-audio-v1"
    audio.mkdir(exist_ok=True)
    slskd.renderer = CachingRenderer(audio)
    return slskd.start(), LrclibEmulator(catalogue).start(), ImageEmulator().start()


def run() -> dict[str, Any]:
    with bench_database() as url, tempfile.TemporaryDirectory() as home:
        emulators = _emulators(Path(home))
        try:
            return asyncio.run(_run(url, Path(home), emulators))
        finally:
            for emulator in emulators:
                threading.Thread(target=emulator.stop, daemon=True).start()


if __name__ == "__main__":
    print(run())
