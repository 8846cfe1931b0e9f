"""The window's status bar: engine state, database kind/state, the Soulseek search budget, and
queued and running jobs."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QLabel, QStatusBar, QWidget

from harmony_desktop.theme import tone_color


class StatusBar(QStatusBar):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.engine_status = QLabel()
        self.database_status = QLabel()
        self.budget_status = QLabel("")
        self.budget_status.hide()  # until the engine reports a budget
        self.queue_status = QLabel("")
        for label in (self.engine_status, self.database_status, self.budget_status,
                      self.queue_status):
            self.addPermanentWidget(label)
        self._engine_state = "starting"
        self._status: Any = None
        self._failure: str | None = None
        #: the last DatabaseStateChanged (None until the engine reports a change)
        self._database_available: bool | None = None
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
        danger = state in ("degraded", "failed")
        self.engine_status.setStyleSheet(f"color: {tone_color('danger')};" if danger else "")

    def show_engine_failed(self, _code: str, message: str) -> None:
        self.show_engine_state("failed")
        self._failure = message
        self.database_status.setText(message)

    def show_database_state(self, available: bool, _code: str = "") -> None:
        """A DatabaseStateChanged from the engine: shown at once, before the next status."""
        self._database_available = available
        self._show_database(available, self._status.database_kind if self._status else None)

    def _show_database(self, available: bool, kind: str | None) -> None:
        state = self.tr("connected") if available else self.tr("unavailable")
        if kind is None:
            text = self.tr("Database: {0}").format(state)
        else:
            kind_text = self.tr("built-in") if kind == "embedded" else self.tr("server")
            text = self.tr("Database: {0} ({1})").format(state, kind_text)
        self.database_status.setText(text)
        self.database_status.setStyleSheet("" if available else
                                           f"color: {tone_color('danger')};")

    def show_status(self, status: Any) -> None:
        self._status = status
        self._database_available = bool(status.database_available)
        self._show_database(self._database_available, status.database_kind)
        self.show_budget(getattr(status, "search_budget", None))
        queued = sum(status.queued.values())
        running = sum(status.running.values())
        text = self.tr("Queue: {0} waiting, {1} running").format(queued, running)
        if not status.workers_enabled:
            text += " · " + self.tr("workers paused")
        self.queue_status.setText(text)

    def show_budget(self, budget: Any) -> None:
        """„Suchen: 30/34" — Soulseek searches left in the window, the next free slot as tip."""
        if budget is None:
            self.budget_status.hide()
            return
        self.budget_status.setText(self.tr("Searches: {0}/{1}").format(budget.remaining,
                                                                        budget.limit))
        window_min = max(1, round(budget.window_s / 60))
        lines = [self.tr("Soulseek searches left: {0} of {1} per {2} min.").format(
            budget.remaining, budget.limit, window_min)]
        if budget.remaining <= 0 or budget.next_slot_in_s > 0:
            lines.append(self.tr("Next free search in {0} s.").format(
                max(1, round(budget.next_slot_in_s))))
        else:
            lines.append(self.tr("A search can start now."))
        if budget.in_flight:
            lines.append(self.tr("A search is running."))
        self.budget_status.setToolTip("\n".join(lines))
        self.budget_status.setAccessibleName(" ".join(lines))
        exhausted = budget.remaining <= 0
        self.budget_status.setStyleSheet(f"color: {tone_color('warning')};" if exhausted
                                         else "")
        self.budget_status.show()
