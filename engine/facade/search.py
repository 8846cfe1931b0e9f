"""The search section: one box across Spotify and Soulseek (see engine.facade.contracts)."""

from __future__ import annotations

from engine.facade.contracts import SearchRequest, SearchResultRow
from engine.services.search import SearchService


class SearchFacade:
    """Implements :class:`engine.facade.contracts.SearchSection` on the search service."""

    def __init__(self, service: SearchService) -> None:
        self._service = service

    async def start(self, request: SearchRequest) -> str:
        return await self._service.start(request)

    async def score_against(self, search_id: str, spotify_track_id: str
                            ) -> list[SearchResultRow]:
        return await self._service.score_against(search_id, spotify_track_id)

    async def add_to_wanted(self, row: SearchResultRow) -> int:
        return await self._service.add_to_wanted(row)
