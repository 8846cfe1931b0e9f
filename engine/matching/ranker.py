"""The ranker: identity first, then quality, then peer — never a better bitrate over the right
recording."""

from __future__ import annotations

import zlib
from collections.abc import Collection, Mapping, Sequence

from engine.domain.models import Decision, RankedCandidate, SoulseekFile, TrackQuery
from engine.matching import identity as ident
from engine.matching import normalize, paths, versions
from engine.matching.identity_memo import IdentityMemo, Source
from engine.matching.judge import Judge, Judged
from engine.matching.junk import file_junk_reason, size_junk_reason
from engine.matching.memo import CodecMemo, PeerMemo, QualityMemo
from engine.matching.quality import QualityVerdict
from engine.matching.settings import DEFAULT, MatchingSettings


def rank(
    track: TrackQuery,
    candidates: Sequence[SoulseekFile],
    settings: MatchingSettings = DEFAULT,
    peer_failures: Mapping[str, int] | None = None,
    banned: Collection[str] | None = None,
) -> list[RankedCandidate]:
    """Rank every candidate for ``track``, best first; the first accepted one is downloaded first,
    the other accepted ones are alternates in order. Pure and deterministic."""
    wanted = ident.wanted_profile(track)
    judge, codecs = Judge(wanted, settings), CodecMemo()
    memo = IdentityMemo(wanted, judge)
    # Two passes: fuzzy evidence is filled in over all distinct names at once, in between.
    sources = _sources(candidates, memo, judge, codecs, settings)
    memo.fill_fuzzy(settings)
    qualities = QualityMemo(settings.quality)
    peers = PeerMemo(settings, peer_failures or {}, frozenset(banned or ()))
    outcomes: dict[tuple[int, str | None, int, int, int], _Outcome] = {}
    keyed: list[tuple[object, ...]] = []
    ranked: list[RankedCandidate] = []
    for index, file in enumerate(candidates):
        source = sources[index]
        verdict = (source if type(source) is Judged
                   else memo.judged(source, file.length_s, settings))  # type: ignore[arg-type]
        quality = qualities.verdict(file, codecs.codec(file))
        label, standing, speed_key, score_key = peers.entry(file)
        # Verdicts live as long as their memos (this ranking), so their ids are stable keys.
        # Quality labels often differ per file (estimated bitrates): they stay out of the key.
        outcome_key = (id(verdict), quality.reject, id(standing), quality.tier, quality.rule)
        outcome = outcomes.get(outcome_key)
        if outcome is None:
            outcome = outcomes[outcome_key] = _Outcome(verdict, quality, standing, settings)
        ranked.append(RankedCandidate(
            file, outcome.confidence, outcome.decision,
            _reasons(outcome.reasons, quality.label, label), index))
        # A stable hash of (user, path) and the input position break the remaining ties.
        keyed.append((outcome.head, speed_key, outcome.confidence_key, score_key,
                      -quality.bitrate,
                      zlib.crc32(f"{file.username}\\{file.filename}".encode()), index))
    keyed.sort()
    return [ranked[key[-1]] for key in keyed]  # type: ignore[index]


def clear_caches() -> None:
    """Forget the process-wide parse and normalisation caches (benchmarks measure cold runs;
    the caches are bounded, so nothing else needs this)."""
    paths.clear_caches()
    normalize.clear_caches()
    versions.clear_caches()


def _sources(
    candidates: Sequence[SoulseekFile], memo: IdentityMemo, judge: Judge, codecs: CodecMemo,
    settings: MatchingSettings,
) -> list[Judged | Source]:
    """Per file, its junk verdict or the (name, folders) pair its identity evidence comes from."""
    wanted_s = memo.wanted.duration_s
    junk_verdicts: dict[str, Judged] = {}
    sources: list[Judged | Source] = []
    for file in candidates:
        codec = codecs.codec(file)
        # Covers, cue sheets and logs are common in responses: skip even parsing their paths.
        junk = file_junk_reason(file, settings, codec)
        if not junk:
            stem, folder = memo.locate(file.filename)
            junk = "preview clip" if stem.preview else size_junk_reason(
                file, codec, wanted_s, settings)
            if not junk:
                sources.append(memo.source(stem, folder))
                continue
        # Junk never wins whatever its name says: no identity work.
        verdict = junk_verdicts.get(junk)
        if verdict is None:
            verdict = junk_verdicts[junk] = judge.junk(junk)
        sources.append(verdict)
    return sources


def _reasons(prefix: tuple[str, ...], quality: str, peer: str) -> tuple[str, ...]:
    """``tuple(dict.fromkeys((*prefix, quality, peer)))`` for a ``prefix`` without repeats."""
    if quality in prefix or peer in prefix or quality == peer:
        return tuple(dict.fromkeys((*prefix, quality, peer)))
    return (*prefix, quality, peer)


class _Outcome:
    """The decision, confidence, reasons (but the quality and peer labels) and sort-key parts of
    one (identity verdict, quality rejection and place, peer standing) combination."""

    __slots__ = ("confidence", "confidence_key", "decision", "head", "reasons")

    def __init__(self, verdict: Judged, quality: QualityVerdict,
                 standing: tuple[str | None, bool, bool], settings: MatchingSettings) -> None:
        skip, downranked, no_free_slot = standing
        blockers = [*verdict.hard]
        if quality.reject:
            blockers.append(quality.reject)
        if skip:
            blockers.append(skip)
        confidence = verdict.confidence
        accepted = not blockers and confidence >= settings.accept_threshold
        if blockers:
            confidence *= settings.reject_scale
        elif not accepted:
            blockers.append(f"low confidence {confidence:.2f}")
        self.decision = Decision.ACCEPT if accepted else Decision.REJECT
        self.confidence = round(min(confidence, 1.0), 4)
        self.reasons = tuple(dict.fromkeys((*blockers, *verdict.notes)))
        # Sort order: accepted first; strong identity, then peer health, quality and a free
        # slot; then (per file) speed bucket, confidence, peer score, bitrate.
        strong = verdict.confidence >= settings.strong_threshold
        self.head = (not accepted, not strong, downranked, quality.tier, quality.rule,
                     no_free_slot)
        self.confidence_key = -round(verdict.confidence, 3)
