"""Matching engine (placeholder docstring, replaced below)."""

from engine.matching.ranker import rank
from engine.matching.settings import DEFAULT, MatchingSettings

__all__ = ["DEFAULT", "MatchingSettings", "rank"]
