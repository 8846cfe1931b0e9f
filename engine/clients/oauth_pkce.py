"""Spotify login with Authorization Code + PKCE: browser, loopback listener, keyring-held refresh.

Flow: :class:`PkceLogin` starts a tiny asyncio HTTP listener on ``127.0.0.1:<port>``, opens the
authorise URL in the system browser, waits for Spotify's redirect to ``/callback``, checks the
``state``, and trades the code plus verifier for tokens. :class:`SpotifyUserAuth` then keeps the
refresh token in the :class:`~engine.secrets.SecretStore` and the access token in memory only.
"""

from __future__ import annotations

import asyncio
import base64
import hashlib
import logging
import secrets
import time
import webbrowser
from collections.abc import Callable
from urllib.parse import parse_qs, urlencode, urlsplit

from engine.clients.spotify_auth import (
    DEFAULT_SCOPE,
    PROVIDER,
    REFRESH_SECRET,
    SpotifyAccounts,
    TokenSet,
)
from engine.clients.spotify_models import SpotifyConnection
from engine.errors import AuthenticationFailed
from engine.secrets import SecretStore

log = logging.getLogger(__name__)

BrowserOpener = Callable[[str], object]

_DONE_PAGE = (b"<!doctype html><html><head><meta charset='utf-8'><title>Harmony</title></head>"
              b"<body style='font-family:sans-serif'><h2>Harmony is connected to Spotify.</h2>"
              b"<p>You can close this window.</p></body></html>")


def new_code_verifier() -> str:
    """64 random bytes as base64url: 86 characters, inside RFC 7636's 43..128."""
    return secrets.token_urlsafe(64)


def code_challenge(verifier: str) -> str:
    """S256: base64url(sha256(verifier)) without padding."""
    return base64.urlsafe_b64encode(hashlib.sha256(verifier.encode()).digest()).rstrip(b"=") \
        .decode()


def build_authorize_url(authorize_url: str, *, client_id: str, redirect_uri: str,
                        challenge: str, state: str, scope: str = DEFAULT_SCOPE) -> str:
    return authorize_url + "?" + urlencode({
        "client_id": client_id, "response_type": "code", "redirect_uri": redirect_uri,
        "code_challenge_method": "S256", "code_challenge": challenge, "scope": scope,
        "state": state})


class LoopbackListener:
    """Catches one ``GET /callback?...`` on 127.0.0.1 and answers a small "close me" page."""

    def __init__(self, port: int = 0) -> None:
        self._port = port
        self._server: asyncio.Server | None = None
        self._result: asyncio.Future[dict[str, str]] | None = None

    @property
    def redirect_uri(self) -> str:
        assert self._server is not None, "listener not started"
        port = self._server.sockets[0].getsockname()[1]
        return f"http://127.0.0.1:{port}/callback"

    async def start(self) -> str:
        self._result = asyncio.get_running_loop().create_future()
        self._server = await asyncio.start_server(self._serve, "127.0.0.1", self._port)
        return self.redirect_uri

    async def wait(self, timeout_s: float) -> dict[str, str]:
        assert self._result is not None, "listener not started"
        return await asyncio.wait_for(asyncio.shield(self._result), timeout_s)

    async def close(self) -> None:
        if self._server is not None:
            self._server.close()
            await self._server.wait_closed()
            self._server = None

    async def _serve(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        try:
            head = await asyncio.wait_for(reader.readuntil(b"\r\n\r\n"), 10)
            method, target, _ = head.split(b"\r\n", 1)[0].decode("latin-1").split(" ", 2)
            split = urlsplit(target)
            if method != "GET" or split.path != "/callback":
                writer.write(b"HTTP/1.1 404 Not Found\r\nContent-Length: 0\r\n"
                             b"Connection: close\r\n\r\n")
                return
            query = {k: v[-1] for k, v in parse_qs(split.query).items()}
            writer.write(b"HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n"
                         b"Content-Length: %d\r\nConnection: close\r\n\r\n" % len(_DONE_PAGE)
                         + _DONE_PAGE)
            if self._result is not None and not self._result.done():
                self._result.set_result(query)
        except (TimeoutError, asyncio.IncompleteReadError, asyncio.LimitOverrunError,
                ValueError):
            pass  # a stray or broken connection must not end the login
        finally:
            await writer.drain()
            writer.close()


class SpotifyUserAuth:
    """User tokens: refresh token in the SecretStore, access token in memory, refreshed early."""

    def __init__(self, client_id: str | None, secrets_store: SecretStore, *,
                 accounts_url: str | None = None, refresh_margin_s: float = 60.0) -> None:
        self.client_id = client_id or None
        self.secrets = secrets_store
        self.accounts = SpotifyAccounts(client_id or "", **(
            {"accounts_url": accounts_url} if accounts_url else {}))
        self.refresh_margin_s = refresh_margin_s
        self._token: TokenSet | None = None
        self._lock = asyncio.Lock()

    async def status(self) -> SpotifyConnection:
        """Cheap (no network): configured? a session we can use?"""
        if not self.client_id:
            return SpotifyConnection.UNCONFIGURED
        if self._token is not None and self._token.fresh(0):
            return SpotifyConnection.CONNECTED
        if await self.secrets.get(REFRESH_SECRET):
            return SpotifyConnection.CONNECTED
        return SpotifyConnection.UNAUTHENTICATED

    async def accept(self, token: TokenSet) -> None:
        """Keep a freshly obtained token set; the refresh token goes to the keyring only."""
        self._token = token
        if token.refresh_token:
            await self.secrets.set(REFRESH_SECRET, token.refresh_token)

    async def logout(self) -> None:
        self._token = None
        await self.secrets.delete(REFRESH_SECRET)

    async def access_token(self) -> str:
        async with self._lock:
            if self._token is None or not self._token.fresh(self.refresh_margin_s):
                await self._refresh()
            assert self._token is not None
            return self._token.access_token

    async def renew(self, rejected: str) -> str:
        """After a 401: refresh once, unless another caller already did."""
        async with self._lock:
            if self._token is None or self._token.access_token == rejected:
                await self._refresh()
            assert self._token is not None
            return self._token.access_token

    async def validate(self) -> None:
        """Secret validation: a real refresh against the accounts service."""
        async with self._lock:
            await self._refresh()

    async def _refresh(self) -> None:
        self._require_client_id()
        stored = await self.secrets.get(REFRESH_SECRET)
        if not stored:
            self._token = None
            raise AuthenticationFailed("Not logged in to Spotify", provider=PROVIDER,
                                       code="spotify.unauthenticated")
        try:
            token = await self.accounts.refresh(stored)
        except AuthenticationFailed as exc:
            if exc.code == "spotify.invalid_grant":  # revoked: the stored token is dead
                log.warning("Spotify refused the stored refresh token; logging out")
                await self.logout()
                raise AuthenticationFailed("Spotify session was revoked; log in again",
                                           provider=PROVIDER,
                                           code="spotify.unauthenticated") from None
            raise
        await self.accept(token)

    def _require_client_id(self) -> None:
        if not self.client_id:
            raise AuthenticationFailed("No Spotify Client ID is configured", provider=PROVIDER,
                                       code="spotify.unconfigured")


class PkceLogin:
    """One login attempt. ``url`` is available after :meth:`start` (to show or copy)."""

    def __init__(self, auth: SpotifyUserAuth, *, port: int = 0, scope: str = DEFAULT_SCOPE,
                 opener: BrowserOpener = webbrowser.open) -> None:
        auth._require_client_id()
        self.auth = auth
        self.scope = scope
        self.opener = opener
        self.listener = LoopbackListener(port)
        self.verifier = new_code_verifier()
        self.state = secrets.token_urlsafe(24)
        self.url = ""
        self.redirect_uri = ""

    async def start(self) -> str:
        redirect_uri = self.redirect_uri = await self.listener.start()
        self.url = build_authorize_url(self.auth.accounts.authorize_url,
                                       client_id=self.auth.client_id or "",
                                       redirect_uri=redirect_uri,
                                       challenge=code_challenge(self.verifier),
                                       state=self.state, scope=self.scope)
        return self.url

    async def run(self, timeout_s: float = 300.0) -> TokenSet:
        """Open the browser, wait for the redirect, exchange the code; always closes the port."""
        try:
            if not self.url:
                await self.start()
            # The opener may block (webbrowser, or a test's HTTP GET that reaches our listener).
            await asyncio.get_running_loop().run_in_executor(None, self.opener, self.url)
            started = time.monotonic()
            query = await self.listener.wait(timeout_s)
            log.info("Spotify redirect received after %.1f s", time.monotonic() - started)
            return await self._finish(query)
        except TimeoutError:
            raise AuthenticationFailed("Spotify login timed out", provider=PROVIDER,
                                       code="spotify.login_timeout") from None
        finally:
            await self.listener.close()

    async def _finish(self, query: dict[str, str]) -> TokenSet:
        if not secrets.compare_digest(query.get("state", ""), self.state):
            raise AuthenticationFailed("Spotify login answered with a wrong state",
                                       provider=PROVIDER, code="spotify.state_mismatch")
        if "error" in query or "code" not in query:
            error = query.get("error", "no_code")
            raise AuthenticationFailed(f"Spotify login failed: {error}", provider=PROVIDER,
                                       code=f"spotify.{error}")
        token = await self.auth.accounts.exchange_code(query["code"], self.verifier,
                                                       self.redirect_uri)
        await self.auth.accept(token)
        return token
