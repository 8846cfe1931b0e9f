"""Identity judgement: confidence and the hard reasons that reject a candidate, from its identity
evidence and its length. A response has few distinct (evidence, length) pairs, so the ranker
judges each once (see :class:`Judge`)."""

from __future__ import annotations

from engine.domain.models import Decision
from engine.matching import versions
from engine.matching.identity import IdentityEvidence, WantedProfile
from engine.matching.settings import MatchingSettings

# What a verdict decides once the quality rejection and peer skip are known (ranker._finish):
# decision, confidence, reasons but the quality and peer labels, not accepted, not strong, and
# the confidence sort key.
Finished = tuple[Decision, float, tuple[str, ...], bool, bool, float]


class Judged:
    """One identity verdict; ``hard`` reasons reject, ``notes`` only explain. ``plain`` is what
    follows from it without a quality rejection or peer skip (most files: made with it), and
    ``finished`` the ranker's memo of what follows with one (made when first needed)."""

    __slots__ = ("confidence", "finished", "hard", "notes", "plain")

    def __init__(self, confidence: float, hard: tuple[str, ...], notes: tuple[str, ...],
                 plain: Finished):
        self.confidence, self.hard, self.notes, self.plain = confidence, hard, notes, plain
        self.finished: dict[tuple[str | None, str | None], Finished] | None = None


class Judge:
    """Judges evidence for one wanted track, memoising what many candidates share."""

    def __init__(self, wanted: WantedProfile, settings: MatchingSettings) -> None:
        self.wanted, self.settings = wanted, settings
        # Few distinct lengths and version-word sets occur in one response.
        self._durations: dict[int | None, tuple[float, str, bool]] = {}
        self._versions: dict[frozenset[str], versions.VersionVerdict] = {}
        self._accept, self._strong = settings.accept_threshold, settings.strong_threshold
        self._reject_scale = settings.reject_scale
        # round() is slow, and a response's confidences take few distinct values (few title,
        # artist, length and extra-word scores): round each value once.
        self._final: dict[float, float] = {}
        self._keys: dict[float, float] = {}

    def junk(self, reason: str) -> Judged:
        # Junk never wins; other reasons about it would only be noise in the Matching tab.
        return self._judged(0.0, (reason,), ())

    def judge(self, ev: IdentityEvidence, length_s: int | None) -> Judged:
        """Identity confidence plus the hard reasons that reject a candidate outright."""
        return self.judge_values(ev.title, ev.artist, ev.album, ev.version_tags, ev.extra_words,
                                 length_s)

    def judge_values(
        self, title: float, artist: float, album: float, version_tags: frozenset[str],
        extra_words: tuple[str, ...], length_s: int | None,
    ) -> Judged:
        """:meth:`judge` on the evidence's fields (the ranker keeps them apart)."""
        wanted, settings = self.wanted, self.settings
        duration = self._durations.get(length_s)
        if duration is None:
            duration = self._durations[length_s] = _duration(length_s, wanted, settings)
        duration_score, duration_note, duration_reject = duration
        verdict = self._versions.get(version_tags)
        if verdict is None:
            verdict = self._versions[version_tags] = versions.compare(
                wanted.versions, wanted.excused, version_tags)
        hard = [*verdict.hard]
        if title == 0.0:
            hard.append("title not found")
        if artist == 0.0 and settings.require_artist_evidence:
            hard.append("artist not found")
        if duration_reject:
            hard.append(duration_note)
        confidence = (
            settings.weight_title * title
            + settings.weight_artist * artist
            + settings.weight_duration * duration_score
            + settings.weight_album * (album if wanted.album else 1.0)
        )
        confidence -= settings.soft_version_penalty * len(verdict.soft)
        notes = [*verdict.soft]
        if extra_words:
            extra_ratio = len(extra_words) / (len(wanted.title) + len(extra_words))
            confidence -= settings.extra_words_weight * extra_ratio
            reason = "extra words: " + " ".join(extra_words[:4])
            (hard if extra_ratio >= settings.extra_words_reject_ratio else notes).append(reason)
        if not duration_reject:
            notes.append(duration_note)
        return self._judged(min(1.0, max(0.0, confidence)), tuple(hard), tuple(notes))

    def _judged(self, confidence: float, hard: tuple[str, ...], notes: tuple[str, ...]) -> Judged:
        # ranker._finish without a quality rejection or peer skip. Hard reasons, notes and the
        # low-confidence reason come from different sources with different wordings, so the
        # reasons need no de-duplication.
        if hard:
            accepted, final, reasons = False, confidence * self._reject_scale, hard + notes
        elif confidence >= self._accept:
            accepted, final, reasons = True, confidence, notes
        else:
            accepted, final = False, confidence
            reasons = (f"low confidence {confidence:.2f}", *notes)
        final = min(final, 1.0)
        # Most rejected candidates score exactly 0.0, which round() leaves as is; zeros never
        # reach the memos (0.0 and -0.0 would share an entry there).
        if final != 0.0:
            rounded = self._final.get(final)
            if rounded is None:
                rounded = self._final[final] = round(final, 4)
            final = rounded
        key = -confidence
        if confidence != 0.0:
            key = self._keys.get(confidence)
            if key is None:
                key = self._keys[confidence] = -round(confidence, 3)
        plain = (Decision.ACCEPT if accepted else Decision.REJECT, final, reasons, not accepted,
                 not confidence >= self._strong, key)
        return Judged(confidence, hard, notes, plain)


def _duration(
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
