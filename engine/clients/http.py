"""One factory for httpx clients: explicit timeouts, a User-Agent naming Harmony, and the
mapping of transport and HTTP failures onto :mod:`engine.errors`."""

from __future__ import annotations

import functools
import ssl
from email.utils import parsedate_to_datetime

import httpx

from engine import __version__
from engine.errors import (
    AuthenticationFailed,
    IntegrationError,
    ProtocolError,
    ProviderUnavailable,
    RateLimited,
)

USER_AGENT = f"Harmony/{__version__} (+https://github.com/harmony-desktop/harmony)"
DEFAULT_TIMEOUT = httpx.Timeout(10.0, connect=5.0)


@functools.cache
def shared_ssl_context() -> ssl.SSLContext:
    """One TLS context for every client: building one loads the CA bundle, which costs tens
    of milliseconds on the event loop each time a short-lived client is made."""
    return httpx.create_ssl_context()


def make_client(base_url: str = "", *, headers: dict[str, str] | None = None,
                timeout: httpx.Timeout | float = DEFAULT_TIMEOUT,
                transport: httpx.AsyncBaseTransport | None = None) -> httpx.AsyncClient:
    """An AsyncClient with Harmony's defaults; ``transport`` is injectable for tests."""
    return httpx.AsyncClient(base_url=base_url, timeout=timeout, transport=transport,
                             headers={"User-Agent": USER_AGENT, **(headers or {})},
                             follow_redirects=True, verify=shared_ssl_context())


def retry_after_seconds(response: httpx.Response, default: float = 1.0) -> float:
    """Seconds from a Retry-After header (delta-seconds or HTTP date)."""
    value = response.headers.get("Retry-After")
    if not value:
        return default
    try:
        return max(0.0, float(value))
    except ValueError:
        pass
    try:
        from datetime import UTC, datetime

        return max(0.0, (parsedate_to_datetime(value) - datetime.now(UTC)).total_seconds())
    except (TypeError, ValueError):
        return default


def raise_for_status(response: httpx.Response, provider: str) -> None:
    """Map an HTTP error answer to the engine's error tree (never echoing request headers)."""
    status = response.status_code
    if status < 400:
        return
    where = f"{response.request.method} {response.request.url.path}"
    if status == 429:
        raise RateLimited(f"{provider} rate-limited {where}", provider=provider,
                          retry_after=retry_after_seconds(response))
    if status in (401, 403):
        raise AuthenticationFailed(f"{provider} refused credentials ({status}) for {where}",
                                   provider=provider, params={"status": status})
    if status >= 500:
        raise ProviderUnavailable(f"{provider} answered {status} for {where}", provider=provider,
                                  params={"status": status})
    raise IntegrationError(f"{provider} answered {status} for {where}", provider=provider,
                           code=f"integration.http_{status}", params={"status": status})


def transport_error(exc: httpx.HTTPError, provider: str) -> IntegrationError:
    """Translate a transport-level failure (refused, timeout, reset, bad JSON)."""
    if isinstance(exc, httpx.TimeoutException):
        return ProviderUnavailable(f"{provider} timed out", provider=provider,
                                   code="integration.timeout")
    if isinstance(exc, httpx.DecodingError):
        return ProtocolError(f"{provider} sent an undecodable answer", provider=provider)
    return ProviderUnavailable(f"{provider} is unreachable ({type(exc).__name__})",
                               provider=provider)
