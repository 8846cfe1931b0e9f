"""Human-friendly sizes, speeds, percentages and times (relative and absolute), translated.

Numbers are written the way the chosen language writes them (``QLocale()``, which
:func:`harmony_desktop.i18n.install_language` sets): ``1,5 MB`` and ``91,2 %`` in German."""

from __future__ import annotations

import re
from datetime import UTC, datetime

from PySide6.QtCore import QCoreApplication, QDateTime, QLocale, QTimeZone

translate = QCoreApplication.translate
_DECIMAL = re.compile(r"-?\d+\.\d+")


def format_number(value: float, decimals: int = 0) -> str:
    """``value`` with ``decimals`` places, the locale's decimal separator and its thousands
    grouping (``1.234,5`` in German)."""
    return QLocale().toString(float(value), "f", decimals)


def localised_number(text: str) -> str:
    """A decimal number the engine wrote as text (``0.65``) as the locale writes it (``0,65``),
    with the same decimals; any other text is returned unchanged."""
    if not _DECIMAL.fullmatch(text):
        return text
    return format_number(float(text), len(text) - text.index(".") - 1)


def format_khz(hertz: int) -> str:
    """A sample rate in kHz with only the decimals it needs: ``44,1`` (German), ``48``."""
    return QLocale().toString(hertz / 1000, "g", 6)


def format_size(size: int | float | None) -> str:
    if size is None:
        return "–"
    value = float(size)
    for unit in ("B", "KB", "MB", "GB"):
        if value < 1024 or unit == "GB":
            return f"{format_number(value, 0 if unit == 'B' else 1)} {unit}"
        value /= 1024
    return f"{format_number(value, 1)} GB"


def format_speed(speed: float | None) -> str:
    if not speed:
        return "–"
    return format_size(speed) + "/s"


def format_percent(value: float | None, decimals: int = 0) -> str:
    if value is None:
        return "—"
    return f"{format_number(value * 100, decimals)} %"


def format_duration(seconds: float | None) -> str:
    if seconds is None:
        return "–"
    total = round(seconds)
    return f"{total // 60}:{total % 60:02d}"


def format_datetime(moment: datetime | None) -> str:
    if moment is None:
        return "—"
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    stamp = QDateTime.fromSecsSinceEpoch(int(moment.timestamp()), QTimeZone.systemTimeZone())
    return stamp.toString(translate("Format", "yyyy-MM-dd HH:mm"))


def relative_time(moment: datetime | None, now: datetime | None = None) -> str:
    """"gerade eben" under 5 s, then seconds, minutes, hours, days (as the seed's dashboard)."""
    if moment is None:
        return translate("Format", "No data")
    now = now or datetime.now(UTC)
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    seconds = int((now - moment).total_seconds())
    if seconds < 0:
        return translate("Format", "in {0}").format(_span(-seconds))
    if seconds < 5:
        return translate("Format", "just now")
    return translate("Format", "{0} ago").format(_span(seconds))


def _span(seconds: int) -> str:
    units = ((60, 1, translate("Format", "{0} s")), (3600, 60, translate("Format", "{0} min")),
             (86400, 3600, translate("Format", "{0} h")),
             (604800, 86400, translate("Format", "{0} d")))
    for limit, size, unit in units:
        if seconds < limit:
            return unit.format(seconds // size)
    return translate("Format", "{0} w").format(seconds // 604800)
