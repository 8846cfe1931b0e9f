"""Fixtures: an engine on real PostgreSQL pointed at loopback slskd and Spotify emulators, and a
recorder of the search events it publishes."""

from __future__ import annotations

import asyncio
import threading
from collections.abc import AsyncIterator, Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest

from engine.bootstrap import Engine
from engine.events import Event, SearchResults, SearchStatus
from engine.facade.contracts import SearchResultRow
from engine.services.search import SearchService
from tests.emulators.catalogue import CatTrack, demo_catalogue
from tests.emulators.server import EmulatorServer
from tests.emulators.shares import build_shares
from tests.emulators.slskd import SlskdEmulator
from tests.emulators.spotify import SpotifyEmulator

CLIENT_ID = "harmony-test-client"
CATALOGUE = demo_catalogue()


def _serve(emulator: EmulatorServer) -> Iterator[Any]:
    emulator.start()
    yield emulator
    # shutdown() waits out serve_forever's 0.5 s poll; nothing needs to wait for that.
    threading.Thread(target=emulator.stop, daemon=True).start()


@pytest.fixture
def slskd_emu(tmp_path: Path) -> Iterator[SlskdEmulator]:
    """Responses spread over ≈ 0.1–0.6 s, a 5 s quiet period ends the search ≈ 0.25 s later."""
    yield from _serve(SlskdEmulator(CATALOGUE, shares=build_shares(CATALOGUE, seed=11),
                                    downloads_dir=tmp_path / "downloads", time_scale=0.05))


@pytest.fixture
def spotify_emu() -> Iterator[SpotifyEmulator]:
    yield from _serve(SpotifyEmulator(CATALOGUE))


@dataclass
class Recorder:
    """Every SearchResults / SearchStatus event, in publication order."""

    events: list[Event] = field(default_factory=list)

    def __call__(self, event: Event) -> None:
        self.events.append(event)

    def of(self, search_id: str) -> list[Event]:
        return [e for e in self.events if getattr(e, "search_id", None) == search_id]

    def rows(self, search_id: str, source: str | None = None) -> list[SearchResultRow]:
        return [row for e in self.of(search_id) if isinstance(e, SearchResults)
                for row in e.rows if source is None or row.source == source]

    def statuses(self, search_id: str, source: str) -> list[SearchStatus]:
        return [e for e in self.of(search_id)
                if isinstance(e, SearchStatus) and e.source == source]

    def final(self, search_id: str, source: str) -> SearchStatus:
        return self.statuses(search_id, source)[-1]


@dataclass
class SearchRig:
    engine: Engine
    service: SearchService
    recorder: Recorder
    slskd: SlskdEmulator
    spotify: SpotifyEmulator

    @property
    def section(self) -> Any:
        return self.engine.facades["search"]

    async def login_spotify(self) -> None:
        _, refresh = self.spotify.accounts.issue_user_tokens(CLIENT_ID)
        await self.engine.secrets.set("spotify_refresh_token", refresh)

    async def finish(self, search_id: str, timeout_s: float = 10.0) -> None:
        await asyncio.wait_for(self.service.wait(search_id), timeout_s)


async def configure(engine: Engine, slskd: SlskdEmulator, spotify: SpotifyEmulator,
                    **settings: Any) -> None:
    assert engine.settings is not None
    values = {"slskd.url": slskd.url, "spotify.client_id": CLIENT_ID,
              "spotify.api_url": spotify.api_url, "spotify.accounts_url": spotify.url,
              "spotify.timeout_s": 2.0, "search.poll_interval_s": 0.02,
              "search.quiet_period_ms": 5000, "search.timeout_s": 8.0, **settings}
    for name, value in values.items():
        await engine.settings.set(name, value)
    await engine.settings.set_secret("slskd.api_key", slskd.api_key)


@pytest.fixture
async def rig(engine_factory: Callable[..., Any], slskd_emu: SlskdEmulator,
              spotify_emu: SpotifyEmulator) -> AsyncIterator[SearchRig]:
    engine: Engine = await engine_factory(workers_enabled=False)
    await configure(engine, slskd_emu, spotify_emu)
    recorder = Recorder()
    engine.bus.subscribe(SearchResults, recorder)
    engine.bus.subscribe(SearchStatus, recorder)
    service = engine.services["search"]
    assert isinstance(service, SearchService)
    yield SearchRig(engine, service, recorder, slskd_emu, spotify_emu)


def daft_punk_track() -> CatTrack:
    """The catalogue's first track: Daft Punk, a plain ASCII title every share spells alike."""
    return next(iter(CATALOGUE.tracks.values()))


def query_text(track: CatTrack) -> str:
    return f"{CATALOGUE.artist_names(track)[0]} {track.title}"
