"""FREE imports: parse dropped, pasted or chosen lists into a preview (pure: no DB, no network).

Public API::

    parse_paths(paths, limits=None) -> ImportPreview
    parse_text(text, source="paste", limits=None) -> ImportPreview
    parse_bytes(data, name, limits=None) -> ImportPreview

All three raise :class:`engine.errors.ImportRejected` (stable ``code``, ``params``) when the
whole import must be refused: missing/binary/unreadable file, or a limit of ``ImportLimits``.
"""

from engine.ingest.models import (
    DuplicateRow,
    ImportedTrack,
    ImportLimits,
    ImportNote,
    ImportPreview,
    RejectedRow,
    SpotifyLink,
)
from engine.ingest.parse import detect_format, parse_bytes, parse_paths, parse_text

__all__ = [
    "DuplicateRow",
    "ImportLimits",
    "ImportNote",
    "ImportPreview",
    "ImportedTrack",
    "RejectedRow",
    "SpotifyLink",
    "detect_format",
    "parse_bytes",
    "parse_paths",
    "parse_text",
]
