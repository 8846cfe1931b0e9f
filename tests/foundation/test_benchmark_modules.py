"""Every ``make bench`` module imports and offers ``run()`` (benchmarks are not run by
``make test``, so this keeps them from rotting unseen)."""

import importlib
from pathlib import Path

import pytest

BENCH_DIR = Path(__file__).resolve().parents[1] / "benchmarks"
MODULES = sorted(p.stem for p in BENCH_DIR.glob("bench_*.py"))


def test_there_are_benchmarks() -> None:
    assert {"bench_matching", "bench_queue", "bench_searches", "bench_gui"} <= set(MODULES)


@pytest.mark.parametrize("name", MODULES)
def test_benchmark_module_offers_run(name: str) -> None:
    module = importlib.import_module(f"tests.benchmarks.{name}")
    assert callable(module.run)
