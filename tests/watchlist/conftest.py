"""Fixtures: a Spotify emulator, an engine pointed at it, and helpers to drive artist checks."""

from __future__ import annotations

import asyncio
import threading
import time
from collections.abc import AsyncIterator, Awaitable, Callable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

import pytest

from engine.db.repositories.wanted import WantedItems
from engine.events import Notification
from engine.jobs.handlers import JobContext
from engine.secrets import MemorySecretStore
from engine.services.watchlist import WatchlistService
from tests.emulators.spotify import SpotifyEmulator

CLIENT_ID = "harmony-test-client"


def today() -> str:
    return datetime.now(UTC).strftime("%Y-%m-%d")


@pytest.fixture
def spotify_emu() -> Iterator[SpotifyEmulator]:
    emulator = SpotifyEmulator()
    emulator.start()
    yield emulator
    # serve_forever polls for shutdown; do not make every test wait for it
    threading.Thread(target=emulator.stop, daemon=True).start()


@dataclass
class Harness:
    """An engine on its own database, logged in to the emulator, with its notifications."""

    engine: Any
    emu: SpotifyEmulator
    notifications: list[Notification] = field(default_factory=list)

    @property
    def service(self) -> WatchlistService:
        return self.engine.services["watchlist"]  # type: ignore[no-any-return]

    @property
    def facade(self) -> Any:
        return self.engine.facades["watchlist"]

    @property
    def wanted(self) -> WantedItems:
        return WantedItems(self.engine.database, self.engine.activity, self.engine.bus)

    def artist_id(self, index: int = 0) -> str:
        return list(self.emu.catalogue.artists)[index]

    def artist_name(self, index: int = 0) -> str:
        return self.emu.catalogue.artists[self.artist_id(index)].name

    async def watch(self, index: int = 0, **options: Any) -> int:
        record = await self.service.add(self.artist_id(index), self.artist_name(index), **options)
        return record.id

    async def run_job(self, artist_id: int, *, attempt: int = 0, **payload: Any) -> None:
        """Run the ``watchlist`` job handler exactly as the worker runner would."""
        ctx = JobContext(1, "watchlist", {"artist_id": artist_id, **payload}, attempt, 6)
        await self.service.checker.handle(ctx)

    def coded(self, code: str) -> list[Notification]:
        return [n for n in self.notifications if n.code == code]

    def requests_to(self, fragment: str) -> int:
        return sum(1 for r in self.emu.requests if fragment in r.path)


async def wait_until(predicate: Callable[[], Awaitable[bool]], timeout: float = 20.0) -> None:
    deadline = time.monotonic() + timeout
    while not await predicate():
        assert time.monotonic() < deadline, "condition not reached in time"
        await asyncio.sleep(0.05)


async def _harness(engine_factory: Any, emu: SpotifyEmulator, workers: bool) -> Harness:
    store = MemorySecretStore()
    _, refresh = emu.accounts.issue_user_tokens(CLIENT_ID)
    store._values["spotify_refresh_token"] = refresh
    engine = await engine_factory(secret_store=store, workers_enabled=workers)
    for name, value in (("spotify.client_id", CLIENT_ID), ("spotify.api_url", emu.api_url),
                        ("spotify.accounts_url", emu.url), ("spotify.timeout_s", 2.0),
                        ("watchlist.retry_base_s", 0.05), ("watchlist.progress_quiet_s", 0.3)):
        await engine.settings.set(name, value)
    harness = Harness(engine, emu)
    engine.bus.subscribe(Notification, harness.notifications.append)
    return harness


@pytest.fixture
async def wl(engine_factory: Any, spotify_emu: SpotifyEmulator) -> AsyncIterator[Harness]:
    """Workers off: tests run the timer tick and the job handler themselves."""
    yield await _harness(engine_factory, spotify_emu, workers=False)


@pytest.fixture
async def wl_running(engine_factory: Any, spotify_emu: SpotifyEmulator
                     ) -> AsyncIterator[Harness]:
    """Workers on: jobs run through the real queue and runner."""
    yield await _harness(engine_factory, spotify_emu, workers=True)
