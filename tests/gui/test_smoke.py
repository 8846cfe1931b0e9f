"""The window opens with its pages and an engine on the same qasync loop."""

import asyncio

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication

from engine.api import HarmonyService
from harmony_desktop.bridge import EngineBridge
from harmony_desktop.main_window import MainWindow


async def test_window_opens_with_its_pages_and_engine_status(engine_factory, tmp_path,
                                                              screenshot_dir) -> None:
    settings = QSettings(str(tmp_path / "gui.ini"), QSettings.Format.IniFormat)
    bridge = EngineBridge()
    window = MainWindow(bridge, settings)
    window.show()
    assert [t.tab_id for t in window.tabs] == ["soulseek", "matching", "watchlist", "library",
                                               "search", "activity", "settings", "log"]
    assert window.nav_model.rowCount() == 8
    engine = await engine_factory()
    bridge.attach(HarmonyService(engine))
    for _ in range(100):
        if "connected" in window.status.database_status.text():
            break
        await asyncio.sleep(0.05)
    assert "Engine: running" in window.status.engine_status.text()
    assert "connected" in window.status.database_status.text()
    window.show_tab("settings")
    assert window.current_tab_id() == "settings"
    window.save_state()
    assert settings.value("window/tab") == "settings"
    window.grab().save(str(screenshot_dir / "window-smoke.png"))
    window.allow_close = True
    window.close()
    bridge.detach()


def test_qapplication_is_offscreen() -> None:
    assert QApplication.platformName() == "offscreen"
