"""Soulseek search responses kept per query (``search_cache``), keyed by the planner's
``cache_key``, so a retry or a second album track costs no search budget."""

from __future__ import annotations

import dataclasses
from datetime import UTC, datetime, timedelta
from typing import Any

from sqlalchemy import delete
from sqlalchemy.dialects.postgresql import insert

from engine.db.session import Database
from engine.db.tables import SearchCache
from engine.domain.models import SoulseekFile

_FIELDS = {f.name for f in dataclasses.fields(SoulseekFile)}


def file_to_json(file: SoulseekFile) -> dict[str, Any]:
    return dataclasses.asdict(file)


def file_from_json(data: dict[str, Any]) -> SoulseekFile:
    return SoulseekFile(**{k: v for k, v in data.items() if k in _FIELDS})


class SearchResponses:
    def __init__(self, database: Database) -> None:
        self._db = database

    async def get(self, key: str, max_age_s: float) -> list[SoulseekFile] | None:
        """The cached files for ``key``, or None when missing or older than ``max_age_s``."""
        cutoff = datetime.now(UTC) - timedelta(seconds=max_age_s)
        async with self._db.session() as session:
            row = await session.get(SearchCache, key)
            if row is None or row.searched_at < cutoff:
                return None
            return [file_from_json(item) for item in row.responses]

    async def put(self, key: str, files: list[SoulseekFile]) -> None:
        now = datetime.now(UTC)
        values = {"query": key, "responses": [file_to_json(f) for f in files],
                  "searched_at": now}
        statement = insert(SearchCache).values(**values)
        async with self._db.session() as session:
            await session.execute(statement.on_conflict_do_update(
                index_elements=["query"],
                set_={"responses": statement.excluded.responses, "searched_at": now}))

    async def purge_older_than(self, max_age_s: float) -> int:
        cutoff = datetime.now(UTC) - timedelta(seconds=max_age_s)
        async with self._db.session() as session:
            result = await session.execute(delete(SearchCache)
                                           .where(SearchCache.searched_at < cutoff))
            return int(result.rowcount or 0)  # type: ignore[attr-defined]
