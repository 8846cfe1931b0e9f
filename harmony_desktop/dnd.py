"""Drop, paste and open-file input → an import preview. Handling is deferred with
QTimer.singleShot(0) so the drag source is released before any work starts."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QMimeData, QObject, QTimer
from PySide6.QtWidgets import QFileDialog, QWidget

from harmony_desktop.bridge import EngineBridge
from harmony_desktop.dialogs.import_dialog import ImportDialog
from harmony_desktop.messages import error_text

FILE_FILTER = "Playlists (*.csv *.m3u *.m3u8 *.txt *.url *.webloc *.pls);;All files (*)"


def split_mime(mime: QMimeData) -> tuple[list[str], str]:
    """Local files become paths; web links (http, spotify:) and plain text become text."""
    paths: list[str] = []
    lines: list[str] = []
    if mime.hasUrls():
        for url in mime.urls():
            if url.isLocalFile():
                paths.append(url.toLocalFile())
            else:
                lines.append(url.toString())
    if not paths and not lines and mime.hasText():
        lines.append(mime.text())
    return paths, "\n".join(line.strip() for line in lines if line.strip())


def accepts(mime: QMimeData) -> bool:
    return mime.hasUrls() or mime.hasText()


class ImportController(QObject):
    """Opens the preview dialog for dropped/pasted/chosen input; one dialog at a time."""

    def __init__(self, bridge: EngineBridge, window: QWidget) -> None:
        super().__init__(window)
        self.bridge = bridge
        self.window = window
        self.dialog: ImportDialog | None = None

    def handle_mime(self, mime: QMimeData) -> None:
        paths, text = split_mime(mime)
        # Copy out of the QMimeData now: it belongs to the drag and dies with it.
        QTimer.singleShot(0, lambda: self.start(paths, text))

    def open_files(self) -> None:
        files, _ = QFileDialog.getOpenFileNames(self.window, self.tr("Import playlists"),
                                                str(Path.home()), FILE_FILTER)
        if files:
            self.start(files, "")

    def start(self, paths: list[str], text: str) -> ImportDialog | None:
        if not paths and not text:
            return None
        dialog = self._new_dialog()
        if self.bridge.service is None or not self.bridge.service.has_section("imports"):
            dialog.show_error(error_text("engine.not_ready") if self.bridge.service is None
                              else self.tr("The import service is not running."))
            return dialog
        if paths:
            dialog.preview_paths(paths)
        else:
            dialog.preview_text(text)
        return dialog

    def _new_dialog(self) -> ImportDialog:
        if self.dialog is not None:
            self.dialog.close()
        self.dialog = ImportDialog(self.bridge, self.window)
        self.dialog.open()
        return self.dialog
