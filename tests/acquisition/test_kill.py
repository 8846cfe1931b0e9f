"""Kill the engine process at random moments, restart it, and check that nothing was lost,
duplicated or left half-written."""

from __future__ import annotations

import asyncio
import os
import random
import signal
import subprocess
import sys
from collections import Counter
from pathlib import Path

from sqlalchemy.engine import URL

from engine.secrets import MemorySecretStore
from tests.acquisition.conftest import CATALOGUE, Rig, configure, library_audio

ROOT = Path(__file__).resolve().parents[2]
ALIVE_S = (2.5, 5.0)  # how long each doomed engine runs before SIGKILL
KILLS = 3


def _spawn(dev_dir: Path, url: URL, api_key: str, log: Path) -> subprocess.Popen[bytes]:
    env = {**os.environ, "HARMONY_SECRET_SLSKD_API_KEY": api_key}
    with open(log, "ab") as out:
        return subprocess.Popen(
            [sys.executable, "-m", "tests.acquisition.engine_runner", str(dev_dir),
             url.render_as_string(False)], cwd=ROOT, env=env, stdout=out, stderr=out)


async def test_sigkill_at_random_moments_loses_and_duplicates_nothing(
        engine_factory, fresh_db_url: URL, slskd_emu, lrclib_emu, images_emu,
        tmp_path: Path) -> None:
    music = tmp_path / "Music"
    music.mkdir()
    observer = await engine_factory(workers_enabled=False, secret_store=MemorySecretStore())
    await configure(observer, slskd_emu, lrclib_emu, music,
                    **{"download.pump_interval_s": 0.5, "retry.max_attempts": 4})
    acquisition = observer.services["acquisition"]
    album_tracks = [t for a in list(CATALOGUE.albums.values())[:2] for t in a.track_ids[:6]]
    rig = Rig(observer, slskd_emu, lrclib_emu, images_emu, music, CATALOGUE)
    ids = await rig.want([CATALOGUE.tracks[t] for t in album_tracks])
    rng = random.Random()
    delays = [round(rng.uniform(*ALIVE_S), 2) for _ in range(KILLS)]
    log = tmp_path / "engine.log"
    for delay in delays:
        process = _spawn(tmp_path / "home", fresh_db_url, slskd_emu.api_key, log)
        await asyncio.sleep(delay)
        process.send_signal(signal.SIGKILL)
        process.wait(5)
    final = _spawn(tmp_path / "home", fresh_db_url, slskd_emu.api_key, log)
    try:
        views = await rig.settle(ids, timeout_s=60)
        await asyncio.sleep(1.0)
        jobs = await observer.queue.jobs(limit=10_000)
    finally:
        final.send_signal(signal.SIGTERM)
        final.wait(15)
    context = f"kills after {delays} s; log {log}"
    states = Counter(v.state for v in views.values())
    assert set(states) <= {"done", "dead_letter"}, (states, context)
    assert all(v.last_error for v in views.values() if v.state == "dead_letter"), context
    done = [v for v in views.values() if v.state == "done"]
    assert len(done) >= len(ids) - 1, (states, context)
    files = library_audio(music)
    assert sorted(str(f) for f in files) == sorted(v.library_path for v in done), context
    assert not [p for p in music.rglob(".harmony-partial-*")], context
    assert not [p for p in (music / ".harmony-staging").rglob("*") if p.is_file()], context
    stuck = [j for j in jobs if j.dedupe_key and j.dedupe_key.startswith("acq:")]
    assert stuck == [], (stuck, context)
    for view in done:
        row = await acquisition.downloads.for_item(view.id)
        assert row.state == "completed" and row.organised_path == view.library_path
