"""New-release detection against the Spotify emulator: first check, new albums, editions,
release-type and content filters, and the back catalogue on request."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from tests.emulators.catalogue import CatAlbum, CatTrack
from tests.watchlist.conftest import Harness, today


async def _releases(wl: Harness, artist_id: int) -> dict[str, object]:
    return {r.name: r for r in await wl.service.repo.releases(artist_id)}


async def test_first_check_records_the_discography_and_downloads_nothing(wl: Harness) -> None:
    artist_id = await wl.watch()
    before = datetime.now(UTC)
    await wl.run_job(artist_id)

    releases = await wl.service.repo.releases(artist_id)
    expected = {a.name for a in wl.emu.catalogue.albums_of_artist(wl.artist_id())}
    assert {r.name for r in releases} == expected and len(releases) == 2
    assert all(not r.is_new and r.skip_reason == "first_check" for r in releases)
    assert await wl.wanted.list() == []
    assert wl.notifications == []
    artist = await wl.service.get(artist_id)
    assert artist.last_checked_at is not None and artist.last_checked_at >= before
    assert artist.next_check_at == artist.last_checked_at + timedelta(hours=24)
    assert artist.known_releases == 2 and artist.new_releases == 0


async def test_a_new_album_between_two_checks_is_wanted_and_announced_once(wl: Harness) -> None:
    artist_id = await wl.watch(priority=3)
    await wl.run_job(artist_id)
    titles = [f"Song {n}" for n in range(1, 13)]
    album_id = wl.emu.add_album(wl.artist_id(), "Brand New Day", titles, release_date=today())

    await wl.run_job(artist_id)
    await wl.run_job(artist_id, force=True)  # a third check finds nothing new

    news = wl.coded("watchlist.new_release")
    assert len(news) == 1
    assert news[0].params == {"artist": wl.artist_name(), "album": "Brand New Day",
                              "album_id": album_id, "tracks": 12}
    items = sorted(await wl.wanted.list(), key=lambda i: i.track_number or 0)
    assert [i.title for i in items] == titles
    album = wl.emu.catalogue.albums[album_id]
    for item, track_id in zip(items, album.track_ids, strict=True):
        track = wl.emu.catalogue.tracks[track_id]
        assert item.spotify_track_id == track_id and item.isrc == track.isrc
        assert item.artists == (wl.artist_name(),) and item.album == "Brand New Day"
        assert item.album_artist == wl.artist_name() and item.release_date == today()
        assert item.duration_ms == track.duration_ms and item.track_total == 12
        assert item.disc_number == 1 and item.disc_total == 1 and item.priority == 3
        assert item.spotify_album_id == album_id
        assert item.spotify_artist_ids == (wl.artist_id(),)
        assert item.cover_url is not None and item.cover_url.endswith(f"{album_id}-640.jpg")
        assert item.sources == ("watchlist",) and item.state == "new"
    activity = await wl.engine.activity.recent(types=("watchlist",), status="new_release")
    assert len(activity) == 1 and activity[0].details["album"] == "Brand New Day"
    artist = await wl.service.get(artist_id)
    assert artist.new_releases == 1 and artist.known_releases == 3


async def test_an_album_older_than_the_last_check_is_recorded_but_not_new(wl: Harness) -> None:
    artist_id = await wl.watch()
    await wl.run_job(artist_id)
    wl.emu.add_album(wl.artist_id(), "Found In The Vault", ["A", "B"],
                     release_date="2019-03-01")
    await wl.run_job(artist_id, force=True)
    releases = await _releases(wl, artist_id)
    assert releases["Found In The Vault"].skip_reason == "before_check"  # type: ignore[attr-defined]
    assert wl.notifications == [] and await wl.wanted.list() == []


async def test_editions_collapse_into_one_release(wl: Harness) -> None:
    artist_id = await wl.watch()
    await wl.run_job(artist_id)
    known = wl.emu.catalogue.albums_of_artist(wl.artist_id())[0].name
    wl.emu.add_album(wl.artist_id(), f"{known} (Deluxe Edition)", ["X", "Y", "Z"],
                     release_date=today())
    plain = wl.emu.add_album(wl.artist_id(), "Twin Peaks", ["One", "Two"], release_date=today())
    wl.emu.add_album(wl.artist_id(), "Twin Peaks (Deluxe Edition)", ["One", "Two", "Bonus"],
                     release_date=today())
    wl.emu.add_album(wl.artist_id(), "Twin Peaks - Remastered 2026", ["One", "Two"],
                     release_date=today())

    await wl.run_job(artist_id)

    news = wl.coded("watchlist.new_release")
    assert [(n.params["album"], n.params["album_id"]) for n in news] == [("Twin Peaks", plain)]
    assert sorted(i.title for i in await wl.wanted.list()) == ["One", "Two"]
    assert len(await wl.service.repo.releases(artist_id)) == 3  # 2 known + Twin Peaks


async def test_release_type_and_content_filters(wl: Harness) -> None:
    artist_id = await wl.watch()  # defaults: album, single, ep; skip live, remix, instrumental
    await wl.run_job(artist_id)
    add = wl.emu.add_album
    me, day = wl.artist_id(), today()
    add(me, "Greatest Hits", ["H1", "H2"], release_date=day, album_type="compilation")
    add(me, "Live at Wembley", ["L1", "L2"], release_date=day)
    add(me, "Glow (Remix)", ["Glow (Remix)"], release_date=day, album_type="single")
    add(me, "Songs (Instrumental)", ["I1"], release_date=day)
    add(me, "Live Forever", ["Live Forever"], release_date=day, album_type="single")
    add(me, "Four Songs", ["E1", "E2", "E3", "E4"], release_date=day, album_type="single")
    add(me, "Studio Album", ["S1", "S2 (Live)", "S3"], release_date=day)

    await wl.run_job(artist_id)

    releases = await _releases(wl, artist_id)
    reasons = {name: (r.album_type, r.skip_reason) for name, r in releases.items()  # type: ignore[attr-defined]
               if r.skip_reason != "first_check"}  # type: ignore[attr-defined]
    assert reasons == {
        "Greatest Hits": ("compilation", "type:compilation"),
        "Live at Wembley": ("album", "content:live"),
        "Glow (Remix)": ("single", "content:remix"),
        "Songs (Instrumental)": ("album", "content:instrumental"),
        "Live Forever": ("single", None),  # a title, not a live recording
        "Four Songs": ("ep", None),  # a single with 4 tracks is an EP
        "Studio Album": ("album", None),
    }
    assert sorted(n.params["album"] for n in wl.coded("watchlist.new_release")) == [
        "Four Songs", "Live Forever", "Studio Album"]
    titles = sorted(i.title for i in await wl.wanted.list())
    assert titles == ["E1", "E2", "E3", "E4", "Live Forever", "S1", "S3"]  # "S2 (Live)" skipped


async def test_filters_follow_the_artists_settings(wl: Harness) -> None:
    artist_id = await wl.watch()
    await wl.run_job(artist_id)
    await wl.service.update(artist_id, release_types=["ep", "appears_on"], skip_words=[])
    me, day, cat = wl.artist_id(), today(), wl.emu.catalogue
    # 2 tracks but 30 minutes: an EP by duration, not a single
    cat.add_album(me, "Long Player", ["P1", "P2"], release_date=day, album_type="single",
                  durations_ms=[15 * 60_000, 15 * 60_000])
    wl.emu.add_album(me, "Short Single", ["Q1"], release_date=day, album_type="single")
    wl.emu.add_album(me, "Live in Berlin", ["B1"], release_date=day, album_type="single")
    _appears_on(wl, me, day)

    await wl.run_job(artist_id)

    assert sorted(n.params["album"] for n in wl.coded("watchlist.new_release")) == [
        "Friends Compilation", "Long Player"]
    releases = await _releases(wl, artist_id)
    assert releases["Short Single"].skip_reason == "type:single"  # type: ignore[attr-defined]
    assert releases["Live in Berlin"].skip_reason == "type:single"  # type: ignore[attr-defined]
    # On someone else's compilation only the watched artist's own track is wanted.
    assert sorted(i.title for i in await wl.wanted.list()) == ["Mine", "P1", "P2"]


def _appears_on(wl: Harness, me: str, day: str) -> None:
    cat = wl.emu.catalogue
    other = wl.artist_id(1)
    album = cat.add_album(other, "Friends Compilation", ["Theirs", "Mine"], release_date=day,
                          album_type="compilation")
    mine = cat.tracks[album.track_ids[1]]
    cat.tracks[mine.id] = CatTrack(mine.id, mine.title, (me,), album.id, mine.duration_ms,
                                   mine.track_number, 1, mine.isrc)
    # The artist-albums relation: the compilation shows under "me" as appears_on.
    cat.albums[album.id] = CatAlbum(album.id, album.name, (other, me), "compilation", day,
                                    album.track_ids, group="appears_on")


async def test_back_catalogue_only_on_request(wl: Harness) -> None:
    artist_id = await wl.watch()
    await wl.run_job(artist_id)
    assert await wl.wanted.list() == []

    await wl.run_job(artist_id, mode="back_catalogue", force=True)
    await wl.run_job(artist_id, mode="back_catalogue", force=True)  # idempotent

    items = await wl.wanted.list()
    assert len(items) == 20 and {i.album for i in items} == {
        a.name for a in wl.emu.catalogue.albums_of_artist(wl.artist_id())}
    assert wl.coded("watchlist.new_release") == []
    back = wl.coded("watchlist.back_catalogue")
    assert [n.params for n in back] == [{"artist": wl.artist_name(), "releases": 2,
                                         "tracks": 20}]
