"""Job handlers and timers, grouped by service; :func:`install_workers` registers them all."""

from __future__ import annotations

from typing import TYPE_CHECKING

from engine.workers.acquisition import install_acquisition
from engine.workers.integrations import install_integrations
from engine.workers.maintenance import install_maintenance
from engine.workers.search_feature import install_search
from engine.workers.sources import install_sources
from engine.workers.watchlist import install_watchlist

if TYPE_CHECKING:
    from engine.bootstrap import Engine


async def install_workers(engine: Engine) -> None:
    """Every service registers its handlers, timers and facade section here (in order)."""
    install_integrations(engine)
    install_maintenance(engine)
    await install_acquisition(engine)
    install_watchlist(engine)
    install_search(engine)
    install_sources(engine)
