"""Matching stage (job ``matching``): rank each item's candidates, persist the decisions and the
batch result, then hand matched items to the transfer stage or schedule a later retry."""

from __future__ import annotations

import asyncio
import dataclasses

from engine.db.repositories import downloads as dl
from engine.db.repositories.downloads import DownloadView
from engine.db.repositories.matches import RoundSummary
from engine.db.repositories.wanted import WantedItemView
from engine.domain import failure_codes as fc
from engine.domain.models import Decision, RankedCandidate, SoulseekFile
from engine.jobs.handlers import JobContext
from engine.matching import MatchingSettings, rank
from engine.services.acquisition import Acquisition
from engine.services.acquisition_search import unique_files

BANNED_REASON = fc.USER_BANNED  # a code: the Matching page translates it
ITEMS_IN_PARALLEL = 8  # each item is a handful of commits; overlapping them hides the latency


@dataclasses.dataclass
class _Context:
    settings: MatchingSettings
    failures: dict[str, int]
    banned_users: set[str]
    banned_files: set[tuple[str, str]]


@dataclasses.dataclass
class _Batch:
    saved: int = 0
    discarded: int = 0
    confidence_sum: float = 0.0
    items: int = 0

    def add(self, summary: RoundSummary) -> None:
        self.items += 1
        self.saved += summary.saved
        self.discarded += summary.discarded
        if summary.average_confidence is not None:
            self.confidence_sum += summary.average_confidence * summary.saved

    @property
    def average(self) -> float | None:
        return round(self.confidence_sum / self.saved, 4) if self.saved else None


class MatchingStage:
    def __init__(self, acquisition: Acquisition) -> None:
        self.acq = acquisition

    async def handle(self, ctx: JobContext) -> None:
        keys: dict[str, list[str]] = ctx.payload.get("keys", {})
        context = await self._context()
        batch = _Batch()
        limit = asyncio.Semaphore(ITEMS_IN_PARALLEL)

        async def one(raw_id: object) -> None:
            async with limit:
                row = await self.acq.downloads.get(int(str(raw_id)))
                if row is None or row.state != dl.SEARCHING or row.wanted_item_id is None:
                    return
                item = await self.acq.wanted.get(row.wanted_item_id)
                if item is None:
                    return
                summary = await self._match_item(row, item, keys.get(str(row.id), []),
                                                 context, f"job-{ctx.job_id}")
                if summary is not None:
                    batch.add(summary)

        await asyncio.gather(*(one(i) for i in ctx.payload.get("download_ids", [])))
        if batch.items:
            await self.acq.activity.record("metadata", "matching_batch", saved=batch.saved,
                                           discarded=batch.discarded,
                                           average_confidence=batch.average, items=batch.items,
                                           job_id=ctx.job_id)

    async def _context(self) -> _Context:
        window = float(self.acq.setting("matching.peer_failure_window_h"))
        return _Context(self.acq.matching_settings(), await self.acq.peers.recent_failures(window),
                        await self.acq.peers.banned_users(), await self.acq.peers.banned_files())

    async def _candidates(self, row: DownloadView, keys: list[str]) -> list[SoulseekFile] | None:
        """The cached responses of the item's searches; None when they expired meanwhile."""
        max_age = float(self.acq.setting("matching.cache_max_age_s"))
        groups = [await self.acq.cache.get(key, max(max_age, 600.0)) for key in keys]
        if keys and all(group is None for group in groups):
            return None
        return unique_files(group for group in groups if group is not None)

    async def _match_item(self, row: DownloadView, item: WantedItemView, keys: list[str],
                          context: _Context, batch_id: str) -> RoundSummary | None:
        files = await self._candidates(row, keys)
        if files is None:  # the responses are gone (a long outage): search again
            await self.acq.enqueue_for("search", row, suffix=f"again-{batch_id}",
                                       download_ids=[row.id])
            return None
        ranked = await self.acq.in_executor(rank, item.to_query(), files, context.settings,
                                            context.failures, context.banned_users)
        kept = _keep(_apply_file_bans(ranked, context.banned_files),
                     int(self.acq.setting("matching.max_candidates_kept")))
        summary = await self.acq.matches.save_round(item.id, kept, batch_id)
        choice = await self.acq.pick_candidate(item)
        if choice is None:
            await self.acq.round_failed(row.id, _no_match_reason(ranked))
            return summary
        updated = await self.acq.downloads.update(row.id, expect_states=(dl.SEARCHING,),
                                                  state=dl.MATCHED, last_error=None)
        if updated is not None:
            await self.acq.move_item(item.id, "matched", candidates=len(ranked),
                                     saved=summary.saved)
            self.acq.announce(updated)
            await self.acq.enqueue_for("sync", updated, suffix=batch_id)
        return summary


def _apply_file_bans(ranked: list[RankedCandidate], banned: set[tuple[str, str]]
                     ) -> list[RankedCandidate]:
    """Banned files stay visible in the candidate list, as discarded with the reason."""
    result = []
    for candidate in ranked:
        if (candidate.file.username, candidate.file.filename) in banned:
            candidate = dataclasses.replace(candidate, decision=Decision.REJECT,
                                            reasons=(BANNED_REASON, *candidate.reasons))
        result.append(candidate)
    accepted = [c for c in result if c.decision is Decision.ACCEPT]
    return accepted + [c for c in result if c.decision is not Decision.ACCEPT]


def _keep(ranked: list[RankedCandidate], limit: int) -> list[RankedCandidate]:
    """Every accepted candidate (they are the alternates) and the best discarded ones."""
    accepted = [c for c in ranked if c.decision is Decision.ACCEPT]
    rejected = [c for c in ranked if c.decision is not Decision.ACCEPT]
    return accepted + rejected[:max(0, limit - len(accepted))]


def _no_match_reason(ranked: list[RankedCandidate]) -> str:
    """A code with the best file, its confidence and the ranker's first reasons as detail."""
    if not ranked:
        return fc.failure(fc.MATCH_NO_RESULTS)
    best = max(ranked, key=lambda c: c.confidence)
    leaf = best.file.filename.replace("\\", "/").rsplit("/", 1)[-1]
    why = "; ".join(best.reasons[:3])
    return fc.failure(fc.MATCH_NONE_ACCEPTABLE,
                      f"{leaf!r} {best.confidence:.2f}" + (f" ({why})" if why else ""))
