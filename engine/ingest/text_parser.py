"""Plain-text lists: one "Artist - Title" (or "Title by Artist", or a Spotify link) per line."""

from __future__ import annotations

import re

from engine.ingest import reasons
from engine.ingest.batch import ParseBatch
from engine.ingest.models import ImportedTrack
from engine.ingest.spotify_links import scan_links
from engine.ingest.track_text import parse_track_text, strip_list_marker

# "#" starts a comment unless it numbers a list entry ("#3 Artist - Title"); "//" and ";" too.
_COMMENT = re.compile(r"^(?:#(?!\d{1,4}\s)|//|;)")
_WORD = re.compile(r"\w")


def is_comment(line: str) -> bool:
    return bool(_COMMENT.match(line))


def parse_text_list(text: str, file: str, source: str = "text") -> ParseBatch:
    batch = ParseBatch(file)
    for number, raw in enumerate(text.splitlines(), start=1):
        line = raw.strip().lstrip("\ufeff")
        if line and not is_comment(line):
            parse_text_line(batch, line, number, source)
    return batch


def parse_text_line(batch: ParseBatch, line: str, number: int | None, source: str) -> None:
    """Add what one line holds to ``batch``: links, a track, or a rejection."""
    scan = scan_links(line)
    remainder = strip_list_marker(scan.remainder).strip(" \t,;:|")
    track_links = [m for m in scan.links if m.kind == "track"]
    parsed = parse_track_text(remainder) if _WORD.search(remainder) else None
    if parsed is not None:
        # "Artist - Title <track link>": the link names this very track, so it becomes its ID.
        spotify_id = track_links[0].spotify_id if len(track_links) == 1 else None
        batch.add_track(ImportedTrack(
            artists=parsed.artists, title=parsed.title, album=parsed.album,
            duration_ms=parsed.duration_ms, year=parsed.year, spotify_id=spotify_id,
            source=source, file=batch.file, line=number))
        for match in scan.links:
            if spotify_id is None or match.kind != "track":
                batch.add_link(match, number)
    else:
        for match in scan.links:
            batch.add_link(match, number)
        if not scan.links and not scan.problems:
            batch.reject(number, line, reasons.UNPARSEABLE_LINE)
    for code, params in scan.problems:
        batch.reject(number, line, code, **params)
