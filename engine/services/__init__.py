"""Orchestration used by the facade: one service per domain (downloads, matching, watchlist…)."""
