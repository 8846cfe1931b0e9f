"""The Soulseek search budget every engine on this database shares (see
:mod:`engine.db.repositories.search_budget`): one row per search started, and the back-off
slskd asked for with its last 429."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import BigInteger, DateTime, String
from sqlalchemy.orm import Mapped, mapped_column

from engine.db.base import Base

TS = DateTime(timezone=True)


class SearchBudgetSlot(Base):
    """A search some engine started: it counts from ``started_at`` while in flight, then from
    ``ended_at`` (slskd may have received it anywhere in between). Times are the database's."""

    __tablename__ = "search_budget_slots"
    id: Mapped[int] = mapped_column(BigInteger, primary_key=True)
    engine_id: Mapped[str] = mapped_column(String(64))
    started_at: Mapped[datetime] = mapped_column(TS)
    ended_at: Mapped[datetime | None] = mapped_column(TS)


class SearchBudgetHoldOff(Base):
    """No search starts before ``until`` (slskd answered 429 with a Retry-After)."""

    __tablename__ = "search_budget_hold_offs"
    budget: Mapped[str] = mapped_column(String(32), primary_key=True)
    until: Mapped[datetime] = mapped_column(TS)
