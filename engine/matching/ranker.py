"""The ranker: identity first, then quality, then peer — never a better bitrate over the right
recording."""

from __future__ import annotations

import zlib
from collections.abc import Collection, Mapping, Sequence
from typing import Any

from engine.domain.models import RankedCandidate, SoulseekFile, TrackQuery
from engine.matching import identity as ident
from engine.matching import normalize, paths, versions
from engine.matching.identity_memo import IdentityMemo, Source
from engine.matching.judge import Judge, Judged
from engine.matching.junk import SizeRules, file_junk_reason
from engine.matching.memo import CodecMemo, PeerMemo, QualityMemo
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
    judge = Judge(wanted, settings)
    memo = IdentityMemo(wanted, judge)
    # Two passes: fuzzy evidence is filled in over all distinct names at once, in between.
    sources, codecs = _sources(candidates, memo, judge, settings)
    memo.fill_fuzzy(settings)
    peers = PeerMemo(settings, peer_failures or {}, frozenset(banned or ()))
    return _ranked(candidates, sources, codecs, memo, judge, QualityMemo(settings.quality), peers)


def _ranked(
    candidates: Sequence[SoulseekFile], sources: list[Judged | Source], codecs: list[str],
    memo: IdentityMemo, judge: Judge, qualities: QualityMemo, peers: PeerMemo,
) -> list[RankedCandidate]:
    """Every file's decision, confidence and reasons, best first (one pass over the files)."""
    judged, finish, crc32 = memo.judged, judge.finish, zlib.crc32
    quality_entry, peer_entry = qualities.entry, peers.entry
    keyed: list[tuple[Any, ...]] = []  # sort keys of mixed types, ending in the file's index
    ranked: list[RankedCandidate] = []
    for index, file in enumerate(candidates):
        source = sources[index]
        if source.__class__ is Judged:
            verdict, note, extra = source, None, None
        else:
            verdict, note = judged(source, file.length_s)
            extra = source[0].extra
        reject, quality, tier, rule, bitrate_key = quality_entry(file, codecs[index])
        peer, skip, downranked, no_free_slot, speed_key, score_key, user_crc = peer_entry(file)
        # Quality labels often differ per file (estimated bitrates), so the finish is memoised
        # on the verdict per quality rejection and peer skip only; mostly there are neither.
        if reject is None and skip is None:
            finished = verdict.plain
        else:
            finished = finish(verdict, reject, skip)
        (decision, confidence, first, second, third, note_first, not_accepted, not_strong,
         confidence_key) = finished
        # The file's own reasons in their places (see judge.Finished).
        if extra is None:
            reasons = first if note is None else (*first, note, *second)
        elif note_first:
            reasons = (*first, note, *second, extra, *third)
        else:
            reasons = (*first, extra, *second, note, *third)
        # tuple(dict.fromkeys((*reasons, quality, peer))): reasons hold no repeats.
        if quality in reasons or peer in reasons or quality == peer:
            reasons = tuple(dict.fromkeys((*reasons, quality, peer)))
        else:
            reasons = (*reasons, quality, peer)
        ranked.append(RankedCandidate(file, confidence, decision, reasons, index))
        # Accepted first; strong identity, then peer health, quality, slot, speed, confidence,
        # peer score, bitrate; a stable hash of (user, path) and the position break ties.
        keyed.append((not_accepted, not_strong, downranked, tier, rule, no_free_slot, speed_key,
                      confidence_key, score_key, bitrate_key,
                      crc32(file.filename.encode(), user_crc), index))
    keyed.sort()
    return [ranked[key[-1]] for key in keyed]


def clear_caches() -> None:
    """Forget the process-wide parse and normalisation caches (benchmarks measure cold runs;
    the caches are bounded, so nothing else needs this)."""
    paths.clear_caches()
    normalize.clear_caches()
    versions.clear_caches()


def _sources(
    candidates: Sequence[SoulseekFile], memo: IdentityMemo, judge: Judge,
    settings: MatchingSettings,
) -> tuple[list[Judged | Source], list[str]]:
    """Per file, its junk verdict or where its identity evidence comes from, and its codec."""
    size_rules = SizeRules(settings, memo.wanted.duration_s)
    codecs = CodecMemo()
    junk_verdicts: dict[str, Judged] = {}
    sources: list[Judged | Source] = []
    file_codecs: list[str] = []
    for file in candidates:
        codec = codecs.codec(file)
        file_codecs.append(codec)
        # Covers, cue sheets and logs are common in responses: skip even parsing their paths.
        junk = file_junk_reason(file, settings, codec)
        if not junk:
            stem, folder = memo.locate(file.filename)
            junk = "preview clip" if stem.preview else size_rules.reason(file, codec)
            if not junk:
                sources.append(memo.source(stem, folder))
                continue
        # Junk never wins whatever its name says: no identity work.
        verdict = junk_verdicts.get(junk)
        if verdict is None:
            verdict = junk_verdicts[junk] = judge.junk(junk)
        sources.append(verdict)
    return sources, file_codecs
