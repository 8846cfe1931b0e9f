"""Version words (live, remix, instrumental, …) that must agree between wanted title and file."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from functools import lru_cache
from typing import NamedTuple

# family → token sequences that signal it (already normalised, see normalize.tokens).
_PATTERNS: dict[str, tuple[tuple[str, ...], ...]] = {
    "live": (("live",), ("en", "vivo"), ("ao", "vivo"), ("in", "concert")),
    "radio edit": (
        ("radio", "edit"), ("radio", "version"), ("radio", "mix"), ("single", "edit"),
    ),
    "extended": (("extended",), ("long", "version"), ("club", "version")),
    "acoustic": (("acoustic",),),
    "unplugged": (("unplugged",),),
    "instrumental": (
        ("instrumental",), ("instrumentals",), ("inst",), ("instr",), ("off", "vocal"),
        ("minus", "one"), ("backing", "track"),
    ),
    "karaoke": (("karaoke",), ("in", "the", "style", "of"), ("originally", "performed")),
    "a cappella": (
        ("acapella",), ("acappella",), ("a", "cappella"), ("a", "capella"), ("vocals", "only"),
        ("vocal", "only"),
    ),
    "demo": (("demo",), ("rough", "cut")),
    "slowed": (("slowed",), ("reverb",)),
    "sped up": (("sped", "up"), ("speed", "up"), ("spedup",)),
    "nightcore": (("nightcore",),),
    "8d": (("8d",),),
    "cover": (("cover",), ("covers",), ("tribute",)),
    "clean": (("clean",), ("censored",)),
    "remix": (
        ("remix",), ("remixes",), ("remixed",), ("rmx",), ("rework",), ("bootleg",),
        ("mix",), ("mixed",), ("edit",), ("vip",),
    ),
}
# Words that turn a following "mix"/"edit" into something else (original mix = the original).
_MIX_QUALIFIERS = frozenset({"original", "album", "radio", "single", "extended", "clean"})
SOFT_FAMILIES = frozenset({"radio edit", "clean"})
# Families a folder name can reliably signal ("Live at Wembley\", "Karaoke Hits\").
FOLDER_FAMILIES = frozenset(
    {"live", "remix", "karaoke", "instrumental", "acoustic", "unplugged", "a cappella",
     "slowed", "sped up", "nightcore", "8d", "cover"}
)
_EQUIVALENT = {"acoustic": "unplugged", "unplugged": "acoustic"}
_DECORATION = re.compile(r"[\(\[][^\)\]]*[\)\]]|\s+[-–—]\s+.*$")


def split_title(title: str) -> tuple[str, str]:
    """(base title, decorations): brackets and a " - …" suffix not at the start are decorations."""
    decorations: list[str] = []

    def take(match: re.Match[str]) -> str:
        if match.start() == 0:
            return match.group(0)
        decorations.append(match.group(0))
        return " "

    base = _DECORATION.sub(take, title).strip()
    return (base or title), " ".join(decorations)


def _index_patterns() -> dict[str, tuple[tuple[tuple[str, ...], str], ...]]:
    by_first: dict[str, list[tuple[tuple[str, ...], str]]] = {}
    for family, patterns in _PATTERNS.items():
        for pattern in patterns:
            by_first.setdefault(pattern[0], []).append((pattern, family))
    return {word: tuple(entries) for word, entries in by_first.items()}


# Patterns indexed by their first word: detection runs on every candidate, keep it O(words).
_BY_FIRST_WORD = _index_patterns()


# A sequence with none of these words has no version (checked before the cache: most file names).
TRIGGERS = frozenset(_BY_FIRST_WORD) | {"part", "hour", "hours"}
_NONE: frozenset[str] = frozenset()


def has_trigger(words: Iterable[str]) -> bool:
    """Whether :func:`detect` can find anything in ``words`` or in any selection of them: every
    version pattern starts with one of its trigger words."""
    return not TRIGGERS.isdisjoint(words)


def detect(words: Sequence[str]) -> frozenset[str]:
    """Version families (and "part N") present in a normalised token sequence."""
    if TRIGGERS.isdisjoint(words):
        return _NONE
    return _detect(tuple(words))


@lru_cache(maxsize=65536)
def _detect(words: tuple[str, ...]) -> frozenset[str]:
    found: set[str] = set()
    count = len(words)
    for index, word in enumerate(words):
        if word == "part" and index + 1 < count and words[index + 1].isdigit():
            found.add(f"part {words[index + 1]}")
        elif word in {"hour", "hours"} and index and words[index - 1].isdigit():
            found.add("loop")
        for pattern, family in _BY_FIRST_WORD.get(word, ()):
            if words[index : index + len(pattern)] == pattern and not _qualified_mix(
                words, index, family
            ):
                found.add(family)
    return frozenset(found)


def clear_caches() -> None:
    _detect.cache_clear()


def _qualified_mix(words: Sequence[str], index: int, family: str) -> bool:
    # "Original Mix", "Radio Edit", "Extended Mix" are not remixes.
    if family != "remix" or words[index] not in {"mix", "edit"}:
        return False
    return index > 0 and words[index - 1] in _MIX_QUALIFIERS


class VersionVerdict(NamedTuple):
    """Outcome of comparing wanted and candidate versions; reasons are user-facing."""

    hard: tuple[str, ...] = ()
    soft: tuple[str, ...] = ()

    @property
    def ok(self) -> bool:
        return not self.hard


def compare(
    wanted: frozenset[str], excused: frozenset[str], candidate: frozenset[str]
) -> VersionVerdict:
    """Versions the candidate adds (beyond wanted ∪ excused) or lacks (from wanted) disagree."""
    hard: list[str] = []
    soft: list[str] = []
    allowed = wanted | excused
    for family in sorted(candidate - allowed):
        if _EQUIVALENT.get(family) in allowed:
            continue
        (soft if family in SOFT_FAMILIES else hard).append(f"version mismatch: {family}")
    for family in sorted(wanted - candidate):
        if _EQUIVALENT.get(family) in candidate:
            continue
        if family in SOFT_FAMILIES or family.startswith("part"):
            soft.append(f"version missing: {family}")
        else:
            hard.append(f"version missing: {family}")
    return VersionVerdict(tuple(hard), tuple(soft))
