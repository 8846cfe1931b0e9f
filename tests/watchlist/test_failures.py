"""Failures back off: 5xx → retries with growing delays, the per-artist budget → cooldown and a
dead letter, refusals → cooldown at once, 429 → Spotify's delay with no further requests."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from engine.jobs.handlers import JobContext, PermanentFailure, RetryLater
from tests.emulators.spotify import SpotifyEmulator
from tests.watchlist.conftest import Harness


def _albums_path(wl: Harness, index: int = 0) -> str:
    return f"/v1/artists/{wl.artist_id(index)}/albums"


async def test_a_passing_5xx_is_retried_and_then_succeeds(wl: Harness) -> None:
    artist_id = await wl.watch()
    # The client itself retries a 5xx twice; three faults fail the first job run.
    wl.emu.inject(_albums_path(wl), SpotifyEmulator.fault(503, times=3))

    with pytest.raises(RetryLater) as retry:
        await wl.run_job(artist_id)
    assert 0.04 <= (retry.value.delay_s or 0) <= 0.06  # retry_base_s 0.05 ± 20 %
    artist = await wl.service.get(artist_id)
    assert artist.retry_count == 1 and "503" in (artist.last_error or "")
    assert artist.last_checked_at is None

    await wl.run_job(artist_id, attempt=1)
    artist = await wl.service.get(artist_id)
    assert artist.retry_count == 0 and artist.last_error is None
    assert artist.last_checked_at is not None and artist.known_releases == 2


async def test_the_retry_budget_ends_in_a_cooldown(wl: Harness) -> None:
    await wl.engine.settings.set("watchlist.retry_budget", 3)
    artist_id = await wl.watch()
    wl.emu.inject(_albums_path(wl), SpotifyEmulator.fault(500))

    delays = []
    for attempt in range(2):
        with pytest.raises(RetryLater) as retry:
            await wl.run_job(artist_id, attempt=attempt)
        delays.append(retry.value.delay_s or 0)
    assert delays[1] > delays[0]  # exponential: 0.05 then 0.1 (± 20 %)
    with pytest.raises(PermanentFailure):
        await wl.run_job(artist_id, attempt=2)

    artist = await wl.service.get(artist_id)
    now = datetime.now(UTC)
    assert artist.cooldown_until is not None
    assert now + timedelta(minutes=14) < artist.cooldown_until <= now + timedelta(minutes=15)
    assert artist.next_check_at == artist.cooldown_until and artist.retry_count == 0
    assert artist.last_error is not None and "retry_budget_exhausted" in artist.last_error
    assert await wl.service.tick() == 0  # cooling down: not due

    requests = len(wl.emu.requests)
    await wl.run_job(artist_id)  # a scheduled job during the cooldown does nothing
    assert len(wl.emu.requests) == requests

    wl.emu.clear_faults()
    await wl.run_job(artist_id, force=True)  # "Jetzt prüfen" ignores the cooldown
    artist = await wl.service.get(artist_id)
    assert artist.cooldown_until is None and artist.last_error is None
    assert artist.last_checked_at is not None
    failed = await wl.engine.activity.recent(types=("watchlist",), status="failed")
    assert len(failed) == 1 and failed[0].details["cooldown_min"] == 15


async def test_a_refusal_cools_down_at_once(wl: Harness) -> None:
    artist_id = await wl.watch()
    wl.emu.inject(_albums_path(wl), SpotifyEmulator.fault(404, message="non existing id"))
    with pytest.raises(PermanentFailure) as failure:
        await wl.run_job(artist_id)
    assert failure.value.code == "spotify.not_found"
    artist = await wl.service.get(artist_id)
    assert artist.cooldown_until is not None and "spotify.not_found" in (artist.last_error or "")


async def test_429_is_honoured_without_hammering(wl: Harness) -> None:
    first = await wl.watch(0)
    second = await wl.watch(1)
    wl.emu.inject(r"/v1/artists/.*/albums", SpotifyEmulator.fault(429, retry_after=120))

    with pytest.raises(RetryLater) as retry:
        await wl.run_job(first)
    assert 119 <= (retry.value.delay_s or 0) <= 120
    artist = await wl.service.get(first)
    assert artist.retry_count == 0  # Spotify's limit is not the artist's failure
    assert "rate_limited" in (artist.last_error or "")
    assert wl.requests_to("/albums") == 1

    # While the limit lasts: other artists' checks and the timer make no request at all.
    with pytest.raises(RetryLater) as retry:
        await wl.run_job(second)
    assert 100 < (retry.value.delay_s or 0) <= 120
    assert await wl.service.tick() == 0
    assert wl.requests_to("/albums") == 1
    assert await wl.engine.queue.jobs(name="watchlist") == []


async def test_dead_letters_from_the_runner_cool_the_artist_down(wl: Harness) -> None:
    artist_id = await wl.watch()
    hook = next(r.on_dead_letter for r in wl.engine.registrations if r.job_type == "watchlist")
    assert hook is not None
    await hook(JobContext(9, "watchlist", {"artist_id": artist_id}, 5, 6), "database restart")
    artist = await wl.service.get(artist_id)
    assert artist.cooldown_until is not None and artist.last_error == "database restart"
