"""Manual search → "download this file" with the selected Spotify track as metadata: the file
goes through the normal pipeline and ends tagged like any synced track (issue 10)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from engine.domain.models import TrackQuery
from engine.facade.contracts import SearchRequest
from engine.library.artwork import existing_cover_size
from engine.library.tags import read_tags
from tests.acquisition.conftest import CATALOGUE, isolate
from tests.emulators.spotify import SpotifyEmulator

CLIENT_ID = "harmony-test-client"


@pytest.fixture
def spotify_emu() -> Iterator[SpotifyEmulator]:
    emulator = SpotifyEmulator(CATALOGUE).start()
    yield emulator
    emulator.stop()


async def test_manual_download_reaches_done_with_the_spotify_metadata(rig_factory,
                                                                      spotify_emu) -> None:
    rig = await rig_factory(**{"spotify.client_id": CLIENT_ID,
                               "spotify.api_url": spotify_emu.api_url,
                               "spotify.accounts_url": spotify_emu.url})
    _, refresh = spotify_emu.accounts.issue_user_tokens(CLIENT_ID)
    await rig.engine.secrets.set("spotify_refresh_token", refresh)
    track = list(CATALOGUE.tracks.values())[21]
    album = CATALOGUE.album_of(track)
    artist = CATALOGUE.artist_names(track)[0]
    isolate(rig, track, [("handpicked", "flac16"), ("other", "mp3_320")])

    search = rig.engine.facades["search"]
    search_id = await search.start(SearchRequest(text=f"{artist} {track.title}"))
    await rig.engine.services["search"].wait(search_id)
    scored = await search.score_against(search_id, track.id)
    chosen = next(r for r in scored if r.file is not None and r.file.username == "other")
    assert chosen.confidence is not None and chosen.reasons

    # What the Search view passes: the selected Spotify row as a TrackQuery.
    selected = TrackQuery(track.title, (artist,), album.name, track.duration_ms,
                          spotify_id=track.id)
    item_id = await rig.engine.facades["downloads"].download_file(chosen.file, selected)
    view = (await rig.settle([item_id], timeout_s=40))[item_id]

    assert view.state == "done", view.last_error
    row = await rig.engine.services["acquisition"].downloads.for_item(item_id)
    assert row.username == "other"  # the user's file, not the automatic (FLAC) favourite
    path = Path(view.library_path)
    assert path.suffix == ".mp3" and rig.music in path.parents
    tags = read_tags(path)
    assert tags.title == track.title and tags.artists == (artist,)
    assert tags.album == album.name and tags.album_artist == artist
    assert tags.isrc == track.isrc and tags.spotify_track_id == track.id
    assert tags.spotify_album_id == album.id
    assert tags.track_number == track.track_number
    assert tags.track_total == len(album.track_ids)
    assert existing_cover_size(path) is not None  # the album's cover, fetched via Spotify
