"""Models of the Matching page: batches, wanted items and one item's candidates."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from harmony_desktop.formatting import (
    format_datetime,
    format_duration,
    format_khz,
    format_percent,
    format_size,
)
from harmony_desktop.messages import failure_text, state_label
from harmony_desktop.models.table_model import Column, DtoTableModel
from harmony_desktop.reason_text import reason_text
from harmony_desktop.theme import tone_for

translate = QCoreApplication.translate


def confidence_tone(value: float | None) -> str | None:
    """Green above 85 %, blue from 65 %, amber from 45 %, red below (the seed's tiles)."""
    if value is None:
        return None
    if value >= 0.85:
        return "positive"
    if value >= 0.65:
        return "info"
    if value >= 0.45:
        return "warning"
    return "danger"


def batch_badge(batch: Any) -> tuple[str, str]:
    if batch.all_discarded:
        return translate("Columns", "All discarded"), "danger"
    if batch.saved and batch.discarded:
        return translate("Columns", "Partly saved"), "warning"
    return translate("Columns", "Processed"), "positive"


def _average(value: float | None) -> str:
    return format_percent(value, 1)


class BatchesModel(DtoTableModel):
    columns = (
        Column(QT_TRANSLATE_NOOP("Columns", "Batch"),
               lambda r: format_datetime(r.at), sort=lambda r: r.at),
        Column(QT_TRANSLATE_NOOP("Columns", "Result"), lambda r: batch_badge(r)[0],
               tone=lambda r: batch_badge(r)[1]),
        Column(QT_TRANSLATE_NOOP("Columns", "Saved"),
               lambda r: str(r.saved), sort=lambda r: r.saved,
               align_right=True),
        Column(QT_TRANSLATE_NOOP("Columns", "Discarded"), lambda r: str(r.discarded),
               sort=lambda r: r.discarded, align_right=True,
               tone=lambda r: "warning" if r.discarded else None),
        Column(QT_TRANSLATE_NOOP("Columns", "Ø confidence"),
               lambda r: _average(r.average_confidence),
               sort=lambda r: r.average_confidence,
               tone=lambda r: confidence_tone(r.average_confidence), align_right=True),
    )

    def __init__(self, parent: Any = None) -> None:
        super().__init__(key=lambda r: r.activity_id, parent=parent)


class WantedModel(DtoTableModel):
    columns = (
        Column(QT_TRANSLATE_NOOP("Columns", "Title"), lambda r: r.title),
        Column(QT_TRANSLATE_NOOP("Columns", "Artists"), lambda r: ", ".join(r.artists)),
        Column(QT_TRANSLATE_NOOP("Columns", "State"),
               lambda r: state_label(r.state), sort=lambda r: r.state,
               tone=lambda r: tone_for(r.state)),
        Column(QT_TRANSLATE_NOOP("Columns", "Last error"),
               lambda r: failure_text(r.last_error) or "–"),
    )


def candidate_reason_text(reason: str) -> str:
    """One candidate reason in the user's language: a failed file's coded reason (the facade's
    ``failed: …``), a coded reason (``user.banned``) or one of the ranker's phrases."""
    prefix = "failed: "
    if reason.startswith(prefix):
        text = f"{translate('Columns', 'Failed')}: {failure_text(reason[len(prefix):])}"
    else:
        text = reason_text(reason)
        if text == reason:  # not a ranker phrase: a code, or text shown as it is
            text = failure_text(reason)
    return text.removesuffix(".")  # one of a comma-separated list, not a sentence


def _reasons(row: Any) -> list[str]:
    return [candidate_reason_text(reason) for reason in row.reasons]


def _quality(row: Any) -> str:
    parts = [row.extension.upper() or "?"]
    if row.bitrate:
        parts.append(f"{row.bitrate} kbit/s")
    if row.bit_depth and row.sample_rate:
        parts.append(f"{row.bit_depth}/{format_khz(row.sample_rate)} kHz")
    return " · ".join(parts)


def _candidate_state(row: Any) -> str:
    if row.banned:
        return translate("Columns", "Banned")
    if row.user_choice:
        return translate("Columns", "Your choice")
    if row.failed:
        return translate("Columns", "Failed")
    if row.tried:
        return translate("Columns", "Tried")
    return translate("Columns", "Saved") if row.decision == "saved" else \
        translate("Columns", "Discarded")


class CandidatesModel(DtoTableModel):
    columns = (
        Column(QT_TRANSLATE_NOOP("Columns", "#"), lambda r: str(r.rank), sort=lambda r: r.rank,
               align_right=True),
        Column(QT_TRANSLATE_NOOP("Columns", "Confidence"),
               lambda r: format_percent(r.confidence, 1),
               sort=lambda r: r.confidence, tone=lambda r: confidence_tone(r.confidence),
               align_right=True),
        Column(QT_TRANSLATE_NOOP("Columns", "File"),
               lambda r: r.filename.replace("\\", "/").rsplit("/", 1)[-1],
               tooltip=lambda r: r.filename),
        Column(QT_TRANSLATE_NOOP("Columns", "Quality"), _quality),
        Column(QT_TRANSLATE_NOOP("Columns", "Length"), lambda r: format_duration(r.length_s),
               sort=lambda r: r.length_s),
        Column(QT_TRANSLATE_NOOP("Columns", "Size"),
               lambda r: format_size(r.size), sort=lambda r: r.size,
               align_right=True),
        Column(QT_TRANSLATE_NOOP("Columns", "User"), lambda r: r.username),
        Column(QT_TRANSLATE_NOOP("Columns", "Decision"), _candidate_state,
               tone=lambda r: "danger" if r.banned or r.failed else (
                   "positive" if r.decision == "saved" else "warning")),
        Column(QT_TRANSLATE_NOOP("Columns", "Reasons"), lambda r: ", ".join(_reasons(r)),
               tooltip=lambda r: "\n".join(_reasons(r)) or None),
    )

    def __init__(self, parent: Any = None) -> None:
        super().__init__(key=lambda r: (r.username, r.filename), parent=parent)
