"""The window's status bar: engine state, database kind/state, queued and running jobs."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QLabel, QStatusBar, QWidget


class StatusBar(QStatusBar):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.engine_status = QLabel()
        self.database_status = QLabel()
        self.queue_status = QLabel("")
        for label in (self.engine_status, self.database_status, self.queue_status):
            self.addPermanentWidget(label)
        self._engine_state = "starting"
        self._status: Any = None
        self._failure: str | None = None
        self.retranslate()

    def retranslate(self) -> None:
        self.show_engine_state(self._engine_state)
        if self._failure is not None:
            self.database_status.setText(self._failure)
        elif self._status is not None:
            self.show_status(self._status)
        else:
            self.database_status.setText(self.tr("Database: connecting…"))

    def show_engine_state(self, state: str) -> None:
        self._engine_state = state
        labels = {"starting": self.tr("Engine: starting…"), "running": self.tr("Engine: running"),
                  "degraded": self.tr("Engine: degraded"),
                  "stopping": self.tr("Engine: stopping…"), "stopped": self.tr("Engine: stopped"),
                  "failed": self.tr("Engine: failed")}
        self.engine_status.setText(labels.get(state, state))

    def show_engine_failed(self, _code: str, message: str) -> None:
        self.show_engine_state("failed")
        self._failure = message
        self.database_status.setText(message)

    def show_status(self, status: Any) -> None:
        self._status = status
        kind_text = self.tr("built-in") if status.database_kind == "embedded" else \
            self.tr("server")
        self.database_status.setText(self.tr("Database: {0} ({1})").format(
            self.tr("connected") if status.database_available else self.tr("unavailable"),
            kind_text))
        queued = sum(status.queued.values())
        running = sum(status.running.values())
        text = self.tr("Queue: {0} waiting, {1} running").format(queued, running)
        if not status.workers_enabled:
            text += " · " + self.tr("workers paused")
        self.queue_status.setText(text)
