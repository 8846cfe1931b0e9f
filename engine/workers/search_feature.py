"""Installs the aggregated search service and its facade section.

The search box is interactive (a task per search, cancelled by the next one), not a queue job:
the job type ``search`` belongs to the acquisition pipeline.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from engine.db.repositories.wanted import WantedItems
from engine.facade.search import SearchFacade
from engine.services.integrations import Integrations
from engine.services.search import SearchService

if TYPE_CHECKING:
    from engine.bootstrap import Engine


def install_search(engine: Engine) -> SearchService:
    assert engine.settings is not None and engine.activity is not None
    assert engine.database is not None
    integrations = engine.services["integrations"]
    assert isinstance(integrations, Integrations)
    wanted = WantedItems(engine.database, engine.activity, engine.bus)
    service = SearchService(integrations, engine.settings, engine.bus, engine.activity, wanted)
    engine.services["search"] = service
    engine.facades["search"] = SearchFacade(service)
    return service
