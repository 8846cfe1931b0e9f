"""Integrations: builds the slskd, Spotify, LRCLIB and cover-art clients from settings and
secrets, rebuilds them when a relevant setting changes, and reports each provider's health.

Other services ask this one for a client each time they need it (never keep one), so a changed
URL or key applies to the next call without a restart.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable
from typing import Any

from engine.clients.coverart import CoverArtClient
from engine.clients.lrclib import LrclibClient
from engine.clients.oauth_pkce import PkceLogin, SpotifyUserAuth
from engine.clients.search_budget import Budget, SearchBudget
from engine.clients.slskd import SlskdClient
from engine.clients.spotify import SpotifyClient
from engine.clients.spotify_models import SpotifyConnection
from engine.domain.models import HealthStatus, ProviderHealth
from engine.errors import HarmonyError
from engine.events import EventBus, HealthChanged, SettingChanged
from engine.secrets import SecretStore
from engine.settings_store import SettingsStore

log = logging.getLogger(__name__)
PROVIDERS = ("slskd", "spotify", "lrclib")
#: Builds the Soulseek search budget from (searches, window in seconds).
BudgetFactory = Callable[[int, float], Budget]
#: Workers that cannot run while a provider is unusable (shown as "blocked").
NEEDS = {"sync": "slskd", "search": "slskd", "retry": "slskd", "playlist_sync": "spotify",
         "backfill": "spotify", "watchlist": "spotify"}


class Integrations:
    enabled = True

    def __init__(self, settings: SettingsStore, secrets: SecretStore, bus: EventBus, *,
                 budget_factory: BudgetFactory = SearchBudget) -> None:
        """``budget_factory``: the engine passes one whose budget every engine on the database
        shares; the in-process default suits tests that have no database."""
        self._settings = settings
        self._budget_factory = budget_factory
        self._secrets = secrets
        self._bus = bus
        self._slskd: SlskdClient | None = None
        self._spotify_auth: SpotifyUserAuth | None = None
        self._spotify: SpotifyClient | None = None
        self.budget = self._new_budget()
        self._health: dict[str, ProviderHealth] = {}
        self._unsubscribe: Callable[[], None] = bus.subscribe(SettingChanged,
                                                              self._on_setting_changed)

    # -- clients -----------------------------------------------------------------------------
    def _new_budget(self) -> Budget:
        return self._budget_factory(int(self._settings.get("search.budget_count")),
                                    float(self._settings.get("search.budget_window_s")))

    async def slskd(self) -> SlskdClient:
        if self._slskd is None:
            try:
                key = await self._settings.get_secret("slskd.api_key")
            except HarmonyError:  # no keyring: the client reports "unconfigured"
                key = None
            self._slskd = SlskdClient(self._settings.get("slskd.url"), key, budget=self.budget,
                                      timeout_s=float(self._settings.get("slskd.timeout_s")))
        return self._slskd

    def spotify_auth(self) -> SpotifyUserAuth:
        if self._spotify_auth is None:
            self._spotify_auth = SpotifyUserAuth(self._settings.get("spotify.client_id") or None,
                                                 self._secrets, accounts_url=self._settings.get(
                                                     "spotify.accounts_url"))
        return self._spotify_auth

    def spotify(self) -> SpotifyClient:
        """The user-authorised Web API client (calls fail with spotify.* codes when not set up)."""
        if self._spotify is None:
            self._spotify = SpotifyClient(self.spotify_auth(),
                                          api_url=self._settings.get("spotify.api_url"),
                                          timeout_s=float(self._settings.get("spotify.timeout_s")))
        return self._spotify

    async def spotify_connection(self) -> SpotifyConnection:
        try:
            return await self.spotify_auth().status()
        except HarmonyError:
            return SpotifyConnection.UNAUTHENTICATED

    def spotify_login(self, opener: Callable[[str], Any] | None = None) -> PkceLogin:
        port = int(self._settings.get("spotify.redirect_port"))
        kwargs: dict[str, Any] = {"port": port}
        if opener is not None:
            kwargs["opener"] = opener
        return PkceLogin(self.spotify_auth(), **kwargs)

    def lrclib(self) -> LrclibClient:
        return LrclibClient(self._settings.get("lyrics.lrclib_url"))

    def coverart(self) -> CoverArtClient:
        return CoverArtClient(caa_url=self._settings.get("artwork.caa_url"),
                              max_bytes=int(self._settings.get("artwork.max_bytes")))

    # -- settings changes --------------------------------------------------------------------
    def _on_setting_changed(self, event: SettingChanged) -> None:
        name = event.name
        if name.startswith("slskd."):
            self._drop_slskd()
        elif name.startswith("search.budget"):
            self.budget = self._new_budget()
            self._drop_slskd()
        elif name.startswith("spotify."):
            self._spotify_auth = None
            self._spotify = None

    def _drop_slskd(self) -> None:
        old, self._slskd = self._slskd, None
        if old is not None:
            task = asyncio.ensure_future(old.aclose())
            task.add_done_callback(lambda t: t.exception())

    # -- health ------------------------------------------------------------------------------
    async def health(self) -> list[ProviderHealth]:
        """Every provider's health, checked concurrently; changes are announced on the bus."""
        results = await asyncio.gather(self._slskd_health(), self._spotify_health(),
                                       self._lrclib_health())
        for health in results:
            previous = self._health.get(health.provider)
            self._health[health.provider] = health
            if previous is None or (previous.status, previous.code) != (health.status,
                                                                         health.code):
                self._bus.publish(HealthChanged(provider=health.provider,
                                                status=health.status.value, code=health.code))
        return list(results)

    def last_health(self) -> dict[str, ProviderHealth]:
        return dict(self._health)

    async def _slskd_health(self) -> ProviderHealth:
        if self._secrets.kind == "keyring":
            from engine.secrets import KeyringSecretStore

            if not KeyringSecretStore.backend_available():
                return ProviderHealth("slskd", HealthStatus.DOWN, "secrets.no_backend")
        return await (await self.slskd()).health()

    async def _spotify_health(self) -> ProviderHealth:
        try:
            return await self.spotify().health()
        except HarmonyError as exc:
            return ProviderHealth("spotify", HealthStatus.DOWN, exc.code)

    async def _lrclib_health(self) -> ProviderHealth:
        if not self._settings.get("lyrics.enabled"):
            return ProviderHealth("lrclib", HealthStatus.OK, "lrclib.disabled", enabled=False)
        return await self.lrclib().health()

    async def provider_flags(self) -> dict[str, bool]:
        """Which providers are configured at all (the wiring summary logs disabled ones false)."""
        try:
            has_key = bool(await self._settings.get_secret("slskd.api_key"))
        except HarmonyError:
            has_key = False
        return {"slskd": bool(self._settings.get("slskd.url")) and has_key,
                "spotify": bool(self._settings.get("spotify.client_id")),
                "lrclib": bool(self._settings.get("lyrics.enabled")),
                "artwork": bool(self._settings.get("artwork.enabled"))}

    def blocked_workers(self) -> dict[str, str]:
        """Workers whose provider is down or unconfigured, with the reason code."""
        blocked = {}
        for worker, provider in NEEDS.items():
            health = self._health.get(provider)
            if health is not None and (health.status is HealthStatus.DOWN or not health.enabled):
                blocked[worker] = health.code
        return blocked

    async def aclose(self) -> None:
        self._unsubscribe()
        if self._slskd is not None:
            await self._slskd.aclose()
