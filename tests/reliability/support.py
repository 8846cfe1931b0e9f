"""Helpers shared by the reliability tests: Spotify wiring, a playlist synced through the real
facade, faults at a given overall rate, and the engine's own settings for a quick pipeline."""

from __future__ import annotations

import asyncio
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import text

from engine.api import HarmonyService
from engine.bootstrap import Engine
from tests.emulators.server import EmulatorServer, Fault
from tests.emulators.spotify import SpotifyEmulator

CLIENT_ID = "harmony-test-client"
_UNLIMITED = 10**9  # a fault's "times": how many remain tells how often it fired


async def configure_spotify(engine: Engine, spotify: SpotifyEmulator) -> str:
    """Point the engine at the Spotify emulator and store a refresh token, as after a login;
    returns the token."""
    assert engine.settings is not None
    for name, value in (("spotify.client_id", CLIENT_ID), ("spotify.api_url", spotify.api_url),
                        ("spotify.accounts_url", spotify.url), ("spotify.timeout_s", 2.0)):
        await engine.settings.set(name, value)
    _, refresh = spotify.accounts.issue_user_tokens(CLIENT_ID)
    await engine.secrets.set("spotify_refresh_token", refresh)
    return refresh


async def sync_playlist(engine: Engine, spotify: SpotifyEmulator, name: str,
                        track_ids: Sequence[str], *, timeout_s: float = 60.0) -> list[int]:
    """Create ``name`` at Spotify, choose it for sync in the facade and sync it; returns the
    wanted item ids. Asks again while Spotify fails, as a user pressing 'sync' would."""
    service = HarmonyService(engine)
    playlist_id = spotify.create_playlist(name, list(track_ids), seed=len(name))
    deadline = asyncio.get_running_loop().time() + timeout_s
    row = None
    while row is None:
        try:
            rows = await service.spotify.playlists(refresh=True)
            row = next(r for r in rows if r.spotify_id == playlist_id)
        except Exception:
            assert asyncio.get_running_loop().time() < deadline, "playlists never listed"
            await asyncio.sleep(0.5)
    await service.spotify.set_playlist_sync(row.id, True)
    while True:
        await service.spotify.sync_now(row.id)
        for _ in range(10):
            ids = await _playlist_items(engine, row.id)
            if len(ids) == len(track_ids):
                return ids
            await asyncio.sleep(0.5)
        assert asyncio.get_running_loop().time() < deadline, "playlist never synced"


async def _playlist_items(engine: Engine, playlist_id: int) -> list[int]:
    assert engine.database is not None
    async with engine.database.session() as session:
        rows = await session.execute(text(
            "SELECT wanted_item_id FROM playlist_items WHERE playlist_id = :id "
            "ORDER BY wanted_item_id"), {"id": playlist_id})
        return [int(r[0]) for r in rows]


@dataclass
class Storm:
    """Faults injected at a given overall rate on routes of several emulators."""

    rate: float
    injected: list[tuple[EmulatorServer, re.Pattern[str], Fault]] = field(default_factory=list)

    def on(self, emulator: EmulatorServer, pattern: str, faults: Sequence[Fault]) -> None:
        """Every request matching ``pattern`` fails with probability ``rate``, the failure
        drawn evenly from ``faults`` (each gets p with 1 − (1 − p)^n = rate)."""
        each = 1 - (1 - self.rate) ** (1 / len(faults))
        for fault in faults:
            fault.probability, fault.times = each, _UNLIMITED
            emulator.inject(pattern, fault)
            self.injected.append((emulator, re.compile(f"^{pattern}$"), fault))

    def measured_rate(self) -> float:
        """Faults fired / requests that could have met one."""
        fired = sum(_UNLIMITED - (fault.times or 0) for _, _, fault in self.injected)
        seen: dict[int, Any] = {}
        for emulator, pattern, _ in self.injected:
            seen.setdefault(id(emulator), (emulator, []))[1].append(pattern)
        exposed = sum(1 for emulator, patterns in seen.values() for request in emulator.requests
                      if any(p.match(request.path) for p in patterns))
        return round(fired / exposed, 3) if exposed else 0.0

    def calm(self) -> None:
        for emulator, _, _ in self.injected:
            emulator.clear_faults()
