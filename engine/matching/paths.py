"""Remote-path parsing: a Soulseek path (backslashes) becomes file-name and folder evidence."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import NamedTuple

from engine.matching.normalize import (
    leading_track_number,
    strip_track_number,
    tokens,
    unscene,
)

# Folders further up than this are share roots ("@@abcd\Music\…") and say nothing.
MAX_FOLDERS = 3
_DISC_FOLDER = re.compile(r"^\s*(?:cd|disc|disk)\s*\d+\s*$", re.IGNORECASE)


class PathEvidence(NamedTuple):
    """Normalised words of the file name and of its nearest parent folders (nearest first).
    A named tuple: built once per distinct path, and tuples are the cheapest immutable record."""

    stem: str
    stem_words: tuple[str, ...]
    folders: tuple[tuple[str, ...], ...]
    track_number: int | None
    extension: str

    @property
    def all_words(self) -> tuple[str, ...]:
        words = list(self.stem_words)
        for folder in self.folders:
            words.extend(folder)
        return tuple(words)


# Responses repeat paths across the tracks of one album search and folders across files, so
# every level of the parse is cached (sizes cover a few large responses).
@lru_cache(maxsize=32768)
def parse_path(filename: str) -> PathEvidence:
    """Split a remote path into its file-name words and folder words."""
    head, name = split_remote(filename)
    if not name:
        return _parse_odd_path(filename)
    stem, stem_words, track_number, ext = parse_name(name)
    return PathEvidence(stem, stem_words, folder_words(head), track_number, ext)


def split_remote(filename: str) -> tuple[str, str]:
    """(folder part, file name) of a remote path; the name is "" when the path ends in a
    separator or has none of its own (then only :func:`parse_path` knows what to do)."""
    if "/" in filename:
        filename = filename.replace("/", "\\")
    head, _, name = filename.rpartition("\\")
    return head, name


@lru_cache(maxsize=32768)
def parse_name(name: str) -> tuple[str, tuple[str, ...], int | None, str]:
    """(stem, stem words, leading track number, lower-case extension) of a file name. Cached on
    the name alone: the same name recurs in many folders ("01 - Intro.flac")."""
    stem, dot, ext = name.rpartition(".")
    if not dot or len(ext) > 5 or " " in ext:
        stem, ext = name, ""
    stem_words, track_number = _stem_evidence(stem)
    return stem, stem_words, track_number, ext.lower()


@lru_cache(maxsize=32768)
def name_words(name: str) -> tuple[str, ...]:
    """``parse_name(name)[1]``: the ranker needs only the words, and a realistic response has a
    new name for almost every file, so this skips the track number and one cache level."""
    stem, dot, ext = name.rpartition(".")
    if not dot or len(ext) > 5 or " " in ext:
        stem = name
    return tokens(strip_track_number(unscene(stem)))


@lru_cache(maxsize=8192)
def folder_words(head: str) -> tuple[tuple[str, ...], ...]:
    """Words of the nearest folders of a path's folder part (see :func:`split_remote`)."""
    # Runs of separators are ignored; folders further up than MAX_FOLDERS + 1 never count.
    parents = [p for p in head.split("\\") if p]
    return _folders(tuple(parents[-MAX_FOLDERS - 1 :]))


def _parse_odd_path(filename: str) -> PathEvidence:
    # A path ending in a separator (or made of separators only) names its last folder.
    parts = [p for p in filename.replace("/", "\\").split("\\") if p]
    stem, stem_words, track_number, ext = parse_name(parts[-1] if parts else filename)
    return PathEvidence(stem, stem_words, _folders(tuple(parts[:-1][-MAX_FOLDERS - 1 :])),
                        track_number, ext)


@lru_cache(maxsize=32768)
def _stem_evidence(stem: str) -> tuple[tuple[str, ...], int | None]:
    # Names of one song differ in their track numbers ("07 - Song", "08 - Song"): the words
    # after the number are tokenised once (tokens() is cached on that text).
    return tokens(strip_track_number(unscene(stem))), leading_track_number(stem)


@lru_cache(maxsize=8192)
def _folders(parents: tuple[str, ...]) -> tuple[tuple[str, ...], ...]:
    """Words of the nearest folders first; disc levels and empty names are skipped."""
    folders = (_folder_words(p) for p in reversed(parents))
    return tuple(f for f in folders if f)[:MAX_FOLDERS]


@lru_cache(maxsize=32768)
def _folder_words(folder: str) -> tuple[str, ...]:
    # "CD1" levels are folded into their parent, as album folders are split per disc.
    if _DISC_FOLDER.match(folder):
        return ()
    return tokens(unscene(folder))


def clear_caches() -> None:
    """Forget cached parses (benchmarks measure cold runs)."""
    for cached in (parse_path, parse_name, name_words, folder_words, _stem_evidence, _folders,
                   _folder_words, _has_cjk):
        cached.cache_clear()


def find_phrase(hay: tuple[str, ...], needle: tuple[str, ...]) -> tuple[int, int] | None:
    """(start, length) of ``needle`` in ``hay`` as whole words, or as a run spelled without
    spaces ("acdc" for "ac dc", "ac dc" for "acdc"); None when absent."""
    return find_phrase_in(hay, "".join(hay), needle)


def find_phrase_in(
    hay: tuple[str, ...], joined: str, needle: tuple[str, ...]
) -> tuple[int, int] | None:
    """:func:`find_phrase` with ``joined`` = ``"".join(hay)`` computed once by the caller."""
    if not needle or not hay:
        return None
    compact = "".join(needle)
    # Every way of matching puts the needle's letters contiguously into the joined words, so
    # this one C-level test rejects almost every lookup (most names are absent from most paths).
    if compact not in joined:
        return None
    return locate(hay, needle, compact)


def locate(
    hay: tuple[str, ...], needle: tuple[str, ...], compact: str
) -> tuple[int, int] | None:
    """:func:`find_phrase` for a non-empty ``needle`` whose joined letters ``compact`` occur in
    the joined words of ``hay`` (callers test that first: it rejects most lookups)."""
    size = len(needle)
    first = needle[0]
    for start in range(len(hay) - size + 1):
        if hay[start] == first and hay[start : start + size] == needle:
            return start, size
    if _has_cjk(compact):
        # CJK names are written without spaces, so a title can sit inside a longer "word".
        for start, word in enumerate(hay):
            if compact in word:
                return start, 1
    if len(compact) < 3:
        return None
    for start in range(len(hay)):
        joined = ""
        for length in range(1, min(4, len(hay) - start) + 1):
            joined += hay[start + length - 1]
            if joined == compact:
                return start, length
            if len(joined) >= len(compact):
                break
    return None


@lru_cache(maxsize=4096)
def _has_cjk(text: str) -> bool:
    return any("\u3040" <= ch <= "\u9fff" or "\uac00" <= ch <= "\ud7af" for ch in text)


def count_phrase(hay: tuple[str, ...], needle: tuple[str, ...]) -> int:
    """How many non-overlapping times ``needle`` occurs in ``hay`` as whole words."""
    count, start, size = 0, 0, len(needle)
    while size and start <= len(hay) - size:
        if hay[start : start + size] == needle:
            count += 1
            start += size
        else:
            start += 1
    return count
