"""Find Spotify track/album/playlist links (URLs, URIs, embeds, intl paths) in free text."""

from __future__ import annotations

import re
from dataclasses import dataclass

from engine.ingest import reasons

SPOTIFY_ID = re.compile(r"^[A-Za-z0-9]{22}$")
_ID = r"([A-Za-z0-9]{22})(?![A-Za-z0-9])"
_KINDS = r"(track|album|playlist|artist|episode|show)"
# open.spotify.com/intl-de/track/<id>?si=…, /embed/playlist/<id>, /user/<u>/playlist/<id>,
# play.spotify.com and embed.spotify.com are older hosts of the same paths.
_URL = re.compile(
    r"(?:https?://)?(?:open|play|embed)\.spotify\.com/"
    r"(?:intl-[A-Za-z]{2}(?:[-_][A-Za-z]{2,4})?/)?(?:embed/)?(?:user/[^/\s?#]+/)?"
    + _KINDS + r"/" + _ID + r"(?:[?#][^\s\"'<>]*)?",
    re.IGNORECASE,
)
# The old embed widget carried the URI in its query string, sometimes percent-encoded.
_LEGACY_EMBED = re.compile(
    r"(?:https?://)?embed\.spotify\.com/\?uri=spotify(?::|%3A)" + _KINDS + r"(?::|%3A)" + _ID
    + r"[^\s\"'<>]*",
    re.IGNORECASE,
)
_URI = re.compile(r"spotify:(?:user:[^:\s]+:)?" + _KINDS + r":" + _ID, re.IGNORECASE)
_SHORT_LINK = re.compile(r"(?:https?://)?spotify\.link/[^\s\"'<>]+", re.IGNORECASE)
_ANY_URL = re.compile(r"(?:https?|file|ftp)://[^\s\"'<>]+|www\.[^\s\"'<>]+", re.IGNORECASE)
_IMPORTABLE_KINDS = frozenset({"track", "album", "playlist"})


@dataclass(frozen=True, slots=True)
class LinkMatch:
    kind: str  # lower case; may be a kind we do not import (artist, episode, show)
    spotify_id: str
    start: int
    end: int

    @property
    def importable(self) -> bool:
        return self.kind in _IMPORTABLE_KINDS


@dataclass(frozen=True, slots=True)
class LinkScan:
    """All Spotify links of a text, the text without them, and problems with other addresses."""

    links: tuple[LinkMatch, ...]
    remainder: str
    problems: tuple[tuple[str, dict[str, str]], ...]  # (reason code, params)


def scan_links(text: str) -> LinkScan:
    matches = sorted(_find_links(text), key=lambda m: m.start)
    remainder = _cut(text, [(m.start, m.end) for m in matches])
    problems: list[tuple[str, dict[str, str]]] = []
    for match in matches:
        if not match.importable:
            problems.append((reasons.UNSUPPORTED_LINK, {"kind": match.kind.capitalize()}))
    for short in _SHORT_LINK.finditer(remainder):
        problems.append((reasons.SHORT_LINK, {"url": short.group(0)}))
    remainder = _SHORT_LINK.sub(" ", remainder)
    for other in _ANY_URL.finditer(remainder):
        problems.append((reasons.UNSUPPORTED_URL, {"url": other.group(0)}))
    remainder = _ANY_URL.sub(" ", remainder)
    return LinkScan(tuple(matches), remainder, tuple(problems))


def first_link(text: str) -> LinkMatch | None:
    matches = sorted(_find_links(text), key=lambda m: m.start)
    return matches[0] if matches else None


def _find_links(text: str) -> list[LinkMatch]:
    found: list[LinkMatch] = []
    for pattern in (_LEGACY_EMBED, _URL, _URI):
        for m in pattern.finditer(text):
            if not any(f.start <= m.start() < f.end for f in found):
                found.append(LinkMatch(m.group(1).lower(), m.group(2), m.start(), m.end()))
    return found


def _cut(text: str, spans: list[tuple[int, int]]) -> str:
    pieces, position = [], 0
    for start, end in spans:
        pieces.append(text[position:start])
        position = max(position, end)
    pieces.append(text[position:])
    return " ".join(pieces)
