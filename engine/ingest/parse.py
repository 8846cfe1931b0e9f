"""The import entry points: files, bytes or pasted text in, one checked ImportPreview out."""

from __future__ import annotations

import os
from collections.abc import Iterable
from pathlib import Path

from engine.ingest import reasons
from engine.ingest.batch import ParseBatch
from engine.ingest.csv_parser import looks_like_csv_header, parse_csv
from engine.ingest.decoding import decode_bytes, looks_binary
from engine.ingest.dedupe import dedupe_links, dedupe_tracks
from engine.ingest.m3u_parser import parse_m3u
from engine.ingest.models import ImportLimits, ImportPreview
from engine.ingest.shortcut_parser import parse_url_shortcut, parse_webloc
from engine.ingest.text_parser import parse_text_list

_EXTENSION_FORMATS = {".csv": "csv", ".tsv": "csv", ".m3u": "m3u", ".m3u8": "m3u",
                      ".url": "url", ".webloc": "webloc"}
_BINARY_PLIST = b"bplist00"


def parse_paths(paths: Iterable[str | os.PathLike[str]],
                limits: ImportLimits | None = None) -> ImportPreview:
    """Parse dropped or chosen files; raises ImportRejected if any file is unusable or too big."""
    limits = limits or ImportLimits()
    names = [os.fspath(path) for path in paths]
    if not names:
        raise reasons.refuse(reasons.NOTHING_GIVEN)
    batch = ParseBatch("")
    for name in names:
        batch.extend(_parse_file_bytes(read_limited(name, limits.max_file_bytes), name))
    return assemble(batch, limits)


def parse_bytes(data: bytes, name: str, limits: ImportLimits | None = None) -> ImportPreview:
    """Parse one file already in memory (``name`` picks the format by extension)."""
    limits = limits or ImportLimits()
    if len(data) > limits.max_file_bytes:
        raise reasons.refuse(reasons.FILE_TOO_LARGE, file=name, limit=limits.max_file_bytes,
                             actual=len(data))
    return assemble(_parse_file_bytes(data, name), limits)


def parse_text(text: str, source: str = "paste",
               limits: ImportLimits | None = None) -> ImportPreview:
    """Parse pasted text; ``source`` names it in rejections (an extension there picks a format)."""
    limits = limits or ImportLimits()
    line_count = sum(1 for line in text.splitlines() if line.strip())
    if line_count > limits.max_paste_lines:
        raise reasons.refuse(reasons.TOO_MANY_LINES, limit=limits.max_paste_lines,
                             actual=line_count)
    size = len(text.encode("utf-8", errors="replace"))
    if size > limits.max_file_bytes:
        raise reasons.refuse(reasons.FILE_TOO_LARGE, file=source, limit=limits.max_file_bytes,
                             actual=size)
    if looks_binary(text):
        raise reasons.refuse(reasons.BINARY_FILE, file=source)
    return assemble(_parse_decoded(text.lstrip("\ufeff"), source), limits)


def read_limited(name: str, max_bytes: int) -> bytes:
    """Read a file, refusing a too-large one from its size alone, before reading it."""
    path = Path(name)
    try:
        if not path.exists():
            raise reasons.refuse(reasons.FILE_NOT_FOUND, file=name)
        if not path.is_file():
            raise reasons.refuse(reasons.NOT_A_FILE, file=name)
        size = path.stat().st_size
        if size > max_bytes:
            raise reasons.refuse(reasons.FILE_TOO_LARGE, file=name, limit=max_bytes, actual=size)
        with path.open("rb") as handle:
            data = handle.read(max_bytes + 1)  # a file growing while we read is caught too
    except OSError as error:
        raise reasons.refuse(reasons.UNREADABLE_FILE, file=name,
                             error=error.strerror or type(error).__name__) from error
    if len(data) > max_bytes:
        raise reasons.refuse(reasons.FILE_TOO_LARGE, file=name, limit=max_bytes, actual=len(data))
    return data


def detect_format(name: str, text: str) -> str:
    """By extension first, then by content (a paste has no extension)."""
    by_extension = _EXTENSION_FORMATS.get(Path(name).suffix.casefold())
    if by_extension is not None:
        return by_extension
    first_line = next((line.strip() for line in text.splitlines() if line.strip()), "")
    head = text[:1000].casefold()
    if first_line.upper().startswith(("#EXTM3U", "#EXTINF")):
        return "m3u"
    if first_line.casefold() == "[internetshortcut]":
        return "url"
    if first_line.startswith("<?xml") and "<plist" in head and "<key>url</key>" in head:
        return "webloc"
    if looks_like_csv_header(first_line.lstrip("\ufeff")):
        return "csv"
    return "text"


def assemble(batch: ParseBatch, limits: ImportLimits) -> ImportPreview:
    """Deduplicate and enforce the per-import limits (over one: nothing is imported)."""
    tracks, track_duplicates = dedupe_tracks(batch.tracks)
    links, link_duplicates = dedupe_links(batch.links)
    if len(links) > limits.max_playlist_links:
        raise reasons.refuse(reasons.TOO_MANY_LINKS, limit=limits.max_playlist_links,
                             actual=len(links))
    if len(tracks) > limits.max_tracks:
        raise reasons.refuse(reasons.TOO_MANY_TRACKS, limit=limits.max_tracks,
                             actual=len(tracks))
    return ImportPreview(accepted=tuple(tracks), links=tuple(links),
                         rejected=tuple(batch.rejected),
                         duplicates=tuple(track_duplicates + link_duplicates),
                         notes=tuple(batch.notes))


def _parse_file_bytes(data: bytes, name: str) -> ParseBatch:
    if Path(name).suffix.casefold() == ".webloc" or data.startswith(_BINARY_PLIST):
        return parse_webloc(data, name)
    decoded = decode_bytes(data, name)
    if not decoded.text.strip():
        batch = ParseBatch(name)
        batch.reject(None, "", reasons.EMPTY_FILE)
        return batch
    batch = _parse_decoded(decoded.text, name)
    if decoded.legacy:
        batch.note(reasons.LEGACY_ENCODING, file=name, encoding=decoded.encoding)
    return batch


def _parse_decoded(text: str, name: str) -> ParseBatch:
    fmt = detect_format(name, text)
    if fmt == "csv":
        return parse_csv(text, name)
    if fmt == "m3u":
        return parse_m3u(text, name)
    if fmt == "url":
        return parse_url_shortcut(text, name)
    if fmt == "webloc":
        return parse_webloc(text.encode("utf-8"), name)
    return parse_text_list(text, name)
