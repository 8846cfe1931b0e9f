"""The Matching page: worker status with banners, metrics, recent batches, candidate review."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from harmony_desktop.bridge import EngineBridge
from harmony_desktop.formatting import format_percent, relative_time
from harmony_desktop.messages import state_label
from harmony_desktop.models.matching_model import (
    BatchesModel,
    CandidatesModel,
    WantedModel,
    confidence_tone,
)
from harmony_desktop.tabs.base_tab import BaseTab
from harmony_desktop.theme import tone_color, tone_for
from harmony_desktop.widgets.banner import Banner
from harmony_desktop.widgets.card import Card
from harmony_desktop.widgets.state_stack import StateStack
from harmony_desktop.widgets.status_badge import StatusBadge
from harmony_desktop.widgets.table import DtoTableView

WORKER = "matching"


class MetricTile(QWidget):
    def __init__(self, title: str) -> None:
        super().__init__()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 2, 4, 2)
        caption = QLabel(title)
        caption.setWordWrap(True)
        self.value = QLabel("—")
        self.value.setStyleSheet("font-size: 20px; font-weight: 600;")
        self.hint = QLabel("")
        self.hint.setWordWrap(True)
        self.hint.setEnabled(False)
        for widget in (caption, self.value, self.hint):
            layout.addWidget(widget)
        layout.addStretch(1)
        self.tone: str | None = None

    def set_value(self, text: str, tone: str | None, hint: str) -> None:
        self.tone = tone
        self.value.setText(text)
        color = f"color: {tone_color(tone)};" if tone else ""
        self.value.setStyleSheet(f"font-size: 20px; font-weight: 600; {color}")
        self.hint.setText(hint)


class MatchingTab(BaseTab):
    tab_id = "matching"
    icon_name = "matching"

    def __init__(self, bridge: EngineBridge, parent: QWidget | None = None) -> None:
        super().__init__(bridge, parent)
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        top.addWidget(self._build_worker_card(), 2)
        top.addWidget(self._build_metrics_card(), 3)
        layout.addLayout(top)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self._build_batches_card())
        splitter.addWidget(self._build_review_card())
        # The batches table needs ~520 px for its five columns at 1400 px window width; the
        # candidates table scrolls sideways anyway (long file names).
        splitter.setSizes([530, 610])
        layout.addWidget(splitter, 1)
        self._refresh = QTimer(self, interval=20_000)
        self._refresh.timeout.connect(lambda: self.isVisible() and self.refresh())
        self.track(bridge.worker_status_changed, lambda _e: self.load_worker())
        self.track(bridge.activity_recorded, self._on_activity)

    def title(self) -> str:
        return self.tr("Matching")

    # -- construction --------------------------------------------------------------------------
    def _build_worker_card(self) -> Card:
        card = Card(self.tr("Worker status"), self.tr("Matching worker — stores confirmed "
                                                      "matches."))
        grid = QGridLayout()
        self.worker_badge = StatusBadge(self.tr("Unknown"), "info")
        self.worker_queue = QLabel("—")
        self.worker_seen = QLabel(self.tr("No data"))
        grid.addWidget(QLabel(self.tr("Status")), 0, 0)
        grid.addWidget(self.worker_badge, 0, 1, Qt.AlignmentFlag.AlignLeft)
        grid.addWidget(QLabel(self.tr("Queue")), 1, 0)
        grid.addWidget(self.worker_queue, 1, 1)
        grid.addWidget(QLabel(self.tr("Last seen")), 2, 0)
        grid.addWidget(self.worker_seen, 2, 1)
        grid.setColumnStretch(1, 1)
        card.body.addLayout(grid)
        self.worker_banner = Banner("", "warning")
        self.worker_banner.hide()
        self.backlog_banner = Banner("", "warning")
        self.backlog_banner.hide()
        card.body.addWidget(self.worker_banner)
        card.body.addWidget(self.backlog_banner)
        card.body.addStretch(1)
        return card

    def _build_metrics_card(self) -> Card:
        card = Card(self.tr("Matching metrics"))
        row = QHBoxLayout()
        self.metric_average = MetricTile(self.tr("Ø confidence (last batch)"))
        self.metric_discarded = MetricTile(self.tr("Discarded in last batch"))
        self.metric_saved_total = MetricTile(self.tr("Saved in total"))
        self.metric_discarded_total = MetricTile(self.tr("Discarded in total"))
        for tile in (self.metric_average, self.metric_discarded, self.metric_saved_total,
                     self.metric_discarded_total):
            row.addWidget(tile, 1)
        card.body.addLayout(row)
        self.metrics_error = Banner("", "danger", action=self.tr("Try again"))
        self.metrics_error.action_clicked.connect(self.refresh)
        self.metrics_error.hide()
        card.body.addWidget(self.metrics_error)
        return card

    def _build_batches_card(self) -> Card:
        card = Card(self.tr("Recent matching batches"))
        self.batches_model = BatchesModel(self)
        self.batches_view = DtoTableView(self.batches_model, stretch_column=-1, sortable=False)
        self.batches_stack = StateStack(self.batches_view, loading=self.tr("Loading data …"),
                                        empty=self.tr("No matching runs recorded yet."))
        self.batches_stack.retry_requested.connect(self.refresh)
        card.body.addWidget(self.batches_stack)
        return card

    def _build_review_card(self) -> Card:
        card = Card(self.tr("Candidates per item"),
                    self.tr("Pick a wanted item to see every file the matcher considered."))
        filters = QHBoxLayout()
        self.wanted_filter = QLineEdit()
        self.wanted_filter.setPlaceholderText(self.tr("Filter by artist or title"))
        self.wanted_filter.returnPressed.connect(self.load_wanted)
        filters.addWidget(self.wanted_filter)
        card.body.addLayout(filters)
        splitter = QSplitter(Qt.Orientation.Vertical)
        self.wanted_model = WantedModel(parent=self)
        self.wanted_view = DtoTableView(self.wanted_model, stretch_column=0)
        self.wanted_stack = StateStack(self.wanted_view, loading=self.tr("Loading data …"),
                                       empty=self.tr("No wanted items yet."))
        self.wanted_stack.retry_requested.connect(self.load_wanted)
        self.wanted_view.selectionModel().selectionChanged.connect(
            lambda *_: self.load_candidates())
        splitter.addWidget(self.wanted_stack)
        splitter.addWidget(self._build_candidates())
        card.body.addWidget(splitter, 1)
        return card

    def _build_candidates(self) -> QWidget:
        box = QWidget()
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        self.candidates_model = CandidatesModel(self)
        self.candidates_view = DtoTableView(self.candidates_model, stretch_column=-1)
        self.candidates_view.minimum_widths = {2: 220}
        self.candidates_stack = StateStack(self.candidates_view,
                                           loading=self.tr("Loading candidates …"),
                                           empty=self.tr("Choose a wanted item above."))
        self.candidates_stack.show_empty()
        layout.addWidget(self.candidates_stack, 1)
        row = QHBoxLayout()
        self.use_button = QPushButton(self.tr("Use this file"))
        self.use_button.clicked.connect(lambda: self.use_selected())
        self.ban_file_button = QPushButton(self.tr("Never this file"))
        self.ban_file_button.clicked.connect(lambda: self.ban_selected_file())
        self.ban_peer_button = QPushButton(self.tr("Ban this user"))
        self.ban_peer_button.clicked.connect(lambda: self.ban_selected_peer())
        self.rematch_button = QPushButton(self.tr("Search again"))
        self.rematch_button.clicked.connect(lambda: self.rematch_selected())
        for button in (self.use_button, self.ban_file_button, self.ban_peer_button,
                       self.rematch_button):
            row.addWidget(button)
        row.addStretch(1)
        layout.addLayout(row)
        self.review_message = QLabel("")
        self.review_message.setWordWrap(True)
        layout.addWidget(self.review_message)
        return box

    # -- loading -------------------------------------------------------------------------------
    def on_engine_ready(self) -> None:
        self.refresh()
        self._refresh.start()

    def refresh(self) -> None:
        self.load_worker()
        self.load_metrics()
        self.load_wanted()

    def _on_activity(self, event: Any) -> None:
        if event.type in ("matching", "metadata") or event.type.startswith("matching"):
            self.load_metrics()

    def load_worker(self) -> None:
        self.call("workers", lambda s: s.workers(), self._show_workers,
                  lambda text, _c: self._show_worker_status(None))

    def _show_workers(self, workers: list[Any]) -> None:
        self._show_worker_status(next((w for w in workers if w.worker == WORKER), None))

    def _show_worker_status(self, worker: Any | None) -> None:
        if worker is None:
            self.worker_badge.set_state(self.tr("Unknown"), "info")
            self.worker_queue.setText("—")
            self.worker_seen.setText(self.tr("No data"))
            self.worker_banner.hide()
            self.backlog_banner.hide()
            return
        tone = "warning" if worker.status in ("stale", "blocked") else tone_for(worker.status)
        self.worker_badge.set_state(state_label(worker.status), tone)
        self.worker_queue.setText(str(worker.queue_size))
        self.worker_seen.setText(relative_time(worker.last_seen))
        banner = self._worker_banner(worker.status)
        if banner:
            self.worker_banner.set_message(*banner)
        self.worker_banner.setVisible(banner is not None)
        if worker.queue_size > 0:
            self.backlog_banner.set_message(
                self.tr("The matching queue holds {0} open jobs. Check the worker load or the "
                        "matching configuration.").format(worker.queue_size), "warning")
        self.backlog_banner.setVisible(worker.queue_size > 0)

    def _worker_banner(self, status: str) -> tuple[str, str] | None:
        texts = {
            "stopped": (self.tr("The matching worker is stopped. Restart Harmony or turn the "
                                "workers on in Settings."), "danger"),
            "errored": (self.tr("The matching worker reports errors. Check the log view and "
                                "the matching settings."), "danger"),
            "blocked": (self.tr("The matching worker is blocked. Check queued jobs and "
                                "credentials to remove the blocker."), "warning"),
            "stale": (self.tr("The matching worker has not been seen for a while. Check the "
                              "heartbeat and the log view."), "warning"),
        }
        return texts.get(status)

    def load_metrics(self) -> None:
        if not self.has_section("matching"):
            self._metrics_failed(self.tr("Matching data is not available right now."), "")
            return
        self.call("metrics", lambda s: s.matching.metrics(), self._show_metrics,
                  self._metrics_failed)
        self.call("batches", lambda s: s.matching.batches(20), self._show_batches,
                  lambda text, _c: self.batches_stack.show_error(text))

    def _metrics_failed(self, text: str, _code: str) -> None:
        self.metrics_error.set_message(
            self.tr("Matching data is not available right now.") +
            (f" ({text})" if text and "available" not in text else ""), "danger")
        self.metrics_error.show()
        self.batches_stack.show_error(self.tr("Matching data is not available right now."))

    def _show_metrics(self, metrics: Any) -> None:
        self.metrics_error.hide()
        average = metrics.last_batch_average
        self.metric_average.set_value(
            format_percent(average, 1), confidence_tone(average),
            self.tr("Average score of the most recently stored matches.") if average is not None
            else self.tr("No matches scored yet."))
        self.metric_discarded.set_value(
            str(metrics.last_batch_discarded),
            "warning" if metrics.last_batch_discarded else None,
            self.tr("Matches discarded for low scores or conflicts.") if
            metrics.last_batch_discarded else self.tr("No discards yet."))
        self.metric_saved_total.set_value(
            str(metrics.saved_total), None,
            self.tr("Every match stored since the pipeline started.") if metrics.saved_total
            else self.tr("No matches stored yet."))
        self.metric_discarded_total.set_value(
            str(metrics.discarded_total), "warning" if metrics.discarded_total else None,
            self.tr("All discarded proposals — watch for a rise.") if metrics.discarded_total
            else self.tr("No discarded proposals recorded."))

    def _show_batches(self, batches: list[Any]) -> None:
        ordered = sorted(batches, key=lambda b: (not b.all_discarded, -b.at.timestamp()))
        self.batches_model.set_rows(ordered)
        self.batches_stack.show_rows(len(ordered))
        self.batches_view.fit_columns()

    def load_wanted(self) -> None:
        if not self.has_section("matching"):
            self.wanted_stack.show_error(self.tr("Matching data is not available right now."))
            return
        text = self.wanted_filter.text().strip() or None
        self.call("wanted", lambda s: s.matching.wanted(text=text, limit=500),
                  self._show_wanted, lambda t, _c: self.wanted_stack.show_error(t))

    def _show_wanted(self, rows: list[Any]) -> None:
        self.wanted_model.set_rows(rows)
        self.wanted_stack.show_rows(len(rows))
        self.wanted_view.fit_columns()

    def load_candidates(self) -> None:
        item = self.wanted_view.selected_object()
        if item is None:
            self.candidates_stack.show_empty(self.tr("Choose a wanted item above."))
            return
        self.candidates_stack.show_loading()
        self.call("candidates", lambda s: s.matching.candidates(item.id),
                  self._show_candidates, lambda t, _c: self.candidates_stack.show_error(t))

    def _show_candidates(self, rows: list[Any]) -> None:
        self.candidates_model.set_rows(rows)
        self.candidates_stack.show_empty(self.tr("No candidates were found for this item."))
        self.candidates_stack.show_rows(len(rows))
        self.candidates_view.fit_columns()

    # -- actions -------------------------------------------------------------------------------
    def _selection(self) -> tuple[Any | None, Any | None]:
        return self.wanted_view.selected_object(), self.candidates_view.selected_object()

    def use_selected(self) -> None:
        item, candidate = self._selection()
        if item is None or candidate is None:
            return
        self.call("choose", lambda s: s.matching.choose_candidate(
            item.id, candidate.username, candidate.filename),
            lambda _v: self._done(self.tr("This file will be used and downloaded.")),
            self._failed)

    def ban_selected_file(self) -> None:
        item, candidate = self._selection()
        if candidate is None:
            return
        self.call("ban_file", lambda s: s.matching.ban_file(
            candidate.username, candidate.filename, item.id if item else None),
            lambda _v: self._done(self.tr("This file will never be used again.")), self._failed)

    def ban_selected_peer(self) -> None:
        _item, candidate = self._selection()
        if candidate is None:
            return
        self.call("ban_peer", lambda s: s.matching.ban_peer(candidate.username),
                  lambda _v: self._done(self.tr("User {0} is banned.").format(
                      candidate.username)), self._failed)

    def rematch_selected(self) -> None:
        item, _candidate = self._selection()
        if item is None:
            return
        self.call("rematch", lambda s: s.matching.rematch(item.id),
                  lambda _v: self._done(self.tr("Searching again …")), self._failed)

    def _done(self, text: str) -> None:
        self.review_message.setText(text)
        self.load_candidates()

    def _failed(self, text: str, _code: str) -> None:
        self.review_message.setText(self.tr("Action failed: {0}").format(text))
