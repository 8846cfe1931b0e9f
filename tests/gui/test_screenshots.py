"""Screenshots of every page in German and English, populated from the fake service."""

from __future__ import annotations

import asyncio

import pytest

from harmony_desktop.models.roles import Roles
from tests.gui.conftest import wait_until
from tests.gui.fakes import FakeService

TABS = ("soulseek", "matching", "watchlist", "library", "settings", "search", "activity")


async def _populate(window, bridge, service: FakeService) -> None:
    service.worker_status = "stale"
    service.worker_queue = 3
    bridge.attach(service)  # type: ignore[arg-type]
    await wait_until(lambda: window.tab("soulseek").downloads_stack.state == "data")
    await wait_until(lambda: window.tab("activity").stack.state == "data")
    await wait_until(lambda: window.tab("settings").form_stack.state == "data")
    await wait_until(lambda: window.tab("library").stack.state == "data")
    await wait_until(lambda: window.status.budget_status.isVisibleTo(window))
    matching = window.tab("matching")
    await wait_until(lambda: matching.wanted_stack.state == "data")
    matching.wanted_view.selectRow(0)
    await wait_until(lambda: matching.candidates_stack.state == "data")
    matching.candidates_view.selectRow(1)
    search = window.tab("search")
    search.text_edit.setText("moderat bad kingdom")
    search.start_search()
    await wait_until(lambda: search.model.rowCount() == 7)
    search.view.selectRow(0)
    search.score_selected()
    await wait_until(lambda: search.scored_track is not None)
    search.view.selectRow(0)
    activity = window.tab("activity")
    activity.view.selectRow(0)


@pytest.mark.parametrize("lang", ["de", "en"])
async def test_screenshot_every_page(fake_window, screenshot_dir, language, lang) -> None:
    language(lang)
    window, bridge, service = fake_window
    await asyncio.sleep(0.05)  # LanguageChange rebuilds the pages
    await _populate(window, bridge, service)
    await wait_until(lambda: window.nav_model.badge("matching") is not None)
    await asyncio.sleep(0.05)
    for tab_id in TABS:
        window.show_tab(tab_id)
        await asyncio.sleep(0.02)
        path = screenshot_dir / f"{tab_id}-{lang}.png"
        assert window.grab().save(str(path))
        assert path.stat().st_size > 10_000
    dialog = window.imports.start(["/home/demo/playlist.txt"], "")
    await wait_until(lambda: dialog.state == "preview")
    await asyncio.sleep(0.02)
    path = screenshot_dir / f"import-{lang}.png"
    assert dialog.grab().save(str(path))
    dialog.reject()
    bridge.database_state_changed.emit(False, "database.unavailable")  # the outage banner
    bridge.engine_state_changed.emit("degraded")
    window.show_tab("library")
    await asyncio.sleep(0.02)
    path = screenshot_dir / f"database-outage-{lang}.png"
    assert window.grab().save(str(path))
    expected = "Eingeschränkt" if lang == "de" else "Degraded"
    assert window.nav_model.item(1).data(Roles.BadgeRole) == expected
