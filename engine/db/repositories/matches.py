"""Per-item matching decisions (``matches``): every kept candidate with its confidence, reasons,
saved/discarded verdict and rank, plus what happened when it was tried.

A new matching round re-ranks an item: rows of earlier rounds keep their history (tried,
failed, the user's choice) but drop out of the round (``rank = -1``) unless found again.
Failures are remembered in the candidate JSON (``failure``: ``transfer`` or ``verify``).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import func, select, text, update
from sqlalchemy.dialects.postgresql import insert

from engine.db.repositories.search_cache import file_from_json, file_to_json
from engine.db.session import Database
from engine.db.tables import Match
from engine.domain.models import Decision, RankedCandidate, SoulseekFile

SAVED = "saved"
DISCARDED = "discarded"
_KEEP_FAILURE = text(
    "excluded.candidate || jsonb_strip_nulls(jsonb_build_object("
    "'failure', matches.candidate -> 'failure', "
    "'failure_reason', matches.candidate -> 'failure_reason'))")


@dataclass(frozen=True)
class MatchView:
    id: int
    wanted_item_id: int
    file: SoulseekFile
    confidence: float
    reasons: tuple[str, ...]
    decision: str
    rank: int
    tried: bool
    failed: bool
    user_choice: bool
    failure: str | None  # transfer | verify
    failure_reason: str | None
    batch_id: str | None

    @property
    def in_round(self) -> bool:
        return self.rank >= 0 or self.user_choice


@dataclass(frozen=True)
class RoundSummary:
    saved: int
    discarded: int
    average_confidence: float | None  # mean of the saved candidates' confidence


def _view(row: Match) -> MatchView:
    candidate: dict[str, Any] = dict(row.candidate or {})
    return MatchView(row.id, row.wanted_item_id, file_from_json(candidate), row.confidence,
                     tuple(row.reasons or ()), row.decision, row.rank, row.tried, row.failed,
                     row.user_choice, candidate.get("failure"), candidate.get("failure_reason"),
                     row.batch_id)


class Matches:
    def __init__(self, database: Database) -> None:
        self._db = database

    async def save_round(self, item_id: int, ranked: Sequence[RankedCandidate],
                         batch_id: str) -> RoundSummary:
        """Store one round's candidates for an item (best first); earlier rows leave the round."""
        now = datetime.now(UTC)
        async with self._db.session() as session:
            await session.execute(update(Match).where(Match.wanted_item_id == item_id)
                                  .values(rank=-1))
            if ranked:
                await session.execute(UPSERT_ROUND, _round_rows(item_id, ranked, batch_id, now))
        saved = [c.confidence for c in ranked if c.decision is Decision.ACCEPT]
        average = round(sum(saved) / len(saved), 4) if saved else None
        return RoundSummary(len(saved), len(ranked) - len(saved), average)

    async def for_item(self, item_id: int) -> list[MatchView]:
        query = select(Match).where(Match.wanted_item_id == item_id).order_by(
            Match.user_choice.desc(), (Match.rank < 0).asc(), Match.rank, Match.id)
        async with self._db.session() as session:
            return [_view(row) for row in (await session.scalars(query)).all()]

    async def mark_tried(self, item_id: int, file: SoulseekFile) -> None:
        async with self._db.session() as session:
            await session.execute(_where_file(update(Match), item_id, file.username,
                                              file.filename).values(tried=True))

    async def mark_failed(self, item_id: int, username: str, filename: str, kind: str,
                          reason: str) -> None:
        extra = func.jsonb_build_object("failure", kind, "failure_reason", reason[:300])
        async with self._db.session() as session:
            await session.execute(_where_file(update(Match), item_id, username, filename).values(
                tried=True, failed=True, candidate=Match.candidate.op("||")(extra)))

    async def forgive_transfer_failures(self, item_id: int) -> None:
        """A new round may try files again whose peer failed before (not files that failed
        verification): peers come back, and the peer penalty already orders them last."""
        async with self._db.session() as session:
            await session.execute(
                update(Match).where(Match.wanted_item_id == item_id, Match.failed,
                                    Match.candidate["failure"].astext == "transfer")
                .values(failed=False))

    async def forgive_all(self, item_id: int) -> None:
        async with self._db.session() as session:
            await session.execute(update(Match).where(Match.wanted_item_id == item_id)
                                  .values(failed=False))

    async def choose(self, item_id: int, file: SoulseekFile, *, confidence: float = 1.0,
                     reasons: tuple[str, ...] = ("chosen by you",)) -> None:
        """Remember ``file`` as the user's override for the item (only one per item)."""
        now = datetime.now(UTC)
        async with self._db.session() as session:
            await session.execute(update(Match).where(Match.wanted_item_id == item_id)
                                  .values(user_choice=False))
            statement = insert(Match).values(
                wanted_item_id=item_id, username=file.username, filename=file.filename,
                size=file.size, candidate=file_to_json(file), confidence=confidence,
                reasons=list(reasons), decision=SAVED, rank=0, tried=False, failed=False,
                user_choice=True, batch_id="user", created_at=now)
            await session.execute(statement.on_conflict_do_update(
                constraint="uq_matches_item_file",
                set_={"user_choice": True, "failed": False}))

    async def find(self, item_id: int, username: str, filename: str) -> MatchView | None:
        async with self._db.session() as session:
            row = await session.scalar(_where_file(select(Match), item_id, username, filename))
            return _view(row) if row else None

    async def totals(self) -> dict[str, int]:
        async with self._db.session() as session:
            rows = (await session.execute(select(Match.decision, func.count())
                                          .group_by(Match.decision))).all()
        return {decision: int(count) for decision, count in rows}


def _where_file(statement: Any, item_id: int, username: str, filename: str) -> Any:
    return statement.where(Match.wanted_item_id == item_id, Match.username == username,
                           Match.filename == filename)


def _round_rows(item_id: int, ranked: Sequence[RankedCandidate], batch_id: str,
                now: datetime) -> list[dict[str, Any]]:
    return [dict(wanted_item_id=item_id, username=c.file.username, filename=c.file.filename,
                 size=c.file.size, candidate=file_to_json(c.file), confidence=c.confidence,
                 reasons=list(c.reasons),
                 decision=SAVED if c.decision is Decision.ACCEPT else DISCARDED, rank=position,
                 tried=False, failed=False, user_choice=False, batch_id=batch_id,
                 created_at=now)
            for position, c in enumerate(_unique(ranked))]


def _upsert_round() -> Any:
    """One statement for every round, run as an executemany: SQLAlchemy compiles it once and
    caches it. (Built with ``.values(rows)``, a round of 200 candidates was a new 2,800-parameter
    statement to compile each time: up to ~100 ms on the event loop, a visible window stall.)"""
    statement = insert(Match)
    return statement.on_conflict_do_update(
        constraint="uq_matches_item_file",
        set_={"candidate": _KEEP_FAILURE, "confidence": statement.excluded.confidence,
              "reasons": statement.excluded.reasons, "decision": statement.excluded.decision,
              "rank": statement.excluded.rank, "batch_id": statement.excluded.batch_id,
              "size": statement.excluded.size})


UPSERT_ROUND = _upsert_round()


def _unique(ranked: Sequence[RankedCandidate]) -> list[RankedCandidate]:
    """One row per (user, path): one INSERT cannot touch the same row twice."""
    seen: dict[tuple[str, str], RankedCandidate] = {}
    for candidate in ranked:
        seen.setdefault((candidate.file.username, candidate.file.filename), candidate)
    return list(seen.values())
