"""The search box against both emulators: concurrency, streaming, per-source failures, budget,
cancellation, and the one activity event each search writes."""

from __future__ import annotations

import asyncio

from engine.clients.search_budget import SearchBudget
from engine.events import SearchResults, SearchStatus
from engine.facade.contracts import SearchRequest
from engine.services.integrations import Integrations
from tests.emulators.server import Fault
from tests.search.conftest import CATALOGUE, SearchRig, daft_punk_track, query_text


async def test_both_sources_return_scored_rows_and_one_activity_event(rig: SearchRig) -> None:
    await rig.login_spotify()
    track = daft_punk_track()
    search_id = await rig.section.start(SearchRequest(text=query_text(track)))
    await rig.finish(search_id)

    spotify_rows = rig.recorder.rows(search_id, "spotify")
    soulseek_rows = rig.recorder.rows(search_id, "soulseek")
    assert any(r.kind == "track" and r.spotify_id == track.id for r in spotify_rows)
    assert soulseek_rows and all(r.kind == "file" and r.file is not None for r in soulseek_rows)
    assert all(0.0 <= r.score <= 1.0 for r in spotify_rows + soulseek_rows)
    exact = next(r for r in spotify_rows if r.spotify_id == track.id)
    assert exact.score >= 0.95
    best_file = max(soulseek_rows, key=lambda r: r.score)
    assert best_file.score >= 0.9 and track.title.lower() in best_file.title.lower()
    assert rig.recorder.final(search_id, "spotify").state == "done"
    soulseek_done = rig.recorder.final(search_id, "soulseek")
    assert (soulseek_done.state, soulseek_done.count) == ("done", len(soulseek_rows))

    events = await rig.engine.activity.recent(types=("search",))
    assert len(events) == 1
    details = events[0].details
    assert events[0].status == "completed"
    assert details["query"] == query_text(track)
    assert details["sources"] == ["spotify", "soulseek"]
    assert details["counts"] == {"spotify": len(spotify_rows), "soulseek": len(soulseek_rows)}
    assert details["errors"] == {} and details["duration_ms"] > 0
    assert rig.slskd.concurrent_search_violations == 0
    assert not rig.slskd.searches, "the finished slskd search was deleted"


async def test_an_artist_query_lists_the_artist_first_then_albums_and_tracks(
        rig: SearchRig) -> None:
    await rig.login_spotify()
    search_id = await rig.section.start(SearchRequest(text="Daft Punk", sources=("spotify",)))
    await rig.finish(search_id)
    rows = sorted(rig.recorder.rows(search_id), key=lambda r: -r.score)
    assert {r.kind for r in rows} == {"track", "album", "artist"}
    assert (rows[0].kind, rows[0].title) == ("artist", "Daft Punk")
    assert all(r.score < rows[0].score for r in rows[1:])


async def test_spotify_unconfigured_still_returns_soulseek_rows(rig: SearchRig) -> None:
    await rig.engine.settings.set("spotify.client_id", "")
    search_id = await rig.section.start(SearchRequest(text=query_text(daft_punk_track())))
    await rig.finish(search_id)

    spotify = rig.recorder.final(search_id, "spotify")
    assert (spotify.state, spotify.code) == ("skipped", "spotify.unconfigured")
    assert rig.recorder.rows(search_id, "soulseek")
    assert not rig.recorder.rows(search_id, "spotify")
    event = (await rig.engine.activity.recent(types=("search",)))[0]
    assert event.details["skipped"] == {"spotify": "spotify.unconfigured"}


async def test_spotify_not_logged_in_is_skipped_with_its_code(rig: SearchRig) -> None:
    search_id = await rig.section.start(SearchRequest(text=query_text(daft_punk_track())))
    await rig.finish(search_id)
    spotify = rig.recorder.final(search_id, "spotify")
    assert (spotify.state, spotify.code) == ("skipped", "spotify.unauthenticated")
    assert rig.recorder.final(search_id, "soulseek").state == "done"


async def test_spotify_down_shows_soulseek_results_and_says_why(rig: SearchRig) -> None:
    await rig.login_spotify()
    rig.spotify.inject(r"/v1/search.*", Fault(status=503, body={"error": {"status": 503}}))
    search_id = await rig.section.start(SearchRequest(text=query_text(daft_punk_track())))
    await rig.finish(search_id)

    spotify = rig.recorder.final(search_id, "spotify")
    assert spotify.state == "failed" and spotify.code.startswith(("spotify.", "integration."))
    assert rig.recorder.final(search_id, "soulseek").state == "done"
    assert rig.recorder.rows(search_id, "soulseek")
    event = (await rig.engine.activity.recent(types=("search",)))[0]
    assert event.status == "partial"
    assert event.details["errors"] == {"spotify": spotify.code}
    assert event.details["counts"]["spotify"] == 0


async def test_slskd_down_keeps_spotify_rows(rig: SearchRig) -> None:
    await rig.login_spotify()
    rig.slskd.inject(r"/api/v0/searches.*", Fault(status=500, body="boom"))
    search_id = await rig.section.start(SearchRequest(text=query_text(daft_punk_track())))
    await rig.finish(search_id)
    soulseek = rig.recorder.final(search_id, "soulseek")
    assert soulseek.state == "failed" and soulseek.code
    assert rig.recorder.rows(search_id, "spotify")
    assert (await rig.engine.activity.recent(types=("search",)))[0].status == "partial"


async def test_slow_soulseek_responses_stream_in_before_done(rig: SearchRig) -> None:
    search_id = await rig.section.start(SearchRequest(text=query_text(daft_punk_track()),
                                                      sources=("soulseek",)))
    await rig.finish(search_id)

    events = [e for e in rig.recorder.of(search_id)
              if getattr(e, "source", "soulseek") == "soulseek" or isinstance(e, SearchResults)]
    done_at = next(i for i, e in enumerate(events)
                   if isinstance(e, SearchStatus) and e.state == "done")
    batches = [e for e in events[:done_at] if isinstance(e, SearchResults)]
    assert len(batches) >= 3, "rows arrive in several batches before the source is done"
    running_counts = [e.count for e in events[:done_at]
                      if isinstance(e, SearchStatus) and e.state == "running" and e.count]
    assert len(running_counts) >= 2 and running_counts == sorted(running_counts)
    first_count_at = next(i for i, e in enumerate(events)
                          if isinstance(e, SearchStatus) and e.count > 0)
    first_batch_at = events.index(batches[0])
    assert first_count_at < first_batch_at, "progress is shown while slskd still collects"
    assert not rig.recorder.statuses(search_id, "spotify")


async def test_soulseek_budget_is_respected_across_searches(rig: SearchRig) -> None:
    integrations = rig.engine.services["integrations"]
    assert isinstance(integrations, Integrations)
    integrations.budget = SearchBudget(2, 1.5)  # before the slskd client is first built
    track = daft_punk_track()
    for _ in range(3):
        search_id = await rig.section.start(SearchRequest(text=query_text(track),
                                                          sources=("soulseek",)))
        await rig.finish(search_id)

    starts = rig.slskd.search_starts
    assert len(starts) == 3
    assert starts[2] - starts[0] >= 1.5 - 0.05, "the third search waited for the window"
    assert rig.slskd.max_searches_in_window(1.5 - 0.05) <= 2
    third = rig.recorder.statuses(search_id, "soulseek")
    assert any(s.code == "search.budget_wait" for s in third)
    assert third[-1].state == "done"


async def test_a_new_search_cancels_the_previous_one(rig: SearchRig) -> None:
    rig.slskd.never_complete_searches = True
    first = await rig.section.start(SearchRequest(text="daft punk", sources=("soulseek",)))
    while not rig.slskd.searches:  # the first search is running on slskd
        await asyncio.sleep(0.01)
    rig.slskd.never_complete_searches = False
    track = daft_punk_track()
    second = await rig.section.start(SearchRequest(text=query_text(track),
                                                   sources=("soulseek",)))
    await rig.finish(second)

    assert all(s.state == "running" for s in rig.recorder.statuses(first, "soulseek"))
    assert rig.recorder.final(second, "soulseek").state == "done"
    assert rig.recorder.rows(second, "soulseek")
    assert rig.slskd.concurrent_search_violations == 0
    assert not rig.slskd.searches, "the cancelled search was stopped and deleted on slskd"
    events = await rig.engine.activity.recent(types=("search",))
    assert sorted(e.status for e in events) == ["cancelled", "completed"]
    assert {e.details["search_id"] for e in events} == {first, second}


async def test_an_empty_query_is_refused(rig: SearchRig) -> None:
    from engine.errors import HarmonyError

    try:
        await rig.section.start(SearchRequest(text="  ", artist="", title=""))
    except HarmonyError as exc:
        assert exc.code == "search.empty_query"
    else:
        raise AssertionError("an empty query must be refused")
    assert CATALOGUE.tracks  # the catalogue is shared and untouched
