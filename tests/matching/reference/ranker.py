"""The ranker: identity first, then quality, then peer — never a better bitrate over the right
recording."""

from __future__ import annotations

import zlib
from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass
from functools import cache, partial

from engine.domain.models import Decision, RankedCandidate, SoulseekFile, TrackQuery
from engine.matching import versions
from engine.matching.quality import QualityVerdict
from engine.matching.settings import DEFAULT, MatchingSettings
from tests.matching.reference import identity as ident
from tests.matching.reference import normalize, paths
from tests.matching.reference.fuzzy import fill_fuzzy
from tests.matching.reference.junk import file_junk_reason, named_junk_reason
from tests.matching.reference.memo import PeerMemo, QualityMemo
from tests.matching.reference.paths import PathEvidence, parse_path
from tests.matching.reference.peers import PeerVerdict

# Stands in for the path of a file rejected before its path was parsed (never read).
_NO_PATH = PathEvidence("", (), (), None, "")


@dataclass(slots=True)
class _Scored:
    """Working state for one candidate while it is being ranked."""

    index: int
    file: SoulseekFile
    path: PathEvidence
    evidence: ident.IdentityEvidence
    junk: str | None = None
    confidence: float = 0.0
    hard: tuple[str, ...] = ()
    notes: tuple[str, ...] = ()
    quality: QualityVerdict | None = None
    peer: PeerVerdict | None = None
    accepted: bool = False


def rank(
    track: TrackQuery,
    candidates: Sequence[SoulseekFile],
    settings: MatchingSettings = DEFAULT,
    peer_failures: Mapping[str, int] | None = None,
    banned: Collection[str] | None = None,
) -> list[RankedCandidate]:
    """Rank every candidate for ``track``, best first; the first accepted one is downloaded first,
    the other accepted ones are alternates in order. Pure and deterministic."""
    context = _Context(settings, ident.IdentityMemo(ident.wanted_profile(track)))
    peers = PeerMemo(settings, peer_failures or {}, frozenset(banned or ()))
    qualities = QualityMemo(settings.quality)
    scored = [_gather(i, f, context.identity, settings) for i, f in enumerate(candidates)]
    fill_fuzzy(context.wanted, [(s.path, s.evidence) for s in scored if not s.junk], settings)
    for item in scored:
        _judge(item, context)
        item.quality = qualities.verdict(item.file)
        item.peer = peers.verdict(item.file)
        item.accepted = _accepted(item, settings)
    return [_finish(item, settings) for item in sorted(scored, key=_sort_key(settings))]


class _Context:
    """One ranking's wanted track and settings, with memos for what many files share."""

    def __init__(self, settings: MatchingSettings, identity: ident.IdentityMemo) -> None:
        self.settings = settings
        self.identity = identity
        self.wanted = identity.wanted
        # Few distinct lengths and version-word sets occur in one response.
        self.duration = cache(partial(_duration, wanted=self.wanted, settings=settings))
        self.versions = cache(partial(versions.compare, self.wanted.versions, self.wanted.excused))


def clear_caches() -> None:
    """Forget the process-wide parse and normalisation caches (benchmarks measure cold runs;
    the caches are bounded, so nothing else needs this)."""
    paths.clear_caches()
    normalize.clear_caches()
    versions.clear_caches()


def _gather(
    index: int, file: SoulseekFile, memo: ident.IdentityMemo, settings: MatchingSettings
) -> _Scored:
    junk = file_junk_reason(file, settings)
    if junk:
        # Covers, cue sheets and logs are common in responses: skip even parsing their paths.
        return _Scored(index, file, _NO_PATH, ident.IdentityEvidence(), junk)
    path = parse_path(file.filename)
    junk = named_junk_reason(file, path.stem_words, memo.wanted.duration_s, settings)
    if junk:
        # Junk never wins whatever its name says: skip the identity work.
        return _Scored(index, file, path, ident.IdentityEvidence(), junk)
    return _Scored(index, file, path, memo.evidence(path))


def _judge(item: _Scored, context: _Context) -> None:
    """Identity confidence plus the hard reasons that reject a candidate outright."""
    if item.junk:
        # Junk never wins; other reasons about it would only be noise in the Matching tab.
        item.confidence, item.hard, item.notes = 0.0, (item.junk,), ()
        return
    ev, wanted, settings = item.evidence, context.wanted, context.settings
    hard: list[str] = []
    notes: list[str] = []
    duration_score, duration_note, duration_reject = context.duration(item.file.length_s)
    verdict = context.versions(ev.version_tags)
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
    item.confidence = min(1.0, max(0.0, confidence))
    item.hard, item.notes = tuple(hard), tuple(notes)


def _extra_ratio(extra: tuple[str, ...], wanted: ident.WantedProfile) -> float:
    if not extra:
        return 0.0
    return len(extra) / (len(wanted.title) + len(extra))


def _duration(
    length_s: int | None, wanted: ident.WantedProfile, settings: MatchingSettings
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


def _sort_key(settings: MatchingSettings):  # type: ignore[no-untyped-def]
    def key(item: _Scored) -> tuple[object, ...]:
        accepted = item.accepted
        assert item.quality is not None and item.peer is not None
        strong = item.confidence >= settings.strong_threshold
        return (
            not accepted,
            not strong,
            item.peer.downranked,
            item.quality.tier,
            item.quality.rule,
            not item.file.has_free_slot,
            -item.peer.speed_bucket,
            -round(item.confidence, 3),
            -item.peer.score,
            -item.quality.bitrate,
            zlib.crc32(f"{item.file.username}\\{item.file.filename}".encode()),
            item.index,
        )

    return key


def _accepted(item: _Scored, settings: MatchingSettings) -> bool:
    assert item.quality is not None and item.peer is not None
    if item.hard or item.quality.reject or item.peer.skip:
        return False
    return item.confidence >= settings.accept_threshold


def _finish(item: _Scored, settings: MatchingSettings) -> RankedCandidate:
    assert item.quality is not None and item.peer is not None
    accepted = item.accepted
    blockers = [*item.hard]
    if item.quality.reject:
        blockers.append(item.quality.reject)
    if item.peer.skip:
        blockers.append(item.peer.skip)
    confidence = item.confidence
    if blockers:
        confidence *= settings.reject_scale
    elif not accepted:
        blockers.append(f"low confidence {confidence:.2f}")
    reasons = (*blockers, *item.notes, item.quality.label, item.peer.label)
    return RankedCandidate(
        file=item.file,
        confidence=round(min(confidence, 1.0), 4),
        decision=Decision.ACCEPT if accepted else Decision.REJECT,
        reasons=tuple(dict.fromkeys(reasons)),
        input_index=item.index,
    )
