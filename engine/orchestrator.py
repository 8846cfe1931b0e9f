"""The scheduler half of the orchestrator: periodic timers that enqueue jobs.

Every engine runs the same timers; dedupe keys make the queue hold at most one waiting job per
timer, so several engines on one database do not multiply the work. The dispatcher half is
pgqueuer's QueueManager (see :mod:`engine.jobs.runner`).
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import random
from collections.abc import Awaitable, Callable
from dataclasses import dataclass

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Timer:
    name: str
    interval_s: Callable[[], float]  # read each tick, so settings changes apply at once
    tick: Callable[[], Awaitable[None]]
    jitter: float = 0.1
    run_at_start: bool = True


class Scheduler:
    def __init__(self, timers: list[Timer], rng: random.Random | None = None) -> None:
        self._timers = timers
        self._rng = rng or random.Random()
        self._tasks: list[asyncio.Task[None]] = []

    @property
    def names(self) -> list[str]:
        return [t.name for t in self._timers]

    def start(self) -> None:
        self._tasks = [asyncio.create_task(self._run(t), name=f"timer-{t.name}")
                       for t in self._timers]

    async def _run(self, timer: Timer) -> None:
        if not timer.run_at_start:
            await asyncio.sleep(self._delay(timer))
        while True:
            try:
                await timer.tick()
            except asyncio.CancelledError:
                raise
            except Exception as exc:  # a failing tick must not end the timer
                log.warning("timer %s failed: %s", timer.name, exc,
                            extra={"action": "timer_failed"})
            await asyncio.sleep(self._delay(timer))

    def _delay(self, timer: Timer) -> float:
        base = max(0.05, timer.interval_s())
        return base * (1 + self._rng.uniform(-timer.jitter, timer.jitter))

    async def stop(self) -> None:
        for task in self._tasks:
            task.cancel()
        for task in self._tasks:
            with contextlib.suppress(BaseException):
                await task
        self._tasks = []
