"""Tray and notifications (in-window when there is no tray), closing, the error dialog, logs."""

from __future__ import annotations

import asyncio
import logging
import sys

from PySide6.QtWidgets import QApplication, QSystemTrayIcon

from engine import events
from harmony_desktop.bridge import EngineBridge
from harmony_desktop.dialogs.error_dialog import ExceptHook
from harmony_desktop.shell import DesktopShell
from tests.gui.conftest import wait_until
from tests.gui.fakes import FakeService


def _shell(gui_settings, quits: list[int], force_no_tray: bool = True) -> DesktopShell:
    bridge = EngineBridge()
    shell = DesktopShell(QApplication.instance(), bridge, gui_settings,
                         lambda: quits.append(1), force_no_tray=force_no_tray)
    shell.show()
    return shell


async def test_without_a_tray_notifications_appear_in_the_window(gui_settings,
                                                                 language) -> None:
    language("de")
    assert not QSystemTrayIcon.isSystemTrayAvailable()  # offscreen: no tray at all
    quits: list[int] = []
    shell = _shell(gui_settings, quits, force_no_tray=False)
    service = FakeService()
    shell.bridge.attach(service)
    service.publish(events.Notification("watchlist.new_release",
                                        {"artist": "Moderat", "album": "MORE D4TA"}))
    service.publish(events.Notification("watchlist.album_progress",
                                        {"album": "II", "done": 11, "total": 12}))
    service.publish(events.Notification("import.finished", {"created": 412, "merged": 3}))
    messages = shell.window.notifications.messages()
    assert messages == ["Import abgeschlossen: 412 neu, 3 zusammengeführt",
                        "II: 11 von 12 Titeln in der Bibliothek",
                        "Neue Veröffentlichung: Moderat – MORE D4TA"]
    shell.window.close()  # no tray: closing quits
    assert quits == [1]
    shell.close_for_quit()
    shell.bridge.detach()


async def test_tray_menu_is_rebuilt_and_pauses_workers(gui_settings) -> None:
    quits: list[int] = []
    shell = _shell(gui_settings, quits)
    service = FakeService()
    shell.bridge.attach(service)
    shell.tray.rebuild_menu()
    texts = [a.text() for a in shell.tray.menu.actions() if a.text()]
    assert texts == ["Hide Harmony", "Pause workers", "Quit"]
    shell.tray.toggle_workers()
    await wait_until(lambda: service.saved.get("workers.enabled") is False)
    shell.tray.rebuild_menu()
    assert "Resume workers" in [a.text() for a in shell.tray.menu.actions()]
    shell.tray.toggle_window()
    shell.tray.rebuild_menu()
    assert shell.tray.menu.actions()[0].text() == "Show Harmony"
    shell.tray.menu.actions()[-1].trigger()
    assert quits == [1]
    shell.close_for_quit()
    shell.bridge.detach()


async def test_notifications_can_be_turned_off(gui_settings) -> None:
    shell = _shell(gui_settings, [])
    service = FakeService()
    service.saved["ui.notifications"] = False
    shell.bridge.attach(service)
    await wait_until(lambda: not shell.tray.notifications_enabled)
    service.publish(events.Notification("import.finished", {"created": 1, "merged": 0}))
    assert shell.window.notifications.messages() == []
    shell.close_for_quit()
    shell.bridge.detach()


async def test_unexpected_errors_reach_the_error_dialog_and_the_log(fake_window) -> None:
    window, bridge, service = fake_window
    hook = ExceptHook()
    hook.install()
    try:
        bridge.attach(service)
        log_tab = window.tab("log")

        def broken(_value: object) -> None:
            raise RuntimeError("slot exploded")

        bridge.request("test.broken", lambda s: s.status(), on_result=broken)
        await wait_until(lambda: hook.dialogs)
        assert "RuntimeError: slot exploded" in hook.dialogs[0].summary.text()
        await wait_until(lambda: any("slot exploded" in r.message and r.level == "CRITICAL"
                                     for r in log_tab.model.rows()))
        hook.dialogs[0].reject()
        logging.getLogger("engine.test").warning("slskd answered 503")
        await asyncio.sleep(0.01)
        assert log_tab.model.rows()[-1].message == "slskd answered 503"
        log_tab.level.setCurrentIndex(3)  # ERROR and above
        assert all(log_tab.view.proxy.object_at(r).levelno >= 40
                   for r in range(log_tab.view.proxy.rowCount()))
    finally:
        hook.uninstall()
    assert sys.excepthook is hook.previous
