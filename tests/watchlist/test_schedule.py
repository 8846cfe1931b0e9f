"""The WatchlistTimer's tick and "Jetzt prüfen": due artists only, paused ones skipped (and
back after resume or ``resume_at``), priority order, a bound per tick, and the real queue."""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import update

from engine.db.tables import WatchlistArtist
from engine.errors import AuthenticationFailed
from tests.watchlist.conftest import Harness, today, wait_until


async def _queued(wl: Harness) -> list[int]:
    jobs = await wl.engine.queue.jobs(name="watchlist")
    return [job.payload["artist_id"] for job in jobs]


async def _make_due(wl: Harness, artist_id: int) -> None:
    async with wl.engine.database.session() as session:
        await session.execute(update(WatchlistArtist).where(WatchlistArtist.id == artist_id)
                              .values(next_check_at=datetime.now(UTC) - timedelta(minutes=1)))


async def test_tick_queues_due_artists_by_priority_within_the_bound(wl: Harness) -> None:
    low = await wl.watch(0, priority=0)
    high = await wl.watch(1, priority=5)
    middle = await wl.watch(2, priority=2)
    await wl.engine.settings.set("watchlist.max_per_tick", 2)

    assert await wl.service.tick() == 2
    jobs = await wl.engine.queue.jobs(name="watchlist")
    assert {j.payload["artist_id"] for j in jobs} == {high, middle}
    assert {j.dedupe_key for j in jobs} == {f"watchlist:artist:{high}",
                                            f"watchlist:artist:{middle}"}
    assert await wl.service.tick() == 1  # the other two are already queued (dedupe)
    assert sorted(await _queued(wl)) == sorted([low, high, middle])


async def test_checked_artists_are_not_due_until_their_interval_passes(wl: Harness) -> None:
    artist_id = await wl.watch()
    await wl.run_job(artist_id)
    assert await wl.service.tick() == 0
    await _make_due(wl, artist_id)
    assert await wl.service.tick() == 1


async def test_paused_artists_are_not_checked_until_resumed(wl: Harness) -> None:
    paused = await wl.watch(0)
    other = await wl.watch(1)
    await wl.service.pause(paused)
    assert await wl.service.tick() == 1 and await _queued(wl) == [other]

    # A queued check of an artist that gets paused does nothing (no Spotify request).
    requests = len(wl.emu.requests)
    await wl.run_job(paused)
    assert len(wl.emu.requests) == requests
    assert (await wl.service.get(paused)).last_checked_at is None

    await wl.service.resume(paused)
    assert await wl.service.tick() == 1 and sorted(await _queued(wl)) == sorted([paused, other])


async def test_pause_until_resumes_by_itself(wl: Harness) -> None:
    soon = await wl.watch(0)
    later = await wl.watch(1)
    await wl.service.pause(soon, until=datetime.now(UTC) + timedelta(seconds=0.3))
    await wl.service.pause(later, until=datetime.now(UTC) + timedelta(days=1))
    assert await wl.service.tick() == 0

    await asyncio.sleep(0.35)
    assert await wl.service.tick() == 1 and await _queued(wl) == [soon]
    artist = await wl.service.get(soon)
    assert not artist.paused and artist.resume_at is None
    assert (await wl.service.get(later)).paused


async def test_pausing_cancels_a_waiting_check(wl: Harness) -> None:
    artist_id = await wl.watch()
    await wl.service.tick()
    await wl.service.pause(artist_id)
    assert await _queued(wl) == []


async def test_check_now_one_and_all_through_the_real_queue(wl_running: Harness) -> None:
    wl = wl_running
    first = await wl.watch(0)
    second = await wl.watch(1)
    paused = await wl.watch(2)
    await wl.service.pause(paused)
    assert await wl.service.tick() == 2  # the timer's tick; the runner does the checks
    await _wait_checked(wl, first, second)
    checked = {i: (await wl.service.get(i)).last_checked_at for i in (first, second)}

    wl.emu.add_album(wl.artist_id(0), "Now Or Never", ["N1", "N2"], release_date=today())
    await wl.facade.check_now(first)
    await wait_until(lambda: _checked_after(wl, first, checked[first]))
    assert [n.params["album"] for n in wl.coded("watchlist.new_release")] == ["Now Or Never"]
    assert (await wl.service.get(second)).last_checked_at == checked[second]

    before = {i: (await wl.service.get(i)).last_checked_at for i in (first, second)}
    await wl.facade.check_now()
    for artist_id in (first, second):
        await wait_until(lambda a=artist_id: _checked_after(wl, a, before[a]))
    assert (await wl.service.get(paused)).last_checked_at is None  # "all" skips paused ones

    await wl.facade.check_now(paused)  # one paused artist on explicit request: checked
    await wait_until(lambda: _checked_after(wl, paused, None))
    assert len(wl.coded("watchlist.new_release")) == 1


async def _wait_checked(wl: Harness, *artist_ids: int) -> None:
    for artist_id in artist_ids:
        await wait_until(lambda a=artist_id: _checked_after(wl, a, None))


async def _checked_after(wl: Harness, artist_id: int, when: datetime | None) -> bool:
    checked = (await wl.service.get(artist_id)).last_checked_at
    return checked is not None and (when is None or checked > when)


async def test_nothing_is_checked_while_spotify_is_not_connected(wl: Harness) -> None:
    artist_id = await wl.watch()
    await wl.engine.services["integrations"].spotify_auth().logout()
    requests = len(wl.emu.requests)

    assert await wl.service.tick() == 0
    with pytest.raises(AuthenticationFailed) as error:
        await wl.facade.check_now(artist_id)
    assert error.value.code == "spotify.unauthenticated"
    await wl.run_job(artist_id)  # a check queued before the logout: skipped quietly
    artist = await wl.service.get(artist_id)
    assert artist.last_checked_at is None and artist.last_error is None
    assert artist.cooldown_until is None and len(wl.emu.requests) == requests
