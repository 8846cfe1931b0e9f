"""Status bar (search budget, database) and the in-window database-outage banner, from the
bridge's signals; the watchlist's followed-artists and back-catalogue actions."""

from __future__ import annotations

import asyncio

from engine.api import SearchBudgetView
from harmony_desktop.messages import notification_text
from tests.gui.conftest import wait_until


async def test_search_budget_in_the_status_bar(fake_window, language) -> None:
    window, bridge, service = fake_window
    bridge.attach(service)
    budget = window.status.budget_status
    await wait_until(lambda: budget.isVisibleTo(window))
    assert budget.text() == "Searches: 30/34"
    assert "30 of 34 per 4 min" in budget.toolTip()
    assert "A search can start now." in budget.toolTip()
    window.status.show_budget(SearchBudgetView(34, 220.0, 0, 41.6, True))
    assert budget.text() == "Searches: 0/34"
    assert "Next free search in 42 s." in budget.toolTip()
    assert "A search is running." in budget.toolTip()
    language("de")
    await asyncio.sleep(0.05)
    await wait_until(lambda: window.status.budget_status.text().startswith("Suchen"))
    assert window.status.budget_status.text() == "Suchen: 30/34"


async def test_database_outage_banner_follows_the_engine(fake_window) -> None:
    window, bridge, service = fake_window
    bridge.attach(service)
    await wait_until(lambda: "connected" in window.status.database_status.text())
    assert not window.database_banner.isVisibleTo(window)
    bridge.engine_state_changed.emit("degraded")
    bridge.database_state_changed.emit(False, "database.unavailable")
    assert window.database_banner.isVisibleTo(window)
    assert "Harmony keeps trying" in window.database_banner.label.text()
    assert window.status.database_status.text() == "Database: unavailable (built-in)"
    assert window.status.engine_status.text() == "Engine: degraded"
    calls = len(service.watchlist.calls)
    bridge.database_state_changed.emit(True, "database.available")
    bridge.engine_state_changed.emit("running")
    assert not window.database_banner.isVisibleTo(window)
    assert window.status.database_status.text() == "Database: connected (built-in)"
    assert "The database is reachable again." in window.notifications.messages()
    await wait_until(lambda: len(service.watchlist.calls) > calls)  # pages load again


async def test_status_reporting_an_outage_shows_the_banner(fake_window) -> None:
    window, bridge, service = fake_window
    service.database_available = False
    bridge.attach(service)
    await wait_until(lambda: window.database_banner.isVisibleTo(window))
    settings = window.settings_tab()
    await wait_until(lambda: settings.side.database_badge.text() == "Not reachable")
    service.database_available = True
    settings.side.database_check_button.click()
    await wait_until(lambda: settings.side.database_badge.text() == "Connected")
    assert settings.side.database_checked.text().startswith("Checked at ")


async def test_watchlist_adds_followed_artists_and_fetches_a_back_catalogue(
        fake_window) -> None:
    window, bridge, service = fake_window
    bridge.attach(service)
    page = window.tab("watchlist")
    await wait_until(lambda: page.stack.state == "data")
    assert page.followed_button.isEnabled() and not page.back_catalogue_button.isEnabled()
    page.followed_button.click()
    await wait_until(lambda: page.model.rowCount() == 4)
    assert page.model.row_at(3).name == "Bonobo"
    assert page.message.text() == "1 followed artists added."
    page.add_followed()
    await wait_until(lambda: "already on the watchlist" in page.message.text())
    page.view.selectRow(0)
    assert page.back_catalogue_button.isEnabled()
    notices: list[str] = []
    bridge.notification.connect(lambda code, params: notices.append(
        notification_text(code, params)))
    page.fetch_back_catalogue(confirm=False)
    await wait_until(lambda: ("fetch_back_catalogue", (1,), {}) in service.watchlist.calls)
    await wait_until(lambda: "Back catalogue of Moderat queued" in page.message.text())
    assert notices == ["Moderat: 3 earlier releases (31 tracks) queued"]


async def test_watchlist_without_the_extras_disables_their_buttons(fake_window) -> None:
    window, bridge, service = fake_window

    class Plain:  # a watchlist section with the contract only
        def __init__(self, inner) -> None:
            self._inner = inner

        def __getattr__(self, name):
            if name in ("add_followed", "fetch_back_catalogue"):
                raise AttributeError(name)
            return getattr(self._inner, name)

    service.watchlist = Plain(service.watchlist)
    bridge.attach(service)
    page = window.tab("watchlist")
    await wait_until(lambda: page.stack.state == "data")
    page.view.selectRow(0)
    assert not page.followed_button.isEnabled()
    assert not page.back_catalogue_button.isEnabled()
