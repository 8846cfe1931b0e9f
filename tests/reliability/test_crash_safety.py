"""Crash safety: a headless engine acquiring an album-heavy list is SIGKILLed at random moments
and restarted each time (500 tracks and 20 kills in ``make test-reliability``, 40 and 3 in
``make test``); at the end nothing is lost, duplicated, half-written or stuck."""

from __future__ import annotations

import asyncio
import random
from pathlib import Path

import pytest
from sqlalchemy.engine import URL

from engine.secrets import MemorySecretStore
from tests.acquisition.conftest import Rig, configure
from tests.reliability.audit import drained_audit, item_states, settle
from tests.reliability.conftest import CATALOGUE, FULL, album_ordered_tracks
from tests.reliability.engine_process import kill, spawn, still_running, stop
from tests.support.results import record_result

TRACKS = 500 if FULL else 40
KILLS = 20 if FULL else 3
ALIVE_S = (1.0, 8.0) if FULL else (1.5, 5.0)  # engine start-up takes ~1.5 s of that
SETTLE_S = 1200 if FULL else 120
PIPELINE = {"download.pump_interval_s": 0.5, "retry.max_attempts": 4}
pytestmark = pytest.mark.timeout(SETTLE_S + 300)


async def test_random_sigkills_lose_duplicate_and_strand_nothing(
        engine_factory, fresh_db_url: URL, slskd_emu, lrclib_emu, images_emu, music: Path,
        tmp_path: Path) -> None:
    observer = await engine_factory(workers_enabled=False, secret_store=MemorySecretStore())
    await configure(observer, slskd_emu, lrclib_emu, music, **PIPELINE)
    rig = Rig(observer, slskd_emu, lrclib_emu, images_emu, music, CATALOGUE)
    ids = await rig.want(album_ordered_tracks(TRACKS))
    secrets = {"slskd_api_key": slskd_emu.api_key}
    log = tmp_path / "engines.log"
    rng = random.Random()
    lifetimes = [round(rng.uniform(*ALIVE_S), 2) for _ in range(KILLS)]
    progress = []
    left_behind: set[int] = set()  # helper processes of killed engines
    for lifetime in lifetimes:
        process = spawn(tmp_path / "home", fresh_db_url, secrets, log)
        await asyncio.sleep(lifetime)
        left_behind |= kill(process)
        progress.append(dict(await item_states(observer, ids)))
    final = spawn(tmp_path / "home", fresh_db_url, secrets, log)
    try:
        states = await settle(observer, ids, SETTLE_S)
        result = await drained_audit(observer, ids, music)
    finally:
        stop(final)
    leaked = still_running(left_behind)
    record_result("kills", len(lifetimes))
    record_result("leaked_processes", len(leaked))
    for key, value in result.counts().items():
        record_result(key, value)
    context = f"killed after {lifetimes} s; progress {progress}; log {log}; {result.report()}"
    assert set(states) <= {"done", "dead_letter"}, context
    assert result.clean, context
    assert states["done"] >= 0.9 * len(ids), context
    assert not leaked, f"processes of killed engines still run: {sorted(leaked)}"

