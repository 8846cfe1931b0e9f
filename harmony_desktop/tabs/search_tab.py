"""The Search view: one box across Spotify and Soulseek, streamed rows, filters, actions."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from engine.domain.models import TrackQuery
from engine.facade.contracts import SearchRequest
from harmony_desktop.bridge import EngineBridge
from harmony_desktop.messages import error_text, state_label
from harmony_desktop.models.search_model import (
    LOSSLESS,
    SearchResultsModel,
    result_bitrate,
    result_format,
    result_key,
)
from harmony_desktop.tabs.base_tab import BaseTab
from harmony_desktop.theme import tone_for
from harmony_desktop.widgets.state_stack import StateStack
from harmony_desktop.widgets.status_badge import StatusBadge
from harmony_desktop.widgets.table import DtoTableView


class SearchTab(BaseTab):
    tab_id = "search"
    icon_name = "search"

    def __init__(self, bridge: EngineBridge, parent: QWidget | None = None) -> None:
        super().__init__(bridge, parent)
        self.search_id: str | None = None
        self.scored_track: str | None = None
        layout = QVBoxLayout(self)
        layout.addLayout(self._build_query())
        layout.addLayout(self._build_filters())
        self.status_row = QHBoxLayout()
        self.source_badges: dict[str, StatusBadge] = {}
        for source in ("spotify", "soulseek"):
            badge = StatusBadge("", "info")
            self.source_badges[source] = badge
            self.status_row.addWidget(badge)
        self.status_text = QLabel("")
        self.status_row.addWidget(self.status_text, 1)
        layout.addLayout(self.status_row)
        self.model = SearchResultsModel(self)
        self.view = DtoTableView(self.model, stretch_column=3, filterable=True)
        self.view.minimum_widths = {7: 150}
        self.view.sortByColumn(0, Qt.SortOrder.DescendingOrder)
        self.view.selectionModel().selectionChanged.connect(self._on_selection)
        self.stack = StateStack(self.view, loading=self.tr("Searching …"),
                                empty=self.tr("Type a search above: free text or artist, "
                                              "title and album."))
        self.stack.show_empty()
        layout.addWidget(self.stack, 1)
        layout.addLayout(self._build_actions())
        self.message = QLabel("")
        self.message.setWordWrap(True)
        layout.addWidget(self.message)
        self.track(bridge.search_results, self._on_results)
        self.track(bridge.search_status, self._on_status)
        self._update_actions()

    def title(self) -> str:
        return self.tr("Search")

    def _build_query(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.text_edit = QLineEdit()
        self.text_edit.setPlaceholderText(self.tr("Search Spotify and Soulseek …"))
        self.artist_edit = QLineEdit()
        self.artist_edit.setPlaceholderText(self.tr("Artist"))
        self.title_edit = QLineEdit()
        self.title_edit.setPlaceholderText(self.tr("Title"))
        self.album_edit = QLineEdit()
        self.album_edit.setPlaceholderText(self.tr("Album"))
        self.search_button = QPushButton(self.tr("Search"))
        self.search_button.setDefault(True)
        self.search_button.clicked.connect(self.start_search)
        row.addWidget(self.text_edit, 3)
        for edit in (self.artist_edit, self.title_edit, self.album_edit):
            row.addWidget(edit, 1)
        for edit in (self.text_edit, self.artist_edit, self.title_edit, self.album_edit):
            edit.returnPressed.connect(self.start_search)
        row.addWidget(self.search_button)
        return row

    def _build_filters(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.source_filter = QComboBox()
        for label, value in ((self.tr("All sources"), ""), ("Spotify", "spotify"),
                             ("Soulseek", "soulseek")):
            self.source_filter.addItem(label, value)
        self.kind_filter = QComboBox()
        for label, value in ((self.tr("All types"), ""), (self.tr("Tracks"), "track"),
                             (self.tr("Albums"), "album"), (self.tr("Artists"), "artist"),
                             (self.tr("Files"), "file")):
            self.kind_filter.addItem(label, value)
        self.format_filter = QComboBox()
        self.format_filter.addItem(self.tr("All formats"), "")
        for fmt in ("flac", "mp3", "ogg", "opus", "m4a", "wav"):
            self.format_filter.addItem(fmt.upper(), fmt)
        self.bitrate_filter = QSpinBox()
        self.bitrate_filter.setRange(0, 5000)
        self.bitrate_filter.setSingleStep(64)
        self.bitrate_filter.setPrefix(self.tr("min. "))
        self.bitrate_filter.setSuffix(" kbit/s")
        self.lossless_filter = QCheckBox(self.tr("Lossless only"))
        for widget in (self.source_filter, self.kind_filter, self.format_filter):
            widget.currentIndexChanged.connect(self.apply_filters)
            row.addWidget(widget)
        self.bitrate_filter.valueChanged.connect(self.apply_filters)
        self.lossless_filter.toggled.connect(self.apply_filters)
        row.addWidget(self.bitrate_filter)
        row.addWidget(self.lossless_filter)
        row.addStretch(1)
        return row

    def _build_actions(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.score_button = QPushButton(self.tr("Compare files with this track"))
        self.score_button.clicked.connect(self.score_selected)
        self.download_button = QPushButton(self.tr("Download file"))
        self.download_button.clicked.connect(lambda: self.download_selected())
        self.wanted_button = QPushButton(self.tr("Add to wanted"))
        self.wanted_button.clicked.connect(lambda: self.add_selected_to_wanted())
        self.watch_button = QPushButton(self.tr("Add artist to watchlist"))
        self.watch_button.clicked.connect(lambda: self.watch_selected_artist())
        self.ban_file_button = QPushButton(self.tr("Never this file"))
        self.ban_file_button.clicked.connect(lambda: self.ban_selected(peer=False))
        self.ban_peer_button = QPushButton(self.tr("Ban this user"))
        self.ban_peer_button.clicked.connect(lambda: self.ban_selected(peer=True))
        for button in (self.score_button, self.download_button, self.wanted_button,
                       self.watch_button, self.ban_file_button, self.ban_peer_button):
            row.addWidget(button)
        row.addStretch(1)
        return row

    # -- searching -----------------------------------------------------------------------------
    def request(self) -> SearchRequest:
        return SearchRequest(text=self.text_edit.text().strip(),
                             artist=self.artist_edit.text().strip(),
                             title=self.title_edit.text().strip(),
                             album=self.album_edit.text().strip())

    def start_search(self) -> None:
        request = self.request()
        if not any((request.text, request.artist, request.title, request.album)):
            return
        if not self.has_section("search"):
            self.stack.show_error(self.tr("The search service is not running."))
            return
        self.model.set_rows([])
        self.scored_track = None
        self.search_id = None
        for badge in self.source_badges.values():
            badge.set_state("", "info")
        self.stack.show_loading()
        self.call("start", lambda s: s.search.start(request), self._started,
                  lambda text, _c: self.stack.show_error(text))

    def _started(self, search_id: str) -> None:
        self.search_id = search_id
        self.stack.show_empty(self.tr("Waiting for results …"))
        self.stack.show_rows(self.model.rowCount())

    def _on_results(self, search_id: str, rows: tuple[Any, ...]) -> None:
        if self.search_id is not None and search_id != self.search_id:
            return
        first = self.model.rowCount() == 0
        self.model.add_batch(rows)
        if self.model.rowCount():
            self.stack.show_data()
        if first:
            self.view.fit_columns()

    def _on_status(self, status: Any) -> None:
        if self.search_id is not None and status.search_id != self.search_id:
            return
        badge = self.source_badges.get(status.source)
        if badge is None:
            return
        name = "Spotify" if status.source == "spotify" else "Soulseek"
        text = f"{name}: {state_label(status.state)} ({status.count})"
        badge.set_state(text, tone_for("completed" if status.state == "done" else status.state))
        badge.setToolTip(error_text(status.code) if status.code else "")
        if status.state in ("failed", "skipped") and status.code:
            self.status_text.setText(f"{name}: {error_text(status.code)}")
        if status.state != "running" and not self.model.rowCount():
            self.stack.show_empty(self.tr("No results."))

    def apply_filters(self) -> None:
        source = self.source_filter.currentData()
        kind = self.kind_filter.currentData()
        fmt = self.format_filter.currentData()
        minimum = self.bitrate_filter.value()
        lossless = self.lossless_filter.isChecked()

        def keep(row: Any) -> bool:
            if (source and row.source != source) or (kind and row.kind != kind):
                return False
            if fmt and result_format(row) != fmt:
                return False
            if lossless and result_format(row) not in LOSSLESS:
                return False
            bitrate = result_bitrate(row)
            return not (minimum and row.kind == "file" and (bitrate or 0) < minimum and
                        result_format(row) not in LOSSLESS)

        self.view.proxy.set_predicate(keep if any((source, kind, fmt, minimum, lossless))
                                      else None)

    # -- actions ----------------------------------------------------------------------------------
    def _on_selection(self, *_args: Any) -> None:
        self._update_actions()

    def _update_actions(self) -> None:
        row = self.view.selected_object()
        is_file = row is not None and row.file is not None
        is_spotify = row is not None and row.source == "spotify"
        self.score_button.setEnabled(is_spotify and row.kind == "track")
        self.download_button.setEnabled(is_file and self.scored_track is not None)
        self.wanted_button.setEnabled(is_spotify and row.kind in ("track", "album"))
        self.watch_button.setEnabled(is_spotify and row.kind == "artist")
        self.ban_file_button.setEnabled(is_file)
        self.ban_peer_button.setEnabled(is_file)

    def selected_track(self) -> Any | None:
        if self.scored_track is None:
            return None
        for row in self.model.rows():
            if row.spotify_id == self.scored_track and row.kind == "track":
                return row
        return None

    def score_selected(self) -> None:
        row = self.view.selected_object()
        if row is None or self.search_id is None or not row.spotify_id:
            return
        track_id, search_id = row.spotify_id, self.search_id
        self.call("score", lambda s: s.search.score_against(search_id, track_id),
                  lambda rows: self._scored(track_id, rows), self._failed)

    def _scored(self, track_id: str, rows: list[Any]) -> None:
        self.scored_track = track_id
        for row in rows:
            self.model.upsert(row)
        track = self.selected_track()
        self.message.setText(self.tr("Files scored against „{0}“. Pick a file to download it "
                                     "with this track's metadata.").format(
            track.title if track else track_id))
        self.source_filter.setCurrentIndex(self.source_filter.findData("soulseek"))
        self.view.sortByColumn(10, Qt.SortOrder.DescendingOrder)
        self._update_actions()

    def download_selected(self) -> None:
        row = self.view.selected_object()
        track = self.selected_track()
        if row is None or row.file is None or track is None:
            return
        query = TrackQuery(title=track.title, artists=track.artists, album=track.album,
                           duration_ms=int(track.duration_s * 1000) if track.duration_s
                           else None, spotify_id=track.spotify_id)
        self.call(f"download.{result_key(row)}",
                  lambda s: s.downloads.download_file(row.file, query, source="search"),
                  lambda _id: self.message.setText(self.tr("Download queued: {0}").format(
                      row.title)), self._failed)

    def add_selected_to_wanted(self) -> None:
        row = self.view.selected_object()
        if row is None:
            return
        self.call("wanted", lambda s: s.search.add_to_wanted(row),
                  lambda count: self.message.setText(
                      self.tr("{0} track(s) added to wanted.").format(count)), self._failed)

    def watch_selected_artist(self) -> None:
        row = self.view.selected_object()
        if row is None or not row.spotify_id:
            return
        self.call("watch", lambda s: s.watchlist.add(row.spotify_id, row.title),
                  lambda _r: self.message.setText(self.tr("{0} is now on the watchlist.")
                                                  .format(row.title)), self._failed)

    def ban_selected(self, peer: bool) -> None:
        row = self.view.selected_object()
        if row is None or row.file is None:
            return
        file = row.file
        if peer:
            self.call("ban_peer", lambda s: s.matching.ban_peer(file.username),
                      lambda _v: self.message.setText(self.tr("User {0} is banned.")
                                                      .format(file.username)), self._failed)
        else:
            self.call("ban_file", lambda s: s.matching.ban_file(file.username, file.filename),
                      lambda _v: self.message.setText(self.tr("This file will never be used "
                                                              "again.")), self._failed)

    def _failed(self, text: str, _code: str) -> None:
        self.message.setText(self.tr("Action failed: {0}").format(text))
