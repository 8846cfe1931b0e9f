"""GUI tests run on a qasync loop, like the app: Qt events are processed while tests await."""

from __future__ import annotations

import asyncio
from collections.abc import Mapping
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QApplication

SCREENSHOTS = Path(__file__).resolve().parents[1] / "screenshots"


def _qasync_loop() -> asyncio.AbstractEventLoop:
    import qasync

    app = QApplication.instance() or QApplication([])
    return qasync.QEventLoop(app)


def pytest_asyncio_loop_factories(config: pytest.Config, item: pytest.Item
                                  ) -> Mapping[str, Any]:
    return {"qasync": _qasync_loop}


@pytest.fixture
def screenshot_dir() -> Path:
    SCREENSHOTS.mkdir(exist_ok=True)
    return SCREENSHOTS
