"""Identity judgement: confidence and the hard reasons that reject a candidate, from its identity
evidence and its length. A response has few distinct (evidence, length) pairs, so the ranker
judges each once (see :class:`Judge`)."""

from __future__ import annotations

from engine.domain.models import Decision
from engine.matching import versions
from engine.matching.identity import WantedProfile
from engine.matching.settings import MatchingSettings

# What a verdict decides once the quality rejection and peer skip are known: decision,
# confidence, the reasons but the labels, the length's note and the extra-words reason split in
# three where those two go, whether the length's note comes first, not accepted, not strong,
# and the confidence sort key. Reasons: (*first, note, *second, extra, *third) when the note
# comes first, else (*first, extra, *second, note, *third); without an extra-words reason
# (*first, note, *second); a junk verdict's are ``first`` alone.
Finished = tuple[Decision, float, tuple[str, ...], tuple[str, ...], tuple[str, ...], bool, bool,
                 bool, float]


class Judged:
    """One identity verdict; ``hard`` reasons reject, ``notes`` only explain. Two reasons are a
    file's own and left out, so that files differing only in them share the verdict: the note
    on the file's length and the one naming the file name's extra words. ``duration`` says
    whether the length's note rejects (True; after the other hard reasons) or only explains
    (False; the last note), None for junk (no note); ``extra`` the same of the extra words
    (True: the last hard reason; False: the note after the version notes; None: there are
    none). ``plain`` is what follows without a quality rejection or peer skip (most files),
    ``finished`` the memo of what follows with one."""

    __slots__ = ("confidence", "duration", "extra", "finished", "hard", "notes", "plain")

    def __init__(self, confidence: float, hard: tuple[str, ...], notes: tuple[str, ...],
                 extra: bool | None = None, duration: bool | None = None):
        self.confidence, self.hard, self.notes = confidence, hard, notes
        self.extra, self.duration = extra, duration
        self.finished: dict[tuple[str | None, str | None], Finished] = {}


class Judge:
    """Judges evidence for one wanted track, memoising what many candidates share."""

    def __init__(self, wanted: WantedProfile, settings: MatchingSettings) -> None:
        self.wanted, self.settings = wanted, settings
        # Few distinct lengths and version-word sets occur in one response.
        self.durations: dict[int | None, tuple[float, str, bool]] = {}
        self._versions: dict[frozenset[str], versions.VersionVerdict] = {}
        # round() is slow, and a response's confidences take few distinct values (few title,
        # artist, length and extra-word scores): round each value once.
        self._final: dict[float, float] = {}
        self._keys: dict[float, float] = {}

    def junk(self, reason: str) -> Judged:
        # Junk never wins; other reasons about it would only be noise in the Matching tab.
        return self._judged(Judged(0.0, (reason,), ()))

    def duration(self, length_s: int | None) -> tuple[float, str, bool]:
        """(score, note, reject?) of a length (memoised in :attr:`durations`)."""
        found = self.durations.get(length_s)
        if found is None:
            found = self.durations[length_s] = _duration(length_s, self.wanted, self.settings)
        return found

    def judge_values(
        self, title: float, artist: float, album: float, version_tags: frozenset[str],
        extra_words: int, duration_score: float, duration_reject: bool,
    ) -> Judged:
        """The verdict on a file's evidence (``extra_words``: how many) and its length's score
        and rejection (see :meth:`duration`)."""
        wanted, settings = self.wanted, self.settings
        verdict = self._versions.get(version_tags)
        if verdict is None:
            verdict = self._versions[version_tags] = versions.compare(
                wanted.versions, wanted.excused, version_tags)
        hard = [*verdict.hard]
        if title == 0.0:
            hard.append("title not found")
        if artist == 0.0 and settings.require_artist_evidence:
            hard.append("artist not found")
        confidence = (
            settings.weight_title * title
            + settings.weight_artist * artist
            + settings.weight_duration * duration_score
            + settings.weight_album * (album if wanted.album else 1.0)
        )
        confidence -= settings.soft_version_penalty * len(verdict.soft)
        extra = None
        if extra_words:
            extra_ratio = extra_words / (len(wanted.title) + extra_words)
            confidence -= settings.extra_words_weight * extra_ratio
            extra = extra_ratio >= settings.extra_words_reject_ratio
        return self._judged(Judged(min(1.0, max(0.0, confidence)), tuple(hard), verdict.soft,
                                   extra, duration_reject))

    def _judged(self, verdict: Judged) -> Judged:
        verdict.plain = self.finish(verdict, None, None)
        return verdict

    def finish(self, verdict: Judged, reject: str | None, skip: str | None) -> Finished:
        """What follows from the verdict with this quality rejection and peer skip (memoised
        on the verdict). Identity reasons, the quality rejection, the peer skip and the
        low-confidence reason are worded apart, so the reasons never need de-duplication."""
        found = verdict.finished.get((reject, skip))
        if found is not None:
            return found
        blockers = [*verdict.hard]
        hard_end = len(blockers)
        if reject:
            blockers.append(reject)
        if skip:
            blockers.append(skip)
        confidence = verdict.confidence
        blocked = bool(blockers) or verdict.duration is True or verdict.extra is True
        accepted = not blocked and confidence >= self.settings.accept_threshold
        final = confidence
        if blocked:
            final *= self.settings.reject_scale
        elif not accepted:
            blockers.append(f"low confidence {confidence:.2f}")
        reasons = (*blockers, *verdict.notes)
        # Hard ones follow the identity's hard reasons (the length's first), notes end the
        # reasons (the extra words' first).
        note_first = verdict.duration is True
        note_at = hard_end if note_first else len(reasons)
        extra_at = hard_end if verdict.extra else len(reasons)
        first, second = (note_at, extra_at) if note_first else (extra_at, note_at)
        found = verdict.finished[reject, skip] = (
            Decision.ACCEPT if accepted else Decision.REJECT, self._rounded(min(final, 1.0)),
            reasons[:first], reasons[first:second], reasons[second:], note_first, not accepted,
            not confidence >= self.settings.strong_threshold, self._key(confidence))
        return found

    def _rounded(self, final: float) -> float:
        # Most rejected candidates score exactly 0.0, which round() leaves as is; zeros never
        # reach the memo (0.0 and -0.0 would share an entry there).
        if final == 0.0:
            return final
        rounded = self._final.get(final)
        if rounded is None:
            rounded = self._final[final] = round(final, 4)
        return rounded

    def _key(self, confidence: float) -> float:
        if confidence == 0.0:
            return -confidence
        key = self._keys.get(confidence)
        if key is None:
            key = self._keys[confidence] = -round(confidence, 3)
        return key


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
