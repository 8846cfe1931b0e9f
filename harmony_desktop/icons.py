"""Icons from the SVGs in resources/icons (rendered per size, so sharp on high-DPI screens)."""

from __future__ import annotations

from functools import cache
from pathlib import Path

from PySide6.QtCore import QByteArray, QRectF, Qt
from PySide6.QtGui import QIcon, QPainter, QPixmap
from PySide6.QtSvg import QSvgRenderer

ICONS_DIR = Path(__file__).resolve().parents[1] / "resources" / "icons"
#: the grey the line icons are drawn in, and what they become on a selected (blue) row
LINE_COLOR = b"#6e7781"
SELECTED_LINE_COLOR = b"#ffffff"
ICON_SIZES = (16, 22, 32, 44, 64)  # the navigation uses 22 (44 on high-DPI screens)


@cache
def icon(name: str) -> QIcon:
    path = ICONS_DIR / f"{name}.svg"
    if not path.exists():
        return QIcon()
    data = path.read_bytes()
    if LINE_COLOR not in data:
        return QIcon(str(path))
    # Grey on the selection's blue is hard to see (the navigation's current page), so line
    # icons get a white variant for the Selected mode. Qt's SVG icon engine keeps only one
    # added pixmap per mode, so both modes are pixmaps, rendered at the sizes in use (and
    # twice those for high-DPI screens); Qt picks the nearest and scales from there.
    result = QIcon()
    normal = QSvgRenderer(QByteArray(data))
    selected = QSvgRenderer(QByteArray(data.replace(LINE_COLOR, SELECTED_LINE_COLOR)))
    for size in ICON_SIZES:
        result.addPixmap(_render(normal, size), QIcon.Mode.Normal)
        result.addPixmap(_render(selected, size), QIcon.Mode.Selected)
    return result


def _render(renderer: QSvgRenderer, size: int) -> QPixmap:
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    renderer.render(painter, QRectF(0, 0, size, size))
    painter.end()
    return pixmap
