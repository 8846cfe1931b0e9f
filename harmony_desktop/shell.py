"""DesktopShell: the main window plus the tray (or in-window notices when there is no tray)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QSettings
from PySide6.QtWidgets import QApplication

from harmony_desktop.bridge import EngineBridge
from harmony_desktop.main_window import MainWindow


class DesktopShell(QObject):
    def __init__(self, app: QApplication, bridge: EngineBridge, settings: QSettings,
                 request_quit: Callable[[], None]) -> None:
        super().__init__()
        self.app = app
        self._request_quit = request_quit
        self.bridge = bridge
        self.window = MainWindow(bridge, settings)
        self._quitting = False
        self.window.close_requested.connect(self._on_window_close_requested)

    def show(self) -> None:
        self.window.show()

    def _on_window_close_requested(self) -> None:
        # Without a tray (or when the user turned it off) closing the window quits Harmony.
        self.request_quit()

    def request_quit(self) -> None:
        self._request_quit()

    def close_for_quit(self) -> None:
        self._quitting = True
        self.window.allow_close = True
        self.window.close()
