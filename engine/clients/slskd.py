"""Async client for the user's slskd daemon (REST API v0) returning frozen DTOs.

Every call has an explicit timeout; idempotent reads retry transient failures with jittered
exponential backoff; writes retry only on 429 (nothing happened). Searches go through a
:class:`SearchBudget`. The API key is sent as ``X-API-Key`` and never logged or repr'd.
"""

from __future__ import annotations

import asyncio
import logging
import random
from collections.abc import Sequence
from typing import Any
from urllib.parse import quote

import httpx

from engine.clients.http import make_client, raise_for_status, transport_error
from engine.clients.search_budget import Budget, SearchBudget
from engine.clients.slskd_health import KeyCheck, check_health, validate_key
from engine.clients.slskd_models import (
    PROVIDER,
    EnqueueResult,
    SearchStatus,
    ServerState,
    Transfer,
    UserInfo,
    UserStatus,
    flatten_transfers,
    parse_application,
    parse_search,
    parse_search_files,
    parse_transfer,
)
from engine.clients.slskd_search import SearchFlow, SearchOptions
from engine.domain.models import ProviderHealth, SoulseekFile
from engine.errors import IntegrationError, ProtocolError, ProviderUnavailable, RateLimited

log = logging.getLogger(__name__)

DEFAULT_TIMEOUT_S = 8.0
_RETRYABLE = (ProviderUnavailable, RateLimited)


class SlskdClient:
    """One slskd daemon. Use as ``async with SlskdClient(url, key) as slskd: ...``."""

    def __init__(self, base_url: str | None, api_key: str | None, *,
                 budget: Budget | None = None, timeout_s: float = DEFAULT_TIMEOUT_S,
                 retry_max: int = 3, backoff_base_s: float = 0.25, jitter: float = 0.2,
                 max_wait_s: float = 60.0, url_base: str = "/",
                 transport: httpx.AsyncBaseTransport | None = None) -> None:
        self.base_url = (base_url or "").rstrip("/")
        self._api_key = api_key or ""
        self.budget: Budget = budget or SearchBudget()
        self.timeout_s = timeout_s
        self.retry_max = retry_max
        self.backoff_base_s = backoff_base_s
        self.jitter = jitter
        self.max_wait_s = max_wait_s  # cap on any single Retry-After / backoff wait
        self._url_base = url_base
        prefix = "/" + url_base.strip("/") if url_base.strip("/") else ""
        self._api_root = f"{prefix}/api/v0"
        self._http = make_client(self.base_url, headers={"X-API-Key": self._api_key},
                                 timeout=httpx.Timeout(timeout_s, connect=min(5.0, timeout_s)),
                                 transport=transport)
        self._rng = random.Random()
        self._transport = transport

    @property
    def configured(self) -> bool:
        return bool(self.base_url and self._api_key)

    @property
    def has_api_key(self) -> bool:
        return bool(self._api_key)

    def __repr__(self) -> str:  # the key must never reach a log line through repr()
        return f"SlskdClient(base_url={self.base_url!r}, api_key={'***' if self._api_key else ''})"

    async def aclose(self) -> None:
        await self._http.aclose()

    async def __aenter__(self) -> SlskdClient:
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.aclose()

    # -- transport ------------------------------------------------------------------------------
    def backoff_s(self, attempt: int, floor: float = 0.0) -> float:
        base = self.backoff_base_s * (2 ** attempt)
        spread = base * self.jitter * (2 * self._rng.random() - 1)
        return min(self.max_wait_s, max(floor, base + spread))

    async def _send_once(self, method: str, path: str, *, allow: Sequence[int] = (),
                         **kwargs: Any) -> httpx.Response:
        if not self.configured:
            raise IntegrationError("slskd URL or API key missing", provider=PROVIDER,
                                   code="slskd.unconfigured")
        try:
            response = await self._http.request(method, self._api_root + path, **kwargs)
        except httpx.HTTPError as exc:
            raise transport_error(exc, PROVIDER) from None
        if response.status_code not in allow:
            _raise_for_slskd(response)
        return response

    async def request(self, method: str, path: str, *, idempotent: bool = True,
                      allow: Sequence[int] = (), **kwargs: Any) -> httpx.Response:
        """One API call; retries transient failures (writes: only 429)."""
        attempt = 0
        while True:
            try:
                return await self._send_once(method, path, allow=allow, **kwargs)
            except _RETRYABLE as exc:
                retryable = idempotent or isinstance(exc, RateLimited)
                if not retryable or attempt >= self.retry_max:
                    raise
                floor = exc.retry_after if isinstance(exc, RateLimited) else 0.0
                wait = self.backoff_s(attempt, floor)
                log.info("slskd %s %s failed (%s); retrying in %.2fs", method, path, exc.code,
                         wait)
                await asyncio.sleep(wait)
                attempt += 1

    async def _json(self, method: str, path: str, **kwargs: Any) -> Any:
        response = await self.request(method, path, **kwargs)
        try:
            return response.json()
        except ValueError:
            raise ProtocolError(f"slskd sent non-JSON for {path}", provider=PROVIDER) from None

    # -- application / server -------------------------------------------------------------------
    async def server_state(self) -> ServerState:
        """Version, Soulseek username and whether slskd is logged in to the network."""
        return parse_application(await self._json("GET", "/application"))

    # -- searches -------------------------------------------------------------------------------
    async def create_search(self, text: str, options: SearchOptions | None = None,
                            *, search_id: str | None = None) -> SearchStatus:
        """POST /searches once (no retry: the caller owns 429 handling via the budget)."""
        body = (options or SearchOptions()).request_body(text, search_id)
        response = await self._send_once("POST", "/searches", json=body)
        return parse_search(response.json())

    async def get_search(self, search_id: str) -> SearchStatus:
        return parse_search(await self._json("GET", f"/searches/{search_id}"))

    async def search_responses(self, search_id: str) -> list[SoulseekFile]:
        return parse_search_files(await self._json("GET", f"/searches/{search_id}/responses"))

    async def stop_search(self, search_id: str) -> None:
        await self.request("PUT", f"/searches/{search_id}", allow=(404,))

    async def delete_search(self, search_id: str) -> None:
        await self.request("DELETE", f"/searches/{search_id}", allow=(404,))

    async def search(self, query: str, *, timeout_s: float = 30.0, min_wait_s: float = 0.0,
                     enough_responses: int | None = None, poll_interval_s: float = 0.5,
                     options: SearchOptions | None = None) -> list[SoulseekFile]:
        """Run one search under the budget and return every downloadable file found.

        Waits for slskd to complete the search (at most ``timeout_s``, then stops it); once
        ``min_wait_s`` has passed and ``enough_responses`` peers answered, stops early.
        """
        flow = SearchFlow(self, options or SearchOptions(), poll_interval_s=poll_interval_s)
        async with self.budget.acquire():
            return await flow.run(query, timeout_s=timeout_s, min_wait_s=min_wait_s,
                                  enough_responses=enough_responses)

    # -- downloads ------------------------------------------------------------------------------
    async def enqueue(self, username: str, files: Sequence[SoulseekFile | tuple[str, int]]
                      ) -> EnqueueResult:
        """Ask slskd to download ``files`` (remote paths kept byte-for-byte) from ``username``."""
        body = [{"filename": f.filename, "size": f.size} if isinstance(f, SoulseekFile)
                else {"filename": f[0], "size": f[1]} for f in files]
        response = await self.request("POST", f"/transfers/downloads/{_segment(username)}",
                                      idempotent=False, json=body)
        payload = response.json() if response.content else {}
        if not isinstance(payload, dict):  # 0.23 and older answer 201 with an empty body
            payload = {}
        return EnqueueResult(
            tuple(parse_transfer(t) for t in payload.get("enqueued") or []),
            tuple(f if isinstance(f, str) else str(f) for f in payload.get("failed") or []))

    async def list_downloads(self, *, include_removed: bool = False) -> list[Transfer]:
        params = {"includeRemoved": str(include_removed).lower()}
        return flatten_transfers(await self._json("GET", "/transfers/downloads", params=params))

    async def user_downloads(self, username: str) -> list[Transfer]:
        """Downloads from one peer; none (slskd: 404) is an empty list."""
        response = await self.request("GET", f"/transfers/downloads/{_segment(username)}",
                                      allow=(404,))
        return [] if response.status_code == 404 else flatten_transfers(response.json())

    async def get_download(self, username: str, transfer_id: str) -> Transfer | None:
        """One download, or None when slskd no longer knows it (e.g. after a restart)."""
        response = await self.request(
            "GET", f"/transfers/downloads/{_segment(username)}/{transfer_id}", allow=(404,))
        return None if response.status_code == 404 else parse_transfer(response.json())

    async def queue_position(self, username: str, transfer_id: str) -> int:
        path = f"/transfers/downloads/{_segment(username)}/{transfer_id}/position"
        return int(await self._json("GET", path))

    async def cancel_download(self, username: str, transfer_id: str, *,
                              remove: bool = False) -> None:
        await self.request("DELETE", f"/transfers/downloads/{_segment(username)}/{transfer_id}",
                           params={"remove": str(remove).lower()})

    async def clear_completed_downloads(self) -> None:
        await self.request("DELETE", "/transfers/downloads/all/completed")

    # -- uploads --------------------------------------------------------------------------------
    async def list_uploads(self, *, active_only: bool = False,
                           include_removed: bool = False) -> list[Transfer]:
        params = {"includeRemoved": str(include_removed).lower()}
        uploads = flatten_transfers(await self._json("GET", "/transfers/uploads", params=params))
        return [u for u in uploads if not u.state.is_terminal] if active_only else uploads

    # -- users ----------------------------------------------------------------------------------
    async def user_info(self, username: str) -> UserInfo:
        data = await self._json("GET", f"/users/{_segment(username)}/info")
        return UserInfo(username, str(data.get("description") or ""),
                        bool(data.get("hasFreeUploadSlot", False)),
                        int(data.get("queueLength") or 0), int(data.get("uploadSlots") or 0))

    async def user_status(self, username: str) -> UserStatus:
        data = await self._json("GET", f"/users/{_segment(username)}/status")
        return UserStatus(username, str(data.get("presence", "Offline")),
                          bool(data.get("isPrivileged", False)))

    # -- health ---------------------------------------------------------------------------------
    async def health(self) -> ProviderHealth:
        """ok / degraded (not logged in, rate-limited) / down (unconfigured, unreachable)."""
        return await check_health(self)

    async def validate_key(self, api_key: str | None = None) -> KeyCheck:
        """Check ``api_key`` (default: this client's key) with one live call."""
        return await validate_key(self, api_key)

    def probe(self, api_key: str | None = None) -> SlskdClient:
        """A one-attempt twin (optionally with another key) for health and key checks."""
        return SlskdClient(self.base_url, api_key or self._api_key, budget=self.budget,
                           timeout_s=self.timeout_s, retry_max=0, url_base=self._url_base,
                           transport=self._transport)


def _segment(username: str) -> str:
    return quote(username, safe="")


def _raise_for_slskd(response: httpx.Response) -> None:
    """Errors with slskd's own string message kept (it never contains our key)."""
    try:
        raise_for_status(response, PROVIDER)
    except IntegrationError as exc:
        detail = _detail(response)
        if detail:
            exc.params["detail"] = detail
        if response.status_code == 409 or "logged in" in detail:
            exc.code = "slskd.not_logged_in"
        elif "appears to be offline" in detail:
            exc.code = "slskd.peer_offline"
        raise


def _detail(response: httpx.Response) -> str:
    try:
        payload = response.json()
    except ValueError:
        return ""
    return payload[:200] if isinstance(payload, str) else ""
