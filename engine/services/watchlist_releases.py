"""Pure rules for watched artists' releases: type, edition key, content filter, "is it new?".

Release types (Spotify's ``album_group`` first, then ``album_type``):

* ``appears_on`` — the artist only appears on someone else's release (group wins over type);
* ``compilation`` — type or group ``compilation``;
* ``ep`` — Spotify files EPs as ``single``: a single with at least 4 tracks, or longer than
  25 minutes in total (the duration is only known once its tracks are fetched);
* ``single`` — any other single; ``album`` — everything else.

Editions collapse: "Album (Deluxe Edition)", "Album - Remastered 2011" and "Album" share one
``edition_key`` (normalised base name + coarse type) when every word of the decoration is an
edition word; "Album (Taylor's Version)" stays a release of its own.

Content filter: a release is skipped when one of the artist's ``skip_words`` names a version
family the release's name signals ("(Live)", "Live at …", "Remixes", "(Instrumental)") or, for
any other word, when the word occurs in the name. "Live Forever" is not a live release.

New: a release not recorded before whose release date (completed to the end of its year or
month when less precise) is on or after the previous check's day, minus one day of grace for
time zones. Releases without a date are never new.
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from engine.clients.spotify_models import SpotifyAlbum
from engine.matching.normalize import normalize, tokens
from engine.matching.versions import detect, split_title

RELEASE_TYPES = ("album", "single", "ep", "compilation", "appears_on")
DEFAULT_SKIP_WORDS = ("live", "remix", "instrumental")
EP_MIN_TRACKS = 4
EP_MIN_DURATION_MS = 25 * 60 * 1000
GRACE = timedelta(days=1)

_EDITION_WORDS = frozenset(
    "deluxe edition editions expanded remaster remastered remasters remastering anniversary "
    "bonus track tracks version special super collectors collector platinum tour explicit "
    "clean reissue reissued complete legacy limited international digital digitally japan "
    "japanese mono stereo enhanced the and edit".split())
_ORDINAL = re.compile(r"^\d+(st|nd|rd|th)?$")
_VERSION_FAMILIES = frozenset(
    {"live", "remix", "instrumental", "karaoke", "acoustic", "unplugged", "a cappella", "demo",
     "cover", "nightcore", "sped up", "slowed", "8d", "extended", "radio edit", "clean"})
# Families an undecorated name signals reliably by a single word ("Acoustic Sessions").
_BASE_FAMILIES = frozenset({"instrumental", "karaoke", "acoustic", "unplugged", "a cappella",
                            "nightcore", "sped up"})
_LIVE_FOLLOWERS = frozenset({"at", "in", "from", "on", "aus", "im", "au", "a"})


@dataclass(frozen=True)
class ReleaseVerdict:
    kind: str  # one of RELEASE_TYPES
    is_new: bool
    skip_reason: str | None  # first_check | undated | before_check | type:<kind> | content:<w>


def coarse_group(album: SpotifyAlbum) -> str:
    """album | single | compilation | appears_on — the part of the type editions share."""
    group = (album.album_group or "").lower()
    album_type = (album.album_type or "album").lower()
    if group == "appears_on":
        return "appears_on"
    if "compilation" in (group, album_type):
        return "compilation"
    if album_type == "single" or group == "single":
        return "single"
    return "album"


def classify(album: SpotifyAlbum, duration_ms: int | None = None) -> str:
    """The release type (see the module docstring for the EP rule)."""
    group = coarse_group(album)
    if group != "single":
        return group
    long_enough = duration_ms is not None and duration_ms > EP_MIN_DURATION_MS
    return "ep" if (album.total_tracks or 0) >= EP_MIN_TRACKS or long_enough else "single"


def needs_duration(album: SpotifyAlbum, release_types: Sequence[str]) -> bool:
    """Whether only the total duration can tell if this single passes the type filter."""
    short_single = coarse_group(album) == "single" and (album.total_tracks or 0) < EP_MIN_TRACKS
    return short_single and (("single" in release_types) != ("ep" in release_types))


def edition_key(name: str, group: str) -> str:
    base, decorations = split_title(name)
    words = tokens(decorations)
    if words and all(w in _EDITION_WORDS or _ORDINAL.match(w) for w in words):
        name = base
    return f"{normalize(name) or name.casefold().strip()}|{group}"


def has_edition_decoration(name: str, group: str) -> bool:
    return edition_key(name, group) != f"{normalize(name) or name.casefold().strip()}|{group}"


def content_flags(name: str) -> frozenset[str]:
    """Version families a release name signals (decorations fully, the bare name cautiously)."""
    base, decorations = split_title(name)
    found = set(detect(tokens(decorations)))
    words = tokens(base)
    found |= detect(words) & _BASE_FAMILIES
    for index, word in enumerate(words):
        following = words[index + 1] if index + 1 < len(words) else ""
        if word == "live" and following in _LIVE_FOLLOWERS:
            found.add("live")
        elif word in {"remix", "remixes", "remixed"}:
            found.add("remix")
        elif (word, following) in {("en", "vivo"), ("ao", "vivo"), ("in", "concert")}:
            found.add("live")
    return frozenset(found)


def skipped_by(name: str, skip_words: Iterable[str]) -> str | None:
    """The first skip word that rules this release (or track) out, else None."""
    flags = content_flags(name)
    padded = f" {normalize(name)} "
    for word in skip_words:
        key = normalize(word)
        if not key:
            continue
        if key in flags or (key not in _VERSION_FAMILIES and f" {key} " in padded):
            return word
    return None


def release_day(release_date: str | None) -> date | None:
    """The last day a (possibly year- or month-precise) Spotify release date can mean."""
    if not release_date:
        return None
    parts = release_date.split("-")
    try:
        year = int(parts[0])
        month = int(parts[1]) if len(parts) > 1 else 12
        day = int(parts[2]) if len(parts) > 2 else calendar.monthrange(year, month)[1]
        return date(year, month, day)
    except (ValueError, IndexError):
        return None


def released_since(release_date: str | None, since: datetime) -> bool:
    day = release_day(release_date)
    return day is not None and day >= (since - GRACE).date()


def judge(album: SpotifyAlbum, *, since: datetime | None, release_types: Sequence[str],
          skip_words: Sequence[str], duration_ms: int | None = None) -> ReleaseVerdict:
    """Is this unrecorded release new for the artist? ``since`` None means the first check."""
    kind = classify(album, duration_ms)
    if since is None:
        return ReleaseVerdict(kind, False, "first_check")
    if release_day(album.release_date) is None:
        return ReleaseVerdict(kind, False, "undated")
    if not released_since(album.release_date, since):
        return ReleaseVerdict(kind, False, "before_check")
    return _filtered(kind, album.name, release_types, skip_words)


def wanted_by_filters(kind: str, name: str, release_types: Sequence[str],
                      skip_words: Sequence[str]) -> bool:
    return _filtered(kind, name, release_types, skip_words).is_new


def _filtered(kind: str, name: str, release_types: Sequence[str],
              skip_words: Sequence[str]) -> ReleaseVerdict:
    if kind not in release_types:
        return ReleaseVerdict(kind, False, f"type:{kind}")
    word = skipped_by(name, skip_words)
    if word is not None:
        return ReleaseVerdict(kind, False, f"content:{word}"[:64])
    return ReleaseVerdict(kind, True, None)


def one_per_edition(albums: Iterable[SpotifyAlbum]) -> dict[str, SpotifyAlbum]:
    """Editions of one release collapse to one album: the plain edition, else the earliest,
    else the one with most tracks (so a deluxe reissue never hides the original)."""
    chosen: dict[str, SpotifyAlbum] = {}
    for album in albums:
        if not album.id:
            continue
        group = coarse_group(album)
        key = edition_key(album.name, group)
        current = chosen.get(key)
        if current is None or _preference(album, group) < _preference(current, group):
            chosen[key] = album
    return chosen


def _preference(album: SpotifyAlbum, group: str) -> tuple[bool, str, int, str]:
    day = release_day(album.release_date)
    return (has_edition_decoration(album.name, group), day.isoformat() if day else "9999",
            -(album.total_tracks or 0), album.id or "")


def validate_release_types(values: Iterable[str]) -> tuple[str, ...]:
    chosen = tuple(dict.fromkeys(str(v).strip().lower() for v in values if str(v).strip()))
    unknown = [v for v in chosen if v not in RELEASE_TYPES]
    if unknown:
        raise ValueError(", ".join(unknown))
    return chosen
