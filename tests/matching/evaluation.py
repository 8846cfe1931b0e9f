"""Scores a ranker against the labelled cases in data/cases.jsonl (shared by tests and bench)."""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

CASES_PATH = Path(__file__).parent / "data" / "cases.jsonl"

Picker = Callable[[dict], int | None]


def load_cases(path: Path = CASES_PATH) -> list[dict]:
    with path.open(encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


@dataclass
class Report:
    total: int = 0
    identity_correct: int = 0  # picked a right file, or nothing when nothing is right
    best_correct: int = 0  # also picked from the best quality class
    wrong_version_picks: int = 0
    wrong_picks: Counter[str] = field(default_factory=Counter)
    failures: list[str] = field(default_factory=list)

    @property
    def identity_accuracy(self) -> float:
        return self.identity_correct / self.total if self.total else 0.0

    @property
    def best_accuracy(self) -> float:
        return self.best_correct / self.total if self.total else 0.0


def evaluate(cases: list[dict], pick: Picker) -> Report:
    report = Report()
    for case in cases:
        report.total += 1
        chosen = pick(case)
        labels = case["labels"]
        has_right = "right" in labels
        if chosen is None:
            ok = not has_right
            best_ok = ok
            label = "none"
        else:
            label = labels[chosen]
            ok = label == "right"
            best_ok = chosen in case["best"]
        report.identity_correct += ok
        report.best_correct += best_ok
        if label == "wrong_version":
            report.wrong_version_picks += 1
        if not ok:
            report.wrong_picks[label] += 1
            report.failures.append(f"{case['id']} ({case['trap']}): picked {label}")
    return report
