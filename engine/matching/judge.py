"""Identity judgement: confidence and the hard reasons that reject a candidate, from its identity
evidence and its length. A response has few distinct (evidence, length) pairs, so the ranker
judges each once (see :class:`Judge`)."""

from __future__ import annotations

from typing import NamedTuple

from engine.matching import versions
from engine.matching.identity import IdentityEvidence, WantedProfile
from engine.matching.settings import MatchingSettings


class Judged(NamedTuple):
    """One identity verdict; ``hard`` reasons reject, ``notes`` only explain."""

    confidence: float
    hard: tuple[str, ...]
    notes: tuple[str, ...]


class Judge:
    """Judges evidence for one wanted track, memoising what many candidates share."""

    def __init__(self, wanted: WantedProfile, settings: MatchingSettings) -> None:
        self.wanted, self.settings = wanted, settings
        # Few distinct lengths and version-word sets occur in one response.
        self._durations: dict[int | None, tuple[float, str, bool]] = {}
        self._versions: dict[frozenset[str], versions.VersionVerdict] = {}

    def junk(self, reason: str) -> Judged:
        # Junk never wins; other reasons about it would only be noise in the Matching tab.
        return Judged(0.0, (reason,), ())

    def judge(self, ev: IdentityEvidence, length_s: int | None) -> Judged:
        """Identity confidence plus the hard reasons that reject a candidate outright."""
        wanted, settings = self.wanted, self.settings
        hard: list[str] = []
        notes: list[str] = []
        duration_score, duration_note, duration_reject = self._duration(length_s)
        verdict = self._version_verdict(ev.version_tags)
        hard.extend(verdict.hard)
        if ev.title == 0.0:
            hard.append("title not found")
        if ev.artist == 0.0 and settings.require_artist_evidence:
            hard.append("artist not found")
        if duration_reject:
            hard.append(duration_note)
        confidence = (
            settings.weight_title * ev.title
            + settings.weight_artist * ev.artist
            + settings.weight_duration * duration_score
            + settings.weight_album * (ev.album if wanted.album else 1.0)
        )
        confidence -= settings.soft_version_penalty * len(verdict.soft)
        notes.extend(verdict.soft)
        extra_ratio = _extra_ratio(ev.extra_words, wanted)
        if ev.extra_words:
            confidence -= settings.extra_words_weight * extra_ratio
            reason = "extra words: " + " ".join(ev.extra_words[:4])
            (hard if extra_ratio >= settings.extra_words_reject_ratio else notes).append(reason)
        if not duration_reject:
            notes.append(duration_note)
        return Judged(min(1.0, max(0.0, confidence)), tuple(hard), tuple(notes))

    def _duration(self, length_s: int | None) -> tuple[float, str, bool]:
        found = self._durations.get(length_s)
        if found is None:
            found = self._durations[length_s] = duration(length_s, self.wanted, self.settings)
        return found

    def _version_verdict(self, tags: frozenset[str]) -> versions.VersionVerdict:
        found = self._versions.get(tags)
        if found is None:
            found = self._versions[tags] = versions.compare(
                self.wanted.versions, self.wanted.excused, tags)
        return found


def _extra_ratio(extra: tuple[str, ...], wanted: WantedProfile) -> float:
    if not extra:
        return 0.0
    return len(extra) / (len(wanted.title) + len(extra))


def duration(
    length_s: int | None, wanted: WantedProfile, settings: MatchingSettings
) -> tuple[float, str, bool]:
    """(score, reason, reject?) for the length agreement; unknown on either side is neutral."""
    if wanted.duration_s is None or length_s is None:
        return settings.duration_unknown_score, "length unknown", False
    delta = length_s - wanted.duration_s
    tolerance = max(settings.duration_tolerance_s,
                    settings.duration_tolerance_ratio * wanted.duration_s)
    note = f"duration {delta:+.0f} s"
    if abs(delta) <= tolerance:
        return 1.0, note, False
    limit = tolerance * settings.duration_reject_factor
    if abs(delta) > limit:
        return 0.0, note, True
    return max(0.0, 1.0 - (abs(delta) - tolerance) / (limit - tolerance)), note, False
