"""What a job handler sees and may raise. Handlers are plain ``async def handler(ctx)``."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class JobContext:
    job_id: int
    job_type: str
    payload: dict[str, Any]
    attempt: int  # attempts already used before this run (0 on the first run)
    max_attempts: int
    dedupe_key: str | None = None

    @property
    def last_attempt(self) -> bool:
        return self.attempt + 1 >= self.max_attempts


class RetryLater(Exception):
    """Run this job again after ``delay_s`` (counts as an attempt)."""

    def __init__(self, reason: str, delay_s: float | None = None) -> None:
        super().__init__(reason)
        self.reason = reason
        self.delay_s = delay_s


class PermanentFailure(Exception):
    """Retrying cannot help: dead-letter the job now with this reason."""

    def __init__(self, reason: str, code: str = "job.permanent_failure") -> None:
        super().__init__(reason)
        self.reason = reason
        self.code = code


Handler = Callable[[JobContext], Awaitable[None]]
DeadLetterHook = Callable[[JobContext, str], Awaitable[None]]


@dataclass(frozen=True)
class Registration:
    job_type: str
    handler: Handler
    on_dead_letter: DeadLetterHook | None = None
