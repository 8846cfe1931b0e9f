"""Fault storm: a Spotify playlist synced and acquired while every emulator fails ~30 % of the
time in every way at once — slskd 5xx, 429, timeouts and dropped connections; peers going
offline, rejecting and stuck in their queue; truncated files; Spotify 5xx/429; LRCLIB down.
The end conditions are those of the crash test: every item done or dead-lettered with a reason,
nothing lost, duplicated, half-written or stuck."""

from __future__ import annotations

import asyncio
import contextlib
import random
from pathlib import Path
from typing import Any

import pytest

from engine.secrets import MemorySecretStore
from tests.acquisition.conftest import configure
from tests.emulators.server import Fault
from tests.emulators.slskd import SlskdEmulator
from tests.reliability.audit import drained_audit, settle
from tests.reliability.conftest import FULL, album_ordered_tracks
from tests.reliability.support import Storm, configure_spotify, sync_playlist
from tests.support.results import record_result

TRACKS = 200 if FULL else 30
RATE = 0.3
SETTLE_S = 900 if FULL else 150
PIPELINE = {"slskd.timeout_s": 1.0, "download.pump_interval_s": 0.5, "retry.max_attempts": 4}


def _http_faults(retry_after: float, stall_s: float) -> list[Fault]:
    """5xx, 429 with Retry-After, a stall past the client's timeout (when given), a drop."""
    faults = [Fault(status=500, body="Internal Server Error"),
              Fault(status=429, headers={"Retry-After": f"{retry_after:g}"}, body="Too many"),
              Fault(drop=True)]
    return [*faults, Fault(delay_s=stall_s)] if stall_s else faults


def _bad_peers(slskd: SlskdEmulator, rng: random.Random) -> tuple[list[str], list[str]]:
    """30 % of the peers: a third reject everything, a third leave files stuck in their queue,
    a third go offline and come back (see :func:`_flap`)."""
    names = sorted(slskd.shares.peers)
    bad = rng.sample(names, round(RATE * len(names)))
    rejecting, stuck, flapping = bad[0::3], bad[1::3], bad[2::3]
    slskd.rejecting_users.update(dict.fromkeys(rejecting, "Too many files"))
    slskd.stuck_queued_users.update(stuck)
    return flapping, bad


def _truncate_some(slskd: SlskdEmulator, rng: random.Random) -> None:
    original = slskd.new_transfer

    def new_transfer(username: str, filename: str, size: int) -> Any:
        transfer = original(username, filename, size)
        transfer.truncate = rng.random() < RATE
        return transfer

    slskd.new_transfer = new_transfer  # type: ignore[method-assign]


async def _flap(slskd: SlskdEmulator, peers: list[str], rng: random.Random) -> None:
    """Each of these peers is offline about 30 % of the time, in random half-second spells."""
    while True:
        for name in peers:
            slskd.set_peer_online(name, rng.random() >= RATE)
        await asyncio.sleep(0.5)
pytestmark = pytest.mark.timeout(SETTLE_S + 300)


async def test_every_fault_at_once_loses_duplicates_and_strands_nothing(
        engine_factory, slskd_emu, lrclib_emu, spotify_emu, music: Path) -> None:
    secrets = MemorySecretStore()
    setup = await engine_factory(workers_enabled=False, secret_store=secrets)
    await configure(setup, slskd_emu, lrclib_emu, music, **PIPELINE)
    await configure_spotify(setup, spotify_emu)
    await setup.stop()
    rng = random.Random(2026)
    storm = Storm(RATE)
    storm.on(slskd_emu, r"/api/v0/.*", _http_faults(0.2, 1.3))
    storm.on(spotify_emu, r"/(v1|api|image)/.*", _http_faults(1, 0.0))
    storm.on(lrclib_emu, r"/api/.*", [Fault(status=503, body="down"), Fault(drop=True)])
    flapping, bad = _bad_peers(slskd_emu, rng)
    _truncate_some(slskd_emu, rng)
    engine = await engine_factory(workers_enabled=True, secret_store=secrets)
    flapper = asyncio.create_task(_flap(slskd_emu, flapping, rng))
    try:
        tracks = album_ordered_tracks(TRACKS)
        ids = await sync_playlist(engine, spotify_emu, "Storm", [t.id for t in tracks])
        states = await settle(engine, ids, SETTLE_S)
        flapper.cancel()
        result = await drained_audit(engine, ids, music)
    finally:
        flapper.cancel()
        with contextlib.suppress(asyncio.CancelledError):
            await flapper
    rate = storm.measured_rate()
    record_result("fault_rate", rate)
    context = f"fault rate {rate}; bad peers {len(bad)}; {result.report()}"
    assert 0.2 <= rate <= 0.4, context
    assert set(states) <= {"done", "dead_letter"}, context
    assert result.clean, context
    assert states["done"] >= 0.5 * len(ids), context

