"""The health section: provider health for the navigation badges and "Verbindung testen"."""

from __future__ import annotations

from engine.domain.models import ProviderHealth
from engine.services.integrations import Integrations


class HealthFacade:
    def __init__(self, integrations: Integrations) -> None:
        self._integrations = integrations

    async def providers(self) -> list[ProviderHealth]:
        return await self._integrations.health()

    async def test_slskd(self) -> ProviderHealth:
        client = await self._integrations.slskd()
        health = await client.health()
        await self._integrations.health()  # refresh every badge after an explicit test
        return health
