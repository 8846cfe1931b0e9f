"""Fixtures for the import parser tests: the real-world-shaped files under ``data/``."""

from __future__ import annotations

from pathlib import Path

import pytest

DATA = Path(__file__).parent / "data"


@pytest.fixture
def data_dir() -> Path:
    return DATA


def data_file(name: str) -> Path:
    return DATA / name
