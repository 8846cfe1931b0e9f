"""M3U/M3U8 playlists from players: #EXTINF display names, file paths, URLs, Spotify links."""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import PurePosixPath, PureWindowsPath
from urllib.parse import unquote, urlparse

from engine.ingest import reasons
from engine.ingest.batch import ParseBatch
from engine.ingest.models import ImportedTrack
from engine.ingest.spotify_links import scan_links
from engine.ingest.track_text import split_artist_title, split_artists

_EXTINF = re.compile(r"^#EXTINF:\s*(-?\d+(?:\.\d+)?)?[^,]*,(.*)$", re.IGNORECASE)
# "01 - ", "01. ", "1-03 ", "07_" in front of a file name; zero padding or punctuation is required
# so that "50 Cent - In da Club.mp3" keeps its artist.
_FILE_NUMBER = re.compile(r"^(?:\d{1,2}[-.])?(0\d{1,2}|\d{1,3}(?=\s*[-._)]))\s*[-._)]?\s*")
_LOOSE_NUMBER = re.compile(r"^(\d{1,3})\s+")
_WEB_URL = re.compile(r"^[a-z][a-z0-9+.-]*://", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class ExtInf:
    duration_ms: int | None
    display: str


@dataclass(frozen=True, slots=True)
class FileName:
    artists: tuple[str, ...]
    title: str
    album: str | None
    track_number: int | None


def parse_m3u(text: str, file: str) -> ParseBatch:
    batch = ParseBatch(file)
    extinf: ExtInf | None = None
    album: str | None = None
    for number, raw in enumerate(text.splitlines(), start=1):
        line = raw.strip().lstrip("\ufeff")
        if not line:
            continue
        if line.startswith("#"):
            if line.upper().startswith("#EXTINF:"):
                extinf = parse_extinf(line)
            elif line.upper().startswith("#EXTALB:"):
                album = line[len("#EXTALB:"):].strip() or None
            continue
        _add_entry(batch, line, number, extinf, album)
        extinf = album = None  # both describe only the entry that follows them
    return batch


def parse_extinf(line: str) -> ExtInf | None:
    match = _EXTINF.match(line)
    if match is None:
        return None
    seconds = float(match.group(1)) if match.group(1) else 0.0
    duration_ms = round(seconds * 1000) if 0 < seconds < 100_000 else None
    return ExtInf(duration_ms, match.group(2).strip())


def _add_entry(batch: ParseBatch, line: str, number: int, extinf: ExtInf | None,
               album: str | None) -> None:
    scan = scan_links(line)
    is_path = not _WEB_URL.match(line) or line.lower().startswith("file:")
    if scan.links or (scan.problems and not is_path and not extinf):
        for match in scan.links:
            batch.add_link(match, number)
        for code, params in scan.problems:
            batch.reject(number, line, code, **params)
        return
    from_name = parse_file_name(_local_path(line)) if is_path else None
    from_extinf = split_artist_title(extinf.display) if extinf and extinf.display else None
    if from_extinf is not None:  # the player's display name beats a guess from the file name
        name = FileName(split_artists(from_extinf[0]), from_extinf[1], None,
                        from_name.track_number if from_name else None)
    elif from_name is not None:
        name = from_name
    elif is_path:
        batch.reject(number, line, reasons.MISSING_FIELDS, fields="artist and title")
        return
    else:
        batch.reject(number, line, reasons.UNSUPPORTED_URL, url=line)
        return
    batch.add_track(ImportedTrack(
        name.artists, name.title, album=name.album or album,
        duration_ms=extinf.duration_ms if extinf else None, track_number=name.track_number,
        source="m3u", file=batch.file, line=number))


def parse_file_name(path: str) -> FileName | None:
    """``…/Artist - Title.flac`` or ``…/Artist/Album/07 Title.flac``; None if it tells neither."""
    pure = PureWindowsPath(path) if "\\" in path else PurePosixPath(path)
    stem = pure.stem if pure.suffix and len(pure.suffix) <= 6 else pure.name
    track_number, bare = _split_track_number(stem)
    pair = split_artist_title(bare)
    if pair is not None:
        return FileName(split_artists(pair[0]), pair[1], None, track_number)
    parents = [part for part in pure.parent.parts if part not in ("/", "\\", ".", "..")]
    if track_number is not None and len(parents) >= 2 and bare and not parents[-2].endswith(":\\"):
        return FileName((parents[-2],), bare, parents[-1], track_number)
    return None


def _split_track_number(stem: str) -> tuple[int | None, str]:
    """"07 - Title" -> (7, "Title"); "50 Cent - Title" keeps its number as part of the artist."""
    confident = _FILE_NUMBER.match(stem)
    if confident is not None:
        return int(confident.group(1)), stem[confident.end():].replace("_", " ").strip()
    loose = _LOOSE_NUMBER.match(stem)
    if loose is not None and split_artist_title(stem) is None:  # "11 Bohemian Rhapsody"
        return int(loose.group(1)), stem[loose.end():].replace("_", " ").strip()
    return None, stem.replace("_", " ").strip()


def _local_path(entry: str) -> str:
    if entry.lower().startswith("file:"):
        return unquote(urlparse(entry).path)
    return entry
