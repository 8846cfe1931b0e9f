"""Collects figures that reliability tests measure into ``reliability-results.json``."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

RESULTS = Path(__file__).resolve().parents[2] / "reliability-results.json"


def record_result(key: str, value: Any) -> None:
    """Merge one figure into the results file (git-ignored; written by every run)."""
    data = json.loads(RESULTS.read_text()) if RESULTS.exists() else {}
    data[key] = value
    RESULTS.write_text(json.dumps(data, indent=2, sort_keys=True))
