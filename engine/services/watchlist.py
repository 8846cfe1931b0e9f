"""The watchlist service: watched artists, the due-artist timer tick, "Jetzt prüfen".

Each artist check runs as a ``watchlist`` job (dedupe key ``watchlist:artist:<id>``), handled
by :class:`~engine.services.watchlist_check.ArtistChecker`; new releases' tracks become wanted
items that matching and acquisition take from there.
"""

from __future__ import annotations

import re
import time
from collections.abc import Callable, Sequence
from datetime import UTC, datetime, timedelta
from typing import Any

from engine.clients.spotify import SpotifyClient
from engine.clients.spotify_models import SpotifyArtist, largest_image
from engine.db.repositories.watchlist import ArtistRecord, WatchlistRepository
from engine.errors import HarmonyError
from engine.facade.contracts import ArtistHit
from engine.jobs.queue import PgJobQueue
from engine.services.watchlist_check import ArtistChecker, utcnow
from engine.services.watchlist_progress import AlbumProgress
from engine.services.watchlist_releases import validate_release_types
from engine.settings_store import SettingsStore

JOB_TYPE = "watchlist"
FOLLOWED_TTL_S = 300.0
_SPOTIFY_ID = re.compile(r"^(?:spotify:artist:|https?://open\.spotify\.com/artist/)?"
                         r"([A-Za-z0-9]{1,64})(?:\?.*)?$")
UPDATABLE = ("priority", "interval_h", "release_types", "skip_words")


class WatchlistError(HarmonyError):
    """A watchlist request was refused."""

    code = "watchlist.invalid"


def check_key(artist_id: int, *, on_request: bool = False) -> str:
    """Scheduled and requested checks have their own keys: "Jetzt prüfen" is never swallowed
    by a scheduled check that is just finishing."""
    return f"watchlist:{'now' if on_request else 'artist'}:{artist_id}"


def back_catalogue_key(artist_id: int) -> str:
    return f"watchlist:back:{artist_id}"


def job_priority(artist_priority: int) -> int:
    """Inside the watchlist band (41..59) so artists never outrank downloads."""
    return max(41, min(59, 50 + int(artist_priority)))


class WatchlistService:
    def __init__(self, repo: WatchlistRepository, checker: ArtistChecker,
                 progress: AlbumProgress, queue: PgJobQueue,
                 spotify: Callable[[], SpotifyClient], settings: SettingsStore) -> None:
        self.repo = repo
        self.checker = checker
        self.progress = progress
        self._queue = queue
        self._spotify = spotify
        self._settings = settings
        self._followed: tuple[float, frozenset[str]] = (0.0, frozenset())

    # -- reading -----------------------------------------------------------------------------
    async def list(self) -> list[ArtistRecord]:
        return await self.repo.list_artists()

    async def get(self, artist_id: int) -> ArtistRecord:
        artist = await self.repo.get(artist_id)
        if artist is None:
            raise WatchlistError(f"No watched artist {artist_id}", code="watchlist.not_found",
                                 params={"artist_id": artist_id})
        return artist

    async def search_artists(self, query: str) -> list[ArtistHit]:
        if not query.strip():
            return []
        page = await self._spotify().search_artists(query.strip())
        followed = await self._followed_ids()
        return await self._hits(page.items, followed)

    async def followed_artists(self) -> list[ArtistHit]:
        artists = await self._spotify().followed_artists()
        ids = frozenset(a.id for a in artists if a.id)
        self._followed = (time.monotonic(), ids)
        return await self._hits(artists, ids)

    async def _hits(self, artists: Sequence[SpotifyArtist], followed: frozenset[str]
                    ) -> list[ArtistHit]:
        watched = await self.repo.watched_spotify_ids()
        hits = []
        for artist in artists:
            if not artist.id:
                continue
            image = largest_image(artist.images)
            hits.append(ArtistHit(artist.id, artist.name, artist.genres,
                                  image.url if image else None, artist.id in followed,
                                  artist.id in watched))
        return hits

    async def _followed_ids(self) -> frozenset[str]:
        """The user's followed artists, cached a few minutes (the search only marks them)."""
        fetched_at, ids = self._followed
        if time.monotonic() - fetched_at < FOLLOWED_TTL_S and fetched_at:
            return ids
        try:
            await self.followed_artists()
        except HarmonyError:
            return ids
        return self._followed[1]

    # -- changing ----------------------------------------------------------------------------
    async def add(self, spotify_artist_id: str, name: str, *, priority: int = 0,
                  interval_h: int | None = None, release_types: Sequence[str] | None = None,
                  skip_words: Sequence[str] | None = None) -> ArtistRecord:
        """Watch an artist (due at once: its first check records the discography)."""
        match = _SPOTIFY_ID.match((spotify_artist_id or "").strip())
        if match is None:
            raise WatchlistError("Not a Spotify artist ID", code="watchlist.invalid_artist_id",
                                 params={"value": str(spotify_artist_id)[:80]})
        if not (name or "").strip():
            raise WatchlistError("The artist needs a name", code="watchlist.name_required")
        values = {"spotify_artist_id": match.group(1), "name": name.strip(),
                  "paused": False, "retry_count": 0, "created_at": utcnow()}
        values |= self._validated(priority=priority, interval_h=interval_h if interval_h
                                  is not None else self._settings.get(
                                      "watchlist.default_interval_h"),
                                  release_types=release_types if release_types is not None
                                  else self._settings.get("watchlist.default_release_types"),
                                  skip_words=skip_words if skip_words is not None
                                  else self._settings.get("watchlist.default_skip_words"))
        artist_id = await self.repo.add(values)
        if artist_id is None:
            raise WatchlistError("This artist is already watched",
                                 code="watchlist.already_watched",
                                 params={"spotify_artist_id": match.group(1)})
        return await self.get(artist_id)

    async def add_followed(self) -> list[ArtistRecord]:
        """Watch every artist the user follows on Spotify that is not watched yet."""
        watched = await self.repo.watched_spotify_ids()
        added = []
        for artist in await self._spotify().followed_artists():
            if artist.id and artist.id not in watched and artist.name:
                added.append(await self.add(artist.id, artist.name))
                watched.add(artist.id)
        return added

    async def update(self, artist_id: int, **changes: Any) -> ArtistRecord:
        unknown = sorted(set(changes) - set(UPDATABLE))
        if unknown:
            raise WatchlistError(f"Cannot change {', '.join(unknown)}",
                                 code="watchlist.invalid_field", params={"fields": unknown})
        values = self._validated(**changes)
        if "interval_h" in values:  # the next check follows the new interval
            artist = await self.get(artist_id)
            if artist.last_checked_at is not None:
                values["next_check_at"] = artist.last_checked_at + timedelta(
                    hours=values["interval_h"])
        if not await self.repo.update(artist_id, **values):
            await self.get(artist_id)  # raises not_found
        return await self.get(artist_id)

    def _validated(self, **changes: Any) -> dict[str, Any]:
        values: dict[str, Any] = {}
        try:
            if "priority" in changes:
                values["priority"] = int(changes["priority"])
            if "interval_h" in changes:
                values["interval_h"] = int(changes["interval_h"])
                if not 1 <= values["interval_h"] <= 24 * 365:
                    raise ValueError("interval_h")
            if "release_types" in changes:
                values["release_types"] = list(validate_release_types(changes["release_types"]))
            if "skip_words" in changes:
                values["skip_words"] = list(dict.fromkeys(
                    str(w).strip().lower() for w in changes["skip_words"] if str(w).strip()))
        except (TypeError, ValueError) as exc:
            raise WatchlistError(f"Invalid value: {exc}", code="watchlist.invalid_value",
                                 params={"detail": str(exc)[:80]}) from None
        return values

    async def pause(self, artist_id: int, until: datetime | None = None) -> None:
        """Stop checking (until ``until``, when given); a waiting check is cancelled."""
        if until is not None and until.tzinfo is None:
            until = until.replace(tzinfo=UTC)
        if not await self.repo.update(artist_id, paused=True, resume_at=until):
            await self.get(artist_id)
        await self._cancel_checks(artist_id)

    async def resume(self, artist_id: int) -> None:
        if not await self.repo.update(artist_id, paused=False, resume_at=None):
            await self.get(artist_id)

    async def remove(self, artist_id: int) -> None:
        if not await self.repo.delete(artist_id):
            await self.get(artist_id)
        await self._cancel_checks(artist_id)
        await self._queue.cancel(dedupe_key=back_catalogue_key(artist_id))

    async def _cancel_checks(self, artist_id: int) -> None:
        for on_request in (False, True):
            await self._queue.cancel(dedupe_key=check_key(artist_id, on_request=on_request))

    # -- checking ----------------------------------------------------------------------------
    async def check_now(self, artist_id: int | None = None) -> int:
        """"Jetzt prüfen": one artist (even a paused one), or every artist not paused.
        Skips the schedule and any cooldown; returns how many checks were queued or hurried."""
        artists = [await self.get(artist_id)] if artist_id is not None else \
            await self.repo.active()
        await self.checker.require_spotify()
        for artist in artists:
            await self._enqueue(artist, force=True)
        return len(artists)

    async def fetch_back_catalogue(self, artist_id: int) -> None:
        """On request: queue the tracks of every recorded release that passes the filters."""
        artist = await self.get(artist_id)
        await self.checker.require_spotify()
        await self._queue.enqueue(JOB_TYPE, {"artist_id": artist.id, "mode": "back_catalogue",
                                             "force": True},
                                  priority=job_priority(artist.priority),
                                  dedupe_key=back_catalogue_key(artist.id))

    async def _enqueue(self, artist: ArtistRecord, *, force: bool) -> bool:
        key = check_key(artist.id, on_request=force)
        payload: dict[str, Any] = {"artist_id": artist.id, "force": force}
        if force:
            payload["requested_at"] = utcnow().isoformat()
        priority = job_priority(artist.priority)
        job = await self._queue.enqueue(JOB_TYPE, payload, priority=priority, dedupe_key=key)
        if job is not None or not force:
            return job is not None
        if await self._is_waiting(key):
            await self._queue.run_now(key)  # a check backing off: the user wants it now
            return True
        # The keyed check is running and may have read Spotify already: one more, unkeyed;
        # it skips itself when a check finished after this request.
        return await self._queue.enqueue(JOB_TYPE, payload, priority=priority) is not None

    async def _is_waiting(self, key: str) -> bool:
        jobs = await self._queue.jobs(status="queued", name=JOB_TYPE, limit=100_000)
        return any(job.dedupe_key == key for job in jobs)

    async def tick(self) -> int:
        """The WatchlistTimer: resume expired pauses, queue a bounded batch of due artists."""
        now = utcnow()
        await self.repo.resume_expired(now)
        if self.checker.rate_limited_for() > 0 or not await self.checker.spotify_connected():
            return 0  # Spotify asked us to wait, or is not set up: a later tick tries again
        limit = int(self._settings.get("watchlist.max_per_tick"))
        waiting = await self._waiting_artist_ids()
        queued = 0
        for artist in await self.repo.due(now, limit, exclude=waiting):
            queued += await self._enqueue(artist, force=False)
        return queued

    async def _waiting_artist_ids(self) -> set[int]:
        """Artists whose check is already queued or running (e.g. backing off): skipping them
        keeps a few failing artists from taking every tick's slots."""
        jobs = await self._queue.jobs(name=JOB_TYPE, limit=100_000)
        return {int(job.payload.get("artist_id", 0)) for job in jobs
                if job.status in ("queued", "picked") and job.dedupe_key and
                job.dedupe_key.startswith(("watchlist:artist:", "watchlist:now:"))}

    def timer_interval_s(self) -> float:
        return float(self._settings.get("watchlist.timer_interval_s"))

    async def aclose(self) -> None:
        await self.progress.aclose()
