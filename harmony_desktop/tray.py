"""The tray icon: state icon, a menu rebuilt on aboutToShow, and notifications.

Without a system tray (offscreen, some desktops) notifications go to the window's banner area.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QMenu, QSystemTrayIcon, QWidget

from harmony_desktop.bridge import EngineBridge
from harmony_desktop.icons import icon
from harmony_desktop.messages import notification_text


class Tray(QObject):
    def __init__(self, bridge: EngineBridge, window: QWidget,
                 show_in_window: Callable[[str, str], Any], request_quit: Callable[[], None],
                 force_no_tray: bool = False) -> None:
        super().__init__(window)
        self.bridge = bridge
        self.window = window
        self.request_quit = request_quit
        self.show_in_window = show_in_window
        self.workers_enabled = True
        self.notifications_enabled = True
        self.available = QSystemTrayIcon.isSystemTrayAvailable() and not force_no_tray
        self.icon: QSystemTrayIcon | None = None
        self.menu = QMenu()
        self.menu.aboutToShow.connect(self.rebuild_menu)
        if self.available:
            self.icon = QSystemTrayIcon(icon("tray-ok"), self)
            self.icon.setContextMenu(self.menu)
            self.icon.activated.connect(self._on_activated)
            self.icon.setToolTip("Harmony")
            self.icon.show()
        bridge.notification.connect(self.notify)
        bridge.health_changed.connect(self._on_health)

    def rebuild_menu(self) -> None:
        self.menu.clear()
        visible = self.window.isVisible()
        self.menu.addAction(self.tr("Hide Harmony") if visible else self.tr("Show Harmony"),
                            self.toggle_window)
        self.menu.addAction(self.tr("Pause workers") if self.workers_enabled
                            else self.tr("Resume workers"), self.toggle_workers)
        self.menu.addSeparator()
        self.menu.addAction(self.tr("Quit"), self.request_quit)

    def toggle_window(self) -> None:
        if self.window.isVisible():
            self.window.hide()
        else:
            self.window.showNormal()
            self.window.raise_()
            self.window.activateWindow()

    def toggle_workers(self) -> None:
        wanted = not self.workers_enabled
        self.bridge.request("tray.workers", lambda s: s.set_setting("workers.enabled", wanted),
                            on_result=lambda _v: setattr(self, "workers_enabled", wanted))

    def set_state(self, state: str) -> None:
        """ok | warning | error — the icon's dot."""
        if self.icon is not None:
            self.icon.setIcon(icon(f"tray-{state}"))
        self.state = state

    def _on_health(self, event: Any) -> None:
        self.set_state({"ok": "ok", "degraded": "warning"}.get(event.status, "error"))

    def _on_activated(self, reason: QSystemTrayIcon.ActivationReason) -> None:
        if reason == QSystemTrayIcon.ActivationReason.Trigger:
            self.toggle_window()

    def notify(self, code: str, params: dict[str, Any]) -> None:
        if not self.notifications_enabled:
            return
        text = notification_text(code, params)
        tone = "danger" if "dead_letter" in code or "failed" in code else "info"
        if self.icon is not None and self.icon.supportsMessages():
            self.icon.showMessage("Harmony", text, QSystemTrayIcon.MessageIcon.Information,
                                  8000)
        else:
            self.show_in_window(text, tone)
