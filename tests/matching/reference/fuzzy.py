"""Fuzzy fallbacks for typos and spelling variants: one rapidfuzz ``cdist`` row per ranking over
the distinct file and folder names that lack exact evidence."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from itertools import chain

from rapidfuzz import fuzz, process

from engine.matching.settings import MatchingSettings
from tests.matching.reference.identity import IdentityEvidence, WantedProfile
from tests.matching.reference.paths import PathEvidence

Pair = tuple[PathEvidence, IdentityEvidence]
# cdist returns float32 scores. A cutoff this far below a threshold lets rapidfuzz skip hopeless
# names early, yet never drops a score that float32 rounding could lift over the threshold.
_CUTOFF_MARGIN = 0.01


def fill_fuzzy(wanted: WantedProfile, pairs: Sequence[Pair], settings: MatchingSettings) -> None:
    """Give fuzzy title and artist evidence to files whose exact evidence is missing."""
    missing_title = [p for p in pairs if p[1].title == 0.0]
    if missing_title and len(wanted.title_text) >= 4:
        _fuzzy_title(wanted, missing_title, settings)
    missing_artist = [p for p in pairs if p[1].artist == 0.0]
    if missing_artist and wanted.artists:
        _fuzzy_artist(wanted, missing_artist, settings)


def _scores(
    query: str, choices: list[str], scorer: Callable[..., float], threshold: float
) -> Sequence[float]:
    cutoff = max(0.0, threshold * 100 - _CUTOFF_MARGIN)
    return process.cdist([query], choices, scorer=scorer, score_cutoff=cutoff, workers=1)[0]


def _fuzzy_title(wanted: WantedProfile, missing: list[Pair], settings: MatchingSettings) -> None:
    names = list(dict.fromkeys(path.stem_words for path, _ in missing))
    scores = _scores(wanted.title_text, [" ".join(words) for words in names],
                     fuzz.partial_ratio, settings.title_fuzzy_min)
    similarity = {words: float(value) / 100 for words, value in zip(names, scores, strict=True)}
    # partial_ratio finds "love" inside any long name; demand comparable lengths as well.
    longest = 3 * max(len(wanted.title_text), 1) + 40
    for path, evidence in missing:
        value = similarity[path.stem_words]
        if value >= settings.title_fuzzy_min and sum(map(len, path.stem_words)) <= longest:
            evidence.title = round(value * 0.9, 4)


def _fuzzy_artist(wanted: WantedProfile, missing: list[Pair], settings: MatchingSettings) -> None:
    primary = " ".join(wanted.artists[0])
    if len(primary) < 4:
        return
    in_folders: dict[tuple[tuple[str, ...], ...], list[str]] = {}
    in_names: dict[tuple[str, ...], list[str]] = {}
    for path, _ in missing:
        if path.folders not in in_folders:
            in_folders[path.folders] = [" ".join(folder) for folder in path.folders]
        if path.stem_words not in in_names:
            in_names[path.stem_words] = _name_segments(path.stem_words)
    # A segment that is just the title says nothing about the artist (self-titled songs).
    segments = list(dict.fromkeys(
        text for text in chain(*in_folders.values(), *in_names.values())
        if text != wanted.title_text
    ))
    if not segments:
        return
    best = dict(zip(segments, _scores(primary, segments, fuzz.ratio, settings.artist_fuzzy_min),
                    strict=True))
    for path, evidence in missing:
        texts = chain(in_folders[path.folders], in_names[path.stem_words])
        top = max((best.get(text, 0.0) for text in texts), default=0.0)
        if top / 100 >= settings.artist_fuzzy_min:
            evidence.artist = round(float(top) / 100 * 0.85, 4)


def _name_segments(words: tuple[str, ...]) -> list[str]:
    # Artist names stand alone in folders, or before " - " in file names: try the first words.
    return [" ".join(words), *(" ".join(words[:size]) for size in (1, 2, 3) if len(words) > size)]
