"""Duplicates inside one import: Spotify ID, then ISRC, then artist + title + duration ±3 s."""

from __future__ import annotations

from engine.ingest.dedupe import dedupe_tracks, normalise_name
from engine.ingest.models import ImportedTrack


def track(title: str = "Halo", artists: tuple[str, ...] = ("Beyoncé",), line: int = 1,
          **fields) -> ImportedTrack:
    return ImportedTrack(artists=artists, title=title, file="f", line=line, **fields)


def matched(tracks: list[ImportedTrack]) -> list[tuple[int | None, str, int | None]]:
    return [(d.line, d.matched_by, d.kept_line) for d in dedupe_tracks(tracks)[1]]


def test_same_spotify_id_wins_over_different_names() -> None:
    assert matched([track(spotify_id="A" * 22), track("Other", line=2, spotify_id="A" * 22)]) == [
        (2, "spotify_id", 1)]


def test_same_isrc_on_two_releases_is_one_recording() -> None:
    tracks = [track(spotify_id="A" * 22, isrc="USSM10000001"),
              track("Halo - Radio Edit", line=2, spotify_id="B" * 22, isrc="USSM10000001")]

    assert matched(tracks) == [(2, "isrc", 1)]


def test_names_match_accent_case_and_punctuation_blind_within_three_seconds() -> None:
    tracks = [track(duration_ms=261_000), track("HALO!", ("beyonce",), line=2, duration_ms=263_900),
              track("Halo", line=3, duration_ms=265_000)]

    assert matched(tracks) == [(2, "artist_title_duration", 1)]
    assert normalise_name("Beyoncé – Halo!") == "beyonce halo"


def test_missing_duration_matches_any_duration() -> None:
    assert matched([track(duration_ms=261_000), track(line=2)]) == [(2, "artist_title_duration", 1)]


def test_different_isrcs_are_different_recordings_despite_the_name() -> None:
    tracks = [track(isrc="USSM10000001"), track(line=2, isrc="USSM10000002")]

    assert matched(tracks) == []


def test_two_spotify_ids_without_isrc_stay_two() -> None:
    assert matched([track(spotify_id="A" * 22), track(line=2, spotify_id="B" * 22)]) == []


def test_artist_order_does_not_matter_and_first_row_is_kept() -> None:
    tracks = [track("Get Lucky", ("Daft Punk", "Pharrell Williams")),
              track("Get Lucky", ("Pharrell Williams", "Daft Punk"), line=2)]

    kept, duplicates = dedupe_tracks(tracks)

    assert [t.line for t in kept] == [1]
    assert duplicates[0].text == "Pharrell Williams, Daft Punk - Get Lucky"


def test_across_files_the_first_file_wins(data_dir) -> None:
    from engine.ingest import parse_paths

    preview = parse_paths([data_dir / "text_ja.txt", data_dir / "exportify_current.csv"])

    utada = [t for t in preview.accepted if t.title == "First Love"]
    assert [(t.source, t.spotify_id) for t in utada] == [("text", None)]
    assert ("artist_title_duration", str(data_dir / "text_ja.txt")) in [
        (d.matched_by, d.kept_file) for d in preview.duplicates]
