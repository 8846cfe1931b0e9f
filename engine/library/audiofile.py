"""Opening audio files with mutagen and naming their format, with errors Harmony understands."""

from __future__ import annotations

from pathlib import Path

import mutagen
from mutagen import FileType

from engine.errors import FileProcessingError

# Extensions the library scanner and organiser treat as audio.
AUDIO_EXTENSIONS = frozenset({
    ".mp3", ".flac", ".ogg", ".oga", ".opus", ".m4a", ".mp4", ".aac", ".alac",
    ".wav", ".aif", ".aiff", ".wv", ".ape", ".wma",
})

_FORMAT_BY_CLASS = {
    "MP3": "mp3",
    "EasyMP3": "mp3",
    "FLAC": "flac",
    "OggVorbis": "ogg",
    "OggOpus": "opus",
    "OggFLAC": "ogg",
    "MP4": "m4a",
    "EasyMP4": "m4a",
    "WAVE": "wav",
    "AIFF": "aiff",
    "WavPack": "wv",
    "MonkeysAudio": "ape",
    "ASF": "wma",
    "AAC": "aac",
}


def open_audio(path: Path | str) -> FileType:
    """Open ``path`` with mutagen; raise ``FileProcessingError`` when it is not readable audio."""
    try:
        audio = mutagen.File(str(path))
    except Exception as exc:  # hostile files trip assorted parser errors, not only MutagenError
        raise FileProcessingError(
            f"Not a readable audio file: {exc}", code="file.unreadable", params={"path": str(path)}
        ) from exc
    if audio is None:
        raise FileProcessingError(
            "Not a recognised audio format", code="file.unreadable", params={"path": str(path)}
        )
    return audio


def format_of(audio: FileType) -> str:
    """Short lowercase format name ("mp3", "flac", "opus", ...) of an opened file."""
    return _FORMAT_BY_CLASS.get(type(audio).__name__, type(audio).__name__.lower())
