"""Fixtures for the sources tests: an engine on a fresh database (workers off, so each test runs
jobs itself), pointed at a loopback Spotify emulator and a temporary music folder."""

from __future__ import annotations

import threading
from collections.abc import AsyncIterator, Callable, Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

from engine.bootstrap import Engine
from engine.jobs.handlers import JobContext
from tests.emulators.spotify import SpotifyEmulator

CLIENT_ID = "harmony-test-client"


@pytest.fixture
def spotify_emu(request: pytest.FixtureRequest) -> Iterator[SpotifyEmulator]:
    """dev2026 by default; parametrize indirectly with "legacy" or "extended" for other shapes."""
    emulator = SpotifyEmulator(mode=getattr(request, "param", "dev2026"))
    emulator.start()
    yield emulator
    threading.Thread(target=emulator.stop, daemon=True).start()


@pytest.fixture
def music_dir(tmp_path: Path) -> Path:
    folder = tmp_path / "music"
    folder.mkdir()
    return folder


@pytest.fixture
async def engine(engine_factory: Callable[..., Any], spotify_emu: SpotifyEmulator,
                 music_dir: Path) -> AsyncIterator[Engine]:
    """Spotify configured (client ID, emulator URLs) but nobody logged in yet."""
    engine: Engine = await engine_factory(workers_enabled=False)
    assert engine.settings is not None
    await engine.settings.set("spotify.client_id", CLIENT_ID)
    await engine.settings.set("spotify.api_url", spotify_emu.api_url)
    await engine.settings.set("spotify.accounts_url", spotify_emu.url)
    await engine.settings.set("spotify.timeout_s", 2.0)
    await engine.settings.set("library.music_dir", str(music_dir))
    yield engine


@pytest.fixture
async def connected(engine: Engine, spotify_emu: SpotifyEmulator) -> Engine:
    """The same engine with a refresh token stored, as after an earlier login."""
    _, refresh = spotify_emu.accounts.issue_user_tokens(CLIENT_ID)
    await engine.secrets.set("spotify_refresh_token", refresh)
    return engine


def job(job_type: str, payload: dict[str, Any] | None = None) -> JobContext:
    return JobContext(job_id=1, job_type=job_type, payload=payload or {}, attempt=0,
                      max_attempts=5)


def browser(url: str) -> bool:
    """The user's browser: follows the authorise redirect to the loopback listener."""
    httpx.get(url, follow_redirects=True, timeout=5)
    return True
