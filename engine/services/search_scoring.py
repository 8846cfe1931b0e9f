"""Relevance of one search result to the typed query, normalised to [0, 1] across sources.

Formula (all text through :func:`engine.matching.normalize.tokens`, word matches with rapidfuzz)
------------------------------------------------------------------------------------------
Words: a result word *matches* a query word when equal or, for words of four letters or more,
when ``fuzz.ratio ≥ 85`` (typos). Per field:

* ``precision(field)`` = share of the field's words the user typed ("is this field what I
  asked for?"); a field typed into its own box (artist/title/album) uses
  ``fuzz.token_sort_ratio`` between the two instead.
* ``coverage`` = share of the typed words that any field of the result explains.

Components (title, artist, album, composite) = precision(key field: track/file title, album
name, artist name), best precision over the credited artists, precision(album), coverage. They
are averaged with the seed's relevance weights per kind (inventory §5.4): track and file
(0.55, 0.25, 0.15, 0.05), album (0.35, 0.15, 0.40, 0.10), artist (0.20, 0.60, 0.10, 0.10).
A *secondary* field (artist of a track/album, album of a track/file) is left out of the mean
(its weight drops out) when the other fields already explain every typed word: the user did not
ask for it, so "get lucky" is not punished for not naming Daft Punk, while "daft punk get lucky"
rewards the right artist and punishes another one. Then::

    relevance = clamp01(mean × (0.25 + 0.75 × coverage) + 0.05 if title == query exactly)

so a result that leaves typed words unexplained (an artist row for "artist title") falls behind.

Calibration: ``score = relevance × kind factor × file quality``. Kind factors: Spotify track 1.0,
album 0.98, artist 0.96 (an equally relevant track lists first: the box is mostly used to find
recordings); Soulseek file 1.0. File quality: lossless 1.0, lossy ≥ 315 kbit/s 0.97, ≥ 220
0.94, ≥ 160 0.88, lower 0.8, bitrate unknown 0.9; junk (preview, non-audio, impossible size,
see :mod:`engine.matching.junk`) × 0.3. So an exact Spotify track and the exact FLAC file both
reach 1.0 and a junk file sinks to the end.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from rapidfuzz import fuzz, process

from engine.domain.models import SoulseekFile
from engine.matching.junk import junk_reason
from engine.matching.normalize import clean_title, tokens
from engine.matching.paths import parse_path
from engine.matching.quality import LOSSLESS, codec_of, effective_bitrate
from engine.matching.settings import DEFAULT, MatchingSettings

#: (title, artist, album, composite) weights per kind, from the seed's generic relevance.
WEIGHTS: dict[str, tuple[float, float, float, float]] = {
    "track": (0.55, 0.25, 0.15, 0.05),
    "file": (0.55, 0.25, 0.15, 0.05),
    "album": (0.35, 0.15, 0.40, 0.10),
    "artist": (0.20, 0.60, 0.10, 0.10),
}
KIND_FACTOR: dict[tuple[str, str], float] = {
    ("spotify", "track"): 1.0, ("spotify", "album"): 0.98, ("spotify", "artist"): 0.96,
    ("soulseek", "file"): 1.0,
}
JUNK_FACTOR = 0.3
EXACT_TITLE_BONUS = 0.05
FUZZY_WORD_CUTOFF = 85.0
FUZZY_MIN_WORD_LEN = 4


@dataclass(frozen=True)
class QueryTerms:
    """The typed query as normalised words: every word, plus each field box that was used."""

    words: tuple[str, ...]
    phrase: str  # all words joined: compared with titles for the exact bonus
    title: str = ""
    artist: str = ""
    album: str = ""

    @classmethod
    def build(cls, text: str = "", artist: str = "", title: str = "", album: str = ""
              ) -> QueryTerms:
        fields = [" ".join(tokens(v)) for v in (title, artist, album)]
        words = tuple(dict.fromkeys(tokens(" ".join((text, artist, title, album)))))
        return cls(words, " ".join(tokens(text)) if text.strip() else fields[0], *fields)


@dataclass(frozen=True)
class Candidate:
    """What a result offers for scoring (display strings; they are normalised here)."""

    source: str
    kind: str  # track | album | artist | file
    title: str
    artists: tuple[str, ...]
    album: str | None


def _word_matches(word: str, pool: frozenset[str]) -> bool:
    if word in pool:
        return True
    if len(word) < FUZZY_MIN_WORD_LEN or not pool:
        return False
    return process.extractOne(word, pool, scorer=fuzz.ratio,
                              score_cutoff=FUZZY_WORD_CUTOFF) is not None


def _share_matched(words: Iterable[str], pool: frozenset[str]) -> float:
    listed = list(words)
    if not listed:
        return 0.0
    return sum(_word_matches(w, pool) for w in listed) / len(listed)


def _field_sim(field: tuple[str, ...], typed: str, query: frozenset[str]) -> float:
    """Two-sided similarity when the user typed this field, else the field's precision."""
    if not field:
        return 0.0
    if typed:
        return fuzz.token_sort_ratio(" ".join(field), typed) / 100.0
    return _share_matched(field, query)


def relevance(query: QueryTerms, candidate: Candidate) -> float:
    """See the module docstring; 0 for an empty query."""
    if not query.words:
        return 0.0
    words = frozenset(query.words)
    title = tokens(clean_title(candidate.title))
    artists = [tokens(a) for a in candidate.artists if a]
    album = tokens(candidate.album or "")
    w_title, w_artist, w_album, w_comp = WEIGHTS.get(candidate.kind, WEIGHTS["track"])
    artist_pool = frozenset(w for a in artists for w in a)
    full_pool = frozenset(title) | artist_pool | frozenset(album)
    coverage = _share_matched(query.words, full_pool)
    parts = [(w_title, _field_sim(title, query.title if candidate.kind in ("track", "file")
                                  else "", words)), (w_comp, coverage)]
    if artists and (candidate.kind == "artist" or query.artist or
                    _share_matched(query.words, full_pool - artist_pool) < 1.0):
        parts.append((w_artist, max(_field_sim(a, query.artist, words) for a in artists)))
    if album and (candidate.kind == "album" or query.album or
                  _share_matched(query.words, full_pool - frozenset(album)) < 1.0):
        parts.append((w_album, _field_sim(album, query.album, words)))
    mean = sum(w * v for w, v in parts) / sum(w for w, _ in parts)
    score = mean * (0.25 + 0.75 * coverage)
    if query.phrase and " ".join(title) == query.phrase:
        score += EXACT_TITLE_BONUS
    return min(1.0, max(0.0, score))


def file_quality(file: SoulseekFile, settings: MatchingSettings = DEFAULT
                 ) -> tuple[float, str | None]:
    """The file's quality factor and, for junk, why it is junk."""
    stem_words = parse_path(file.filename).stem_words
    junk = junk_reason(file, stem_words, None, settings)
    if junk is not None:
        return JUNK_FACTOR, junk
    if codec_of(file) in LOSSLESS:
        return 1.0, None
    bitrate, _estimated = effective_bitrate(file, settings.quality)
    if bitrate is None:
        return 0.9, None
    for floor, factor in ((315, 0.97), (220, 0.94), (160, 0.88)):
        if bitrate >= floor:
            return factor, None
    return 0.8, None


def score(query: QueryTerms, candidate: Candidate, file: SoulseekFile | None = None
          ) -> tuple[float, str | None]:
    """The normalised score (4 decimals) and, for a junk file, the reason."""
    value = relevance(query, candidate) * KIND_FACTOR.get((candidate.source, candidate.kind), 1.0)
    reason = None
    if file is not None:
        factor, reason = file_quality(file)
        value *= factor
    return round(min(1.0, max(0.0, value)), 4), reason
