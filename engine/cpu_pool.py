"""CpuPool: CPU-heavy pure functions run in a helper process, so the window stays smooth.

Used for parsing imports and for reading the library's tags (engine.services.library_scan).

The window and the engine share one process, and so one GIL. A CPU-bound Python function in a
worker thread (parsing a 5,000-row CSV takes ~0.2 s) leaves the event loop free, but the GUI
thread hands the GIL over on every call into Qt and must win it back each time: it waits up to
the switch interval for each of the hundreds of model calls a table's paint makes. The import
dialog's first paint, beside its own parse, took ~90 ms that way. A helper process holds no
GIL of ours, and on a machine with two cores it runs beside the window.

One worker process, launched in the background when the engine starts. Where the platform has
it the start method is "forkserver": the server is a fresh interpreter (never a fork of the Qt
process) that imports the parsers once, and the worker forks from it. Elsewhere "spawn".

Faults degrade, never crash: if no process can be started (a sandbox that forbids it, a frozen
build without multiprocessing support), calls run in a thread as before and the reason is
logged once; if the worker dies during a call, a new one is launched and the call is tried once
more there. A second death in a row is reported as ``cpu.worker_died``: the input is not handed
to the app's own process, where whatever killed the worker would take the window with it.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import multiprocessing
import os
import select
import threading
import time
from collections.abc import Callable, Sequence
from concurrent.futures import Executor, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from typing import Any, TypeVar

from engine.errors import HarmonyError

log = logging.getLogger(__name__)

T = TypeVar("T")

#: modules the fork server imports once, so the worker starts with them loaded
DEFAULT_PRELOAD = ("engine.ingest.parse", "engine.library.scan")
LAUNCH_TIMEOUT_S = 60.0
APP_WATCH_POLL_S = 1.0  # where no pidfd exists: how often the worker checks the app is alive


class CpuWorkerDied(HarmonyError):
    """The helper process stopped while it worked on this input."""

    code = "cpu.worker_died"


def _ready() -> bool:
    return True


def _end_with_app(app_pid: int) -> None:
    """Worker initializer: the worker ends when the app does, even a SIGKILLed app.

    Without this a killed app leaves its worker, and with it the fork server, running for
    ever: the worker holds both ends of its task pipe itself, so it never sees end-of-file.
    """
    threading.Thread(target=_wait_for_exit, args=(app_pid,), daemon=True,
                     name="harmony-app-watch").start()


def _wait_for_exit(app_pid: int) -> None:
    try:
        # A pidfd names this very process: no mistake if the number is reused later.
        handle = os.pidfd_open(app_pid)
    except (AttributeError, OSError):  # not Linux, or the app is already gone
        while _alive(app_pid):
            time.sleep(APP_WATCH_POLL_S)
    else:
        select.select([handle], [], [])
    os._exit(0)


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        pass  # it exists; it only is not ours to signal
    return True


def _context(preload: Sequence[str], start_method: str | None) -> Any:
    if start_method is not None:
        return multiprocessing.get_context(start_method)
    if "forkserver" in multiprocessing.get_all_start_methods():
        context = multiprocessing.get_context("forkserver")
        # Replaces the default preload ("__main__"): re-running the app's main module in the
        # server would import Qt there for nothing.
        context.set_forkserver_preload(list(preload))
        return context
    return multiprocessing.get_context("spawn")


class CpuPool:
    """A one-process pool with a thread fallback; see the module docstring for why."""

    def __init__(self, preload: Sequence[str] = DEFAULT_PRELOAD,
                 start_method: str | None = None) -> None:
        """``start_method`` None picks the best the platform has (see the module docstring)."""
        self._preload = tuple(preload)
        self._start_method = start_method
        self._executor: ProcessPoolExecutor | None = None
        self._launch: asyncio.Future[Executor | None] | None = None
        self._unavailable: str | None = None  # why calls run in a thread instead
        self.launches = 0  # processes launched (a relaunch after a worker died counts)

    @property
    def mode(self) -> str:
        """"process", "thread" (no process could be started) or "idle" (not launched yet)."""
        if self._unavailable is not None:
            return "thread"
        return "process" if self._executor is not None else "idle"

    @property
    def unavailable_reason(self) -> str | None:
        return self._unavailable

    async def ready(self) -> str:
        """Launch the worker if needed and wait for it; the resulting :attr:`mode`."""
        await self._ready_executor()
        return self.mode

    def start(self) -> None:
        """Launch the worker in the background; the first :meth:`run` waits for it."""
        if self._launch is None and self._unavailable is None:
            loop = asyncio.get_running_loop()
            # Starting the fork server blocks until it has imported the preload modules:
            # done in a thread, the loop goes on meanwhile.
            self._launch = loop.run_in_executor(None, self._launch_blocking)

    async def run(self, fn: Callable[..., T], *args: Any) -> T:
        """``fn(*args)`` in the worker process (``fn`` and its arguments must pickle)."""
        loop = asyncio.get_running_loop()
        for attempt in (1, 2):
            executor = await self._ready_executor()
            if executor is None:
                return await loop.run_in_executor(None, fn, *args)
            try:
                return await loop.run_in_executor(executor, fn, *args)
            except BrokenProcessPool:
                self._discard(executor)
                log.warning("the helper process stopped during %s (attempt %d)",
                            getattr(fn, "__name__", fn), attempt,
                            extra={"action": "cpu_worker_died"})
        raise CpuWorkerDied("The helper process stopped twice while working on this input; "
                            "nothing was changed.")

    async def aclose(self) -> None:
        """Stop the worker; a call still running in it ends with BrokenProcessPool."""
        launch, self._launch = self._launch, None
        if launch is not None:
            with contextlib.suppress(Exception):
                await launch
        executor, self._executor = self._executor, None
        if executor is not None:
            loop = asyncio.get_running_loop()
            await loop.run_in_executor(None, lambda: executor.shutdown(cancel_futures=True))

    async def _ready_executor(self) -> Executor | None:
        if self._unavailable is not None:
            return None
        self.start()
        assert self._launch is not None
        return await asyncio.shield(self._launch)

    def _launch_blocking(self) -> Executor | None:
        executor: ProcessPoolExecutor | None = None
        try:
            executor = ProcessPoolExecutor(
                1, mp_context=_context(self._preload, self._start_method),
                initializer=_end_with_app, initargs=(os.getpid(),))
            executor.submit(_ready).result(timeout=LAUNCH_TIMEOUT_S)
        except Exception as exc:  # no processes here: degrade to threads, say why once
            if executor is not None:
                executor.shutdown(wait=False, cancel_futures=True)
            self._unavailable = f"{type(exc).__name__}: {exc}"
            log.warning("CPU-heavy work runs in the app's own process (the window may stutter "
                        "during big imports and library scans): no helper process could be "
                        "started (%s)",
                        self._unavailable, extra={"action": "cpu_pool_unavailable"})
            return None
        self._executor = executor
        self.launches += 1
        log.info("helper process ready for CPU-heavy work", extra={"action": "cpu_pool_ready"})
        return executor

    def _discard(self, executor: Executor) -> None:
        """Forget a broken pool; the next call launches a new worker."""
        if self._executor is executor:
            self._executor, self._launch = None, None
        executor.shutdown(wait=False, cancel_futures=True)
