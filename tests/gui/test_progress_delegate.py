"""The progress column fills from the left, as a horizontal bar, and keeps its percentage."""

from __future__ import annotations

from PySide6.QtCore import QRect
from PySide6.QtGui import QColor, QImage, QPainter, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QStyleOptionViewItem, QTableView

from harmony_desktop.delegates.progress_delegate import ProgressDelegate
from harmony_desktop.models.roles import Roles


def _paint(value: float, width: int = 240, height: int = 28) -> tuple[QImage, QColor]:
    model = QStandardItemModel(1, 1)
    item = QStandardItem()
    item.setData(value, Roles.ProgressRole)
    model.setItem(0, 0, item)
    view = QTableView()
    view.setModel(model)
    option = QStyleOptionViewItem()
    option.initFrom(view)
    option.rect = QRect(0, 0, width, height)
    image = QImage(width, height, QImage.Format.Format_ARGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    ProgressDelegate().paint(painter, option, model.index(0, 0))
    painter.end()
    return image, view.palette().highlight().color()


def _filled(image: QImage, x: int, y: int, highlight: QColor) -> bool:
    pixel = image.pixelColor(x, y)
    return abs(pixel.hue() - highlight.hue()) < 25 and pixel.saturation() > 80


def test_half_done_fills_the_left_half_over_the_full_height(qapp) -> None:
    image, highlight = _paint(0.5)
    left, right = 30, 210
    for y in (9, 14, 19):  # upper, middle and lower part of the bar
        assert _filled(image, left, y, highlight), f"left part not filled at y={y}"
        assert not _filled(image, right, y, highlight), f"right part filled at y={y}"


def test_nothing_done_fills_nothing(qapp) -> None:
    image, highlight = _paint(0.0)
    assert not any(_filled(image, x, y, highlight) for x in range(10, 230, 20)
                   for y in (9, 14, 19))
