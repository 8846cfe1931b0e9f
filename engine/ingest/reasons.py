"""Stable reason codes of import rejections, with their English fallback messages."""

from __future__ import annotations

from typing import Any

from engine.errors import ImportRejected
from engine.ingest.models import MAX_ROW_TEXT, RejectedRow

# Whole-import refusals (raised as ImportRejected; nothing is imported).
FILE_NOT_FOUND = "import.file_not_found"
NOT_A_FILE = "import.not_a_file"
UNREADABLE_FILE = "import.unreadable_file"
BINARY_FILE = "import.binary_file"
FILE_TOO_LARGE = "import.file_too_large"
TOO_MANY_LINES = "import.too_many_lines"
TOO_MANY_LINKS = "import.too_many_links"
TOO_MANY_TRACKS = "import.too_many_tracks"
NOTHING_GIVEN = "import.no_input"

# Row or file rejections (listed in the preview; the rest of the import goes on).
UNPARSEABLE_LINE = "import.unparseable_line"
MISSING_COLUMNS = "import.missing_columns"
MISSING_FIELDS = "import.missing_fields"
UNSUPPORTED_LINK = "import.unsupported_link"
UNSUPPORTED_URL = "import.unsupported_url"
SHORT_LINK = "import.short_link"
EMPTY_FILE = "import.empty_file"
UNPARSEABLE_FILE = "import.unparseable_file"
LOCAL_FILE_ENTRY = "import.local_spotify_file"
FIELD_TOO_LONG = "import.field_too_long"

# Notes (informational).
LEGACY_ENCODING = "import.legacy_encoding"

MESSAGES: dict[str, str] = {
    FILE_NOT_FOUND: "The file {file} does not exist.",
    NOT_A_FILE: "{file} is not a regular file (folders cannot be imported).",
    UNREADABLE_FILE: "The file {file} could not be read: {error}.",
    BINARY_FILE: "{file} is not a text file (binary content); export it as CSV, M3U or text.",
    FILE_TOO_LARGE: "{file} is {actual} bytes; the limit is {limit} bytes per file.",
    TOO_MANY_LINES: "The pasted text has {actual} lines; the limit is {limit}. "
                    "Save it as a file and import the file instead.",
    TOO_MANY_LINKS: "The import holds {actual} Spotify links; the limit is {limit}. "
                    "Split it into smaller imports.",
    TOO_MANY_TRACKS: "The import holds {actual} tracks; the limit is {limit} per import. "
                     "Split it into smaller imports.",
    NOTHING_GIVEN: "Nothing to import: give at least one file.",
    UNPARSEABLE_LINE: "Expected 'Artist - Title', 'Title by Artist' or a Spotify link.",
    MISSING_COLUMNS: "The CSV header has no track name and artist columns "
                     "(expected an Exportify export with 'Track Name' and 'Artist Name(s)').",
    MISSING_FIELDS: "The row has no {fields}.",
    UNSUPPORTED_LINK: "{kind} links cannot be imported as tracks; "
                      "only Spotify track, album and playlist links can.",
    UNSUPPORTED_URL: "Only Spotify links can be imported; this address is not one.",
    SHORT_LINK: "Shortened spotify.link addresses cannot be opened offline; "
                "paste the full open.spotify.com link instead.",
    EMPTY_FILE: "The file is empty.",
    UNPARSEABLE_FILE: "The file could not be understood as {kind}.",
    LOCAL_FILE_ENTRY: "A local file in a Spotify playlist has no Spotify ID and no usable "
                      "artist and title.",
    FIELD_TOO_LONG: "The {field} is {actual} characters long; the limit is {limit}.",
    LEGACY_ENCODING: "{file} is not UTF-8; it was read as {encoding}. "
                     "Check that accented letters look right.",
}


def message_for(code: str, **params: Any) -> str:
    template = MESSAGES.get(code, code)
    try:
        return template.format(**params)
    except (KeyError, IndexError, ValueError):
        return template


def reject_row(file: str, line: int | None, text: str, code: str, **params: Any) -> RejectedRow:
    return RejectedRow(file=file, line=line, text=text.strip()[:MAX_ROW_TEXT], reason=code,
                       message=message_for(code, **params), params=params)


def refuse(code: str, **params: Any) -> ImportRejected:
    """An ImportRejected ready to raise: the whole import is refused."""
    return ImportRejected(message_for(code, **params), code=code, params=params)
