"""Harmony's desktop GUI (PySide6 on qasync). Single source of the app's identity."""

from engine import __version__

APP_ID = "io.github.harmony_desktop.Harmony"
APP_NAME = "Harmony"
ORGANIZATION = "harmony-desktop"

__all__ = ["APP_ID", "APP_NAME", "ORGANIZATION", "__version__"]
