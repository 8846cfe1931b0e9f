"""Drag and drop, paste and open of every import format → preview → confirm → progress."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QGuiApplication

from harmony_desktop.dnd import split_mime
from tests.gui.conftest import wait_until

FORMATS = {
    "exportify.csv": "Track Name,Artist Name(s),Album Name,Duration (ms)\n"
                     "Bad Kingdom,Moderat,II,241000\n",
    "playlist.m3u8": "#EXTM3U\n#EXTINF:241,Moderat - Bad Kingdom\nbad_kingdom.flac\n",
    "list.txt": "Moderat - Bad Kingdom\nApparat - Goodbye\n",
    "album.url": "[InternetShortcut]\nURL=https://open.spotify.com/album/5x5qrMpSzLVmD3jb5ZbFcd\n",
}


def _drop(window, mime: QMimeData) -> None:
    """Enter then drop, as the drag manager would (offscreen has no real drag and drop)."""
    enter = QDragEnterEvent(QPoint(300, 300), Qt.DropAction.CopyAction, mime,
                            Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    window.dragEnterEvent(enter)
    assert enter.isAccepted()
    event = QDropEvent(QPointF(300, 300), Qt.DropAction.CopyAction, mime,
                       Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    window.dropEvent(event)
    assert event.isAccepted()


@pytest.mark.parametrize("name", sorted(FORMATS))
async def test_dropping_each_file_format_opens_the_preview(fake_window, tmp_path: Path,
                                                           name: str) -> None:
    window, bridge, service = fake_window
    bridge.attach(service)
    path = tmp_path / name
    path.write_text(FORMATS[name], encoding="utf-8")
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path))])
    _drop(window, mime)
    await wait_until(lambda: window.imports.dialog is not None and
                     window.imports.dialog.state == "preview")
    assert service.imports.calls[-1] == ("preview_paths", ([str(path)],), {})
    dialog = window.imports.dialog
    assert dialog.rows_model.rowCount() == 5 and dialog.rejects_model.rowCount() == 2
    assert "Line not understood" in dialog.rejects_model.index(0, 2).data()
    dialog.confirm()
    await wait_until(lambda: dialog.state == "done")
    assert dialog.progress.value() == dialog.progress.maximum()
    assert "4 new" in dialog.headline.text()


@pytest.mark.parametrize("payload", ["https://open.spotify.com/playlist/37i9dQZF1DXcBWIGoYBM5M",
                                     "spotify:track:2fRAqCrTPvHRPB3uQ0KDNj",
                                     "Moderat - Bad Kingdom"])
async def test_dropping_text_and_links_previews_text(fake_window, payload: str) -> None:
    window, bridge, service = fake_window
    bridge.attach(service)
    mime = QMimeData()
    if payload.startswith("http"):
        mime.setUrls([QUrl(payload)])
    else:
        mime.setText(payload)
    assert split_mime(mime) == ([], payload)
    _drop(window, mime)
    await wait_until(lambda: window.imports.dialog is not None and
                     window.imports.dialog.state == "preview")
    assert service.imports.calls[-1] == ("preview_text", (payload,), {})


async def test_paste_shortcut_previews_the_clipboard(fake_window) -> None:
    window, bridge, service = fake_window
    bridge.attach(service)
    QGuiApplication.clipboard().setText("Moderat - Reminder")
    window.paste()
    await wait_until(lambda: window.imports.dialog is not None and
                     window.imports.dialog.state == "preview")
    assert service.imports.calls[-1] == ("preview_text", ("Moderat - Reminder",), {})


@pytest.mark.parametrize("code,text", [
    ("import.file_too_large", "The file is too large to import."),
    ("import.binary_file", "This is not a text file (binary content)."),
    ("import.too_many_lines", "Too many lines for a quick paste; use a file.")])
async def test_refused_input_shows_why_and_imports_nothing(fake_window, code, text) -> None:
    window, bridge, service = fake_window
    bridge.attach(service)
    service.imports.reject_code = code
    dialog = window.imports.start([], "x" * 10)
    await wait_until(lambda: dialog.state == "error")
    assert dialog.counts.text() == text
    assert dialog.headline.text() == "Nothing was imported."
    assert not dialog.import_button.isEnabled()
    assert not any(c[0] == "confirm" for c in service.imports.calls)


async def test_closing_an_unconfirmed_preview_discards_it(fake_window) -> None:
    window, bridge, service = fake_window
    bridge.attach(service)
    dialog = window.imports.start([], "Moderat - Gita")
    await wait_until(lambda: dialog.state == "preview")
    dialog.reject()
    await wait_until(lambda: any(c[0] == "discard" for c in service.imports.calls))
