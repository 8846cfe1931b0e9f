"""Installs the sources area: imports, Spotify playlist sync, backfill, library index and the
.m3u8 export, with their job handlers, timers and facade sections."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from engine.cpu_pool import CpuPool
from engine.db.repositories.playlists import PlaylistRepository
from engine.db.repositories.wanted import WantedItems
from engine.facade.imports import ImportsFacade
from engine.facade.library import LibraryFacade
from engine.facade.spotify import SpotifyFacade
from engine.jobs.handlers import JobContext, Registration
from engine.orchestrator import Timer
from engine.services.backfill import BackfillService
from engine.services.imports import ImportResult, ImportService
from engine.services.library_scan import LibraryScanService
from engine.services.playlists import PlaylistExporter
from engine.services.spotify_sync import SpotifySyncService

if TYPE_CHECKING:
    from engine.bootstrap import Engine

BACKFILL_INTERVAL_S = 600.0


@dataclass(frozen=True)
class SourcesServices:
    imports: ImportService
    spotify: SpotifySyncService
    backfill: BackfillService
    library: LibraryScanService
    exporter: PlaylistExporter


def install_sources(engine: Engine) -> SourcesServices:
    assert engine.database and engine.settings and engine.activity and engine.queue
    database, settings, activity = engine.database, engine.settings, engine.activity
    wanted = WantedItems(database, activity, engine.bus)
    integrations: Any = engine.services["integrations"]

    async def enqueue(job_type: str, payload: dict[str, Any], **options: Any) -> Any:
        assert engine.queue is not None
        return await engine.queue.enqueue(job_type, payload, **options)

    exporter = PlaylistExporter(settings, PlaylistRepository(database), engine.bus,
                                paths=engine.paths)
    backfill = BackfillService(database, integrations, activity, wanted, enqueue,
                               after_playlist=exporter.export)
    spotify = SpotifySyncService(database, integrations, activity, wanted, enqueue,
                                 after_sync=exporter.export)
    cpu = CpuPool()
    cpu.start()  # in the background: the first import or scan finds the worker ready
    library = LibraryScanService(database, settings, activity, wanted, enqueue,
                                 paths=engine.paths, cpu=cpu)

    async def after_import(result: ImportResult) -> None:
        await exporter.export_many(result.playlists)
        if await backfill.connected():
            await backfill.request()

    imports = ImportService(database, settings, activity, engine.bus, wanted,
                            after_import=after_import, cpu=cpu)
    services = SourcesServices(imports, spotify, backfill, library, exporter)
    _register(engine, services)
    engine.services["cpu"] = cpu  # after the services that use it: stopped after them
    return services


def _register(engine: Engine, s: SourcesServices) -> None:
    engine.services.update({"imports": s.imports, "spotify_sync": s.spotify,
                            "backfill": s.backfill, "library_scan": s.library,
                            "playlist_export": s.exporter})
    engine.facades.update({"imports": ImportsFacade(s.imports),
                           "spotify": SpotifyFacade(s.spotify),
                           "library": LibraryFacade(s.library, s.imports.wanted)})

    async def scan(ctx: JobContext) -> None:
        await s.library.scan()

    engine.registrations.extend([Registration("playlist_sync", s.spotify.handle),
                                 Registration("backfill", s.backfill.handle),
                                 Registration("library_scan", scan)])
    settings = engine.settings
    assert settings is not None
    engine.timers.extend([
        Timer("playlist_sync", lambda: float(settings.get("spotify.sync_interval_s")),
              s.spotify.tick, run_at_start=False),
        Timer("backfill", lambda: BACKFILL_INTERVAL_S, s.backfill.tick),
        Timer("library_scan", s.library.interval_s, s.library.request),
    ])
