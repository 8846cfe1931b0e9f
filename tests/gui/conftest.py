"""GUI tests run on a qasync loop, like the app: Qt events are processed while tests await."""

from __future__ import annotations

import asyncio
import gc
from collections.abc import Iterator, Mapping
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


@pytest.fixture(autouse=True)
def collect_garbage_on_the_gui_thread() -> Iterator[None]:
    """Windows and pages a test leaves behind are collected here, on the GUI thread.

    Left to the cyclic garbage collector they are finalised in whichever thread allocates when
    it runs — often an executor thread (e.g. parsing a 5,000-row import) — and a QWidget deleted
    outside the GUI thread crashes the process: an intermittent segfault in later tests."""
    yield
    gc.collect()


@pytest.fixture
def screenshot_dir() -> Path:
    SCREENSHOTS.mkdir(exist_ok=True)
    return SCREENSHOTS


async def wait_until(predicate: Any, timeout: float = 5.0, interval: float = 0.01) -> None:
    """Let the qasync loop (and with it Qt) run until ``predicate()`` holds."""
    loop = asyncio.get_running_loop()
    deadline = loop.time() + timeout
    while not predicate():
        if loop.time() > deadline:
            raise AssertionError(f"condition not met within {timeout} s")
        await asyncio.sleep(interval)


@pytest.fixture
def gui_settings(tmp_path: Path) -> Any:
    from PySide6.QtCore import QSettings

    return QSettings(str(tmp_path / "gui.ini"), QSettings.Format.IniFormat)


@pytest.fixture
def language() -> Any:
    """Install a language for one test and go back to English afterwards."""
    from harmony_desktop.i18n import install_language

    yield install_language
    install_language("en")


@pytest.fixture
async def fake_window(gui_settings: Any) -> Any:
    """A MainWindow attached to a FakeService (see the fakes package), shown offscreen."""
    from harmony_desktop.bridge import EngineBridge
    from harmony_desktop.main_window import MainWindow
    from tests.gui.fakes import FakeService

    bridge = EngineBridge()
    window = MainWindow(bridge, gui_settings)
    window.resize(1400, 900)
    window.show()
    service = FakeService()
    yield window, bridge, service
    window.allow_close = True
    window.close()
    bridge.detach()
    window.deleteLater()
