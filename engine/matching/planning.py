"""Search planning: the fewest Soulseek queries that can find every wanted track, plus a cache."""

from __future__ import annotations

import re
import unicodedata
from collections import OrderedDict, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum
from typing import Generic, Protocol, TypeVar

from engine.domain.models import TrackQuery
from engine.matching.normalize import (
    ascii_fold,
    clean_title,
    has_non_ascii_latin,
    normalize,
    strip_featuring,
    tokens,
)
from engine.matching.settings import DEFAULT, MatchingSettings

V = TypeVar("V")
# slskd drops one-character terms and treats "-term" as an exclusion, so neither may reach it.
_QUERY_JUNK = re.compile(r"[^\w\s'*]+", re.UNICODE)


class QueryKind(StrEnum):
    ARTIST_TITLE = "artist_title"
    ALBUM = "album"
    TITLE_ONLY = "title_only"
    ASCII = "ascii"


@dataclass(frozen=True, slots=True)
class PlannedQuery:
    """One search text and the wanted items (indexes into the planned list) it serves."""

    text: str
    kind: QueryKind
    covers: tuple[int, ...]
    wildcarded: bool = False


@dataclass(frozen=True, slots=True)
class SearchPlan:
    """Primary queries run first; fallbacks only for items the primary ones did not find."""

    primary: tuple[PlannedQuery, ...]
    fallbacks: tuple[PlannedQuery, ...]

    @property
    def search_count(self) -> int:
        """Searches the plan needs when every primary query finds its items."""
        return len(self.primary)

    @property
    def max_search_count(self) -> int:
        """Searches in the worst case, when every fallback runs as well."""
        return len(self.primary) + len(self.fallbacks)

    def searches_needed(self, cache: SearchCache[object] | None = None) -> int:
        """Primary searches still to send, given the responses already cached."""
        if cache is None:
            return self.search_count
        return sum(1 for q in self.primary if cache.get(cache_key(q.text)) is None)

    def fallbacks_for(self, item: int) -> tuple[PlannedQuery, ...]:
        return tuple(q for q in self.fallbacks if item in q.covers)


def query_text(*parts: str) -> str:
    """Search text: no featuring credits or remaster notes, no punctuation, no 1-letter terms."""
    words = _QUERY_JUNK.sub(" ", " ".join(parts)).split()
    kept = [w.lstrip("-'") for w in words]
    return " ".join(w for w in kept if len(w) > 1 or (w.isalnum() and not w.isascii()))


def avoid_blocked_terms(text: str, blocked: Sequence[str]) -> tuple[str, bool]:
    """Wildcard the first letter of a server-blocked term ("kendrick" → "*endrick"), as the
    Soulseek server silently returns nothing for those terms."""
    words = text.split()
    folded = [normalize(w) for w in words]
    changed = False
    for phrase in blocked:
        needle = tokens(phrase)
        for start in range(len(folded) - len(needle) + 1):
            if tuple(folded[start : start + len(needle)]) == needle and len(words[start]) > 1:
                words[start] = "*" + words[start][1:]
                changed = True
                break
    return " ".join(words), changed


def plan_searches(items: Sequence[TrackQuery], settings: MatchingSettings = DEFAULT) -> SearchPlan:
    """Album-aware plan: one "artist album" search for albums with several wanted tracks, one
    "artist title" search for the rest; title-only and diacritics-free variants as fallbacks."""
    builder = _PlanBuilder(settings)
    grouped = _album_groups(items, settings)
    in_album = {i for group in grouped for i in group}
    for group in grouped:
        first = items[group[0]]
        builder.add(query_text(first.primary_artist, clean_title(first.album or "")),
                    QueryKind.ALBUM, group, primary=True)
    for index, item in enumerate(items):
        title = clean_title(strip_featuring(item.title))
        main = query_text(item.primary_artist, title)
        builder.add(main, QueryKind.ARTIST_TITLE, (index,), primary=index not in in_album)
        if has_non_ascii_latin(main):
            builder.add(ascii_fold(main), QueryKind.ASCII, (index,), primary=False)
        if len(title) >= settings.title_only_min_chars:
            builder.add(query_text(title), QueryKind.TITLE_ONLY, (index,), primary=False)
    return builder.build()


def _album_groups(items: Sequence[TrackQuery], settings: MatchingSettings) -> list[tuple[int, ...]]:
    groups: dict[tuple[str, str], list[int]] = defaultdict(list)
    for index, item in enumerate(items):
        if item.album:
            groups[(normalize(item.primary_artist), normalize(clean_title(item.album)))].append(
                index
            )
    return [tuple(g) for g in groups.values() if len(g) >= settings.album_query_min_tracks]


class _PlanBuilder:
    """Deduplicates query texts (each search costs ban budget) and merges what they cover."""

    def __init__(self, settings: MatchingSettings) -> None:
        self._settings = settings
        self._queries: dict[str, PlannedQuery] = {}
        self._primary: dict[str, bool] = {}

    def add(self, text: str, kind: QueryKind, covers: tuple[int, ...], primary: bool) -> None:
        text, wildcarded = avoid_blocked_terms(text, self._settings.blocked_search_terms)
        if not text.strip("* "):
            return
        key = cache_key(text)
        known = self._queries.get(key)
        if known is not None:
            merged = tuple(sorted(set(known.covers) | set(covers)))
            self._queries[key] = PlannedQuery(known.text, known.kind, merged, known.wildcarded)
            self._primary[key] = self._primary[key] or primary
            return
        self._queries[key] = PlannedQuery(text, kind, covers, wildcarded)
        self._primary[key] = primary

    def build(self) -> SearchPlan:
        primary = tuple(q for k, q in self._queries.items() if self._primary[k])
        fallbacks = tuple(q for k, q in self._queries.items() if not self._primary[k])
        return SearchPlan(primary, fallbacks)


def cache_key(text: str) -> str:
    """Searches match words in any order and any case, so the key is the sorted word set.

    Accents stay: the server treats "bjork" and "björk" as different searches."""
    words = re.findall(r"[\w*]+", unicodedata.normalize("NFKC", text).casefold())
    return " ".join(sorted(set(words)))


class SearchCache(Protocol[V]):
    """Where search responses are kept per query; persistence lives elsewhere."""

    def get(self, key: str) -> V | None: ...

    def put(self, key: str, value: V) -> None: ...


class LruSearchCache(Generic[V]):
    """In-memory least-recently-used cache of search responses keyed by :func:`cache_key`."""

    def __init__(self, max_entries: int = 512) -> None:
        self._max = max(1, max_entries)
        self._data: OrderedDict[str, V] = OrderedDict()

    def get(self, key: str) -> V | None:
        if key not in self._data:
            return None
        self._data.move_to_end(key)
        return self._data[key]

    def put(self, key: str, value: V) -> None:
        self._data[key] = value
        self._data.move_to_end(key)
        while len(self._data) > self._max:
            self._data.popitem(last=False)

    def __len__(self) -> int:
        return len(self._data)
