"""Read one human-written track line: "Artist - Title", "Title by Artist", list marks, durations."""

from __future__ import annotations

import re
from dataclasses import dataclass

# Bullets and list numbers people paste: "1. ", "01) ", "#3 ", "- ", "• ", "3.\t", "[12] ".
_LIST_MARKER = re.compile(
    r"^\s*(?:[-*•·‣◦▪►+]\s+|\d{1,4}\s*[.)\]]\s*|\[\d{1,4}\]\s*|#\d{1,4}\s+|\d{1,4}\s+[-–—]\s+)"
)
# Dashes with spaces around them separate artist and title; the spaces keep "Jay-Z" whole.
_SPACED_DASH = re.compile(r"\s+[-–—―‒−－~〜]\s+")
_TIGHT_DASH = re.compile(r"[–—―－]")  # "Artist–Title": en/em/full-width dashes are never in names
_TABS = re.compile(r"\t+")  # two cells pasted from a spreadsheet: "Artist<TAB>Title"
_BY = re.compile(r"\s+by\s+", re.IGNORECASE)
_FEATURING = re.compile(r"\s+(?:feat\.?|ft\.?|featuring)\s+", re.IGNORECASE)
_DURATION = re.compile(
    r"(?:^|\s)[(\[]?((?:\d{1,2}:)?\d{1,2}:\d{2})[)\]]?\s*$|^\s*[(\[]?((?:\d{1,2}:)?\d{1,2}:\d{2})[)\]]?\s"
)
_YEAR = re.compile(r"^\d{4}$")


@dataclass(frozen=True, slots=True)
class TrackText:
    artists: tuple[str, ...]
    title: str
    album: str | None = None
    year: int | None = None
    duration_ms: int | None = None


def strip_list_marker(line: str) -> str:
    return _LIST_MARKER.sub("", line, count=1).strip()


def parse_track_text(text: str) -> TrackText | None:
    """``Artist - Title [| Album [| Year]] [3:45]`` or ``Title by Artist``; None if neither."""
    main, album, year = _split_album_and_year(text)
    without_duration, duration_ms = take_duration(main)
    pair = split_artist_title(without_duration) if duration_ms is not None else None
    if pair is None:  # the "duration" may have been the title, as in "JAY-Z - 4:44"
        pair, duration_ms = split_artist_title(main), None
    if pair is None:
        return None
    artist, title = pair
    return TrackText(split_artists(artist), title, album, year, duration_ms)


def split_artist_title(text: str) -> tuple[str, str] | None:
    text = text.strip(" \r\n")
    for separator in (_TABS, _SPACED_DASH, _TIGHT_DASH):
        parts = separator.split(text, maxsplit=1)
        if len(parts) == 2 and parts[0].strip() and parts[1].strip():
            return _clean(parts[0]), _clean(parts[1])
    by_parts = _BY.split(text)
    if len(by_parts) >= 2:  # the last " by " wins: "Stand by Me by Ben E. King"
        title, artist = " by ".join(by_parts[:-1]), by_parts[-1]
        if title.strip() and artist.strip():
            return _clean(artist), _clean(title)
    return None


def split_artists(artist: str) -> tuple[str, ...]:
    """Split off featured artists; commas and "&" stay (think "Earth, Wind & Fire")."""
    names = [name.strip() for name in _FEATURING.split(artist) if name.strip()]
    return tuple(names) or (artist.strip(),)


def take_duration(text: str) -> tuple[str, int | None]:
    match = _DURATION.search(text)
    if match is None:
        return text, None
    milliseconds = parse_clock(match.group(1) or match.group(2))
    remainder = (text[:match.start()] + " " + text[match.end():]).strip()
    return remainder, milliseconds


def parse_clock(clock: str) -> int | None:
    """``m:ss`` or ``h:mm:ss`` to milliseconds; None for zero or nonsense like 3:75."""
    parts = [int(part) for part in clock.split(":")]
    if any(part >= 60 for part in parts[1:]):
        return None
    seconds = 0
    for part in parts:
        seconds = seconds * 60 + part
    return seconds * 1000 or None


def _split_album_and_year(text: str) -> tuple[str, str | None, int | None]:
    parts = [part.strip() for part in text.split("|")]
    main, extras = parts[0], [part for part in parts[1:] if part]
    year = None
    if extras and _YEAR.match(extras[-1]) and 1000 <= int(extras[-1]) <= 2100:
        year = int(extras.pop())
    album = extras[0] if extras else None
    return main, album, year


def _clean(text: str) -> str:
    return text.strip().strip("\"'“”„«»").strip()
