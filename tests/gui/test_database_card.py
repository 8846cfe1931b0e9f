"""Settings → Database on a real engine: type another URL, test it, use it; the config file of
the engine's home then names that database (without its password, which goes to the keyring)."""

from __future__ import annotations

import json

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from sqlalchemy.engine import URL

from engine.api import HarmonyService
from engine.secrets import DATABASE_PASSWORD
from harmony_desktop.bridge import EngineBridge
from harmony_desktop.main_window import MainWindow
from harmony_desktop.tabs.settings_database import split_password
from tests.gui.conftest import wait_until

PASSWORD = "typed-S3cret"  # the test server trusts local users and ignores it


def _click(button) -> None:
    QTest.mouseClick(button, Qt.MouseButton.LeftButton)


def test_a_password_in_the_url_is_split_off() -> None:
    assert split_password("postgresql+asyncpg://bob:p%40ss@nas:5432/h") == \
        ("postgresql+asyncpg://bob@nas:5432/h", "p@ss")
    assert split_password("postgresql+asyncpg://bob@nas/h") == \
        ("postgresql+asyncpg://bob@nas/h", None)


@pytest.mark.parametrize("lang", ["en", "de"])
async def test_test_and_use_another_database(engine_factory, empty_db_url: URL, gui_settings,
                                             screenshot_dir, language, lang) -> None:
    language(lang)
    engine = await engine_factory()
    bridge = EngineBridge()
    window = MainWindow(bridge, gui_settings)
    window.resize(1400, 900)
    window.show()
    bridge.attach(HarmonyService(engine))
    window.show_tab("settings")
    settings = window.settings_tab()
    await wait_until(lambda: settings.form_stack.state == "data", 15)
    await wait_until(lambda: settings.side.database_badge.text() != "", 10)
    card = settings.side.database_switcher

    QTest.keyClicks(card.url_edit, "sqlite:///harmony.db")
    _click(card.test_button)
    await wait_until(lambda: "[config.database_url_sqlite]" in card.result.text(), 10)
    assert ("SQLite wird nicht unterstützt" if lang == "de" else "SQLite is not supported") \
        in card.result.text()
    assert not card.use_button.isEnabled()
    settings.side.grab().save(str(screenshot_dir / f"settings-database-refused-{lang}.png"))

    card.url_edit.clear()
    typed = empty_db_url.set(password=PASSWORD).render_as_string(hide_password=False)
    QTest.keyClicks(card.url_edit, typed)
    # The password left the visible field for the masked one as soon as it could be told apart.
    assert PASSWORD not in card.url_edit.text() and card.password_edit.text() == PASSWORD
    _click(card.test_button)
    await wait_until(card.use_button.isEnabled, 15)
    assert "PostgreSQL 1" in card.result.text() and PASSWORD not in card.result.text()
    assert card.use_button.text() == ("Diese Datenbank verwenden" if lang == "de"
                                      else "Use this database")
    settings.side.grab().save(str(screenshot_dir / f"settings-database-tested-{lang}.png"))

    _click(card.use_button)
    await wait_until(card.notice.isVisible, 10)
    config = json.loads(engine.paths.settings_file.read_text(encoding="utf-8"))
    assert config["database_url"] == empty_db_url.render_as_string(hide_password=False)
    assert PASSWORD not in engine.paths.settings_file.read_text(encoding="utf-8")
    assert await engine.secrets.get(DATABASE_PASSWORD) == PASSWORD
    assert str(engine.paths.settings_file) in card.notice.text()
    assert "--database-url" in card.notice.text()  # this engine was started with one
    assert PASSWORD not in card.notice.text()
    settings.side.grab().save(str(screenshot_dir / f"settings-database-saved-{lang}.png"))
    window.allow_close = True
    window.close()
    bridge.detach()
