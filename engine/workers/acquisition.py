"""Installs the acquisition pipeline: its service, the seven job handlers, the pump and the
transfer monitor timers, start-up reconcile and the Downloads/Matching facade sections."""

from __future__ import annotations

from typing import TYPE_CHECKING

from engine.domain import failure_codes as fc
from engine.facade.downloads import DownloadsFacade
from engine.facade.matching import MatchingFacade
from engine.jobs.handlers import JobContext, Registration
from engine.orchestrator import Timer
from engine.services.acquisition import Acquisition
from engine.services.acquisition_completion import CompletionStage
from engine.services.acquisition_control import PipelineControl
from engine.services.acquisition_matching import MatchingStage
from engine.services.acquisition_organise import Organiser
from engine.services.acquisition_postprocess import PostProcessStages
from engine.services.acquisition_reconcile import Reconciler
from engine.services.acquisition_search import SearchStage
from engine.services.acquisition_transfer import TransferStage
from engine.services.integrations import Integrations

if TYPE_CHECKING:
    from engine.bootstrap import Engine


async def install_acquisition(engine: Engine) -> Acquisition:
    assert engine.settings is not None and engine.database is not None
    assert engine.queue is not None and engine.activity is not None
    integrations = engine.services["integrations"]
    assert isinstance(integrations, Integrations)
    acq = Acquisition(settings=engine.settings, database=engine.database, queue=engine.queue,
                      activity=engine.activity, bus=engine.bus, integrations=integrations,
                      paths=engine.paths)
    reconciler = Reconciler(acq)
    transfer = TransferStage(acq)
    completion = CompletionStage(acq)
    post = PostProcessStages(acq, completion, Organiser(acq, completion))
    handlers = {"search": SearchStage(acq).handle, "matching": MatchingStage(acq).handle,
                "sync": transfer.handle, "retry": reconciler.retry,
                "metadata": completion.handle, "artwork": post.artwork, "lyrics": post.lyrics}
    on_dead_letter = _dead_letter_hook(acq)
    for job, handler in handlers.items():
        engine.registrations.append(Registration(job, handler, on_dead_letter=on_dead_letter))
    engine.timers.append(Timer("acquisition_pump",
                               lambda: float(acq.setting("download.pump_interval_s")),
                               reconciler.tick))
    engine.timers.append(Timer("acquisition_transfers",
                               lambda: float(acq.setting("download.poll_interval_s")),
                               transfer.tick, jitter=0.05))
    if engine.workers_enabled:
        await reconciler.prepare_start()  # before any worker runs
    control = PipelineControl(acq, reconciler)
    engine.services["acquisition"] = acq
    engine.facades["downloads"] = DownloadsFacade(acq, control)
    engine.facades["matching"] = MatchingFacade(acq, control)
    return acq


def _dead_letter_hook(acq: Acquisition):  # type: ignore[no-untyped-def]
    """A job that used up its attempts ends its round: the row backs off or is dead-lettered,
    never left without work (the pump would otherwise start it again and again)."""
    async def hook(ctx: JobContext, reason: str) -> None:
        ids = ctx.payload.get("download_ids") or [ctx.payload.get("download_id")]
        for download_id in ids:
            if download_id is not None:
                await acq.round_failed(int(download_id),
                                      fc.failure(fc.JOB_EXHAUSTED, f"{ctx.job_type}: {reason}"))
    return hook
