"""An interactive slskd search that reports as it goes instead of returning one list at the end.

slskd counts responses while a search runs but (today) only persists them once it completes
(external-apis.md §A.4.3), so this flow polls the search itself: climbing counts are reported
at once, responses are read whenever the count grows (a server that serves partial responses
streams them), and at completion the rest arrives peer by peer.
"""

from __future__ import annotations

import asyncio
import contextlib
import time
import uuid
from collections.abc import Awaitable, Callable
from dataclasses import dataclass

from engine.clients.slskd import SlskdClient
from engine.clients.slskd_models import SearchStatus
from engine.clients.slskd_search import SearchFlow, SearchOptions
from engine.domain.models import SoulseekFile
from engine.errors import HarmonyError, RateLimited

OnProgress = Callable[[SearchStatus], Awaitable[None]]
OnFiles = Callable[[list[SoulseekFile]], Awaitable[None]]
#: Extra polls after a stop request before we give up waiting for slskd to confirm it.
STOP_GRACE_POLLS = 5
#: slskd may read responses back empty just after completion (slskd#246).
EMPTY_READ_RETRIES = 3


@dataclass(frozen=True)
class StreamLimits:
    deadline_s: float  # the whole search, then it is stopped
    poll_interval_s: float


class StreamingSearch(SearchFlow):
    """One search on ``client`` (call inside the client's budget)."""

    def __init__(self, client: SlskdClient, options: SearchOptions, limits: StreamLimits,
                 on_progress: OnProgress, on_files: OnFiles) -> None:
        super().__init__(client, options, poll_interval_s=limits.poll_interval_s)
        self._deadline_s = limits.deadline_s
        self._on_progress = on_progress
        self._on_files = on_files
        self._seen: set[tuple[str, str]] = set()
        self._complete = False

    async def stream(self, query: str) -> int:
        """Run the search to its end; returns how many distinct files were delivered."""
        search_id = str(uuid.uuid4())  # ours, so a search cancelled mid-POST is still found
        try:
            await self._create_as(search_id, query)
        except asyncio.CancelledError:
            await asyncio.shield(self._stop_and_discard(search_id))
            raise
        try:
            status = await self._poll_until_complete(search_id)
            await self._read_rest(search_id, status)
        finally:
            await asyncio.shield(self._stop_and_discard(search_id))
        return len(self._seen)

    async def _create_as(self, search_id: str, query: str) -> None:
        """POST the search under our id; a 429 waits (and holds the budget off), then retries."""
        attempt = 0
        while True:
            try:
                await self.client.create_search(query, self.options, search_id=search_id)
                return
            except RateLimited as exc:
                if attempt >= self.options.max_rate_limit_retries:
                    raise
                wait = self.client.backoff_s(attempt, floor=exc.retry_after)
                await self.client.budget.hold_off(wait)
                await asyncio.sleep(wait)
                attempt += 1

    async def _poll_until_complete(self, search_id: str) -> SearchStatus:
        deadline = time.monotonic() + self._deadline_s
        stopped_at: float | None = None
        read_count = 0
        while True:
            status = await self.client.get_search(search_id)
            await self._on_progress(status)
            if status.response_count > read_count and not status.is_complete:
                read_count = status.response_count
                await self._deliver(await self.client.search_responses(search_id))
            if status.is_complete:
                self._complete = True
                return status
            now = time.monotonic()
            if stopped_at is None and now >= deadline:
                await self.client.stop_search(search_id)  # the user should not wait longer
                stopped_at = now
            elif stopped_at is not None and \
                    now >= stopped_at + STOP_GRACE_POLLS * self.poll_s + 2.0:
                return status
            await asyncio.sleep(self.poll_s)

    async def _read_rest(self, search_id: str, status: SearchStatus) -> None:
        if status.response_count == 0:
            return
        for _ in range(EMPTY_READ_RETRIES):
            files = await self.client.search_responses(search_id)
            if files:
                await self._deliver(files)
                return
            await asyncio.sleep(self.poll_s)

    async def _deliver(self, files: list[SoulseekFile]) -> None:
        """New files, one batch per peer in slskd's order."""
        by_peer: dict[str, list[SoulseekFile]] = {}
        for file in files:
            key = (file.username, file.filename)
            if key not in self._seen:
                self._seen.add(key)
                by_peer.setdefault(file.username, []).append(file)
        for batch in by_peer.values():
            await self._on_files(batch)

    async def _stop_and_discard(self, search_id: str) -> None:
        """A cancelled or finished search never stays in flight on slskd (it blocks the next)."""
        if not self._complete:
            # tidying up must never hide the real outcome
            with contextlib.suppress(HarmonyError):
                await self.client.stop_search(search_id)
        await self._discard(search_id)
