"""The Library page: playlists with sync on/off, „Jetzt synchronisieren", refresh from Spotify,
the FREE-mode hint, and the library's numbers with „Jetzt scannen"."""

from __future__ import annotations

import asyncio

from PySide6.QtCore import Qt

from harmony_desktop.models.playlists_model import SYNC_COLUMN
from tests.gui.conftest import wait_until


def _row_of(page, playlist_id: int) -> int:
    position = page.model.position_of(playlist_id)
    return page.view.proxy.mapFromSource(page.model.index(position, 0)).row()


async def test_playlists_show_sync_state_and_library_share(fake_window) -> None:
    window, bridge, service = fake_window
    bridge.attach(service)
    page = window.tab("library")
    await wait_until(lambda: page.stack.state == "data")
    assert page.model.rowCount() == 5
    liked = page.model.index(page.model.position_of(1), 0)
    assert liked.data() == "Liked Songs"
    cells = [page.model.index(page.model.position_of(3), c).data() for c in range(8)]
    assert cells[:5] == ["Deep Focus", "Spotify", "Spotify", "120", "37 of 120"]
    assert cells[6] != "—" and cells[7] == "Deep Focus.m3u8"
    sync = page.model.index(page.model.position_of(4), SYNC_COLUMN)
    assert sync.data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Unchecked
    assert sync.flags() & Qt.ItemFlag.ItemIsUserCheckable
    imported = page.model.index(page.model.position_of(5), SYNC_COLUMN)
    assert not imported.flags() & Qt.ItemFlag.ItemIsEnabled  # nothing to fetch for a list
    assert not page.free_banner.isVisibleTo(page)


async def test_ticking_sync_reaches_the_engine_and_updates_the_row(fake_window) -> None:
    window, bridge, service = fake_window
    bridge.attach(service)
    page = window.tab("library")
    await wait_until(lambda: page.stack.state == "data")
    index = page.view.proxy.index(_row_of(page, 4), SYNC_COLUMN)
    page.view.proxy.setData(index, Qt.CheckState.Checked, Qt.ItemDataRole.CheckStateRole)
    await wait_until(lambda: page.model.row_for_key(4).sync_enabled)
    assert ("set_playlist_sync", (4, True), {}) in service.spotify.calls
    assert "Sunday Morning" in page.message.text()
    index = page.view.proxy.index(_row_of(page, 4), SYNC_COLUMN)
    page.view.proxy.setData(index, Qt.CheckState.Unchecked, Qt.ItemDataRole.CheckStateRole)
    await wait_until(lambda: not page.model.row_for_key(4).sync_enabled)
    imported = page.view.proxy.index(_row_of(page, 5), SYNC_COLUMN)
    assert not page.view.proxy.setData(imported, Qt.CheckState.Checked,
                                       Qt.ItemDataRole.CheckStateRole)
    assert not any(c[1] == (5, True) for c in service.spotify.calls)


async def test_sync_now_refresh_and_scan(fake_window) -> None:
    window, bridge, service = fake_window
    bridge.attach(service)
    page = window.tab("library")
    await wait_until(lambda: page.stack.state == "data" and page.connected)
    assert page.sync_all_button.isEnabled() and not page.sync_button.isEnabled()
    page.view.selectRow(_row_of(page, 2))
    assert page.sync_button.isEnabled()
    page.sync_button.click()
    await wait_until(lambda: ("sync_now", (2,), {}) in service.spotify.calls)
    await wait_until(lambda: "Berlin Techno" in page.message.text())
    page.sync_all_button.click()
    await wait_until(lambda: ("sync_now", (None,), {}) in service.spotify.calls)
    page.refresh_button.click()
    await wait_until(lambda: page.model.rowCount() == 6)
    assert page.model.row_for_key(6).name == "Night Drive"
    assert "4 playlists loaded from Spotify" in page.message.text()
    assert page.view.selected_object().id == 2  # the selection survives the reload
    await wait_until(lambda: page.files_label.text() != "—")
    assert page.files_label.text() == "2\u202f841"
    assert page.size_label.text() == "57.2 GB"
    assert "Done 1890" in page.wanted_label.text()
    page.scan_button.click()
    await wait_until(lambda: page.stats_message.text() == "Library scan queued.")
    assert ("scan_now", (), {}) in service.library.calls


async def test_free_mode_explains_how_to_connect(fake_window, language) -> None:
    language("de")
    await asyncio.sleep(0.05)  # LanguageChange rebuilds the pages first
    window, bridge, service = fake_window
    service.spotify.account_status = "unauthenticated"
    bridge.attach(service)
    page = window.tab("library")
    await wait_until(lambda: page.stack.state == "data" and page.connected is False)
    assert page.free_banner.isVisibleTo(page)
    assert "nicht verbunden" in page.free_banner.label.text()
    assert "Einstellungen" in page.free_banner.label.text()
    assert page.model.rowCount() == 1  # only the imported list
    assert not page.refresh_button.isEnabled() and not page.sync_all_button.isEnabled()
    page.free_banner.action_button.click()
    assert window.current_tab_id() == "settings"


async def test_connected_without_playlists_fetches_them_once(fake_window) -> None:
    window, bridge, service = fake_window
    service.spotify.rows = [r for r in service.spotify.rows if r.source == "import"]
    bridge.attach(service)
    page = window.tab("library")
    await wait_until(lambda: page.model.row_for_key(6) is not None)
    refreshes = [c for c in service.spotify.calls if c[0] == "playlists" and c[2]["refresh"]]
    assert len(refreshes) == 1
