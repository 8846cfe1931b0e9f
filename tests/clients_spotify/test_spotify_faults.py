"""Injected Spotify faults: 429 with short and long Retry-After, 5xx, timeouts, drops, outage."""

from __future__ import annotations

import asyncio
import logging
import time

import pytest

from engine.clients.spotify import SpotifyClient
from engine.domain.models import HealthStatus
from engine.errors import ProviderUnavailable, RateLimited
from tests.emulators.server import Fault
from tests.emulators.spotify import SpotifyEmulator


def _hits(emulator: SpotifyEmulator, prefix: str) -> int:
    return len([r for r in emulator.requests if r.path.startswith(prefix)])


async def test_short_retry_after_is_awaited_without_blocking_the_loop(
        spotify: SpotifyClient, spotify_emu: SpotifyEmulator) -> None:
    spotify_emu.inject(r"/v1/me/?", spotify_emu.fault(429, retry_after=1, times=1))
    ticks = 0

    async def ticker() -> None:
        nonlocal ticks
        while True:
            await asyncio.sleep(0.05)
            ticks += 1

    task = asyncio.create_task(ticker())
    started = time.monotonic()
    user = await spotify.current_user()
    elapsed = time.monotonic() - started
    task.cancel()
    assert user.id == spotify_emu.catalogue.user_id
    assert 1.0 <= elapsed < 3.0
    assert ticks >= 10  # the loop kept running while we waited
    assert _hits(spotify_emu, "/v1/me") == 2


async def test_long_retry_after_raises_rate_limited(spotify: SpotifyClient,
                                                    spotify_emu: SpotifyEmulator) -> None:
    spotify_emu.inject(r"/v1/search/?", spotify_emu.fault(429, retry_after=3600))
    started = time.monotonic()
    with pytest.raises(RateLimited) as caught:
        await spotify.search_tracks("track:Anything")
    assert time.monotonic() - started < 1.0
    assert caught.value.retry_after == 3600 and caught.value.params["retry_after"] == 3600
    health = await spotify.health()
    assert (health.status, health.code) == (HealthStatus.DEGRADED, "spotify.rate_limited")
    assert dict(health.details)["retry_after_s"] in ("3600", "3599")


async def test_repeated_short_429s_give_up(spotify_emu: SpotifyEmulator,
                                           spotify: SpotifyClient) -> None:
    spotify.runner.max_rate_limit_waits = 2
    spotify_emu.inject(r"/v1/me/?", spotify_emu.fault(429, retry_after=0))
    with pytest.raises(RateLimited):
        await spotify.current_user()
    assert _hits(spotify_emu, "/v1/me") == 3


async def test_transient_5xx_is_retried(spotify: SpotifyClient,
                                        spotify_emu: SpotifyEmulator) -> None:
    # a proxy-style body that is not Spotify's error object must not confuse us either
    spotify_emu.inject(r"/v1/me/tracks/?", Fault(status=502, times=2))
    liked = await spotify.liked_songs()
    assert len(liked) == len(spotify_emu.catalogue.liked_track_ids)


async def test_persistent_5xx_is_unavailable(spotify: SpotifyClient,
                                             spotify_emu: SpotifyEmulator) -> None:
    spotify_emu.inject(r"/v1/albums/.*", spotify_emu.fault(503))
    with pytest.raises(ProviderUnavailable) as caught:
        await spotify.album(next(iter(spotify_emu.catalogue.albums)))
    assert caught.value.params["status"] == 503
    assert _hits(spotify_emu, "/v1/albums") == 3  # first try + 2 retries


async def test_5xx_in_the_middle_of_paging(spotify: SpotifyClient,
                                           spotify_emu: SpotifyEmulator) -> None:
    playlist = next(iter(spotify_emu.catalogue.playlists.values()))
    spotify_emu.inject(r"/v1/playlists/.*/items/?", spotify_emu.fault(500, times=1))
    contents = await spotify.playlist_items(playlist.id)
    assert len(contents.tracks) == len(playlist.track_ids)


async def test_slow_answer_times_out(spotify: SpotifyClient,
                                     spotify_emu: SpotifyEmulator) -> None:
    spotify_emu.inject(r"/v1/me/?", Fault(delay_s=1.6, times=1))
    with pytest.raises(ProviderUnavailable) as caught:
        await spotify.current_user()
    assert caught.value.code == "integration.timeout"


async def test_dropped_connection_is_unavailable(spotify: SpotifyClient,
                                                 spotify_emu: SpotifyEmulator) -> None:
    spotify_emu.inject(r"/v1/tracks/.*", Fault(drop=True))
    with pytest.raises(ProviderUnavailable):
        await spotify.track(next(iter(spotify_emu.catalogue.tracks)))


async def test_health_ok_then_down_when_unreachable(spotify: SpotifyClient,
                                                    spotify_emu: SpotifyEmulator) -> None:
    health = await spotify.health()
    assert (health.status, health.code) == (HealthStatus.OK, "spotify.ok")
    spotify_emu.inject(r"/v1/me/?", Fault(drop=True))
    health = await spotify.health()
    assert (health.status, health.code) == (HealthStatus.DOWN, "spotify.unreachable")


async def test_no_secret_reaches_the_logs(spotify: SpotifyClient, spotify_emu: SpotifyEmulator,
                                          logged_in: str, caplog: pytest.LogCaptureFixture
                                          ) -> None:
    caplog.set_level(logging.DEBUG)
    await spotify.current_user()
    spotify_emu.accounts.expire_access_tokens()
    await spotify.liked_songs()
    spotify_emu.inject(r"/v1/me/?", spotify_emu.fault(429, retry_after=0, times=1))
    await spotify.current_user()
    spotify_emu.accounts.revoke_refresh_tokens()
    with pytest.raises(Exception) as caught:
        await spotify.current_user()
    access_tokens = [*spotify_emu.accounts.state.access_tokens, spotify.runner._token_box.token]
    assert "Bearer <redacted>" in caplog.text  # spotipy's DEBUG line was there, but scrubbed
    for secret in [logged_in, *access_tokens]:
        assert secret not in caplog.text
        assert secret not in str(caught.value) and secret not in repr(caught.value.__dict__)
