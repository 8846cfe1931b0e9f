"""Backfill's confidence check: is this Spotify track the recording a FREE row names?

Wrong metadata is worse than none (it would tag and file the download under another song), so
a candidate must agree on the normalised artist and title, and on the duration within ±3 s when
both sides know it; without a duration the bar is higher. An ISRC hit is authoritative.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from rapidfuzz import fuzz

from engine.clients.spotify_models import SpotifyTrack
from engine.matching.normalize import clean_title, normalize, strip_featuring

TITLE_MIN = 90.0
ARTIST_MIN = 85.0
#: Without a duration to compare, only near-identical names are trusted.
TITLE_MIN_NO_DURATION = 97.0
ARTIST_MIN_NO_DURATION = 92.0
DURATION_TOLERANCE_MS = 3000


@dataclass(frozen=True)
class Wanted:
    """What the FREE row says about the recording."""

    artists: tuple[str, ...]
    title: str
    album: str | None = None
    duration_ms: int | None = None
    isrc: str | None = None


@dataclass(frozen=True)
class Verdict:
    track: SpotifyTrack
    confidence: float  # 0..1
    reason: str  # isrc | names_duration | names_only


def title_score(wanted: str, found: str) -> float:
    plain = fuzz.token_sort_ratio(normalize(wanted), normalize(found))
    cleaned = fuzz.token_sort_ratio(normalize(clean_title(wanted)), normalize(clean_title(found)))
    return max(plain, cleaned)


def artist_score(wanted: Sequence[str], found: Sequence[str]) -> float:
    """The primary wanted artist against the best of the found ones (or all names joined)."""
    if not wanted or not found:
        return 0.0
    primary = normalize(strip_featuring(wanted[0]))
    best = max(fuzz.token_sort_ratio(primary, normalize(name)) for name in found)
    joined = fuzz.token_sort_ratio(normalize(" ".join(wanted)), normalize(" ".join(found)))
    return max(best, joined)


def judge(wanted: Wanted, track: SpotifyTrack) -> Verdict | None:
    """A verdict when ``track`` is confidently the wanted recording, else None."""
    if not track.id:
        return None
    titles = title_score(wanted.title, track.name)
    artists = artist_score(wanted.artists, track.artist_names)
    if wanted.isrc and track.isrc and wanted.isrc.upper() == track.isrc.upper():
        # Same ISRC is the same recording; the names only guard against a typo'd code.
        if max(titles, artists) >= 60:
            return Verdict(track, 1.0, "isrc")
        return None
    if wanted.duration_ms and track.duration_ms:
        if abs(wanted.duration_ms - track.duration_ms) > DURATION_TOLERANCE_MS:
            return None
        if titles >= TITLE_MIN and artists >= ARTIST_MIN:
            return Verdict(track, _confidence(titles, artists), "names_duration")
        return None
    if titles >= TITLE_MIN_NO_DURATION and artists >= ARTIST_MIN_NO_DURATION:
        return Verdict(track, _confidence(titles, artists) * 0.9, "names_only")
    return None


def best_match(wanted: Wanted, candidates: Sequence[SpotifyTrack]) -> Verdict | None:
    """The most confident acceptable candidate; on a tie, the one on the wanted album."""
    verdicts = [v for v in (judge(wanted, track) for track in candidates) if v is not None]
    if not verdicts:
        return None
    album = normalize(wanted.album or "")

    def rank(verdict: Verdict) -> tuple[float, bool]:
        on_album = bool(album) and verdict.track.album is not None and \
            normalize(verdict.track.album.name) == album
        return verdict.confidence, on_album

    return max(verdicts, key=rank)


def _confidence(titles: float, artists: float) -> float:
    return round((titles * 0.6 + artists * 0.4) / 100, 3)
