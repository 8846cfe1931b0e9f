"""Tones (positive/warning/danger/info) and their colours, for light and dark palettes alike.

The palette itself follows the system (Qt's default style does); only accent colours live here.
"""

from __future__ import annotations

from PySide6.QtGui import QGuiApplication, QPalette

POSITIVE = {"connected", "ok", "healthy", "online", "completed", "done", "active", "running",
            "up", "available", "succeeded", "saved", "owned", "matched"}
WARNING = {"degraded", "warning", "limited", "uploading", "pending", "queued", "starting",
           "partial", "stale", "blocked", "searching", "downloading", "in_progress", "new",
           "paused", "skipped", "requested", "initializing"}
DANGER = {"disconnected", "down", "failed", "failure", "fail", "error", "errored", "offline",
          "cancelled", "dead_letter", "stopped", "rejected", "timed_out", "discarded"}

_LIGHT = {"positive": "#1a7f37", "warning": "#9a6700", "danger": "#cf222e", "info": "#0969da"}
_DARK = {"positive": "#3fb950", "warning": "#d29922", "danger": "#f85149", "info": "#58a6ff"}
_LIGHT_BG = {"positive": "#dafbe1", "warning": "#fff8c5", "danger": "#ffebe9", "info": "#ddf4ff"}
_DARK_BG = {"positive": "#12361f", "warning": "#3b2e0a", "danger": "#4a1618", "info": "#0c2d4f"}


def tone_for(state: str | None) -> str:
    """The tone of a state word, as the seed's badges inferred it."""
    word = (state or "").lower()
    if word in POSITIVE:
        return "positive"
    if word in DANGER or word.endswith("_blocked"):
        return "danger"
    if word in WARNING:
        return "warning"
    return "info"


def is_dark() -> bool:
    app = QGuiApplication.instance()
    if app is None:
        return False
    window = QGuiApplication.palette().color(QPalette.ColorRole.Window)
    return window.lightness() < 128


def tone_color(tone: str | None) -> str:
    return (_DARK if is_dark() else _LIGHT).get(tone or "info", _LIGHT["info"])


def tone_background(tone: str | None) -> str:
    return (_DARK_BG if is_dark() else _LIGHT_BG).get(tone or "info", _LIGHT_BG["info"])


def badge_style(tone: str) -> str:
    return (f"QLabel {{ color: {tone_color(tone)}; background: {tone_background(tone)};"
            f" border: 1px solid {tone_color(tone)}; border-radius: 8px; padding: 1px 8px;"
            " font-weight: 600; }")


def banner_style(tone: str) -> str:
    return (f"QFrame#banner {{ background: {tone_background(tone)};"
            f" border: 1px solid {tone_color(tone)}; border-radius: 6px; }}"
            f" QFrame#banner QLabel {{ color: {tone_color(tone)}; }}")
