"""Acting on search rows: the matching engine's verdict per file against a Spotify track, and
Spotify tracks or whole albums becoming wanted items."""

from __future__ import annotations

import pytest

from engine.db.repositories.wanted import WantedItems
from engine.errors import HarmonyError
from engine.facade.contracts import SearchRequest
from tests.search.conftest import CATALOGUE, SearchRig, daft_punk_track, query_text


async def test_score_against_gives_confidence_and_reasons_per_file(rig: SearchRig) -> None:
    await rig.login_spotify()
    track = daft_punk_track()
    search_id = await rig.section.start(SearchRequest(text=query_text(track)))
    await rig.finish(search_id)
    files = rig.recorder.rows(search_id, "soulseek")

    verdicts = await rig.section.score_against(search_id, track.id)

    assert len(verdicts) == len(files)
    assert {(r.file.username, r.file.filename) for r in verdicts} == \
        {(r.file.username, r.file.filename) for r in files}
    assert all(r.confidence is not None and 0.0 <= r.confidence <= 1.0 for r in verdicts)
    assert all(r.reasons for r in verdicts), "every file says why"
    best = verdicts[0]
    assert best.confidence >= 0.65 and track.title.lower() in best.file.filename.lower()
    previews = [r for r in verdicts if "preview" in r.file.filename.lower()]
    assert previews and all(r.confidence < 0.65 for r in previews)
    assert any("preview" in " ".join(r.reasons) for r in previews)
    # the search-time score (relevance) is kept next to the verdict
    by_key = {(r.file.username, r.file.filename): r.score for r in files}
    assert all(r.score == by_key[(r.file.username, r.file.filename)] for r in verdicts)


async def test_score_against_a_track_outside_the_results_asks_spotify(rig: SearchRig) -> None:
    await rig.login_spotify()
    track = daft_punk_track()
    search_id = await rig.section.start(SearchRequest(text=query_text(track),
                                                      sources=("soulseek",)))
    await rig.finish(search_id)
    verdicts = await rig.section.score_against(search_id, track.id)
    assert verdicts and verdicts[0].confidence >= 0.65


async def test_score_against_an_unknown_search_is_refused(rig: SearchRig) -> None:
    with pytest.raises(HarmonyError) as caught:
        await rig.section.score_against("no-such-search", daft_punk_track().id)
    assert caught.value.code == "search.unknown"


async def test_a_spotify_track_becomes_one_wanted_item(rig: SearchRig) -> None:
    await rig.login_spotify()
    track = daft_punk_track()
    search_id = await rig.section.start(SearchRequest(text=query_text(track),
                                                      sources=("spotify",)))
    await rig.finish(search_id)
    row = next(r for r in rig.recorder.rows(search_id) if r.spotify_id == track.id)

    assert await rig.section.add_to_wanted(row) == 1
    assert await rig.section.add_to_wanted(row) == 1  # merged, not duplicated

    wanted = await _wanted(rig).list()
    assert len(wanted) == 1
    item = wanted[0]
    assert (item.title, item.spotify_track_id, item.isrc) == (track.title, track.id, track.isrc)
    assert item.sources == ("search",) and item.state == "new"
    assert item.artists == tuple(CATALOGUE.artist_names(track))
    event = (await rig.engine.activity.recent(types=("search",)))[0]
    assert (event.details["action"], event.details["added"]) == ("add_to_wanted", 1)


async def test_a_spotify_album_becomes_every_track_with_details(rig: SearchRig) -> None:
    await rig.login_spotify()
    album = CATALOGUE.album_of(daft_punk_track())
    search_id = await rig.section.start(SearchRequest(album=album.name, artist="Daft Punk",
                                                      sources=("spotify",)))
    await rig.finish(search_id)
    row = next(r for r in rig.recorder.rows(search_id) if r.kind == "album"
               and r.spotify_id == album.id)

    assert await rig.section.add_to_wanted(row) == len(album.track_ids)

    wanted = {w.spotify_track_id: w for w in await _wanted(rig).list()}
    assert set(wanted) == set(album.track_ids)
    for track_id in album.track_ids:
        item, track = wanted[track_id], CATALOGUE.tracks[track_id]
        assert item.isrc == track.isrc, "the per-track lookup adds the ISRC"
        assert (item.album, item.track_number, item.spotify_album_id) == \
            (album.name, track.track_number, album.id)
        assert item.track_total == len(album.track_ids)


async def test_only_spotify_tracks_and_albums_can_become_wanted(rig: SearchRig) -> None:
    search_id = await rig.section.start(SearchRequest(text=query_text(daft_punk_track()),
                                                      sources=("soulseek",)))
    await rig.finish(search_id)
    file_row = rig.recorder.rows(search_id, "soulseek")[0]
    with pytest.raises(HarmonyError) as caught:
        await rig.section.add_to_wanted(file_row)
    assert caught.value.code == "search.not_addable"


def _wanted(rig: SearchRig) -> WantedItems:
    engine = rig.engine
    assert engine.database is not None and engine.activity is not None
    return WantedItems(engine.database, engine.activity, engine.bus)
