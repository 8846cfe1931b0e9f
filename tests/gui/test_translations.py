"""German is complete; switching the language at runtime retranslates the window."""

from __future__ import annotations

import asyncio
import xml.etree.ElementTree as ET

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDoubleSpinBox

from harmony_desktop.formatting import (
    format_khz,
    format_number,
    format_percent,
    format_size,
    localised_number,
)
from harmony_desktop.i18n import TRANSLATIONS_DIR
from harmony_desktop.messages import ACTIVITY_TYPES, ERRORS, NOTIFICATIONS, STATES
from tests.gui.conftest import wait_until


def test_german_translation_is_complete() -> None:
    root = ET.parse(TRANSLATIONS_DIR / "harmony_de.ts").getroot()
    messages = list(root.iter("message"))
    assert len(messages) > 500
    for message in messages:
        translation = message.find("translation")
        assert translation is not None
        source = message.find("source").text  # type: ignore[union-attr]
        assert translation.get("type") not in ("unfinished",), source
        assert (translation.text or "").strip(), source


def test_every_code_table_entry_is_in_the_catalogue() -> None:
    root = ET.parse(TRANSLATIONS_DIR / "harmony_de.ts").getroot()
    sources = {m.find("source").text for m in root.iter("message")}  # type: ignore[union-attr]
    for table in (STATES, ACTIVITY_TYPES, ERRORS, NOTIFICATIONS):
        assert set(table.values()) <= sources


def _settings_title(window) -> str:
    return window.nav_model.item(window.nav_model.row_of("settings")).text()


async def test_language_switch_at_runtime(fake_window, language) -> None:
    window, bridge, service = fake_window
    bridge.attach(service)
    await wait_until(lambda: window.tab("soulseek").downloads_stack.state == "data")
    assert _settings_title(window) == "Settings"
    language("de")
    await wait_until(lambda: _settings_title(window) == "Einstellungen")
    page = window.tab("soulseek")
    await wait_until(lambda: page.downloads_stack.state == "data")  # reloaded after rebuild
    assert page.downloads_model.headerData(0, Qt.Orientation.Horizontal) == "Datei"
    assert window.status.engine_status.text() == "Engine: läuft"
    language("en")
    await asyncio.sleep(0.05)
    assert _settings_title(window) == "Settings"


async def test_numbers_follow_the_language(fake_window, language) -> None:
    """German writes 1,5 MB and 91,2 %, in tables and in the settings' spin boxes, as soon as
    the language is switched; English goes back to the decimal point."""
    window, bridge, service = fake_window
    bridge.attach(service)
    window.show_tab("settings")
    settings = window.tab("settings")
    await wait_until(lambda: settings.form_stack.state == "data")
    language("de")
    assert (format_size(1536), format_percent(0.912, 1), format_number(0.5, 2),
            format_khz(44_100), format_khz(48_000)) == ("1,5 KB", "91,2 %", "0,50", "44,1", "48")
    # a value the engine stored as text: a decimal number is localised, anything else kept
    assert (localised_number("0.65"), localised_number("1800"), localised_number("1.2.3")) == \
        ("0,65", "1800", "1.2.3")
    settings = window.tab("settings")
    await wait_until(lambda: settings.form_stack.state == "data")
    await wait_until(lambda: settings.history_model.rowCount() > 0)
    history = settings.history_model
    cells = {history.data(history.index(row, column)) for row in range(history.rowCount())
             for column in (1, 2)}
    assert {"0,6", "0,65"} <= cells  # the acceptance threshold's change in the fake history
    spins = settings.findChildren(QDoubleSpinBox)
    assert spins and all("," in spin.text() and "." not in spin.text() for spin in spins)
    language("en")
    assert (format_size(1536), format_percent(0.912, 1)) == ("1.5 KB", "91.2 %")
