"""Writing and reading Harmony's tags in MP3, FLAC, Ogg Vorbis, Opus, M4A and WAV files."""

from __future__ import annotations

from enum import StrEnum
from pathlib import Path

from mutagen import FileType
from mutagen.id3 import ID3
from mutagen.mp4 import MP4Tags

from engine.errors import FileProcessingError
from engine.library.audiofile import open_audio
from engine.library.models import TrackTags
from engine.library.tags_id3 import read_id3, write_id3
from engine.library.tags_mp4 import read_mp4, write_mp4
from engine.library.tags_vorbis import read_vorbis, write_vorbis


class TagKind(StrEnum):
    ID3 = "id3"
    VORBIS = "vorbis"
    MP4 = "mp4"


def tag_kind(audio: FileType) -> TagKind:
    """Which tag family ``audio`` stores; ``FileProcessingError`` for formats we cannot tag."""
    if audio.tags is None:
        try:
            audio.add_tags()
        except Exception as exc:  # e.g. NotImplementedError, MutagenError on damaged files
            raise FileProcessingError(
                f"Cannot add tags to this file: {exc}", code="tags.unsupported"
            ) from exc
    tags = audio.tags
    if isinstance(tags, ID3):
        return TagKind.ID3
    if isinstance(tags, MP4Tags):
        return TagKind.MP4
    if hasattr(tags, "vendor"):  # VCommentDict: FLAC, Ogg Vorbis, Opus
        return TagKind.VORBIS
    raise FileProcessingError(
        f"Unsupported tag format {type(tags).__name__}", code="tags.unsupported"
    )


def save_audio(audio: FileType, kind: TagKind) -> None:
    """Save tags in place; ID3 always as v2.4 (multi-value frames need it)."""
    try:
        if kind is TagKind.ID3:
            audio.save(v2_version=4)
        else:
            audio.save()
    except Exception as exc:  # mutagen raises assorted errors on damaged files
        raise FileProcessingError(f"Could not save tags: {exc}", code="tags.write_failed") from exc


def write_tags(path: Path | str, values: TrackTags) -> None:
    """Write ``values`` into ``path``; ``None``/empty fields keep what the file already has.

    Idempotent: writing the same values twice leaves the same tags.
    """
    audio = open_audio(path)
    kind = tag_kind(audio)
    if kind is TagKind.ID3:
        write_id3(audio.tags, values)
    elif kind is TagKind.MP4:
        write_mp4(audio.tags, values)
    else:
        write_vorbis(audio.tags, values)
    save_audio(audio, kind)


def read_tags(path: Path | str) -> TrackTags:
    """Read back the fields :func:`write_tags` writes (missing ones are ``None``/empty)."""
    return tags_of(open_audio(path))


def tags_of(audio: FileType) -> TrackTags:
    """Like :func:`read_tags` for an already opened file (the scanner reuses it)."""
    tags = audio.tags
    if tags is None:
        return TrackTags()
    if isinstance(tags, ID3):
        return read_id3(tags)
    if isinstance(tags, MP4Tags):
        return read_mp4(tags)
    if hasattr(tags, "vendor"):
        return read_vorbis(tags)
    return TrackTags()
