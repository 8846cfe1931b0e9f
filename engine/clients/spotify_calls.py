"""Runs blocking spotipy calls in an executor, with our own 401/429/5xx policy and error mapping.

spotipy's own retry adapter is disabled (a plain ``requests.Session``): urllib3 would honour a
``Retry-After`` of hours by sleeping inside the call, and on exhaustion it reports every status as
429 without headers. Here a 429 waits on the event loop (``asyncio.sleep``) up to a cap and
beyond it raises :class:`~engine.errors.RateLimited` so the job can be rescheduled.
"""

from __future__ import annotations

import asyncio
import logging
import re
import time
from collections.abc import Callable
from typing import Any, TypeVar

import requests
import spotipy
from spotipy.exceptions import SpotifyException

from engine.clients.spotify_auth import PROVIDER, TokenProvider
from engine.errors import (
    AuthenticationFailed,
    IntegrationError,
    ProtocolError,
    ProviderUnavailable,
    RateLimited,
)

log = logging.getLogger(__name__)

T = TypeVar("T")
SpotifyCall = Callable[[spotipy.Spotify], T]

SPOTIFY_API_URL = "https://api.spotify.com/v1/"
_BEARER = re.compile(r"(Bearer\s+)[A-Za-z0-9._\-~+/=]+")


class _RedactBearer(logging.Filter):
    """spotipy logs request headers at DEBUG; never let an access token reach a log handler."""

    def filter(self, record: logging.LogRecord) -> bool:
        if isinstance(record.msg, str) and "Bearer" in record.msg:
            record.msg = _BEARER.sub(r"\1<redacted>", record.msg)
        return True


for _name in ("spotipy", "spotipy.client", "spotipy.oauth2"):
    logging.getLogger(_name).addFilter(_RedactBearer())


class _CurrentToken:
    """spotipy's ``auth_manager`` hook: hands out whatever token the runner set last."""

    def __init__(self) -> None:
        self.token = ""

    def get_access_token(self, as_dict: bool = False) -> str:
        return self.token


class SpotipyRunner:
    """One spotipy client, driven from asyncio. Remembers rate limits and reachability."""

    def __init__(self, tokens: TokenProvider, *, api_url: str = SPOTIFY_API_URL,
                 timeout_s: float = 10.0, max_retry_after_s: float = 30.0,
                 max_rate_limit_waits: int = 3, server_error_retries: int = 2,
                 server_error_backoff_s: float = 0.25) -> None:
        self.tokens = tokens
        self.timeout_s = timeout_s
        self.max_retry_after_s = max_retry_after_s
        self.max_rate_limit_waits = max_rate_limit_waits
        self.server_error_retries = server_error_retries
        self.server_error_backoff_s = server_error_backoff_s
        self.rate_limited_until = 0.0  # time.monotonic()
        self.last_error: IntegrationError | None = None
        self._token_box = _CurrentToken()
        self._spotify = spotipy.Spotify(auth_manager=self._token_box,
                                        requests_session=requests.Session(),
                                        requests_timeout=timeout_s, retries=0, status_retries=0)
        self._spotify.prefix = api_url if api_url.endswith("/") else api_url + "/"

    async def call(self, what: str, func: SpotifyCall[T]) -> T:
        """Run ``func(spotify)`` with a valid token; ``what`` names the call in errors and logs."""
        rate_waits = server_errors = 0
        renewed = False
        while True:
            token = await self.tokens.access_token()
            try:
                result = await self._in_executor(func, token)
            except SpotifyException as exc:
                status = exc.http_status
                if status == 401 and not renewed:
                    renewed = True
                    await self.tokens.renew(token)
                    continue
                if status == 429 and await self._wait_rate_limit(exc, what, rate_waits):
                    rate_waits += 1
                    continue
                if status >= 500 and server_errors < self.server_error_retries:
                    server_errors += 1
                    await asyncio.sleep(self.server_error_backoff_s * server_errors)
                    continue
                raise self._failed(_http_error(exc, what)) from None
            except IntegrationError as exc:
                raise self._failed(exc) from None
            self.last_error = None
            return result

    def _failed(self, error: IntegrationError) -> IntegrationError:
        self.last_error = error
        return error

    async def _wait_rate_limit(self, exc: SpotifyException, what: str, waits_so_far: int) -> bool:
        """Sleep (on the loop) for a short Retry-After; raise RateLimited for a long one."""
        retry_after = _retry_after(exc.headers)
        self.rate_limited_until = time.monotonic() + retry_after
        if retry_after > self.max_retry_after_s or waits_so_far >= self.max_rate_limit_waits:
            raise self._failed(RateLimited(f"Spotify rate-limited {what}", provider=PROVIDER,
                                           retry_after=retry_after))
        log.info("Spotify rate-limited %s; waiting %.1f s", what, retry_after)
        await asyncio.sleep(retry_after)
        return True

    async def _in_executor(self, func: SpotifyCall[T], token: str) -> T:
        loop = asyncio.get_running_loop()

        def run() -> T:
            self._token_box.token = token
            try:
                return func(self._spotify)
            except requests.Timeout:
                raise ProviderUnavailable("Spotify timed out", provider=PROVIDER,
                                          code="integration.timeout") from None
            except requests.ConnectionError as exc:
                raise ProviderUnavailable(f"Spotify is unreachable ({type(exc).__name__})",
                                          provider=PROVIDER) from None
            except SpotifyException:
                raise
            except (AttributeError, KeyError, TypeError, ValueError) as exc:
                raise _from_malformed(exc) from None

        # The outer timeout is a backstop: requests' own timeout should fire first.
        return await asyncio.wait_for(loop.run_in_executor(None, run), self.timeout_s * 3 + 5)


def _from_malformed(exc: Exception) -> Exception:
    """spotipy itself crashes on an error body that is not Spotify's error object (a proxy's
    page, ``{"error": "text"}``); recover the HTTP status from the chained requests error."""
    context = exc.__context__
    response = context.response if isinstance(context, requests.HTTPError) else None
    if response is not None:
        return SpotifyException(response.status_code, -1, f"{response.url}:\n {response.reason}",
                                headers=response.headers)
    return ProtocolError(f"Spotify sent an unexpected answer ({type(exc).__name__})",
                         provider=PROVIDER)


def _retry_after(headers: Any, default: float = 1.0) -> float:
    try:
        return max(0.0, float((headers or {}).get("Retry-After", default)))
    except (TypeError, ValueError):
        return default


def _http_error(exc: SpotifyException, what: str) -> IntegrationError:
    status = exc.http_status
    # spotipy's message starts with the full URL; keep only the server's text.
    message = str(exc.msg).split("\n", 1)[-1].strip()
    params = {"status": status, "call": what}
    if status == 401:
        return AuthenticationFailed(f"Spotify refused the token for {what}", provider=PROVIDER,
                                    code="spotify.unauthenticated", params=params)
    if status == 403:
        return AuthenticationFailed(f"Spotify forbids {what}: {message}", provider=PROVIDER,
                                    code="spotify.forbidden", params=params)
    if status == 404:
        return IntegrationError(f"Spotify has no such item for {what}", provider=PROVIDER,
                                code="spotify.not_found", params=params)
    if status >= 500:
        return ProviderUnavailable(f"Spotify answered {status} for {what}", provider=PROVIDER,
                                   params=params)
    return IntegrationError(f"Spotify answered {status} for {what}: {message}",
                            provider=PROVIDER, code=f"spotify.http_{status}", params=params)
