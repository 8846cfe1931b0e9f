"""The left navigation: a model of pages with health badges, a painting delegate, collapse.

Badges follow the seed's rules: red „Fehler" when configuration is missing or invalid, red
„Offline" when a service is down, yellow „Eingeschränkt" when degraded. Tooltips and accessible
names repeat the warning, also while the navigation is collapsed (then only a dot is painted).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QListView, QStyle, QStyledItemDelegate, QStyleOptionViewItem

from harmony_desktop.models.roles import Roles
from harmony_desktop.theme import tone_color

translate = QCoreApplication.translate
CONFIG_CODES = ("unconfigured", "key_invalid", "auth_failed", "no_backend", "invalid",
                "forbidden", "invalid_grant")
EXPANDED_WIDTH = 200
COLLAPSED_WIDTH = 56


def provider_badge(health: Any) -> tuple[str, str, str] | None:
    """(badge text, tone, warning) for a ProviderHealth, or None when all is well."""
    status = str(getattr(health, "status", "ok"))
    code = str(getattr(health, "code", ""))
    if status == "ok" or not getattr(health, "enabled", True):
        return None
    if any(code.endswith(suffix) for suffix in CONFIG_CODES):
        return (translate("Navigation", "Error"), "danger",
                translate("Navigation", "Warning: check the configuration"))
    if status == "down" or code.endswith("unreachable"):
        return (translate("Navigation", "Offline"), "danger",
                translate("Navigation", "Warning: service offline"))
    return (translate("Navigation", "Degraded"), "warning",
            translate("Navigation", "Warning: service degraded"))


def worker_badge(status: str) -> tuple[str, str, str] | None:
    """Badge for a worker status (the Matching entry has no provider, only its worker)."""
    if status == "errored":
        return (translate("Navigation", "Error"), "danger",
                translate("Navigation", "Warning: check the configuration"))
    if status == "stopped":
        return (translate("Navigation", "Offline"), "danger",
                translate("Navigation", "Warning: service offline"))
    if status in ("stale", "blocked"):
        return (translate("Navigation", "Degraded"), "warning",
                translate("Navigation", "Warning: service degraded"))
    return None


class NavigationModel(QStandardItemModel):
    def add_page(self, tab_id: str, title: str, icon: Any) -> None:
        item = QStandardItem(icon, title)
        item.setData(tab_id, Roles.TabIdRole)
        item.setData(title, Qt.ItemDataRole.AccessibleTextRole)
        item.setData(title, Qt.ItemDataRole.ToolTipRole)
        item.setEditable(False)
        self.appendRow(item)

    def row_of(self, tab_id: str) -> int:
        for row in range(self.rowCount()):
            if self.item(row).data(Roles.TabIdRole) == tab_id:
                return row
        raise KeyError(tab_id)

    def set_badge(self, tab_id: str, badge: tuple[str, str, str] | None) -> None:
        item = self.item(self.row_of(tab_id))
        title = item.text()
        text, tone, warning = badge if badge else (None, None, None)
        item.setData(text, Roles.BadgeRole)
        item.setData(tone, Roles.ToneRole)
        described = f"{title} – {warning}" if warning else title
        item.setData(described, Qt.ItemDataRole.ToolTipRole)
        item.setData(described, Qt.ItemDataRole.AccessibleTextRole)

    def badge(self, tab_id: str) -> str | None:
        value = self.item(self.row_of(tab_id)).data(Roles.BadgeRole)
        return value if isinstance(value, str) else None


class NavigationDelegate(QStyledItemDelegate):
    """Paints icon, label and a badge pill; collapsed, only the icon and a coloured dot."""

    def __init__(self, view: QListView) -> None:
        super().__init__(view)
        self.collapsed = False

    def sizeHint(self, option: QStyleOptionViewItem,
                 index: QModelIndex | QPersistentModelIndex) -> QSize:
        return QSize(COLLAPSED_WIDTH - 8 if self.collapsed else EXPANDED_WIDTH - 8, 40)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem,
              index: QModelIndex | QPersistentModelIndex) -> None:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        badge = index.data(Roles.BadgeRole)
        tone = index.data(Roles.ToneRole)
        if self.collapsed:
            opt.text = ""  # type: ignore[attr-defined]
            opt.decorationAlignment = Qt.AlignmentFlag.AlignCenter  # type: ignore[attr-defined]
        widget = opt.widget  # type: ignore[attr-defined]
        style = widget.style() if widget else None
        if style is not None:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, widget)
        if badge:
            self._paint_badge(painter, opt.rect, str(badge), tone)  # type: ignore[attr-defined]

    def _paint_badge(self, painter: QPainter, rect: QRect, text: str, tone: str | None) -> None:
        color = QColor(tone_color(tone))
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(color)
        if self.collapsed:
            painter.drawEllipse(rect.right() - 14, rect.top() + 6, 9, 9)
        else:
            metrics = painter.fontMetrics()
            width = metrics.horizontalAdvance(text) + 12
            pill = QRect(rect.right() - width - 6, rect.center().y() - 9, width, 18)
            painter.drawRoundedRect(pill, 9, 9)
            painter.setPen(QColor("white"))
            painter.drawText(pill, Qt.AlignmentFlag.AlignCenter, text)
        painter.restore()
