"""Fixtures: fresh loopback emulators per test, and clients pointed at them."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from typing import TypeVar

import pytest

from engine.clients.oauth_pkce import SpotifyUserAuth
from engine.clients.spotify import SpotifyClient
from engine.secrets import MemorySecretStore
from tests.emulators.images import ImageEmulator
from tests.emulators.lrclib import LrclibEmulator
from tests.emulators.server import EmulatorServer
from tests.emulators.spotify import SpotifyEmulator

CLIENT_ID = "harmony-test-client"
CLIENT_SECRET = "harmony-test-secret"

E = TypeVar("E", bound=EmulatorServer)


def _serve(emulator: E) -> Iterator[E]:
    """Start, yield, then stop in the background: ``serve_forever`` polls shutdown every 0.5 s,
    and waiting for it would dominate this folder's run time."""
    emulator.start()
    yield emulator
    threading.Thread(target=emulator.stop, daemon=True).start()


@pytest.fixture
def spotify_emu() -> Iterator[SpotifyEmulator]:
    yield from _serve(SpotifyEmulator())


@pytest.fixture
def secret_store() -> MemorySecretStore:
    return MemorySecretStore()


@pytest.fixture
def logged_in(spotify_emu: SpotifyEmulator, secret_store: MemorySecretStore) -> str:
    """A refresh token as if the user had logged in earlier; returns it for leak scans."""
    _, refresh = spotify_emu.accounts.issue_user_tokens(CLIENT_ID)
    secret_store._values["spotify_refresh_token"] = refresh
    return refresh


@pytest.fixture
def user_auth(spotify_emu: SpotifyEmulator, secret_store: MemorySecretStore) -> SpotifyUserAuth:
    return SpotifyUserAuth(CLIENT_ID, secret_store, accounts_url=spotify_emu.url)


def make_client(emulator: SpotifyEmulator, auth: object, **kwargs: object) -> SpotifyClient:
    options = {"timeout_s": 1.0, "server_error_retries": 2, **kwargs}
    return SpotifyClient(auth, api_url=emulator.api_url, **options)  # type: ignore[arg-type]


@pytest.fixture
def spotify(spotify_emu: SpotifyEmulator, user_auth: SpotifyUserAuth,
            logged_in: str) -> SpotifyClient:
    return make_client(spotify_emu, user_auth)


@pytest.fixture
def lrclib_emu() -> Iterator[LrclibEmulator]:
    yield from _serve(LrclibEmulator())


@pytest.fixture
def images_emu() -> Iterator[ImageEmulator]:
    yield from _serve(ImageEmulator())
