"""Spotify account and playlist sync through the facade and the job handler, against the
emulator: PKCE login, every page of playlists and items, additions, removals, both shapes."""

from __future__ import annotations

import socket

import pytest
from sqlalchemy import select

from engine.api import HarmonyService
from engine.bootstrap import Engine
from engine.db.repositories.wanted import NewWantedItem, WantedItems
from engine.db.tables import PlaylistItem, WantedItem
from tests.emulators.spotify import SpotifyEmulator
from tests.sources.conftest import browser, job


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def wanted_repo(engine: Engine) -> WantedItems:
    assert engine.database and engine.activity
    return WantedItems(engine.database, engine.activity, engine.bus)


async def test_login_logout_through_the_facade(engine: Engine) -> None:
    service = HarmonyService(engine)
    before = await service.spotify.account()
    assert (before.status, before.mode, before.client_id_set) == ("unauthenticated", "FREE", True)
    assert engine.settings is not None
    await engine.settings.set("spotify.redirect_port", free_port())
    engine.facades["spotify"].opener = browser  # type: ignore[attr-defined]
    account = await service.spotify.login()
    assert (account.status, account.mode, account.display_name) == \
        ("connected", "PRO", "Harmony User")
    assert await engine.secrets.get("spotify_refresh_token")
    await service.spotify.logout()
    assert (await service.spotify.account()).status == "unauthenticated"
    assert await engine.secrets.get("spotify_refresh_token") is None
    await engine.settings.set("spotify.client_id", "")
    assert (await service.spotify.account()).status == "unconfigured"


async def test_playlists_every_page_plus_liked_songs(connected: Engine,
                                                     spotify_emu: SpotifyEmulator) -> None:
    service = HarmonyService(connected)
    tracks = list(spotify_emu.catalogue.tracks)
    for number in range(55):
        spotify_emu.create_playlist(f"List {number:02d}", tracks[number:number + 3], seed=number)
    rows = await service.spotify.playlists(refresh=True)
    assert len(rows) == 57  # 56 playlists over two pages of 50, plus Liked Songs
    assert rows[0].source == "liked" and rows[0].name == "Liked Songs"
    mix = next(r for r in rows if r.name == "Harmony Mix")
    assert (mix.source, mix.track_count, mix.sync_enabled) == ("spotify", 50, False)
    assert len(await service.spotify.playlists()) == 57  # stored: no refresh needed


@pytest.mark.parametrize("spotify_emu", ["dev2026", "legacy", "extended"], indirect=True)
async def test_sync_adds_then_marks_removals(connected: Engine,
                                             spotify_emu: SpotifyEmulator) -> None:
    service = HarmonyService(connected)
    catalogue = spotify_emu.catalogue
    liked = set(catalogue.liked_track_ids)
    pool = [t for t in catalogue.tracks if t not in liked]
    remote_id = spotify_emu.create_playlist("Big One", pool[:120])
    playlist = next(r for r in await service.spotify.playlists(refresh=True)
                    if r.spotify_id == remote_id)
    await service.spotify.set_playlist_sync(playlist.id, True)
    assert connected.queue is not None
    assert (await connected.queue.sizes()).get("playlist_sync") == 1
    sync = connected.services["spotify_sync"]
    await sync.handle(job("playlist_sync", {"playlist_id": playlist.id}))  # type: ignore[attr-defined]
    rows = await items_in_order(connected, playlist.id)
    assert [spotify_id for spotify_id, _, _ in rows] == pool[:120]
    first = catalogue.tracks[pool[0]]
    item = (await wanted_repo(connected).list(text=first.title, limit=50))
    item = next(i for i in item if i.spotify_track_id == first.id)
    album = catalogue.album_of(first)
    assert (item.isrc, item.album, item.track_number, item.disc_number, item.duration_ms) == \
        (first.isrc, album.name, first.track_number, 1, first.duration_ms)
    assert item.release_date == album.release_date and item.track_total == len(album.track_ids)
    assert item.cover_url and item.cover_url.endswith(f"{album.id}-640.jpg")
    assert item.spotify_album_id == album.id and item.sources == ("playlist",)
    assert item.spotify_artist_ids == first.artist_ids

    # one removed track is also imported, one was already downloaded: both must stay
    wanted = wanted_repo(connected)
    gone = pool[:5]
    imported = catalogue.tracks[gone[0]]
    await wanted.upsert_many([NewWantedItem(imported.title, tuple(catalogue.artist_names(
        imported)), "import", spotify_track_id=imported.id)])
    done_id = await id_of(connected, gone[1])
    await wanted.transition(done_id, "done", library_path="/music/x.flac")
    spotify_emu.remove_playlist_items(remote_id, gone)
    spotify_emu.add_playlist_items(remote_id, pool[120:123])
    await sync.handle(job("playlist_sync", {"all": True}))  # type: ignore[attr-defined]
    rows = await items_in_order(connected, playlist.id)
    active = [spotify_id for spotify_id, _, removed in rows if removed is None]
    assert active == pool[5:123]
    assert {spotify_id for spotify_id, _, removed in rows if removed is not None} == set(gone)
    states = {t: (await wanted.get(await id_of(connected, t))).state for t in gone}  # type: ignore[union-attr]
    assert states == {gone[0]: "new", gone[1]: "done", gone[2]: "removed", gone[3]: "removed",
                      gone[4]: "removed"}
    updated = next(r for r in await service.spotify.playlists() if r.id == playlist.id)
    assert updated.track_count == 118 and updated.done == 0 and updated.last_synced_at
    events = await HarmonyService(connected).activity(types=("sync",))
    last = next(e for e in events if e.details.get("action") == "playlist_sync")
    assert (last.details["added"], last.details["removed"], last.details["withdrawn"]) == (3, 5, 3)


async def test_liked_songs_and_followed_artists(connected: Engine,
                                                spotify_emu: SpotifyEmulator) -> None:
    service = HarmonyService(connected)
    rows = await service.spotify.playlists(refresh=True)
    liked = next(r for r in rows if r.source == "liked")
    await service.spotify.set_playlist_sync(liked.id, True)
    sync = connected.services["spotify_sync"]
    await sync.handle(job("playlist_sync", {"all": True}))  # type: ignore[attr-defined]
    rows = await items_in_order(connected, liked.id)
    assert [spotify_id for spotify_id, _, _ in rows] == spotify_emu.catalogue.liked_track_ids
    items = await wanted_repo(connected).list(limit=100)
    assert {i.sources for i in items} == {("liked",)}
    artists = await sync.followed_artists()  # type: ignore[attr-defined]
    catalogue = spotify_emu.catalogue
    assert [a.name for a in artists] == \
        [catalogue.artists[a].name for a in catalogue.followed_artist_ids]


async def test_sync_without_connection_does_nothing(engine: Engine) -> None:
    sync = engine.services["spotify_sync"]
    await sync.handle(job("playlist_sync", {"all": True}))  # type: ignore[attr-defined]
    await sync.tick()  # type: ignore[attr-defined]
    assert engine.queue is not None
    assert not (await engine.queue.sizes()).get("playlist_sync")
    assert await wanted_repo(engine).counts() == {}


async def items_in_order(engine: Engine, playlist_id: int) -> list[tuple[str, int, object]]:
    assert engine.database is not None
    async with engine.database.session() as session:
        rows = (await session.execute(
            select(WantedItem.spotify_track_id, PlaylistItem.position, PlaylistItem.removed_at)
            .join(WantedItem, WantedItem.id == PlaylistItem.wanted_item_id)
            .where(PlaylistItem.playlist_id == playlist_id)
            .order_by(PlaylistItem.removed_at.is_not(None), PlaylistItem.position))).all()
    return [(str(a), int(b), c) for a, b, c in rows]


async def id_of(engine: Engine, spotify_id: str) -> int:
    assert engine.database is not None
    async with engine.database.session() as session:
        return int(await session.scalar(select(WantedItem.id).where(
            WantedItem.spotify_track_id == spotify_id)) or 0)
