"""Installs the watchlist: its service, the ``watchlist`` job, the WatchlistTimer, the facade."""

from __future__ import annotations

from typing import TYPE_CHECKING

from engine.db.repositories.wanted import WantedItems
from engine.db.repositories.watchlist import WatchlistRepository
from engine.facade.watchlist import WatchlistFacade
from engine.jobs.handlers import JobContext, Registration
from engine.orchestrator import Timer
from engine.services.integrations import Integrations
from engine.services.watchlist import JOB_TYPE, WatchlistService
from engine.services.watchlist_check import ArtistChecker
from engine.services.watchlist_progress import AlbumProgress

if TYPE_CHECKING:
    from engine.bootstrap import Engine

TIMER_JITTER = 0.2  # seed: ± 20 %


def install_watchlist(engine: Engine) -> WatchlistService:
    assert engine.database and engine.activity and engine.settings and engine.queue
    integrations = engine.services["integrations"]
    assert isinstance(integrations, Integrations)
    repo = WatchlistRepository(engine.database)
    wanted = WantedItems(engine.database, engine.activity, engine.bus)
    checker = ArtistChecker(repo, wanted, integrations.spotify, engine.settings,
                            engine.activity, engine.bus)
    progress = AlbumProgress(repo, engine.settings, engine.bus)
    progress.start()
    service = WatchlistService(repo, checker, progress, engine.queue, integrations.spotify,
                               engine.settings)

    async def on_dead_letter(ctx: JobContext, reason: str) -> None:
        """Out of attempts for any reason: the artist cools down instead of looping."""
        artist_id = int(ctx.payload.get("artist_id", 0))
        if await repo.get(artist_id) is not None:
            await checker.cool_down(artist_id, reason)

    engine.services["watchlist"] = service
    engine.registrations.append(Registration(JOB_TYPE, checker.handle, on_dead_letter))
    engine.timers.append(Timer("watchlist", service.timer_interval_s, service.tick,
                               jitter=TIMER_JITTER))
    engine.facades["watchlist"] = WatchlistFacade(service)
    return service
