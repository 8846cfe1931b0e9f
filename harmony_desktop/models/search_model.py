"""Search results (streamed in batches) and the activity feed as table models."""

from __future__ import annotations

import json
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from harmony_desktop.activity_text import activity_summary
from harmony_desktop.formatting import (
    format_datetime,
    format_duration,
    format_number,
    format_percent,
    format_size,
)
from harmony_desktop.messages import activity_type_label, state_label
from harmony_desktop.models.matching_model import confidence_tone
from harmony_desktop.models.table_model import Column, DtoTableModel
from harmony_desktop.reason_text import reason_text
from harmony_desktop.theme import tone_for

translate = QCoreApplication.translate
LOSSLESS = {"flac", "alac", "wav", "aiff", "ape", "wv"}
KINDS = {"track": QT_TRANSLATE_NOOP("Columns", "Track"),
         "album": QT_TRANSLATE_NOOP("Columns", "Album"),
         "artist": QT_TRANSLATE_NOOP("Columns", "Artist"),
         "file": QT_TRANSLATE_NOOP("Columns", "File")}
SOURCES = {"spotify": "Spotify", "soulseek": "Soulseek"}


def result_key(row: Any) -> tuple[Any, ...]:
    if row.file is not None:
        return (row.source, row.file.username, row.file.filename)
    return (row.source, row.kind, row.spotify_id or row.title)


def result_format(row: Any) -> str | None:
    if row.format:
        return row.format.lower()
    if row.file is not None and row.file.extension:
        return row.file.extension.lower()
    return None


def result_bitrate(row: Any) -> int | None:
    if row.bitrate:
        return row.bitrate
    return row.file.bitrate if row.file is not None else None


def _quality(row: Any) -> str:
    fmt = result_format(row)
    bitrate = result_bitrate(row)
    parts = [fmt.upper()] if fmt else []
    if bitrate:
        parts.append(f"{bitrate} kbit/s")
    return " · ".join(parts) or "–"


class SearchResultsModel(DtoTableModel):
    columns = (
        Column(QT_TRANSLATE_NOOP("Columns", "Score"),
               lambda r: format_number(r.score * 100), sort=lambda r: r.score,
               align_right=True),
        Column(QT_TRANSLATE_NOOP("Columns", "Source"), lambda r: SOURCES.get(r.source, r.source)),
        Column(QT_TRANSLATE_NOOP("Columns", "Type"),
               lambda r: translate("Columns", KINDS.get(r.kind, r.kind))),
        Column(QT_TRANSLATE_NOOP("Columns", "Title"), lambda r: r.title,
               tooltip=lambda r: r.file.filename if r.file is not None else r.title),
        Column(QT_TRANSLATE_NOOP("Columns", "Artists"), lambda r: ", ".join(r.artists)),
        Column(QT_TRANSLATE_NOOP("Columns", "Album"), lambda r: r.album or "–"),
        Column(QT_TRANSLATE_NOOP("Columns", "Length"), lambda r: format_duration(r.duration_s),
               sort=lambda r: r.duration_s),
        Column(QT_TRANSLATE_NOOP("Columns", "Format"), _quality, sort=result_bitrate),
        Column(QT_TRANSLATE_NOOP("Columns", "Size"),
               lambda r: format_size(r.file.size) if r.file else "–",
               sort=lambda r: r.file.size if r.file else None, align_right=True),
        Column(QT_TRANSLATE_NOOP("Columns", "Peer"), lambda r: r.file.username if r.file else "–",
               tooltip=lambda r: translate("Columns", "Free slot: {0}, speed {1}/s, queue {2}")
               .format(r.file.has_free_slot, format_size(r.file.upload_speed),
                       r.file.queue_length) if r.file else None),
        Column(QT_TRANSLATE_NOOP("Columns", "Confidence"),
               lambda r: "–" if r.confidence is None else
               format_percent(r.confidence, 1), sort=lambda r: r.confidence,
               tone=lambda r: confidence_tone(r.confidence),
               tooltip=lambda r: "\n".join(map(reason_text, r.reasons)) or None),
    )

    def __init__(self, parent: Any = None) -> None:
        super().__init__(key=result_key, parent=parent)

    def add_batch(self, rows: tuple[Any, ...]) -> None:
        """Streamed rows: known ones are replaced in place, new ones appended in one insert."""
        fresh = []
        for row in rows:
            if self.position_of(result_key(row)) is None:
                fresh.append(row)
            else:
                self.upsert(row)
        unique = {result_key(r): r for r in fresh}
        self.append(list(unique.values()))


def activity_details(entry: Any) -> str:
    return json.dumps(entry.details, indent=2, ensure_ascii=False, sort_keys=True, default=str)


class ActivityModel(DtoTableModel):
    columns = (
        Column(QT_TRANSLATE_NOOP("Columns", "When"), lambda r: format_datetime(r.created_at),
               sort=lambda r: r.id),
        Column(QT_TRANSLATE_NOOP("Columns", "Type"), lambda r: activity_type_label(r.type),
               tooltip=lambda r: r.type),
        Column(QT_TRANSLATE_NOOP("Columns", "Status"),
               lambda r: state_label(r.status), sort=lambda r: r.status,
               tone=lambda r: tone_for(r.status)),
        Column(QT_TRANSLATE_NOOP("Columns", "Summary"), activity_summary, tooltip=activity_details),
    )
