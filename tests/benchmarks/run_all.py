"""``make bench``: every ``tests/benchmarks/bench_*.py`` module's ``run()``, merged into
``bench-results.json`` with the machine it ran on, and a short table.

Numbers are measured against baselines in the same run; nothing here asserts absolute times.
"""

from __future__ import annotations

import importlib
import json
import os
import platform
import sys
import time
import traceback
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
RESULTS = ROOT / "bench-results.json"


def machine() -> dict[str, object]:
    import psutil

    return {"python": platform.python_version(), "platform": platform.platform(),
            "cpus": os.cpu_count(), "memory_gb": round(psutil.virtual_memory().total / 2**30, 1),
            "database": "server" if os.environ.get("HARMONY_TEST_DATABASE_URL") else "embedded"}


def main(selected: list[str]) -> int:
    names = sorted(p.stem for p in Path(__file__).parent.glob("bench_*.py"))
    names = [n for n in names if not selected or any(s in n for s in selected)]
    results: dict[str, object] = {}
    failures: dict[str, str] = {}
    for name in names:
        started = time.perf_counter()
        try:
            module = importlib.import_module(f"tests.benchmarks.{name}")
            results.update(module.run())
        except Exception as exc:  # one broken benchmark must not hide the others
            traceback.print_exc()
            failures[name] = f"{type(exc).__name__}: {exc}"
        print(f"  {name}: {time.perf_counter() - started:.1f} s", file=sys.stderr)
    report = {"machine": machine(), "results": results, "failures": failures, **results}
    RESULTS.write_text(json.dumps(report, indent=2))
    print_table(results)
    print(f"\nwritten: {RESULTS}")
    return 1 if failures else 0


def print_table(results: dict[str, object]) -> None:
    width = max((len(k) for k in results), default=10)
    for key, value in results.items():
        shown = json.dumps(value) if isinstance(value, dict) else value
        print(f"{key:<{width}}  {shown}")


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
