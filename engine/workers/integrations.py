"""Installs the integrations service, its facade section and a periodic health check."""

from __future__ import annotations

import asyncio
import contextlib
from functools import partial
from typing import TYPE_CHECKING

from engine.clients.search_budget_shared import SharedSearchBudget
from engine.db.repositories.search_budget import SearchBudgetLedger
from engine.facade.health import HealthFacade
from engine.services.integrations import Integrations

if TYPE_CHECKING:
    from engine.bootstrap import Engine

HEALTH_INTERVAL_S = 60.0


def install_integrations(engine: Engine) -> Integrations:
    assert engine.settings is not None and engine.database is not None
    # Every engine on this database draws from one Soulseek search budget (a ban is per account).
    shared_budget = partial(SharedSearchBudget, SearchBudgetLedger(engine.database),
                            engine_id=engine.options.engine_id)
    integrations = Integrations(engine.settings, engine.secrets, engine.bus,
                                budget_factory=shared_budget)
    engine.services["integrations"] = integrations
    engine.facades["health"] = HealthFacade(integrations)
    engine.background.append(_monitor(integrations))
    return integrations


async def _monitor(integrations: Integrations) -> None:
    """Health runs whether or not workers do: the window's badges depend on it."""
    while True:
        with contextlib.suppress(Exception):
            await integrations.health()
        await asyncio.sleep(HEALTH_INTERVAL_S)
