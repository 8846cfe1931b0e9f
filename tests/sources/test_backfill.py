"""Backfill against the Spotify emulator: a labelled set of FREE rows (the right Spotify ID for
the good ones, nothing for the traps), link expansion, rate limits and resuming."""

from __future__ import annotations

import unicodedata
from collections import Counter
from dataclasses import dataclass

import pytest

from engine.api import HarmonyService
from engine.bootstrap import Engine
from engine.db.repositories.wanted import NewWantedItem, WantedItems
from engine.jobs.handlers import RetryLater
from engine.services.backfill import BackfillCounts
from tests.emulators.catalogue import Catalogue, CatTrack
from tests.emulators.spotify import SpotifyEmulator
from tests.sources.conftest import job


@dataclass(frozen=True)
class Case:
    row: NewWantedItem
    expected: str | None  # the Spotify track ID backfill must attach, or None (reject)
    why: str


def _unique_tracks(catalogue: Catalogue) -> list[CatTrack]:
    """Tracks whose (artist, title) names one recording only, so the label is unambiguous."""
    names = Counter((t.artist_ids[0], t.title.casefold()) for t in catalogue.tracks.values())
    titles = Counter(t.title.casefold() for t in catalogue.tracks.values())
    return [t for t in catalogue.tracks.values()
            if names[(t.artist_ids[0], t.title.casefold())] == 1 and titles[t.title.casefold()] < 4]


def _ascii(text: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


def labelled_cases(catalogue: Catalogue) -> list[Case]:
    tracks = _unique_tracks(catalogue)
    artist = catalogue.artist_names
    cases: list[Case] = []
    for index, track in enumerate(tracks[:24]):
        name = artist(track)[0]
        variant = index % 4
        if variant == 0:
            row = NewWantedItem(track.title, (name,), "import", duration_ms=track.duration_ms)
        elif variant == 1:  # typed without accents, lower case, 2 s off
            row = NewWantedItem(track.title.lower(), (_ascii(name).lower(),), "import",
                                duration_ms=track.duration_ms + 2000)
        elif variant == 2:  # an ISRC from a CSV
            row = NewWantedItem(track.title, (name,), "import", isrc=track.isrc)
        else:  # no duration at all (a plain text list)
            row = NewWantedItem(track.title, (name,), "import")
        cases.append(Case(row, track.id, f"good:{variant}"))
    for index, track in enumerate(tracks[24:40]):
        name = artist(track)[0]
        trap = index % 4
        if trap == 0:  # a different length: another version or a wrong row
            row = NewWantedItem(track.title, (name,), "import",
                                duration_ms=track.duration_ms + 25_000)
        elif trap == 1:  # a live version Spotify does not have
            row = NewWantedItem(f"{track.title} (Live)", (name,), "import",
                                duration_ms=track.duration_ms)
        elif trap == 2:  # the title exists, but by another artist
            row = NewWantedItem(track.title, ("Completely Other Band",), "import",
                                duration_ms=track.duration_ms)
        else:  # nothing like it exists
            row = NewWantedItem(f"Zzyzx Unreleased {index}", (name,), "import",
                                duration_ms=200_000)
        cases.append(Case(row, None, f"trap:{trap}"))
    first_words = [t for t in tracks[40:] if " " in t.title][:4]
    for track in first_words:  # only the title's first word: a prefix must not pass
        cases.append(Case(NewWantedItem(track.title.split()[0] + " Xq", (artist(track)[0],),
                                        "import", duration_ms=track.duration_ms), None,
                          "trap:prefix"))
    return cases


def wanted_repo(engine: Engine) -> WantedItems:
    assert engine.database and engine.activity
    return WantedItems(engine.database, engine.activity, engine.bus)


async def test_backfill_accuracy_on_labelled_rows(connected: Engine,
                                                  spotify_emu: SpotifyEmulator) -> None:
    cases = labelled_cases(spotify_emu.catalogue)
    wanted = wanted_repo(connected)
    ids = (await wanted.upsert_many([c.row for c in cases])).ids
    await connected.services["backfill"].handle(job("backfill"))  # type: ignore[attr-defined]
    wrong = []
    for case, item_id in zip(cases, ids, strict=True):
        item = await wanted.get(item_id)
        assert item is not None and item.backfilled
        if item.spotify_track_id != case.expected:
            wrong.append((case.why, case.row.title, item.spotify_track_id, case.expected))
    assert wrong == []
    good = next(c for c, i in zip(cases, ids, strict=True) if c.why == "good:1")
    item = await wanted.get(ids[cases.index(good)])
    track = spotify_emu.catalogue.tracks[good.expected or ""]
    album = spotify_emu.catalogue.album_of(track)
    assert item is not None
    assert (item.isrc, item.album, item.track_number, item.release_date) == \
        (track.isrc, album.name, track.track_number, album.release_date)
    assert item.duration_ms == track.duration_ms + 2000  # the user's own value is kept
    assert item.cover_url and item.cover_url.endswith("-640.jpg")
    progress = await HarmonyService(connected).activity(types=("import",))
    final = next(e for e in progress if e.details.get("action") == "backfill")
    assert final.status == "completed"
    assert final.details["matched"] == 24 and final.details["processed"] == len(cases)


async def test_rate_limit_reschedules_and_resumes(connected: Engine,
                                                  spotify_emu: SpotifyEmulator) -> None:
    cases = [c for c in labelled_cases(spotify_emu.catalogue) if c.expected][:8]
    wanted = wanted_repo(connected)
    ids = (await wanted.upsert_many([c.row for c in cases])).ids
    backfill = connected.services["backfill"]
    await backfill.run(BackfillCounts(), 3)  # type: ignore[attr-defined]
    spotify_emu.inject("/v1/search/?", SpotifyEmulator.fault(429, retry_after=120))
    with pytest.raises(RetryLater) as later:
        await backfill.handle(job("backfill"))  # type: ignore[attr-defined]
    assert later.value.delay_s == 120
    states = [(await wanted.get(i)).backfilled for i in ids]  # type: ignore[union-attr]
    assert states == [True] * 3 + [False] * 5
    spotify_emu.clear_faults()
    await backfill.handle(job("backfill"))  # type: ignore[attr-defined]
    found = [(await wanted.get(i)).spotify_track_id for i in ids]  # type: ignore[union-attr]
    assert found == [c.expected for c in cases]


async def test_links_expand_into_wanted_items(connected: Engine,
                                              spotify_emu: SpotifyEmulator) -> None:
    catalogue = spotify_emu.catalogue
    mix = next(iter(catalogue.playlists.values()))
    album = next(iter(catalogue.albums.values()))
    track = catalogue.tracks[catalogue.liked_track_ids[0]]
    text = "\n".join([f"https://open.spotify.com/playlist/{mix.id}?si=abc",
                      f"spotify:album:{album.id}", f"https://open.spotify.com/track/{track.id}",
                      "https://open.spotify.com/playlist/0000000000000000000000"])
    service = HarmonyService(connected)
    preview = await service.imports.preview_text(text)
    summary = await service.imports.confirm(preview.preview_id)
    assert summary.links == 4 and summary.created == 0
    await connected.services["backfill"].handle(job("backfill"))  # type: ignore[attr-defined]
    expected = set(mix.track_ids) | set(album.track_ids) | {track.id}
    items = await wanted_repo(connected).list(limit=500)
    assert {i.spotify_track_id for i in items} == expected
    assert all(i.sources == ("import",) for i in items)
    states = await connected.services["backfill"]._ingest.job_state(summary.job_id)  # type: ignore[attr-defined]
    assert states == {"link:expanded": 3, "link:failed": 1}
    playlists = await service.spotify.playlists()
    imported = next(p for p in playlists if p.spotify_id == mix.id)
    assert (imported.source, imported.name, imported.track_count) == ("import", mix.name, 50)


async def test_not_connected_leaves_items_alone(engine: Engine,
                                                spotify_emu: SpotifyEmulator) -> None:
    case = labelled_cases(spotify_emu.catalogue)[0]
    wanted = wanted_repo(engine)
    (item_id,) = (await wanted.upsert_many([case.row])).ids
    await engine.services["backfill"].handle(job("backfill"))  # type: ignore[attr-defined]
    item = await wanted.get(item_id)
    assert item is not None and not item.backfilled and item.spotify_track_id is None
    assert item.state == "new"
