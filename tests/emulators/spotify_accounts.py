"""Spotify accounts service emulation (§B.3): /authorize, /api/token and the token registry."""

from __future__ import annotations

import base64
import hashlib
import secrets
import threading
import time
from dataclasses import dataclass, field
from urllib.parse import urlencode, urlsplit

from tests.emulators.server import Request, Response


@dataclass
class AccessToken:
    user_id: str | None  # None = app-only (client credentials) token
    client_id: str
    expires_at: float
    scope: str = ""


@dataclass
class PendingCode:
    client_id: str
    redirect_uri: str
    challenge: str
    scope: str
    expires_at: float


@dataclass
class AccountsState:
    """Everything the accounts service knows; tests flip the switches directly."""

    #: client_id -> client_secret (None for a PKCE-only public client).
    clients: dict[str, str | None] = field(default_factory=lambda: {
        "harmony-test-client": "harmony-test-secret"})
    user_id: str = "harmony-user"
    #: What the simulated user does on the consent page: "approve" or "deny".
    consent: str = "approve"
    expires_in: int = 3600
    rotate_refresh_tokens: bool = False
    omit_scope: bool = False
    access_tokens: dict[str, AccessToken] = field(default_factory=dict)
    refresh_tokens: dict[str, tuple[str, str]] = field(default_factory=dict)  # -> client, scope
    codes: dict[str, PendingCode] = field(default_factory=dict)
    lock: threading.RLock = field(default_factory=threading.RLock)


def _challenge(verifier: str) -> str:
    digest = hashlib.sha256(verifier.encode()).digest()
    return base64.urlsafe_b64encode(digest).rstrip(b"=").decode()


def _grant_error(error: str, description: str, status: int = 400) -> Response:
    return Response.json({"error": error, "error_description": description}, status)


class Accounts:
    """Handlers for the accounts host; mounted on the same loopback server as the Web API."""

    def __init__(self, state: AccountsState | None = None) -> None:
        self.state = state or AccountsState()

    # -- test helpers --------------------------------------------------------------------
    def issue_user_tokens(self, client_id: str = "harmony-test-client",
                          scope: str = "user-library-read") -> tuple[str, str]:
        """(access, refresh) for tests that skip the browser flow."""
        with self.state.lock:
            refresh = "AQ" + secrets.token_urlsafe(40)
            self.state.refresh_tokens[refresh] = (client_id, scope)
            return self._new_access(self.state.user_id, client_id, scope), refresh

    def expire_access_tokens(self) -> None:
        """Server-side early expiry (§E.2.4): the client still believes its token is valid."""
        with self.state.lock:
            for token in self.state.access_tokens.values():
                token.expires_at = 0.0

    def revoke_refresh_tokens(self) -> None:
        """The user removed the app's access: every refresh answers invalid_grant."""
        with self.state.lock:
            self.state.refresh_tokens.clear()
            self.state.access_tokens.clear()

    def token_for(self, header: str | None) -> AccessToken | None:
        if not header or not header.startswith("Bearer "):
            return None
        with self.state.lock:
            token = self.state.access_tokens.get(header[7:])
        return token if token is not None and token.expires_at > time.time() else None

    # -- /authorize --------------------------------------------------------------------------
    def authorize(self, request: Request) -> Response:
        q = request.query
        error = self._authorize_error(q)
        if error:
            return Response(400, f"<html><body>{error}</body></html>".encode(),
                            {"Content-Type": "text/html; charset=utf-8"})
        back = {"state": q["state"]} if "state" in q else {}
        if self.state.consent != "approve":
            return self._redirect(q["redirect_uri"], {"error": "access_denied", **back})
        code = "AQC" + secrets.token_urlsafe(30)
        with self.state.lock:
            self.state.codes[code] = PendingCode(q["client_id"], q["redirect_uri"],
                                                 q["code_challenge"], q.get("scope", ""),
                                                 time.time() + 600)
        return self._redirect(q["redirect_uri"], {"code": code, **back})

    def _authorize_error(self, q: dict[str, str]) -> str | None:
        if q.get("client_id") not in self.state.clients:
            return "INVALID_CLIENT: Invalid client"
        if q.get("response_type") != "code":
            return "unsupported_response_type"
        redirect = urlsplit(q.get("redirect_uri", ""))
        if redirect.scheme != "http" or redirect.hostname not in ("127.0.0.1", "::1") or \
                redirect.path != "/callback":
            return "INVALID_CLIENT: Invalid redirect URI"
        if q.get("code_challenge_method") != "S256" or len(q.get("code_challenge", "")) < 43:
            return "invalid_request: code_challenge"
        return None

    @staticmethod
    def _redirect(uri: str, params: dict[str, str]) -> Response:
        return Response(302, b"", {"Location": f"{uri}?{urlencode(params)}"})

    # -- /api/token --------------------------------------------------------------------------
    def token(self, request: Request) -> Response:
        form = request.form()
        grant = form.get("grant_type")
        if grant == "authorization_code":
            return self._grant_code(form)
        if grant == "refresh_token":
            return self._grant_refresh(form)
        if grant == "client_credentials":
            return self._grant_client_credentials(request)
        return _grant_error("unsupported_grant_type", f"grant_type: {grant}")

    def _grant_code(self, form: dict[str, str]) -> Response:
        with self.state.lock:
            pending = self.state.codes.pop(form.get("code", ""), None)  # single use
        if pending is None or pending.expires_at < time.time():
            return _grant_error("invalid_grant", "Invalid authorization code")
        if form.get("client_id") != pending.client_id:
            return _grant_error("invalid_client", "Invalid client")
        if form.get("redirect_uri") != pending.redirect_uri:
            return _grant_error("invalid_grant", "Invalid redirect URI")
        verifier = form.get("code_verifier", "")
        if not 43 <= len(verifier) <= 128 or _challenge(verifier) != pending.challenge:
            return _grant_error("invalid_grant", "code_verifier was incorrect")
        return self._user_token_response(pending.client_id, pending.scope, new_refresh=True)

    def _grant_refresh(self, form: dict[str, str]) -> Response:
        refresh = form.get("refresh_token", "")
        with self.state.lock:
            known = self.state.refresh_tokens.get(refresh)
            if known is None:
                return _grant_error("invalid_grant", "Invalid refresh token")
            client_id, scope = known
            if form.get("client_id") != client_id:
                return _grant_error("invalid_client", "Invalid client")
            if self.state.rotate_refresh_tokens:
                del self.state.refresh_tokens[refresh]
        return self._user_token_response(client_id, scope,
                                         new_refresh=self.state.rotate_refresh_tokens)

    def _grant_client_credentials(self, request: Request) -> Response:
        try:
            raw = base64.b64decode(request.headers.get("authorization", "")[6:]).decode()
            client_id, secret = raw.split(":", 1)
        except ValueError:
            return _grant_error("invalid_client", "Invalid client")
        if client_id not in self.state.clients:
            return _grant_error("invalid_client", "Invalid client")
        if self.state.clients[client_id] != secret:
            return _grant_error("invalid_client", "Invalid client secret")
        access = self._new_access(None, client_id, "")
        return Response.json({"access_token": access, "token_type": "Bearer",
                              "expires_in": self.state.expires_in})

    def _user_token_response(self, client_id: str, scope: str, *, new_refresh: bool) -> Response:
        body: dict[str, object] = {"access_token": self._new_access(self.state.user_id,
                                                                    client_id, scope),
                                   "token_type": "Bearer", "expires_in": self.state.expires_in}
        if not self.state.omit_scope:
            body["scope"] = scope
        if new_refresh:
            refresh = "AQ" + secrets.token_urlsafe(40)
            with self.state.lock:
                self.state.refresh_tokens[refresh] = (client_id, scope)
            body["refresh_token"] = refresh
        return Response.json(body)

    def _new_access(self, user_id: str | None, client_id: str, scope: str) -> str:
        access = "BQ" + secrets.token_urlsafe(40)
        with self.state.lock:
            self.state.access_tokens[access] = AccessToken(
                user_id, client_id, time.time() + self.state.expires_in, scope)
        return access
