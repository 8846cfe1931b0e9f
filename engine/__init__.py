"""Harmony's engine: pure asyncio, no Qt. The GUI reaches it only through :mod:`engine.api`."""

__version__ = "0.1.0"
