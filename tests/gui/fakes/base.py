"""What every fake section shares: the call log, the switchable mode and the delay."""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime, timedelta
from typing import TYPE_CHECKING, Any

from engine.errors import IntegrationError

if TYPE_CHECKING:
    from tests.gui.fakes.service import FakeService


NOW = datetime(2025, 5, 17, 14, 30, tzinfo=UTC)


def ago(**delta: float) -> datetime:
    return datetime.now(UTC) - timedelta(**delta)


class Section:
    def __init__(self, service: FakeService, name: str) -> None:
        self.service = service
        self.name = name
        self.calls: list[tuple[str, tuple[Any, ...], dict[str, Any]]] = []

    async def _enter(self, method: str, *args: Any, **kwargs: Any) -> str:
        self.calls.append((method, args, kwargs))
        if self.service.delay:
            await asyncio.sleep(self.service.delay)
        mode = self.service.modes[self.name]
        if mode == "error":
            raise IntegrationError(f"{self.name} failed", provider=self.name,
                                   code="integration.unavailable")
        return mode

