"""The watchlist facade section: CRUD with stable error codes, Spotify artist search and the
user's followed artists (with ``followed``/``watched`` flags), adding all followed artists."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from engine.facade.contracts import ArtistHit, WatchlistArtistRow
from engine.services.watchlist import WatchlistError
from tests.watchlist.conftest import Harness


async def test_add_update_pause_resume_remove(wl: Harness) -> None:
    facade = wl.facade
    row = await facade.add(wl.artist_id(), wl.artist_name(), priority=2, interval_h=12)
    assert isinstance(row, WatchlistArtistRow)
    assert (row.name, row.priority, row.interval_h) == (wl.artist_name(), 2, 12)
    assert row.release_types == ("album", "single", "ep")
    assert row.skip_words == ("live", "remix", "instrumental")
    assert not row.paused and row.last_checked_at is None and row.known_releases == 0

    changed = await facade.update(row.id, priority=7, interval_h=48,
                                  release_types=["album", "compilation"], skip_words=["Live"])
    assert (changed.priority, changed.interval_h) == (7, 48)
    assert changed.release_types == ("album", "compilation") and changed.skip_words == ("live",)

    until = datetime.now(UTC) + timedelta(days=2)
    await facade.pause(row.id, until)
    paused = (await facade.list())[0]
    assert paused.paused and paused.resume_at == until
    await facade.resume(row.id)
    resumed = (await facade.list())[0]
    assert not resumed.paused and resumed.resume_at is None

    await facade.remove(row.id)
    assert await facade.list() == []


async def test_interval_change_moves_the_next_check(wl: Harness) -> None:
    artist_id = await wl.watch()
    await wl.run_job(artist_id)
    row = await wl.facade.update(artist_id, interval_h=2)
    assert row.last_checked_at is not None
    assert row.next_check_at == row.last_checked_at + timedelta(hours=2)


@pytest.mark.parametrize(("call", "code"), [
    (lambda f, wl: f.add("not an id!", "X"), "watchlist.invalid_artist_id"),
    (lambda f, wl: f.add(wl.artist_id(), "  "), "watchlist.name_required"),
    (lambda f, wl: f.add(wl.artist_id(), "X", release_types=["live"]),
     "watchlist.invalid_value"),
    (lambda f, wl: f.update(999, priority=1), "watchlist.not_found"),
    (lambda f, wl: f.pause(999), "watchlist.not_found"),
    (lambda f, wl: f.resume(999), "watchlist.not_found"),
    (lambda f, wl: f.remove(999), "watchlist.not_found"),
    (lambda f, wl: f.check_now(999), "watchlist.not_found"),
])
async def test_bad_requests_raise_stable_codes(wl: Harness, call, code: str) -> None:
    with pytest.raises(WatchlistError) as error:
        await call(wl.facade, wl)
    assert error.value.code == code


async def test_duplicates_and_bad_updates_are_refused(wl: Harness) -> None:
    row = await wl.facade.add(f"spotify:artist:{wl.artist_id()}", wl.artist_name())
    assert row.spotify_artist_id == wl.artist_id()  # URIs are accepted
    with pytest.raises(WatchlistError) as error:
        await wl.facade.add(wl.artist_id(), "Again")
    assert error.value.code == "watchlist.already_watched"
    with pytest.raises(WatchlistError) as error:
        await wl.facade.update(row.id, name="Renamed")
    assert error.value.code == "watchlist.invalid_field"
    with pytest.raises(WatchlistError) as error:
        await wl.facade.update(row.id, interval_h=0)
    assert error.value.code == "watchlist.invalid_value"


async def test_search_marks_followed_and_watched_artists(wl: Harness) -> None:
    await wl.watch(0)
    hits = await wl.facade.search_artists(wl.artist_name(0))
    assert hits and isinstance(hits[0], ArtistHit)
    hit = next(h for h in hits if h.spotify_id == wl.artist_id(0))
    assert hit.watched and hit.followed and hit.name == wl.artist_name(0)
    assert hit.image_url is not None and hit.image_url.endswith("-640.jpg")
    assert hit.genres == wl.emu.catalogue.artists[wl.artist_id(0)].genres
    unfollowed = wl.artist_id(10)  # the demo user follows the first six artists
    other = next(h for h in await wl.facade.search_artists(wl.artist_name(10))
                 if h.spotify_id == unfollowed)
    assert not other.followed and not other.watched
    assert await wl.facade.search_artists("   ") == []


async def test_followed_artists_and_adding_them_all(wl: Harness) -> None:
    await wl.watch(1)
    followed = await wl.facade.followed_artists()
    expected = wl.emu.catalogue.followed_artist_ids
    assert [h.spotify_id for h in followed] == expected and all(h.followed for h in followed)
    assert [h.spotify_id for h in followed if h.watched] == [wl.artist_id(1)]

    added = await wl.facade.add_followed()
    assert {r.spotify_artist_id for r in added} == set(expected) - {wl.artist_id(1)}
    assert {r.spotify_artist_id for r in await wl.facade.list()} == set(expected)
    assert await wl.facade.add_followed() == []
