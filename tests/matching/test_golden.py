"""The ranker's observable output is pinned: order, decisions, confidences and reasons."""

from __future__ import annotations

import json

from tests.matching.golden import (
    GOLDEN_CASES,
    GOLDEN_SYNTHETIC,
    case_snapshots,
    synthetic_snapshots,
)


def test_labelled_cases_rank_exactly_as_pinned() -> None:
    stored = [json.loads(line) for line in GOLDEN_CASES.read_text(encoding="utf-8").splitlines()]
    current = case_snapshots()
    assert len(current) == len(stored)
    for now, before in zip(current, stored, strict=True):
        assert now == before, f"{before['id']} ({before['settings']}) changed"


def test_synthetic_responses_rank_exactly_as_pinned() -> None:
    stored = json.loads(GOLDEN_SYNTHETIC.read_text(encoding="utf-8"))
    current = synthetic_snapshots()
    assert current.keys() == stored.keys()
    for key, now in current.items():
        assert now["top"] == stored[key]["top"], key
        assert now["sha256"] == stored[key]["sha256"], key
