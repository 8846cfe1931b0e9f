"""Synced lyrics as a ``.lrc`` file beside the audio, plain lyrics embedded into it."""

from __future__ import annotations

import re
from pathlib import Path

from mutagen.id3 import USLT

from engine.library.atomic import write_text_atomic
from engine.library.audiofile import open_audio
from engine.library.models import LyricsOutcome
from engine.library.tags import TagKind, save_audio, tag_kind

# "[mm:ss]", "[mm:ss.xx]", "[mm:ss.xxx]" (also ":" before the fraction); minutes may exceed 59.
_TIMESTAMP = r"\[\d{1,4}:[0-5]?\d(?:[.:]\d{1,3})?\]"
_TIMED_LINE = re.compile(rf"^\s*(?:{_TIMESTAMP}\s*)+")
_ID_TAG_LINE = re.compile(r"^\s*\[([a-zA-Z#]{1,10}):([^\]\n]*)\]\s*$")
_CONTROL_CHARS = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")
_HEADER_ORDER = ("ti", "ar", "al", "length")


def lrc_path_for(audio_path: Path | str) -> Path:
    """``<audio stem>.lrc`` in the audio file's folder."""
    path = Path(audio_path)
    return path.with_name(path.stem + ".lrc")


def clean_lrc(text: str) -> tuple[list[str], list[str]]:
    """Split LRC text into ``(id tag lines, timed lines)``, dropping lines that are neither."""
    id_tags: list[str] = []
    timed: list[str] = []
    for raw in text.lstrip("\ufeff").splitlines():
        line = _CONTROL_CHARS.sub("", raw).rstrip()
        if _TIMED_LINE.match(line):
            timed.append(line.strip())
        elif _ID_TAG_LINE.match(line):
            id_tags.append(line.strip())
    return id_tags, timed


def format_length(duration_s: float) -> str:
    """``mm:ss`` as LRC's ``[length:]`` wants it (minutes may exceed 59)."""
    total = max(0, round(duration_s))
    return f"{total // 60:02d}:{total % 60:02d}"


def _header_value(value: str) -> str:
    # A "]" or a newline would end the tag early and corrupt the header.
    return _CONTROL_CHARS.sub("", value.replace("]", ")").replace("\n", " ")).strip()


def _missing_headers(present: list[str], values: dict[str, str | None]) -> list[str]:
    have = {_ID_TAG_LINE.match(line).group(1).lower() for line in present}
    return [
        f"[{key}:{_header_value(values[key])}]"
        for key in _HEADER_ORDER
        if key not in have and values.get(key)
    ]


def write_lrc(
    audio_path: Path | str,
    synced_lrc: str | None,
    *,
    title: str | None,
    artist: str | None,
    album: str | None,
    duration_s: float | None,
    instrumental: bool = False,
) -> LyricsOutcome:
    """Write ``<stem>.lrc`` atomically; instrumentals and garbage write nothing.

    Header tags already present in ``synced_lrc`` are kept and not duplicated.
    """
    if instrumental:
        return LyricsOutcome.INSTRUMENTAL
    id_tags, timed = clean_lrc(synced_lrc or "")
    if not timed:
        return LyricsOutcome.NONE
    values = {
        "ti": title,
        "ar": artist,
        "al": album,
        "length": format_length(duration_s) if duration_s else None,
    }
    lines = [*_missing_headers(id_tags, values), *id_tags, *timed]
    write_text_atomic(lrc_path_for(audio_path), "\n".join(lines) + "\n")
    return LyricsOutcome.WRITTEN


def embed_plain_lyrics(path: Path | str, text: str | None) -> LyricsOutcome:
    """Embed unsynced lyrics (ID3 USLT, Vorbis LYRICS, MP4 ©lyr). Idempotent."""
    lyrics = _CONTROL_CHARS.sub("", (text or "").replace("\r\n", "\n")).strip()
    if not lyrics:
        return LyricsOutcome.NONE
    audio = open_audio(path)
    kind = tag_kind(audio)
    if kind is TagKind.ID3:
        audio.tags.delall("USLT")
        audio.tags.add(USLT(encoding=3, lang="XXX", desc="", text=lyrics))
    elif kind is TagKind.MP4:
        audio.tags["©lyr"] = [lyrics]
    else:
        audio.tags["LYRICS"] = [lyrics]
    save_audio(audio, kind)
    return LyricsOutcome.EMBEDDED


def read_plain_lyrics(path: Path | str) -> str | None:
    """The embedded unsynced lyrics, if any (for checks and the library view)."""
    audio = open_audio(path)
    tags = audio.tags
    if tags is None:
        return None
    kind = tag_kind(audio)
    if kind is TagKind.ID3:
        frames = tags.getall("USLT")
        return str(frames[0].text) if frames else None
    key = "©lyr" if kind is TagKind.MP4 else "LYRICS"
    values = tags.get(key) or []
    return str(values[0]) if values else None
