"""Spotify accounts-service calls (token endpoint) and the app-only client-credentials token.

The token endpoint is spoken to with httpx rather than spotipy's blocking OAuth managers: those
never refresh on a 401, discard tokens that lack ``scope`` and keep their own token cache, while
we keep the refresh token in the keyring and the access token only in memory.
"""

from __future__ import annotations

import base64
import time
from dataclasses import dataclass
from typing import Any, Protocol

import httpx

from engine.clients.http import make_client, transport_error
from engine.errors import AuthenticationFailed, ProtocolError, ProviderUnavailable
from engine.secrets import SecretStore

PROVIDER = "spotify"
SPOTIFY_ACCOUNTS_URL = "https://accounts.spotify.com"
DEFAULT_SCOPE = ("user-library-read user-follow-read playlist-read-private "
                 "playlist-read-collaborative")
REFRESH_SECRET = "spotify_refresh_token"
CLIENT_SECRET = "spotify_client_secret"


@dataclass(frozen=True, slots=True)
class TokenSet:
    """An access token (memory only) and, for user tokens, the refresh token to keep."""

    access_token: str
    expires_at: float  # time.time() seconds
    refresh_token: str | None = None
    scope: str | None = None

    def __repr__(self) -> str:  # never print tokens, even in a debugger or a traceback
        return f"TokenSet(expires_at={self.expires_at:.0f}, scope={self.scope!r})"

    def fresh(self, margin_s: float) -> bool:
        return self.expires_at - margin_s > time.time()


class TokenProvider(Protocol):
    """What :class:`~engine.clients.spotify.SpotifyClient` needs from an auth strategy."""

    async def access_token(self) -> str:
        """A valid access token, refreshed beforehand when it is about to expire."""
        ...

    async def renew(self, rejected: str) -> str:
        """A new token after the API answered 401 for ``rejected``."""
        ...


class SpotifyAccounts:
    """The accounts service's ``/api/token`` (authorization code, refresh, client credentials)."""

    def __init__(self, client_id: str, *, accounts_url: str = SPOTIFY_ACCOUNTS_URL,
                 timeout_s: float = 10.0) -> None:
        self.client_id = client_id
        self.accounts_url = accounts_url.rstrip("/")
        self.timeout_s = timeout_s

    @property
    def token_url(self) -> str:
        return f"{self.accounts_url}/api/token"

    @property
    def authorize_url(self) -> str:
        return f"{self.accounts_url}/authorize"

    async def exchange_code(self, code: str, verifier: str, redirect_uri: str) -> TokenSet:
        return await self._post({"grant_type": "authorization_code", "code": code,
                                 "redirect_uri": redirect_uri, "client_id": self.client_id,
                                 "code_verifier": verifier})

    async def refresh(self, refresh_token: str) -> TokenSet:
        token = await self._post({"grant_type": "refresh_token", "refresh_token": refresh_token,
                                  "client_id": self.client_id})
        if token.refresh_token is None:  # not rotated: the old one stays valid
            token = TokenSet(token.access_token, token.expires_at, refresh_token, token.scope)
        return token

    async def client_credentials(self, client_secret: str) -> TokenSet:
        basic = base64.b64encode(f"{self.client_id}:{client_secret}".encode()).decode()
        return await self._post({"grant_type": "client_credentials"},
                                headers={"Authorization": f"Basic {basic}"})

    async def _post(self, form: dict[str, str], headers: dict[str, str] | None = None
                    ) -> TokenSet:
        try:
            async with make_client(timeout=self.timeout_s) as http:
                response = await http.post(self.token_url, data=form, headers=headers)
        except httpx.HTTPError as exc:
            raise transport_error(exc, PROVIDER) from None
        if response.status_code >= 500:
            raise ProviderUnavailable(f"Spotify accounts answered {response.status_code}",
                                      provider=PROVIDER,
                                      params={"status": response.status_code})
        body = _json_or_empty(response)
        if response.status_code >= 400:
            raise _grant_failure(body, form["grant_type"])
        if not isinstance(body.get("access_token"), str):
            raise ProtocolError("Spotify token answer has no access token", provider=PROVIDER)
        return TokenSet(body["access_token"], time.time() + float(body.get("expires_in", 3600)),
                        body.get("refresh_token"), body.get("scope"))


def _json_or_empty(response: httpx.Response) -> dict[str, Any]:
    try:
        body = response.json()
    except ValueError:
        return {}
    return body if isinstance(body, dict) else {}


def _grant_failure(body: dict[str, Any], grant: str) -> AuthenticationFailed:
    """Spotify's flat token error (``invalid_grant``, ``invalid_client``...) as our error."""
    error = str(body.get("error") or "invalid_request")
    description = str(body.get("error_description") or "")
    return AuthenticationFailed(f"Spotify refused the {grant} grant: {error} {description}".strip(),
                                provider=PROVIDER, code=f"spotify.{error}",
                                params={"error": error, "grant": grant})


class SpotifyAppAuth:
    """App-only token (client credentials): catalogue lookups without any user data."""

    def __init__(self, accounts: SpotifyAccounts, secrets: SecretStore,
                 refresh_margin_s: float = 60.0) -> None:
        self.accounts = accounts
        self.secrets = secrets
        self.refresh_margin_s = refresh_margin_s
        self._token: TokenSet | None = None

    async def access_token(self) -> str:
        if self._token is None or not self._token.fresh(self.refresh_margin_s):
            await self._fetch()
        assert self._token is not None
        return self._token.access_token

    async def renew(self, rejected: str) -> str:
        if self._token is None or self._token.access_token == rejected:
            await self._fetch()
        return await self.access_token()

    async def _fetch(self) -> None:
        secret = await self.secrets.get(CLIENT_SECRET)
        if not secret:
            raise AuthenticationFailed("No Spotify client secret is stored", provider=PROVIDER,
                                       code="spotify.unconfigured")
        self._token = await self.accounts.client_credentials(secret)
