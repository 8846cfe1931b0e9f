"""Custom item roles shared by models, proxies and delegates."""

from __future__ import annotations

from enum import IntEnum

from PySide6.QtCore import Qt


class Roles(IntEnum):
    ObjectRole = Qt.ItemDataRole.UserRole + 1  # the row's DTO
    SortRole = Qt.ItemDataRole.UserRole + 2  # raw value for sorting (floats, datetimes)
    ProgressRole = Qt.ItemDataRole.UserRole + 3  # 0..1 for the progress delegate, or None
    ToneRole = Qt.ItemDataRole.UserRole + 4  # positive | warning | danger | info
    BadgeRole = Qt.ItemDataRole.UserRole + 5  # navigation badge text
    TabIdRole = Qt.ItemDataRole.UserRole + 6  # navigation entry's tab id
    KeyRole = Qt.ItemDataRole.UserRole + 7  # the row's stable key
