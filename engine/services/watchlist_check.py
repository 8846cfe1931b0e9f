"""One artist check (the ``watchlist`` job): detect new releases, queue their tracks, notify.

Failures: 429 → RetryLater after Spotify's own delay, without spending the artist's retry
budget; while Spotify is rate-limited no request is made at all. Unreachable/5xx/malformed →
RetryLater with exponential backoff until the artist's retry budget is spent, then a cooldown
and a dead letter. Refusals (401/403/404, not configured) → cooldown at once.
"""

from __future__ import annotations

import logging
import random
import time
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from typing import Any

from engine.activity import ActivityLog
from engine.clients.spotify import SpotifyClient
from engine.clients.spotify_models import SpotifyConnection
from engine.db.repositories.wanted import WantedItems
from engine.db.repositories.watchlist import (
    ArtistRecord,
    NewRelease,
    ReleaseRecord,
    WatchlistRepository,
)
from engine.domain import failure_codes as fc
from engine.errors import (
    AuthenticationFailed,
    HarmonyError,
    IntegrationError,
    ProtocolError,
    ProviderUnavailable,
    RateLimited,
)
from engine.events import EventBus, Notification, WantedItemChanged
from engine.jobs.handlers import JobContext, PermanentFailure, RetryLater
from engine.services.watchlist_releases import (
    judge,
    needs_duration,
    one_per_edition,
    wanted_by_filters,
)
from engine.services.watchlist_tracks import (
    FetchedRelease,
    fetch_release,
    keep_tracks,
    wanted_items,
    with_isrcs,
)
from engine.settings_store import SettingsStore

log = logging.getLogger(__name__)
MAX_BACKOFF_S = 3600.0
JITTER = 0.2
_REASON_LIMIT = 1000  # the watchlist repository keeps this much of an artist's last error


def utcnow() -> datetime:
    return datetime.now(UTC)


def is_retryable(exc: HarmonyError) -> bool:
    return isinstance(exc, ProviderUnavailable | ProtocolError)


class ArtistChecker:
    def __init__(self, repo: WatchlistRepository, wanted: WantedItems,
                 spotify: Callable[[], SpotifyClient], settings: SettingsStore,
                 activity: ActivityLog, bus: EventBus) -> None:
        self._repo = repo
        self._wanted = wanted
        self._spotify = spotify
        self._settings = settings
        self._activity = activity
        self._bus = bus

    # -- the job -----------------------------------------------------------------------------
    async def handle(self, ctx: JobContext) -> None:
        artist = await self._repo.get(int(ctx.payload["artist_id"]))
        if artist is None:
            return  # removed while the job waited
        force = bool(ctx.payload.get("force"))
        if not force and (artist.paused or _cooling(artist)):
            return
        if _checked_since_request(artist, ctx.payload.get("requested_at")):
            return  # a check that finished after the user's request already answered it
        if not await self.spotify_connected():
            return  # logged out meanwhile: the artist stays due for when Spotify is back
        self.raise_if_rate_limited()
        try:
            if ctx.payload.get("mode") == "back_catalogue":
                await self.back_catalogue(artist)
            else:
                await self.check(artist)
        except RateLimited as exc:
            await self._repo.record_failure(artist.id, _describe(exc), count=False)
            raise RetryLater(_describe(exc), max(1.0, exc.retry_after)) from exc
        except HarmonyError as exc:
            await self._failed(ctx, artist, exc)

    def raise_if_rate_limited(self) -> None:
        """While Spotify asked us to wait, wait: no request at all (no hammering)."""
        remaining = self.rate_limited_for()
        if remaining > 0:
            raise RetryLater("spotify.rate_limited", remaining)

    async def spotify_connected(self) -> bool:
        """Cheap (no request): a client ID and a session to use."""
        try:
            return await self._spotify().connection() is SpotifyConnection.CONNECTED
        except HarmonyError:
            return False

    async def require_spotify(self) -> None:
        """For requests the user makes: say why nothing can be checked now."""
        try:
            connection = await self._spotify().connection()
        except HarmonyError:
            connection = SpotifyConnection.UNAUTHENTICATED
        if connection is not SpotifyConnection.CONNECTED:
            raise AuthenticationFailed("Spotify is not connected", provider="spotify",
                                       code=f"spotify.{connection.value}")

    def rate_limited_for(self) -> float:
        try:
            until = self._spotify().runner.rate_limited_until
        except HarmonyError:
            return 0.0
        return max(0.0, until - time.monotonic())

    async def _failed(self, ctx: JobContext, artist: ArtistRecord, exc: HarmonyError) -> None:
        reason = _describe(exc)
        if is_retryable(exc):
            count = await self._repo.record_failure(artist.id, reason, count=True)
            budget = int(self._settings.get("watchlist.retry_budget"))
            if count < budget and not ctx.last_attempt:
                raise RetryLater(reason, self.backoff_s(count)) from exc
            reason = fc.failure(fc.WATCHLIST_RETRY_BUDGET_EXHAUSTED, reason, limit=_REASON_LIMIT)
        await self.cool_down(artist.id, reason)
        raise PermanentFailure(reason, code=exc.code) from exc

    def backoff_s(self, failures: int) -> float:
        base = float(self._settings.get("watchlist.retry_base_s"))
        raw = min(base * 2 ** max(0, failures - 1), MAX_BACKOFF_S)
        return raw * random.uniform(1 - JITTER, 1 + JITTER)

    async def cool_down(self, artist_id: int, reason: str) -> None:
        minutes = int(self._settings.get("watchlist.cooldown_min"))
        await self._repo.start_cooldown(artist_id, reason, utcnow() + timedelta(minutes=minutes))
        artist = await self._repo.get(artist_id)
        await self._activity.record("watchlist", "failed", action="artist_check",
                                    artist=artist.name if artist else str(artist_id),
                                    error=reason[:300], cooldown_min=minutes)

    # -- detection ---------------------------------------------------------------------------
    async def check(self, artist: ArtistRecord) -> int:
        """Record the artist's releases; queue and announce the new ones. Returns new count."""
        started = utcnow()
        spotify = self._spotify()
        albums = await spotify.artist_albums(artist.spotify_artist_id)
        known = await self._repo.known_keys(artist.id)
        fetched: dict[str, FetchedRelease] = {}
        records = []
        for key, album in one_per_edition(albums).items():
            if key in known:
                continue
            verdict = judge(album, since=artist.last_checked_at,
                            release_types=artist.release_types, skip_words=artist.skip_words)
            undecided = verdict.is_new or (verdict.skip_reason or "").startswith("type:")
            if undecided and needs_duration(album, artist.release_types):
                fetched[album.id] = await fetch_release(spotify, album.id or "")
                verdict = judge(album, since=artist.last_checked_at,
                                release_types=artist.release_types,
                                skip_words=artist.skip_words,
                                duration_ms=fetched[album.id].duration_ms)
            records.append(NewRelease(album.id or "", key, album.name, verdict.kind,
                                      album.release_date, album.total_tracks or 0,
                                      verdict.is_new, verdict.skip_reason))
        await self._repo.record_releases(artist.id, records)
        announced = await self._finish_new_releases(artist, spotify, fetched)
        next_check = started + timedelta(hours=artist.interval_h)
        await self._repo.mark_checked(artist.id, started, next_check)
        await self._activity.record("watchlist", "completed", action="artist_check",
                                    artist=artist.name, releases=len(albums),
                                    recorded=len(records), new=announced,
                                    first_check=artist.last_checked_at is None)
        return announced

    async def _finish_new_releases(self, artist: ArtistRecord, spotify: SpotifyClient,
                                   fetched: dict[str, FetchedRelease]) -> int:
        """Queue and announce new releases not finished yet (also those a crash interrupted)."""
        announced = 0
        for release in await self._repo.unfinished_new(artist.id):
            tracks = len(release.wanted_item_ids)
            if release.queued_at is None:
                queued = await self._queue_release(artist, spotify, release, fetched)
                if queued is None:
                    await self._repo.claim_notification(release.id, silent=True)
                    continue
                tracks = queued
            if tracks and await self._repo.claim_notification(release.id):
                await self._announce(artist, release, tracks)
                announced += 1
            elif not tracks:
                await self._repo.claim_notification(release.id, silent=True)
        return announced

    async def _queue_release(self, artist: ArtistRecord, spotify: SpotifyClient,
                             release: ReleaseRecord, fetched: dict[str, FetchedRelease]
                             ) -> int | None:
        """Its tracks become wanted items; returns how many (None: gone from Spotify)."""
        try:
            data = fetched.get(release.spotify_album_id) or await fetch_release(
                spotify, release.spotify_album_id)
        except IntegrationError as exc:
            if exc.code != "spotify.not_found":
                raise
            await self._repo.mark_queued(release.id, [], 0)
            return None
        tracks = keep_tracks(data, artist_spotify_id=artist.spotify_artist_id,
                             only_own=release.album_type == "appears_on",
                             skip_words=artist.skip_words)
        tracks = await with_isrcs(spotify, tracks)
        result = await self._wanted.upsert_many(wanted_items(data, tracks,
                                                             priority=artist.priority))
        have = await self._repo.count_have(result.ids)
        await self._repo.mark_queued(release.id, result.ids, have)
        for item_id in result.created:  # the acquisition pipeline may start at once
            self._bus.publish(WantedItemChanged(item_id=item_id, state="new"))
        return len(set(result.ids))

    async def _announce(self, artist: ArtistRecord, release: ReleaseRecord, tracks: int) -> None:
        params: dict[str, Any] = {"artist": artist.name, "album": release.name,
                                  "album_id": release.spotify_album_id, "tracks": tracks}
        self._bus.publish(Notification(code="watchlist.new_release", params=params))
        await self._activity.record("watchlist", "new_release", release_type=release.album_type,
                                    release_date=release.release_date, **params)

    # -- back catalogue ----------------------------------------------------------------------
    async def back_catalogue(self, artist: ArtistRecord) -> int:
        """Queue every recorded release that passes the artist's filters (on request only)."""
        if artist.last_checked_at is None:
            await self.check(artist)
        spotify = self._spotify()
        releases = tracks = 0
        for release in await self._repo.releases(artist.id):
            if release.queued_at is not None or not wanted_by_filters(
                    release.album_type, release.name, artist.release_types, artist.skip_words):
                continue
            queued = await self._queue_release(artist, spotify, release, {})
            await self._repo.claim_notification(release.id, silent=True)
            if queued:
                releases += 1
                tracks += queued
        params = {"artist": artist.name, "releases": releases, "tracks": tracks}
        if releases:
            self._bus.publish(Notification(code="watchlist.back_catalogue", params=params))
        await self._activity.record("watchlist", "completed", action="back_catalogue", **params)
        return tracks


def _cooling(artist: ArtistRecord) -> bool:
    return artist.cooldown_until is not None and artist.cooldown_until > utcnow()


def _checked_since_request(artist: ArtistRecord, requested_at: str | None) -> bool:
    if not requested_at or artist.last_checked_at is None:
        return False
    try:
        return artist.last_checked_at >= datetime.fromisoformat(requested_at)
    except ValueError:
        return False


def _describe(exc: HarmonyError) -> str:
    """The error's code with its own message as detail (see engine.domain.failure_codes)."""
    return fc.failure(exc.code, exc.message, limit=_REASON_LIMIT)
