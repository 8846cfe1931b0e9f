"""Every SpotifyClient read against the emulator: shapes, pagination, dev-mode caps."""

from __future__ import annotations

import pytest

from engine.clients.oauth_pkce import SpotifyUserAuth
from engine.clients.spotify import SpotifyClient, search_query
from engine.errors import IntegrationError
from engine.secrets import MemorySecretStore
from tests.clients_spotify.conftest import make_client
from tests.emulators.spotify import SpotifyEmulator


def _paths(emulator: SpotifyEmulator, prefix: str) -> list[str]:
    return [r.path for r in emulator.requests if r.path.startswith(prefix)]


async def test_current_user(spotify: SpotifyClient, spotify_emu: SpotifyEmulator) -> None:
    user = await spotify.current_user()
    assert user.id == spotify_emu.catalogue.user_id
    assert user.product is None  # dev-mode removed the field


async def test_user_playlists_follow_every_page(spotify: SpotifyClient,
                                                spotify_emu: SpotifyEmulator) -> None:
    tracks = list(spotify_emu.catalogue.tracks)
    for n in range(120):
        spotify_emu.create_playlist(f"List {n}", tracks[n % 10:n % 10 + 3])
    playlists = await spotify.user_playlists()
    assert len(playlists) == 121
    assert len({p.id for p in playlists}) == 121
    assert len(_paths(spotify_emu, "/v1/me/playlists")) == 3  # 50 + 50 + 21
    created = next(p for p in playlists if p.name == "List 0")
    assert created.total_items == 3 and created.owner_id == spotify_emu.catalogue.user_id


async def test_playlist_items_2026_shape_with_pathologies(
        spotify: SpotifyClient, spotify_emu: SpotifyEmulator) -> None:
    playlist = next(iter(spotify_emu.catalogue.playlists.values()))
    spotify_emu.add_pathological_entries(playlist.id)
    contents = await spotify.playlist_items(playlist.id)
    assert [t.id for t in contents.tracks] == playlist.track_ids
    assert (contents.skipped_local, contents.skipped_unavailable,
            contents.skipped_episodes) == (1, 1, 1)
    first = contents.tracks[0]
    cat_track = spotify_emu.catalogue.tracks[first.id]
    assert first.isrc == cat_track.isrc and first.duration_ms == cat_track.duration_ms
    assert first.album is not None and first.album.images[0].width == 640
    assert all(p.startswith(f"/v1/playlists/{playlist.id}/items")
               for p in _paths(spotify_emu, "/v1/playlists/"))
    assert len(_paths(spotify_emu, "/v1/playlists/")) == 2  # 53 entries, pages of 50


async def test_playlist_items_older_tracks_shape(spotify_emu: SpotifyEmulator) -> None:
    spotify_emu.mode = "legacy"  # before 2026: no /items, entries under "track"
    _, refresh = spotify_emu.accounts.issue_user_tokens()
    auth = SpotifyUserAuth("harmony-test-client",
                           MemorySecretStore({"spotify_refresh_token": refresh}),
                           accounts_url=spotify_emu.url)
    client = make_client(spotify_emu, auth)
    playlist = next(iter(spotify_emu.catalogue.playlists.values()))
    contents = await client.playlist_items(playlist.id)
    assert [t.id for t in contents.tracks] == playlist.track_ids
    assert _paths(spotify_emu, f"/v1/playlists/{playlist.id}/tracks")


async def test_extended_mode_serves_both_shapes(spotify: SpotifyClient,
                                                spotify_emu: SpotifyEmulator) -> None:
    spotify_emu.mode = "extended"
    playlist = next(iter(spotify_emu.catalogue.playlists.values()))
    via_items = await spotify.playlist_items(playlist.id)
    legacy = await spotify.runner.call("raw", lambda sp: sp._get(
        f"playlists/{playlist.id}/tracks", limit=100))
    assert "track" in legacy["items"][0] and "item" not in legacy["items"][0]
    assert [t.id for t in via_items.tracks] == [e["track"]["id"] for e in legacy["items"]]


async def test_playlist_mutations_are_seen(spotify: SpotifyClient,
                                           spotify_emu: SpotifyEmulator) -> None:
    playlist = next(iter(spotify_emu.catalogue.playlists.values()))
    removed = playlist.track_ids[:5]
    spotify_emu.remove_playlist_items(playlist.id, removed)
    extra = [t for t in spotify_emu.catalogue.tracks if t not in playlist.track_ids][:2]
    spotify_emu.add_playlist_items(playlist.id, extra)
    ids = [t.id for t in (await spotify.playlist_items(playlist.id)).tracks]
    assert not set(removed) & set(ids) and ids[-2:] == extra
    assert (await spotify.playlist(playlist.id)).snapshot_id == "snap3"


async def test_someone_elses_playlist_is_forbidden_in_dev_mode(
        spotify: SpotifyClient, spotify_emu: SpotifyEmulator) -> None:
    foreign = spotify_emu.create_playlist("Theirs", list(spotify_emu.catalogue.tracks)[:3],
                                          owner_id="someone-else")
    with pytest.raises(IntegrationError) as caught:
        await spotify.playlist_items(foreign)
    assert caught.value.code == "spotify.forbidden"


async def test_liked_songs_all_pages(spotify: SpotifyClient,
                                     spotify_emu: SpotifyEmulator) -> None:
    liked = await spotify.liked_songs()
    assert [s.track.id for s in liked] == spotify_emu.catalogue.liked_track_ids
    assert all(s.added_at for s in liked)


async def test_followed_artists_cursor_paging(spotify: SpotifyClient,
                                              spotify_emu: SpotifyEmulator) -> None:
    spotify_emu.catalogue.followed_artist_ids = list(spotify_emu.catalogue.artists)
    artists = await spotify.followed_artists()
    assert [a.id for a in artists] == spotify_emu.catalogue.followed_artist_ids
    assert len(artists) == 18 and artists[0].genres


async def test_artist_albums_in_pages_of_ten_and_new_release(
        spotify: SpotifyClient, spotify_emu: SpotifyEmulator) -> None:
    artist_id = next(iter(spotify_emu.catalogue.artists))
    for n in range(21):
        spotify_emu.add_album(artist_id, f"Single {n}", [f"Song {n}"], album_type="single",
                              release_date=f"2020-01-{n + 1:02d}")
    albums = await spotify.artist_albums(artist_id)
    assert len(albums) == 23
    requests = [r for r in spotify_emu.requests if r.path.endswith(f"{artist_id}/albums")]
    assert len(requests) == 3 and all(int(r.query["limit"]) <= 10 for r in requests)
    only_albums = await spotify.artist_albums(artist_id, include_groups=("album",))
    assert {a.album_group for a in only_albums} == {"album"} and len(only_albums) == 2
    new_id = spotify_emu.add_album(artist_id, "Brand New", ["Fresh"], release_date="2026-06-01")
    again = await spotify.artist_albums(artist_id, include_groups=("album",))
    assert new_id in {a.id for a in again} and again[0].release_date == "2026-06-01"


async def test_artist_albums_cap_is_real(spotify_emu: SpotifyEmulator, spotify: SpotifyClient,
                                         ) -> None:
    """The emulator refuses spotipy's default limit of 20, as Development Mode does."""
    artist_id = next(iter(spotify_emu.catalogue.artists))
    with pytest.raises(IntegrationError) as caught:
        await spotify.runner.call("raw", lambda sp: sp.artist_albums(artist_id))
    assert caught.value.code == "spotify.http_400"


async def test_album_and_album_tracks(spotify: SpotifyClient,
                                      spotify_emu: SpotifyEmulator) -> None:
    artist_id = next(iter(spotify_emu.catalogue.artists))
    album_id = spotify_emu.add_album(artist_id, "Long One", [f"Part {n}" for n in range(73)])
    album = await spotify.album(album_id)
    assert (album.name, album.total_tracks, album.label) == ("Long One", 73,
                                                             "Harmony Test Records")
    tracks = await spotify.album_tracks(album_id)
    assert [t.track_number for t in tracks] == list(range(1, 74))
    assert tracks[0].album == album and tracks[0].isrc is None  # simplified: no ISRC


async def test_track_details_and_several(spotify: SpotifyClient,
                                         spotify_emu: SpotifyEmulator) -> None:
    cat_track = next(iter(spotify_emu.catalogue.tracks.values()))
    track = await spotify.track(cat_track.id)
    assert (track.isrc, track.track_number, track.disc_number) == (
        cat_track.isrc, cat_track.track_number, cat_track.disc_number)
    assert track.release_date == spotify_emu.catalogue.album_of(cat_track).release_date
    query = track.to_query()
    assert query.isrc == cat_track.isrc and query.spotify_id == cat_track.id
    spotify_emu.shapes.tracks_without_isrc.add(cat_track.id)
    assert (await spotify.track(cat_track.id)).isrc is None
    several = await spotify.tracks([cat_track.id, "0" * 22, "bad"])
    assert several[0] is not None and several[1:] == (None, None)


async def test_search_syntax(spotify: SpotifyClient, spotify_emu: SpotifyEmulator) -> None:
    cat_track = next(iter(spotify_emu.catalogue.tracks.values()))
    by_isrc = await spotify.search_tracks(search_query(isrc=cat_track.isrc))
    assert [t.id for t in by_isrc.items] == [cat_track.id]
    artist = spotify_emu.catalogue.artist_names(cat_track)[0]
    q = search_query(track=cat_track.title, artist=artist)
    assert q.startswith("track:")
    found = await spotify.search_tracks(q, limit=50)  # clamped to the dev-mode cap
    assert cat_track.id in {t.id for t in found.items} and len(found.items) <= 10
    search = next(r for r in reversed(spotify_emu.requests) if r.path == "/v1/search")
    assert search.query["limit"] == "10"
    nothing = await spotify.search_tracks(search_query(track="no such song anywhere"))
    assert nothing.items == () and nothing.total == 0
    artists = await spotify.search_artists(search_query(artist="Daft"))
    assert [a.name for a in artists.items] == ["Daft Punk"]


async def test_audio_features_unavailable_is_none(spotify: SpotifyClient,
                                                  spotify_emu: SpotifyEmulator) -> None:
    track_id = next(iter(spotify_emu.catalogue.tracks))
    assert await spotify.audio_features(track_id) is None
    spotify_emu.mode = "extended"
    features = await spotify.audio_features(track_id)
    assert features is not None and features.tempo == 120.0


async def test_not_found_is_an_error_with_code(spotify: SpotifyClient) -> None:
    with pytest.raises(IntegrationError) as caught:
        await spotify.album("0" * 22)
    assert caught.value.code == "spotify.not_found"
