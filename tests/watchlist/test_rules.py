"""The pure release rules: types (the EP rule), edition keys, content filter, release dates."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from engine.clients.spotify_models import SpotifyAlbum
from engine.services.watchlist_releases import (
    DEFAULT_SKIP_WORDS,
    classify,
    edition_key,
    judge,
    needs_duration,
    one_per_edition,
    release_day,
    skipped_by,
    validate_release_types,
)


def _album(name: str = "X", album_type: str = "album", group: str | None = None,
           tracks: int = 10, day: str = "2026-11-20", album_id: str = "a") -> SpotifyAlbum:
    return SpotifyAlbum(album_id, name, album_type=album_type, album_group=group,
                        total_tracks=tracks, release_date=day)


@pytest.mark.parametrize(("album", "duration", "kind"), [
    (_album(), None, "album"),
    (_album(album_type="single", tracks=1), None, "single"),
    (_album(album_type="single", tracks=3), None, "single"),
    (_album(album_type="single", tracks=4), None, "ep"),
    (_album(album_type="single", tracks=2), 26 * 60_000, "ep"),
    (_album(album_type="compilation"), None, "compilation"),
    (_album(album_type="album", group="appears_on"), None, "appears_on"),
    (_album(album_type="compilation", group="appears_on"), None, "appears_on"),
])
def test_release_types(album: SpotifyAlbum, duration: int | None, kind: str) -> None:
    assert classify(album, duration) == kind


def test_duration_only_matters_when_single_and_ep_are_treated_differently() -> None:
    short = _album(album_type="single", tracks=2)
    assert needs_duration(short, ("ep",)) and needs_duration(short, ("album", "single"))
    assert not needs_duration(short, ("single", "ep"))
    assert not needs_duration(_album(album_type="single", tracks=5), ("ep",))


@pytest.mark.parametrize(("a", "b"), [
    ("Album", "Album (Deluxe Edition)"), ("Album", "Album - Remastered 2011"),
    ("Album", "Album [20th Anniversary Super Deluxe]"), ("Album", "Album (Bonus Track Version)"),
    ("Ålbum", "album (Expanded Edition)"),
])
def test_editions_share_a_key(a: str, b: str) -> None:
    assert edition_key(a, "album") == edition_key(b, "album")


@pytest.mark.parametrize(("a", "b"), [
    ("Album", "Album (Taylor's Version)"), ("Album", "Album (Live)"), ("Album", "Album II"),
])
def test_different_releases_keep_their_own_key(a: str, b: str) -> None:
    assert edition_key(a, "album") != edition_key(b, "album")
    assert edition_key(a, "album") != edition_key(a, "single")


def test_one_album_per_edition_prefers_the_plain_one() -> None:
    chosen = one_per_edition([_album("Album (Deluxe)", album_id="d", tracks=14),
                              _album("Album", album_id="p"), _album("Other", album_id="o")])
    assert {key: a.id for key, a in chosen.items()} == {"album|album": "p", "other|album": "o"}


@pytest.mark.parametrize(("name", "skipped"), [
    ("Live at Wembley", "live"), ("Album (Live)", "live"), ("Song - Live", "live"),
    ("En Vivo en Madrid", "live"), ("The Remixes", "remix"), ("Song (Club Remix)", "remix"),
    ("Songs (Instrumental)", "instrumental"), ("Instrumentals", "instrumental"),
    ("Live Forever", None), ("Nine Lives", None), ("Song (Original Mix)", None),
    ("Song (Radio Edit)", None), ("Alive", None), ("Remixed Feelings", "remix"),
])
def test_content_filter(name: str, skipped: str | None) -> None:
    assert skipped_by(name, DEFAULT_SKIP_WORDS) == skipped


def test_skip_words_are_the_artists_choice() -> None:
    assert skipped_by("Album (Live)", ["remix"]) is None
    assert skipped_by("Christmas Songs", ["christmas"]) == "christmas"  # any word
    assert skipped_by("Acoustic Sessions", ["acoustic"]) == "acoustic"


def test_release_dates_and_the_grace_day() -> None:
    assert release_day("2026") == date(2026, 12, 31)
    assert release_day("2024-02") == date(2024, 2, 29)
    assert release_day("garbage") is None and release_day(None) is None
    since = datetime(2026, 11, 20, 12, tzinfo=UTC)
    types, words = ("album",), DEFAULT_SKIP_WORDS
    assert judge(_album(day="2026-11-19"), since=since, release_types=types,
                 skip_words=words).is_new  # one day of grace for time zones
    assert judge(_album(day="2026-11-18"), since=since, release_types=types,
                 skip_words=words).skip_reason == "before_check"
    assert judge(_album(day=""), since=since, release_types=types,
                 skip_words=words).skip_reason == "undated"
    assert judge(_album(), since=None, release_types=types,
                 skip_words=words).skip_reason == "first_check"


def test_release_type_validation() -> None:
    assert validate_release_types(["Album", " ep ", "album"]) == ("album", "ep")
    with pytest.raises(ValueError, match="live"):
        validate_release_types(["album", "live"])
