"""The import preview dialog: parsed rows, links, rejected rows → confirm → progress → done.

States: ``loading`` (preview running), ``error`` (input refused as a whole: nothing imported),
``preview``, ``importing`` (progress from ImportProgress events), ``done``.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QProgressBar,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from harmony_desktop.bridge import EngineBridge
from harmony_desktop.messages import error_text
from harmony_desktop.models.import_model import (
    ImportLinksModel,
    ImportRejectsModel,
    ImportRowsModel,
)
from harmony_desktop.theme import tone_color
from harmony_desktop.widgets.table import DtoTableView

#: rows measured to size the preview's columns (all 5,000 would stall the loop)
PREVIEW_SAMPLE_ROWS = 40


class ImportDialog(QDialog):
    def __init__(self, bridge: EngineBridge, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.bridge = bridge
        self.preview: Any = None
        self.summary: Any = None
        self.state = "loading"
        self.setWindowTitle(self.tr("Import preview"))
        self.resize(820, 560)
        layout = QVBoxLayout(self)
        self.headline = QLabel(self.tr("Reading the input …"))
        self.headline.setWordWrap(True)
        self.headline.setStyleSheet("font-weight: 600;")
        layout.addWidget(self.headline)
        self.counts = QLabel("")
        self.counts.setWordWrap(True)
        layout.addWidget(self.counts)
        self.tabs = QTabWidget()
        self.rows_model = ImportRowsModel(self)
        self.links_model = ImportLinksModel(self)
        self.rejects_model = ImportRejectsModel(self)
        self.rows_view = DtoTableView(self.rows_model, stretch_column=1)
        self.links_view = DtoTableView(self.links_model, stretch_column=1)
        self.rejects_view = DtoTableView(self.rejects_model, stretch_column=2)
        self.tabs.addTab(self.rows_view, self.tr("Tracks"))
        self.tabs.addTab(self.links_view, self.tr("Links"))
        self.tabs.addTab(self.rejects_view, self.tr("Rejected"))
        self.tabs.hide()
        layout.addWidget(self.tabs, 1)
        self.progress = QProgressBar()
        self.progress.hide()
        layout.addWidget(self.progress)
        self.buttons = QDialogButtonBox()
        self.import_button = QPushButton(self.tr("Import"))
        self.import_button.setEnabled(False)
        self.import_button.clicked.connect(self.confirm)
        self.buttons.addButton(self.import_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.close_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.close_button.clicked.connect(self.reject)
        layout.addWidget(self.buttons)
        bridge.import_progress.connect(self._on_progress)
        bridge.failed.connect(self._on_failed)
        self.finished.connect(self._discard_unconfirmed)

    # -- preview -------------------------------------------------------------------------------
    def preview_paths(self, paths: list[str]) -> None:
        self.bridge.request("import.preview", lambda s: s.imports.preview_paths(paths),
                            on_result=self.show_preview)

    def preview_text(self, text: str) -> None:
        self.bridge.request("import.preview", lambda s: s.imports.preview_text(text),
                            on_result=self.show_preview)

    def show_preview(self, preview: Any) -> None:
        self.preview = preview
        self.state = "preview"
        self.rows_model.set_rows(preview.accepted)
        self.links_model.set_rows(preview.links)
        self.rejects_model.set_rows(preview.rejected)
        for view in (self.rows_view, self.links_view, self.rejects_view):
            view.fit_columns(sample_rows=PREVIEW_SAMPLE_ROWS)
        self.tabs.setTabText(0, self.tr("Tracks ({0})").format(len(preview.accepted)))
        self.tabs.setTabText(1, self.tr("Links ({0})").format(len(preview.links)))
        self.tabs.setTabText(2, self.tr("Rejected ({0})").format(len(preview.rejected)))
        self.tabs.show()
        total = len(preview.accepted) + len(preview.links)
        self.headline.setText(self.tr("{0} tracks and {1} links ready to import.").format(
            len(preview.accepted), len(preview.links)) if total else
            self.tr("Nothing to import."))
        self.counts.setText(self.tr("{0} rejected · {1} duplicates removed · {2} already "
                                    "wanted").format(len(preview.rejected), preview.duplicates,
                                                     preview.already_wanted))
        self.import_button.setEnabled(total > 0)

    def show_error(self, text: str) -> None:
        self.state = "error"
        self.headline.setText(self.tr("Nothing was imported."))
        self.counts.setText(text)
        self.counts.setStyleSheet(f"color: {tone_color('danger')};")
        self.tabs.hide()
        self.import_button.setEnabled(False)
        self.close_button.setText(self.tr("Close"))

    # -- confirm -------------------------------------------------------------------------------
    def confirm(self) -> None:
        if self.preview is None or self.state != "preview":
            return
        self.state = "importing"
        self.import_button.setEnabled(False)
        self.progress.setRange(0, max(1, len(self.preview.accepted) + len(self.preview.links)))
        self.progress.setValue(0)
        self.progress.show()
        preview_id = self.preview.preview_id
        self.bridge.request("import.confirm", lambda s: s.imports.confirm(preview_id),
                            on_result=self.show_done)

    def _on_progress(self, event: Any) -> None:
        if self.state == "importing" and event.total:
            self.progress.setRange(0, event.total)
            self.progress.setValue(event.done)

    def show_done(self, summary: Any) -> None:
        self.summary = summary
        self.state = "done"
        self.progress.setValue(self.progress.maximum())
        self.headline.setText(self.tr("Import finished: {0} new, {1} merged, {2} links.").format(
            summary.created, summary.merged, summary.links))
        self.close_button.setText(self.tr("Close"))

    def _on_failed(self, op: str, code: str, message: str) -> None:
        if op in ("import.preview", "import.confirm") and self.state in ("loading",
                                                                          "importing"):
            self.show_error(error_text(code, message))

    def _discard_unconfirmed(self, _result: int) -> None:
        if self.state == "preview" and self.preview is not None:
            preview_id = self.preview.preview_id
            self.bridge.request("import.discard", lambda s: s.imports.discard(preview_id))
