"""Peer reputation (``peer_stats``) and the user's bans (``banned_files``, banned peers).

The matching engine downranks a peer after one recent failure and skips it after two; only
failures inside a time window count, so a peer that had a bad day is tried again later.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from sqlalchemy import select
from sqlalchemy.dialects.postgresql import insert

from engine.db.session import Database
from engine.db.tables import BannedFile, PeerStat


class PeerStats:
    def __init__(self, database: Database) -> None:
        self._db = database

    async def recent_failures(self, window_h: float) -> dict[str, int]:
        """username → failures, for peers whose last failure lies inside the window."""
        cutoff = datetime.now(UTC) - timedelta(hours=window_h)
        async with self._db.session() as session:
            rows = (await session.execute(
                select(PeerStat.username, PeerStat.failures).where(
                    PeerStat.failures > 0, PeerStat.last_failure_at >= cutoff))).all()
        return {username: int(failures) for username, failures in rows}

    async def banned_users(self) -> set[str]:
        async with self._db.session() as session:
            rows = await session.scalars(select(PeerStat.username).where(PeerStat.banned))
            return set(rows.all())

    async def record_failure(self, username: str) -> None:
        now = datetime.now(UTC)
        statement = insert(PeerStat).values(username=username, failures=1, successes=0,
                                            banned=False, last_failure_at=now)
        async with self._db.session() as session:
            await session.execute(statement.on_conflict_do_update(
                index_elements=["username"],
                set_={"failures": PeerStat.failures + 1, "last_failure_at": now}))

    async def record_success(self, username: str) -> None:
        """A delivered file clears the peer's recent failures."""
        statement = insert(PeerStat).values(username=username, failures=0, successes=1,
                                            banned=False)
        async with self._db.session() as session:
            await session.execute(statement.on_conflict_do_update(
                index_elements=["username"],
                set_={"failures": 0, "successes": PeerStat.successes + 1}))

    async def ban_peer(self, username: str) -> None:
        statement = insert(PeerStat).values(username=username, failures=0, successes=0,
                                            banned=True)
        async with self._db.session() as session:
            await session.execute(statement.on_conflict_do_update(
                index_elements=["username"], set_={"banned": True}))

    async def ban_file(self, username: str, filename: str, wanted_item_id: int | None) -> None:
        statement = insert(BannedFile).values(username=username, filename=filename,
                                              wanted_item_id=wanted_item_id,
                                              created_at=datetime.now(UTC))
        async with self._db.session() as session:
            await session.execute(statement.on_conflict_do_nothing())

    async def banned_files(self) -> set[tuple[str, str]]:
        async with self._db.session() as session:
            rows = (await session.execute(select(BannedFile.username,
                                                 BannedFile.filename))).all()
        return {(username, filename) for username, filename in rows}
