"""One slskd search from start to tidy end: create (429 → wait, retry), poll, read, delete.

slskd only persists responses once a search completes, and may still read them back empty for
a moment afterwards (slskd#246), so the flow polls the search state until ``isComplete``, then
reads responses with a short retry. A search we stop or time out is always stopped on slskd
too, so it never stays "in flight" and blocks the next one.
"""

from __future__ import annotations

import asyncio
import logging
import time
import uuid
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from engine.domain.models import SoulseekFile
from engine.errors import HarmonyError, RateLimited

if TYPE_CHECKING:
    from engine.clients.slskd import SlskdClient

log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class SearchOptions:
    """The POST /searches body (slskd-api's defaults, but a shorter quiet-period timeout)."""

    search_timeout_ms: int = 8000  # slskd ends the search this long after the last response
    response_limit: int = 100
    file_limit: int = 10_000
    filter_responses: bool = True
    maximum_peer_queue_length: int = 1_000_000
    minimum_peer_upload_speed: int = 0
    minimum_response_file_count: int = 1
    max_rate_limit_retries: int = 5

    def request_body(self, text: str, search_id: str | None) -> dict[str, Any]:
        return {"id": search_id or str(uuid.uuid4()), "searchText": text,
                "searchTimeout": self.search_timeout_ms, "responseLimit": self.response_limit,
                "fileLimit": self.file_limit, "filterResponses": self.filter_responses,
                "maximumPeerQueueLength": self.maximum_peer_queue_length,
                "minimumPeerUploadSpeed": self.minimum_peer_upload_speed,
                "minimumResponseFileCount": self.minimum_response_file_count}


class SearchFlow:
    def __init__(self, client: SlskdClient, options: SearchOptions, *,
                 poll_interval_s: float) -> None:
        self.client = client
        self.options = options
        self.poll_s = max(0.01, poll_interval_s)

    async def run(self, query: str, *, timeout_s: float, min_wait_s: float,
                  enough_responses: int | None) -> list[SoulseekFile]:
        started = time.monotonic()
        search_id = await self._create(query)
        try:
            response_count = await self._await_completion(
                search_id, started + timeout_s, started + min_wait_s, enough_responses)
            return await self._read_responses(search_id, response_count)
        finally:
            await self._discard(search_id)

    async def _create(self, query: str) -> str:
        attempt = 0
        while True:
            try:
                return (await self.client.create_search(query, self.options)).id
            except RateLimited as exc:
                if attempt >= self.options.max_rate_limit_retries:
                    raise
                wait = self.client.backoff_s(attempt, floor=exc.retry_after)
                await self.client.budget.hold_off(wait)
                log.info("slskd refused a search (429); waiting %.2fs", wait)
                await asyncio.sleep(wait)
                attempt += 1

    async def _await_completion(self, search_id: str, deadline: float, min_wait_until: float,
                                enough: int | None) -> int:
        """Poll until slskd completes the search, stopping it early or at the deadline."""
        stopped = False
        while True:
            status = await self.client.get_search(search_id)
            if status.is_complete:
                return status.response_count
            now = time.monotonic()
            satisfied = enough is not None and now >= min_wait_until and \
                status.response_count >= enough
            if not stopped and (satisfied or now >= deadline):
                await self.client.stop_search(search_id)
                stopped = True
                continue
            if stopped and now >= deadline + 5 * self.poll_s + 2.0:
                log.warning("slskd search %s did not stop; giving up on it", search_id)
                return status.response_count
            await asyncio.sleep(self.poll_s)

    async def _read_responses(self, search_id: str, response_count: int) -> list[SoulseekFile]:
        if response_count == 0:
            return []
        for _ in range(3):
            files = await self.client.search_responses(search_id)
            if files:
                return files
            await asyncio.sleep(self.poll_s)  # responses can lag completion (slskd#246)
        return []

    async def _discard(self, search_id: str) -> None:
        try:
            await asyncio.shield(self.client.delete_search(search_id))
        except HarmonyError as exc:  # tidying up must never hide the real outcome
            log.info("could not delete slskd search %s (%s)", search_id, exc.code)
