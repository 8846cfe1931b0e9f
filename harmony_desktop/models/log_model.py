"""Log records as a model (bounded), fed from any thread by QtLogHandler via a queued signal."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import datetime
from itertools import count
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QObject, Qt, Signal

from harmony_desktop.models.table_model import Column, DtoTableModel

LEVEL_TONES = {"CRITICAL": "danger", "ERROR": "danger", "WARNING": "warning"}
_ids = count(1)


@dataclass(frozen=True)
class LogRow:
    id: int
    at: datetime
    level: str
    levelno: int
    logger: str
    message: str


class LogModel(DtoTableModel):
    columns = (
        Column(QT_TRANSLATE_NOOP("Columns", "Time"),
               lambda r: r.at.strftime("%H:%M:%S"), sort=lambda r: r.id),
        Column(QT_TRANSLATE_NOOP("Columns", "Level"), lambda r: r.level, sort=lambda r: r.levelno,
               tone=lambda r: LEVEL_TONES.get(r.level)),
        Column(QT_TRANSLATE_NOOP("Columns", "Source"), lambda r: r.logger),
        Column(QT_TRANSLATE_NOOP("Columns", "Message"),
               lambda r: r.message.splitlines()[0] if r.message else "",
               tooltip=lambda r: r.message),
    )

    def __init__(self, parent: Any = None, limit: int = 5000) -> None:
        super().__init__(parent=parent)
        self.limit = limit

    def add(self, row: LogRow) -> None:
        self.append([row])
        if self.rowCount() > self.limit:
            self.set_rows(self.rows()[-self.limit // 2:])


class _Emitter(QObject):
    record = Signal(object)


class QtLogHandler(logging.Handler):
    """Formats a record and hands it to the GUI thread (queued connection, thread-safe)."""

    def __init__(self, model: LogModel, level: int = logging.INFO) -> None:
        super().__init__(level)
        self.model = model
        self._emitter = _Emitter()
        self._emitter.record.connect(model.add, Qt.ConnectionType.QueuedConnection)

    def emit(self, record: logging.LogRecord) -> None:
        try:
            message = record.getMessage()
            if record.exc_info:
                message += "\n" + logging.Formatter().formatException(record.exc_info)
            row = LogRow(next(_ids), datetime.fromtimestamp(record.created), record.levelname,
                         record.levelno, record.name, message)
            self._emitter.record.emit(row)
        except Exception:  # a log handler must never raise into the code that logs
            self.handleError(record)
