"""Fuzzy fallbacks for typos and spelling variants: one rapidfuzz ``cdist`` row per ranking over
the distinct file and folder names that lack exact evidence.

A score depends on one name alone (cdist scores every choice on its own), so the ranker asks
once per distinct file name or folder chain and combines the answers per file.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from itertools import chain

from rapidfuzz import fuzz, process

from engine.matching.identity import WantedProfile
from engine.matching.settings import MatchingSettings

# cdist returns float32 scores. A cutoff this far below a threshold lets rapidfuzz skip hopeless
# names early, yet never drops a score that float32 rounding could lift over the threshold.
_CUTOFF_MARGIN = 0.01
Words = tuple[str, ...]
Folders = tuple[Words, ...]


def _scores(
    query: str, choices: list[str], scorer: Callable[..., float], threshold: float
) -> Sequence[float]:
    cutoff = max(0.0, threshold * 100 - _CUTOFF_MARGIN)
    return process.cdist([query], choices, scorer=scorer, score_cutoff=cutoff, workers=1)[0]


def fuzzy_titles(
    wanted: WantedProfile, names: Sequence[Words], settings: MatchingSettings
) -> list[float]:
    """Per distinct file name without the exact title: its fuzzy title evidence, or 0.0."""
    if not names or len(wanted.title_text) < 4:
        return [0.0] * len(names)
    scores = _scores(wanted.title_text, [" ".join(words) for words in names],
                     fuzz.partial_ratio, settings.title_fuzzy_min)
    # partial_ratio finds "love" inside any long name; demand comparable lengths as well.
    longest = 3 * max(len(wanted.title_text), 1) + 40
    titles: list[float] = []
    # tolist() gives each float32 score as the Python float float() would, only faster.
    for words, score in zip(names, scores.tolist(), strict=True):  # type: ignore[attr-defined]
        value = score / 100
        fits = value >= settings.title_fuzzy_min and sum(map(len, words)) <= longest
        titles.append(round(value * 0.9, 4) if fits else 0.0)
    return titles


def artist_tops(
    wanted: WantedProfile, chains: Sequence[Folders], names: Sequence[Words],
    settings: MatchingSettings,
) -> tuple[list[object], list[object]]:
    """Best fuzzy score (0–100, as rapidfuzz returned it) of the primary artist against each
    folder chain's folder names and against each file name's leading words; a file's artist
    evidence is :func:`artist_from_top` of the larger of its chain's and its name's."""
    zero: tuple[list[object], list[object]] = [0.0] * len(chains), [0.0] * len(names)
    if not wanted.artists or not (chains or names):
        return zero
    primary = " ".join(wanted.artists[0])
    if len(primary) < 4:
        return zero
    in_chains = [[" ".join(folder) for folder in folders] for folders in chains]
    in_names = [_name_segments(words) for words in names]
    # A segment that is just the title says nothing about the artist (self-titled songs).
    segments = list(dict.fromkeys(
        text for text in chain(*in_chains, *in_names) if text != wanted.title_text
    ))
    if not segments:
        return zero
    best = dict(zip(segments, _scores(primary, segments, fuzz.ratio, settings.artist_fuzzy_min),
                    strict=True))
    return ([_top(best, texts) for texts in in_chains], [_top(best, texts) for texts in in_names])


def _top(best: Mapping[str, object], texts: list[str]) -> object:
    return max((best.get(text, 0.0) for text in texts), default=0.0)  # type: ignore[type-var]


def artist_from_top(top: object, settings: MatchingSettings) -> float:
    """Fuzzy artist evidence from the best score of a file's segments; 0.0 below the minimum."""
    # ``top`` stays the float32 rapidfuzz gave: the threshold test is made on it as it was.
    if top / 100 >= settings.artist_fuzzy_min:  # type: ignore[operator]
        return round(float(top) / 100 * 0.85, 4)  # type: ignore[arg-type]
    return 0.0


def _name_segments(words: Words) -> list[str]:
    # Artist names stand alone in folders, or before " - " in file names: try the first words.
    return [" ".join(words), *(" ".join(words[:size]) for size in (1, 2, 3) if len(words) > size)]
