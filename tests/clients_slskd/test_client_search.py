"""SlskdClient searches against the emulator: the flow, the states, the faults, the budget."""

from __future__ import annotations

import asyncio

import pytest

from engine.clients.search_budget import SearchBudget
from engine.clients.slskd import SlskdClient
from engine.clients.slskd_search import SearchOptions
from engine.errors import IntegrationError, RateLimited
from tests.clients_slskd.conftest import first_track, make_client, query_for
from tests.emulators.server import Fault
from tests.emulators.slskd import SlskdEmulator

QUICK = SearchOptions(search_timeout_ms=3000)


async def test_server_state_reports_login(emulator: SlskdEmulator, client: SlskdClient) -> None:
    state = await client.server_state()
    assert (state.is_logged_in, state.state, state.username, state.version) == \
        (True, "Connected, LoggedIn", "harmony-tester", "0.24.5")
    emulator.set_logged_in(False)
    state = await client.server_state()
    assert (state.is_logged_in, state.is_connected, state.state, state.username) == \
        (False, False, "Disconnected", None)


async def test_search_returns_every_peer_file_with_peer_fields(emulator: SlskdEmulator,
                                                               client: SlskdClient) -> None:
    track = first_track(emulator)
    files = await client.search(query_for(emulator, track), poll_interval_s=0.005,
                                options=QUICK)
    expected = {(p.username, f.filename) for p, fs in emulator.shares.search(
        query_for(emulator, track)) for f in fs if not f.locked}
    assert {(f.username, f.filename) for f in files} == expected
    assert any("(Live)" in f.filename for f in files)  # wrong versions are offered too
    for found in files:
        peer = emulator.shares.peers[found.username]
        shared = emulator.shares.file(found.username, found.filename)
        assert shared is not None
        assert (found.has_free_slot, found.upload_speed, found.queue_length) == \
            (peer.has_free_upload_slot, peer.upload_speed, peer.queue_length)
        assert found.extension == shared.extension
        if not shared.omit_attributes and shared.fmt is not None:
            assert found.length_s == shared.length
            assert (found.bitrate, found.bit_depth, found.sample_rate) == \
                (shared.fmt.bit_rate, shared.fmt.bit_depth, shared.fmt.sample_rate)
    assert emulator.searches == {}  # the finished search was deleted on slskd


async def test_search_lifecycle_low_level(emulator: SlskdEmulator, client: SlskdClient) -> None:
    query = query_for(emulator, first_track(emulator))
    # A long search window, ended below by moving the emulator's clock: a loaded machine
    # must not let the search finish before its in-progress state has been looked at.
    created = await client.create_search(query, SearchOptions(search_timeout_ms=600_000))
    assert (created.state, created.is_complete, created.search_text) == ("InProgress", False, query)
    assert await client.search_responses(created.id) == []  # nothing until complete
    emulator.advance(601)
    status = created
    while not status.is_complete:
        status = await client.get_search(created.id)
        await asyncio.sleep(0.005)
    assert status.state == "Completed, TimedOut" and status.response_count > 0
    assert status.ended_at is not None and status.started_at is not None
    assert len({f.username for f in await client.search_responses(created.id)}) == \
        status.response_count
    await client.delete_search(created.id)
    with pytest.raises(IntegrationError) as caught:
        await client.get_search(created.id)
    assert caught.value.code == "integration.http_404"


async def test_zero_responses_complete_as_timed_out(emulator: SlskdEmulator,
                                                    client: SlskdClient) -> None:
    created = await client.create_search("zzqx nothingmatches", QUICK)
    status = created
    while not status.is_complete:
        status = await client.get_search(created.id)
        await asyncio.sleep(0.005)
    assert (status.state, status.response_count) == ("Completed, TimedOut", 0)
    await client.delete_search(created.id)
    assert await client.search("zzqx nothingmatches", poll_interval_s=0.005, options=QUICK) == []


async def test_stop_cancels_a_running_search(emulator: SlskdEmulator,
                                             client: SlskdClient) -> None:
    emulator.never_complete_searches = True
    created = await client.create_search(query_for(emulator, first_track(emulator)), QUICK)
    await client.stop_search(created.id)
    assert (await client.get_search(created.id)).state == "Completed, Cancelled"


async def test_search_that_never_completes_is_stopped_at_the_deadline(
        emulator: SlskdEmulator, client: SlskdClient) -> None:
    emulator.never_complete_searches = True
    files = await client.search(query_for(emulator, first_track(emulator)), timeout_s=0.2,
                                poll_interval_s=0.005, options=QUICK)
    assert files  # what arrived before the stop is kept
    assert not emulator.search_in_flight()


async def test_enough_responses_stops_early(emulator: SlskdEmulator,
                                            client: SlskdClient) -> None:
    emulator.never_complete_searches = True
    files = await client.search(query_for(emulator, first_track(emulator)), timeout_s=5,
                                enough_responses=1, poll_interval_s=0.005, options=QUICK)
    assert files and not emulator.search_in_flight()


async def test_responses_lagging_completion_are_read_again(emulator: SlskdEmulator,
                                                           client: SlskdClient) -> None:
    emulator.empty_responses_reads = 2
    files = await client.search(query_for(emulator, first_track(emulator)),
                                poll_interval_s=0.005, options=QUICK)
    assert files


async def test_not_logged_in_search_is_refused_and_recorded(emulator: SlskdEmulator,
                                                            client: SlskdClient) -> None:
    emulator.set_logged_in(False)
    with pytest.raises(IntegrationError) as caught:
        await client.create_search("daft punk", QUICK, search_id="4f1c3c1e-0000-4000-8000-1")
    assert caught.value.code == "slskd.not_logged_in"
    assert (await client.get_search("4f1c3c1e-0000-4000-8000-1")).state == "Completed, Errored"
    emulator.set_logged_in(True)


async def test_second_concurrent_search_gets_429(emulator: SlskdEmulator,
                                                 client: SlskdClient) -> None:
    emulator.never_complete_searches = True
    first = await client.create_search("daft punk", QUICK)
    with pytest.raises(RateLimited):
        await client.create_search("nirvana", QUICK)
    assert emulator.concurrent_search_violations == 1
    await client.stop_search(first.id)
    await client.create_search("nirvana", QUICK)  # free again once the first one ended


async def test_429_with_retry_after_is_waited_out(emulator: SlskdEmulator) -> None:
    emulator.rate_limit(r"(?i:/api/v0/searches)/?", retry_after=0.3, times=2, method="POST")
    budget = SearchBudget(10, 60.0)
    async with make_client(emulator, budget=budget) as slskd:
        loop = asyncio.get_running_loop()
        began = loop.time()
        files = await slskd.search(query_for(emulator, first_track(emulator)),
                                   poll_interval_s=0.005, options=QUICK)
        assert files
        assert loop.time() - began >= 0.6  # two Retry-After waits, no hammering
    posts = [r for r in emulator.requests if r.method == "POST"]
    assert len(posts) == 3 and len(emulator.search_starts) == 1


async def test_rate_limit_retries_are_bounded(emulator: SlskdEmulator) -> None:
    emulator.inject(r"(?i:/api/v0/searches)/?", Fault(status=429, body="busy",
                                                      headers={"Retry-After": "0"}), "POST")
    options = SearchOptions(search_timeout_ms=3000, max_rate_limit_retries=2)
    async with make_client(emulator) as slskd:
        with pytest.raises(RateLimited):
            await slskd.search("daft punk", poll_interval_s=0.005, options=options)
    assert len([r for r in emulator.requests if r.method == "POST"]) == 3


async def test_burst_of_searches_respects_the_budget_on_the_wire(
        emulator: SlskdEmulator) -> None:
    emulator.strict_single_search = False  # count violations instead of refusing them
    budget = SearchBudget(4, 0.4)
    queries = ["daft punk", "nirvana", "beatles", "massive attack", "sigur", "abba"] * 2
    async with make_client(emulator, budget=budget) as slskd:
        results = await asyncio.gather(*(slskd.search(q, poll_interval_s=0.005, options=QUICK)
                                         for q in queries))
    assert len(results) == len(queries) == len(emulator.search_starts)
    assert emulator.concurrent_search_violations == 0
    assert emulator.max_searches_in_window(0.4 - 0.03) <= 4
