"""DesktopShell: the main window plus the tray (or in-window notices when there is no tray),
closing to the tray when ``ui.keep_running_in_tray`` is on, and runtime language switching."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QSettings
from PySide6.QtWidgets import QApplication

from harmony_desktop.bridge import EngineBridge
from harmony_desktop.i18n import install_language
from harmony_desktop.main_window import MainWindow
from harmony_desktop.tray import Tray


class DesktopShell(QObject):
    def __init__(self, app: QApplication, bridge: EngineBridge, settings: QSettings,
                 request_quit: Callable[[], None], force_no_tray: bool = False) -> None:
        super().__init__()
        self.app = app
        self._request_quit = request_quit
        self.bridge = bridge
        self.window = MainWindow(bridge, settings)
        self.tray = Tray(bridge, self.window, self.window.notifications.show_message,
                         self.request_quit, force_no_tray=force_no_tray)
        self.keep_running_in_tray = True
        self._quitting = False
        self.window.close_requested.connect(self._on_window_close_requested)
        self.window.language_requested.connect(self.switch_language)
        bridge.engine_ready.connect(self._load_ui_settings)
        bridge.setting_changed.connect(self._on_setting_changed)

    def show(self) -> None:
        self.window.show()

    def _load_ui_settings(self, _service: Any = None) -> None:
        self.bridge.request("shell.settings", lambda s: s.settings(),
                            on_result=self._apply_ui_settings)

    def _apply_ui_settings(self, views: list[Any]) -> None:
        values = {v.name: v.value for v in views}
        self.keep_running_in_tray = bool(values.get("ui.keep_running_in_tray", True))
        self.tray.notifications_enabled = bool(values.get("ui.notifications", True))
        self.tray.workers_enabled = bool(values.get("workers.enabled", True))

    def _on_setting_changed(self, name: str) -> None:
        if name.startswith(("ui.", "workers.")):
            self._load_ui_settings()

    def switch_language(self, language: str) -> str:
        """Re-install the translators; Qt sends LanguageChange and the window rebuilds."""
        return install_language(language)

    def _on_window_close_requested(self) -> None:
        if self.tray.available and self.keep_running_in_tray:
            self.window.hide()
            self.tray.notify("app.hidden_to_tray", {})
            return
        # Without a tray (or when the user turned it off) closing the window quits Harmony.
        self.request_quit()

    def request_quit(self) -> None:
        self._request_quit()

    def close_for_quit(self) -> None:
        self._quitting = True
        self.window.allow_close = True
        self.window.close()
