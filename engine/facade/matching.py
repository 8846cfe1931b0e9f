"""The Matching section: metrics, recent batches, wanted items, candidates and overrides."""

from __future__ import annotations

from collections.abc import Sequence

from engine.activity import ActivityEntry
from engine.db.repositories.matches import DISCARDED, SAVED, MatchView
from engine.facade.contracts import CandidateRow, MatchingBatch, MatchingMetrics, WantedRow
from engine.services.acquisition import Acquisition
from engine.services.acquisition_control import NotFound, PipelineControl


def _batch(entry: ActivityEntry) -> MatchingBatch:
    details = entry.details
    average = details.get("average_confidence")
    return MatchingBatch(entry.id, entry.created_at, int(details.get("saved", 0)),
                         int(details.get("discarded", 0)),
                         float(average) if average is not None else None)


class MatchingFacade:
    def __init__(self, acquisition: Acquisition, control: PipelineControl) -> None:
        self._acq = acquisition
        self._control = control

    async def _recent_batches(self, limit: int) -> list[MatchingBatch]:
        entries = await self._acq.activity.recent(limit=limit, types=("metadata",),
                                                  status="matching_batch")
        return [_batch(entry) for entry in entries]

    async def metrics(self) -> MatchingMetrics:
        totals = await self._acq.matches.totals()
        last = await self._recent_batches(1)
        return MatchingMetrics(last[0].average_confidence if last else None,
                               last[0].discarded if last else 0, totals.get(SAVED, 0),
                               totals.get(DISCARDED, 0))

    async def batches(self, limit: int = 20) -> list[MatchingBatch]:
        newest_first = await self._recent_batches(limit)
        return sorted(newest_first, key=lambda b: not b.all_discarded)  # stable: keeps order

    async def wanted(self, *, states: Sequence[str] = (), text: str | None = None,
                     limit: int = 500) -> list[WantedRow]:
        items = await self._acq.wanted.list(states=states, text=text, limit=limit)
        return [WantedRow(i.id, i.title, i.artists, i.album, i.duration_ms, i.state, i.sources,
                          i.last_error, i.library_path, i.updated_at) for i in items]

    async def candidates(self, wanted_item_id: int) -> list[CandidateRow]:
        banned_files = await self._acq.peers.banned_files()
        banned_users = await self._acq.peers.banned_users()
        rows = await self._acq.matches.for_item(wanted_item_id)
        return [_candidate(m, (m.file.username, m.file.filename) in banned_files
                           or m.file.username in banned_users) for m in rows]

    async def choose_candidate(self, wanted_item_id: int, username: str, filename: str) -> None:
        match = await self._acq.matches.find(wanted_item_id, username, filename)
        if match is None:
            raise NotFound("That file is not a candidate of this item",
                           params={"wanted_item_id": wanted_item_id, "filename": filename})
        await self._control.choose(wanted_item_id, match.file)

    async def ban_file(self, username: str, filename: str,
                       wanted_item_id: int | None = None) -> None:
        await self._acq.peers.ban_file(username, filename, wanted_item_id)
        await self._control.stop_file(username, filename)

    async def ban_peer(self, username: str) -> None:
        await self._acq.peers.ban_peer(username)
        await self._control.stop_file(username)

    async def rematch(self, wanted_item_id: int) -> None:
        await self._control.rematch(wanted_item_id)


def _candidate(match: MatchView, banned: bool) -> CandidateRow:
    file = match.file
    extension = file.extension or file.filename.rsplit(".", 1)[-1].lower()
    reasons = match.reasons + ((f"failed: {match.failure_reason}",) if match.failed and
                               match.failure_reason else ())
    return CandidateRow(
        username=file.username, filename=file.filename, size=file.size, extension=extension,
        bitrate=file.bitrate, bit_depth=file.bit_depth, sample_rate=file.sample_rate,
        length_s=file.length_s, has_free_slot=file.has_free_slot,
        upload_speed=file.upload_speed, queue_length=file.queue_length,
        confidence=match.confidence, decision=match.decision, reasons=reasons,
        rank=match.rank, tried=match.tried, failed=match.failed,
        user_choice=match.user_choice, banned=banned)
