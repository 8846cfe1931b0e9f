"""Models of the Soulseek tab: downloads, uploads, provider health, slskd configuration."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from harmony_desktop.formatting import format_datetime, format_percent, format_size, format_speed
from harmony_desktop.messages import error_text, failure_text, state_label
from harmony_desktop.models.table_model import Column, DtoTableModel
from harmony_desktop.theme import tone_for

translate = QCoreApplication.translate
ACTIVE_DOWNLOAD_STATES = {"queued", "searching", "requested", "queued_locally",
                          "queued_remotely", "initializing", "in_progress", "downloading"}
RETRYABLE_STATES = {"failed", "dead_letter", "timed_out", "errored", "rejected", "cancelled"}


def _retries(row: Any) -> str:
    if row.retry_count == 0:
        return translate("Columns", "No retries")
    if row.retry_count == 1:
        return translate("Columns", "1 retry")
    return translate("Columns", "{0} retries").format(row.retry_count)


def _download_file(row: Any) -> str:
    if row.filename:
        return row.filename
    artists = ", ".join(row.artists)
    return f"{artists} – {row.title}" if artists else row.title


class DownloadsModel(DtoTableModel):
    columns = (
        Column(QT_TRANSLATE_NOOP("Columns", "File"), _download_file,
               tooltip=lambda r: f"{_download_file(r)}\nID: {r.id}"),
        Column(QT_TRANSLATE_NOOP("Columns", "State"), lambda r: state_label(r.state),
               sort=lambda r: r.state, tone=lambda r: tone_for(r.state)),
        Column(QT_TRANSLATE_NOOP("Columns", "Progress"), lambda r: format_percent(r.progress),
               sort=lambda r: r.progress, progress=lambda r: r.progress),
        Column(QT_TRANSLATE_NOOP("Columns", "User"), lambda r: r.username or "–"),
        Column(QT_TRANSLATE_NOOP("Columns", "Size"),
               lambda r: format_size(r.size), sort=lambda r: r.size,
               align_right=True),
        Column(QT_TRANSLATE_NOOP("Columns", "Speed"),
               lambda r: format_speed(r.speed), sort=lambda r: r.speed,
               align_right=True),
        Column(QT_TRANSLATE_NOOP("Columns", "Priority"),
               lambda r: str(r.priority), sort=lambda r: r.priority,
               align_right=True),
        Column(QT_TRANSLATE_NOOP("Columns", "Retries"), _retries, sort=lambda r: r.retry_count),
        Column(QT_TRANSLATE_NOOP("Columns", "Last error"),
               lambda r: failure_text(r.last_error) or "–",
               tone=lambda r: "danger" if r.last_error else None),
        Column(QT_TRANSLATE_NOOP("Columns", "Next retry"),
               lambda r: format_datetime(r.next_retry_at),
               sort=lambda r: r.next_retry_at),
        Column(QT_TRANSLATE_NOOP("Columns", "Created"), lambda r: format_datetime(r.created_at),
               sort=lambda r: r.created_at),
        Column(QT_TRANSLATE_NOOP("Columns", "Updated"), lambda r: format_datetime(r.updated_at),
               sort=lambda r: r.updated_at),
        Column(QT_TRANSLATE_NOOP("Columns", "Completed"), lambda r: format_datetime(r.completed_at),
               sort=lambda r: r.completed_at),
    )


class UploadsModel(DtoTableModel):
    columns = (
        Column(QT_TRANSLATE_NOOP("Columns", "File"), lambda r: r.filename or translate("Columns",
                                                                       "Unnamed upload")),
        Column(QT_TRANSLATE_NOOP("Columns", "State"),
               lambda r: state_label(r.state), sort=lambda r: r.state,
               tone=lambda r: tone_for(r.state)),
        Column(QT_TRANSLATE_NOOP("Columns", "Progress"), lambda r: format_percent(r.progress),
               sort=lambda r: r.progress, progress=lambda r: r.progress),
        Column(QT_TRANSLATE_NOOP("Columns", "User"), lambda r: r.username),
        Column(QT_TRANSLATE_NOOP("Columns", "Size"),
               lambda r: format_size(r.size), sort=lambda r: r.size,
               align_right=True),
        Column(QT_TRANSLATE_NOOP("Columns", "Speed"),
               lambda r: format_speed(r.speed), sort=lambda r: r.speed,
               align_right=True),
    )


def _details(health: Any) -> str:
    parts = [f"{key.replace('_', ' ').capitalize()}: {value}" for key, value in health.details]
    return ", ".join(parts) or translate("Columns", "No additional details reported.")


class ProvidersModel(DtoTableModel):
    columns = (
        Column(QT_TRANSLATE_NOOP("Columns", "Service"),
               lambda r: PROVIDER_NAMES.get(r.provider, r.provider)),
        Column(QT_TRANSLATE_NOOP("Columns", "State"), lambda r: state_label(str(r.status)),
               sort=lambda r: str(r.status), tone=lambda r: tone_for(str(r.status))),
        Column(QT_TRANSLATE_NOOP("Columns", "Message"), lambda r: error_text(r.code)),
        Column(QT_TRANSLATE_NOOP("Columns", "Details"), _details),
    )

    def __init__(self, parent: Any = None) -> None:
        super().__init__(key=lambda r: r.provider, parent=parent)


PROVIDER_NAMES = {"slskd": "Soulseek (slskd)", "spotify": "Spotify", "lrclib": "LRCLIB",
                  "coverart": "Cover Art Archive"}
SLSKD_LABELS = {"slskd.url": QT_TRANSLATE_NOOP("Columns", "Base URL"),
                "slskd.api_key": QT_TRANSLATE_NOOP("Columns", "API key"),
                "slskd.timeout_s": QT_TRANSLATE_NOOP("Columns", "Timeout (s)"),
                "slskd.downloads_dir": QT_TRANSLATE_NOOP("Columns", "Downloads folder")}
REQUIRED_SLSKD = ("slskd.url", "slskd.api_key")


def _setting_label(row: Any) -> str:
    source = SLSKD_LABELS.get(row.name)
    return translate("Columns", source) if source else row.name.split(".", 1)[-1]


def _setting_value(row: Any) -> str:
    if row.value in (None, ""):
        return translate("Columns", "No value set")
    return "••••••" if row.secret else str(row.value)


def _setting_present(row: Any) -> str:
    return translate("Columns", "Set") if row.value not in (None, "") else \
        translate("Columns", "Missing")


class SlskdSettingsModel(DtoTableModel):
    columns = (
        Column(QT_TRANSLATE_NOOP("Columns", "Setting"), _setting_label),
        Column(QT_TRANSLATE_NOOP("Columns", "Value"), _setting_value),
        Column(QT_TRANSLATE_NOOP("Columns", "Status"), _setting_present,
               tone=lambda r: "positive" if r.value not in (None, "") else (
                   "danger" if r.name in REQUIRED_SLSKD else "info")),
    )

    def __init__(self, parent: Any = None) -> None:
        super().__init__(key=lambda r: r.name, parent=parent)
