"""LrclibClient against the LRCLIB emulator: exact lookup, search fallback, misses and faults."""

from __future__ import annotations

import pytest

from engine import __version__
from engine.clients.lrclib import LrclibClient, LyricsStatus
from engine.domain.models import HealthStatus
from engine.errors import IntegrationError, ProviderUnavailable, RateLimited
from tests.emulators.catalogue import CatTrack
from tests.emulators.lrclib import LrclibEmulator, plain_text, synced_text
from tests.emulators.server import Fault


def _ask(emulator: LrclibEmulator, track: CatTrack, **overrides: object) -> dict[str, object]:
    cat = emulator.catalogue
    args: dict[str, object] = {"track": track.title, "artist": cat.artist_names(track)[0],
                               "album": cat.album_of(track).name,
                               "duration_s": track.duration_ms / 1000}
    return {**args, **overrides}


@pytest.fixture
def lrclib(lrclib_emu: LrclibEmulator) -> LrclibClient:
    return LrclibClient(lrclib_emu.url, timeout_s=1.0)


async def test_synced_lyrics_from_exact_lookup(lrclib: LrclibClient,
                                               lrclib_emu: LrclibEmulator) -> None:
    track = lrclib_emu.tracks_of_kind("synced")[0]
    lyrics = await lrclib.lyrics(**_ask(lrclib_emu, track))  # type: ignore[arg-type]
    assert lyrics.status is LyricsStatus.SYNCED
    assert lyrics.synced == synced_text(track) and lyrics.plain == plain_text(track)
    assert lyrics.source_id is not None and not lyrics.instrumental
    request = lrclib_emu.requests[-1]
    assert request.path == "/api/get" and request.query["duration"] == \
        str(round(track.duration_ms / 1000))
    assert request.headers["user-agent"].startswith(f"Harmony/{__version__}")


async def test_plain_only(lrclib: LrclibClient, lrclib_emu: LrclibEmulator) -> None:
    track = lrclib_emu.tracks_of_kind("plain")[0]
    lyrics = await lrclib.lyrics(**_ask(lrclib_emu, track))  # type: ignore[arg-type]
    assert (lyrics.status, lyrics.synced, lyrics.plain) == (LyricsStatus.PLAIN, None,
                                                            plain_text(track))
    # a plain-only hit still tries a search for a synced version
    assert [r.path for r in lrclib_emu.requests] == ["/api/get", "/api/search"]


async def test_instrumental(lrclib: LrclibClient, lrclib_emu: LrclibEmulator) -> None:
    track = lrclib_emu.tracks_of_kind("instrumental")[0]
    lyrics = await lrclib.lyrics(**_ask(lrclib_emu, track))  # type: ignore[arg-type]
    assert lyrics.instrumental and lyrics.status is LyricsStatus.INSTRUMENTAL
    assert len(lrclib_emu.requests) == 1


async def test_search_fallback_when_album_differs(lrclib: LrclibClient,
                                                  lrclib_emu: LrclibEmulator) -> None:
    track = lrclib_emu.tracks_of_kind("other_album")[0]
    lyrics = await lrclib.lyrics(**_ask(lrclib_emu, track))  # type: ignore[arg-type]
    assert lyrics.status is LyricsStatus.SYNCED and lyrics.synced == synced_text(track)
    assert [r.path for r in lrclib_emu.requests] == ["/api/get", "/api/search"]


async def test_missing_is_none_not_an_error(lrclib: LrclibClient,
                                            lrclib_emu: LrclibEmulator) -> None:
    track = lrclib_emu.tracks_of_kind("missing")[0]
    lyrics = await lrclib.lyrics(**_ask(lrclib_emu, track))  # type: ignore[arg-type]
    assert lyrics.status is LyricsStatus.NONE and lyrics.source_id is None


async def test_duration_window_is_respected(lrclib: LrclibClient,
                                            lrclib_emu: LrclibEmulator) -> None:
    track = lrclib_emu.tracks_of_kind("synced")[1]
    near = await lrclib.lyrics(**_ask(lrclib_emu, track,  # type: ignore[arg-type]
                                      duration_s=track.duration_ms / 1000 + 2))
    assert near.status is LyricsStatus.SYNCED
    far = await lrclib.lyrics(**_ask(lrclib_emu, track,  # type: ignore[arg-type]
                                     duration_s=track.duration_ms / 1000 + 30))
    assert far.status is LyricsStatus.NONE  # a different cut of the song is not ours


async def test_normalised_names_match(lrclib: LrclibClient, lrclib_emu: LrclibEmulator) -> None:
    track = lrclib_emu.tracks_of_kind("synced")[2]
    artist = lrclib_emu.catalogue.artist_names(track)[0]
    lyrics = await lrclib.lyrics(track=track.title.upper() + "!", artist=artist.lower(),
                                 duration_s=track.duration_ms / 1000)
    assert lyrics.status is LyricsStatus.SYNCED


async def test_server_errors_and_timeouts_raise(lrclib: LrclibClient,
                                                lrclib_emu: LrclibEmulator) -> None:
    track = lrclib_emu.tracks_of_kind("synced")[0]
    lrclib_emu.inject(r"/api/get/?", Fault(status=500, body={
        "message": "Something bad happened when processing your request",
        "name": "UnknownError", "statusCode": 500}, times=1))
    with pytest.raises(ProviderUnavailable):
        await lrclib.lyrics(**_ask(lrclib_emu, track))  # type: ignore[arg-type]
    lrclib_emu.inject(r"/api/get/?", Fault(delay_s=1.5, times=1))
    with pytest.raises(ProviderUnavailable) as caught:
        await lrclib.lyrics(**_ask(lrclib_emu, track))  # type: ignore[arg-type]
    assert caught.value.code == "integration.timeout"
    lrclib_emu.inject(r"/api/search/?", Fault(status=429, headers={"Retry-After": "7"},
                                              times=1))
    missing = lrclib_emu.tracks_of_kind("missing")[0]
    with pytest.raises(RateLimited) as limited:
        await lrclib.lyrics(**_ask(lrclib_emu, missing))  # type: ignore[arg-type]
    assert limited.value.retry_after == 7
    lrclib_emu.inject(r"/api/get/?", Fault(drop=True, times=1))
    with pytest.raises(ProviderUnavailable):
        await lrclib.lyrics(**_ask(lrclib_emu, track))  # type: ignore[arg-type]
    assert (await lrclib.lyrics(**_ask(lrclib_emu, track))).synced  # type: ignore[arg-type]


async def test_validation_error_is_reported(lrclib: LrclibClient,
                                            lrclib_emu: LrclibEmulator) -> None:
    with pytest.raises(IntegrationError) as caught:
        await lrclib.lyrics(track="", artist="")
    assert caught.value.code == "integration.http_400"


async def test_health(lrclib: LrclibClient, lrclib_emu: LrclibEmulator) -> None:
    assert (await lrclib.health()).status is HealthStatus.OK
    lrclib_emu.inject(r"/api/get/?", Fault(status=503, times=1))
    down = await lrclib.health()
    assert (down.status, down.code) == (HealthStatus.DOWN, "lrclib.unreachable")
    lrclib_emu.stop()
    assert (await lrclib.health()).status is HealthStatus.DOWN
