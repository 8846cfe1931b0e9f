"""Each page's states (loading, empty, error, data) and its actions, against the fake service."""

from __future__ import annotations

import asyncio

import pytest
from PySide6.QtWidgets import QMessageBox

from tests.gui.conftest import wait_until

PAGES = {  # page id → (attribute of the StateStack to check, sections it reads)
    "soulseek": ("downloads_stack", ("downloads",)),
    "watchlist": ("stack", ("watchlist",)),
    "library": ("stack", ("spotify",)),
    "activity": ("stack", ("activity",)),
}


@pytest.mark.parametrize("tab_id", sorted(PAGES))
@pytest.mark.parametrize("mode", ["data", "empty", "error"])
async def test_page_states(fake_window, tab_id: str, mode: str) -> None:
    window, bridge, service = fake_window
    service.delay = 0.2
    stack_name, sections = PAGES[tab_id]
    for section in sections:
        service.modes[section] = mode
    bridge.attach(service)
    stack = getattr(window.tab(tab_id), stack_name)
    assert stack.state == "loading"
    await wait_until(lambda: stack.state != "loading")
    assert stack.state == mode
    if mode == "error":
        assert stack.error_label.text()
        service.modes[sections[0]] = "data"
        stack.retry_button.click()
        await wait_until(lambda: stack.state == "data")


async def test_uploads_empty_text_and_error_retry(fake_window, language) -> None:
    language("de")
    await asyncio.sleep(0.05)  # LanguageChange rebuilds the pages first
    window, bridge, service = fake_window
    service.modes["downloads"] = "empty"
    bridge.attach(service)
    page = window.tab("soulseek")
    await wait_until(lambda: page.uploads_stack.state == "empty")
    assert page.uploads_stack.empty_label.text() == "Aktuell sind keine Uploads aktiv."
    service.modes["downloads"] = "error"
    page.load_uploads()
    await wait_until(lambda: page.uploads_stack.state == "error")
    assert "Uploads konnten nicht geladen werden." in page.uploads_stack.error_label.text()


async def test_download_actions_reach_the_service(fake_window, monkeypatch) -> None:
    window, bridge, service = fake_window
    bridge.attach(service)
    page = window.tab("soulseek")
    page._toggle_downloads()  # all downloads
    await wait_until(lambda: page.downloads_model.rowCount() == 6)
    failed = page.downloads_model.row_for_key(3)
    page.downloads_view.selectRow(page.downloads_view.proxy.mapFromSource(
        page.downloads_model.index(page.downloads_model.position_of(3), 0)).row())
    assert page.requeue_button.isEnabled() and not page.cancel_button.isEnabled()
    page.requeue_selected()
    await wait_until(lambda: any(c[0] == "requeue" for c in service.downloads.calls))
    await wait_until(lambda: page.downloads_model.row_for_key(3).state == "queued")
    page.change_priority_selected(failed, priority=7)
    await wait_until(lambda: page.downloads_model.row_for_key(3).priority == 7)
    monkeypatch.setattr(QMessageBox, "question",
                        lambda *a, **k: QMessageBox.StandardButton.Yes)
    page.cancel_selected(page.downloads_model.row_for_key(1))
    await wait_until(lambda: page.downloads_model.row_for_key(1).state == "cancelled")
    calls = [c[0] for c in service.downloads.calls]
    assert {"requeue", "set_priority", "cancel"} <= set(calls)


async def test_live_progress_updates_one_row(fake_window) -> None:
    from engine import events

    window, bridge, service = fake_window
    bridge.attach(service)
    page = window.tab("soulseek")
    await wait_until(lambda: page.downloads_model.rowCount() > 0)
    service.publish(events.DownloadProgress(1, "in_progress", 0.95, 29_000_000))
    assert page.downloads_model.row_for_key(1).progress == 0.95


async def test_watchlist_actions_with_confirmation(fake_window, monkeypatch) -> None:
    window, bridge, service = fake_window
    bridge.attach(service)
    page = window.tab("watchlist")
    await wait_until(lambda: page.model.rowCount() == 3)
    apparat = page.model.row_for_key(2)
    page.toggle_pause_selected(apparat)  # paused → resume
    await wait_until(lambda: not page.model.row_for_key(2).paused)
    answers = iter([QMessageBox.StandardButton.No, QMessageBox.StandardButton.Yes])
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: next(answers))
    page.remove_selected(apparat)
    page.remove_selected(apparat)
    await wait_until(lambda: page.model.rowCount() == 2)
    assert [c[0] for c in service.watchlist.calls].count("remove") == 1
    page.check_now(selected=False)
    await wait_until(lambda: ("check_now", (None,), {}) in service.watchlist.calls)
    dialog = page.open_add_dialog()
    dialog.query.setText("Fritz")
    dialog.search()
    await wait_until(lambda: dialog.model.rowCount() == 1)
    dialog.view.selectRow(0)
    dialog.add_selected()
    await wait_until(lambda: page.model.rowCount() == 3)


async def test_matching_review_actions(fake_window) -> None:
    window, bridge, service = fake_window
    bridge.attach(service)
    page = window.tab("matching")
    await wait_until(lambda: page.wanted_model.rowCount() == 5)
    await wait_until(lambda: page.batches_model.rowCount() == 4)
    assert page.batches_model.row_at(0).all_discarded  # all-discarded batches first
    assert page.metric_average.tone == "positive"  # 91.2 %
    page.wanted_view.selectRow(1)
    await wait_until(lambda: page.candidates_model.rowCount() == 3)
    page.candidates_view.selectRow(1)
    page.use_selected()
    page.ban_selected_file()
    page.ban_selected_peer()
    await wait_until(lambda: len([c for c in service.matching.calls
                                  if c[0] in ("choose_candidate", "ban_file", "ban_peer")]) == 3)


@pytest.mark.parametrize("status,tone,visible", [
    ("running", "positive", False), ("stale", "warning", True), ("blocked", "warning", True),
    ("stopped", "danger", True), ("errored", "danger", True)])
async def test_worker_banners_for_every_state(fake_window, status, tone, visible) -> None:
    window, bridge, service = fake_window
    service.worker_status = status
    service.worker_queue = 4
    bridge.attach(service)
    page = window.tab("matching")
    await wait_until(lambda: page.worker_badge.text() not in ("Unknown", ""))
    assert page.worker_badge.tone == tone
    assert page.worker_banner.isVisibleTo(page) is visible
    if visible:
        assert page.worker_banner.tone == ("warning" if tone == "warning" else "danger")
    assert page.backlog_banner.isVisibleTo(page)
    assert "4" in page.backlog_banner.label.text()


async def test_search_streams_filters_scores_and_downloads(fake_window) -> None:
    window, bridge, service = fake_window
    bridge.attach(service)
    page = window.tab("search")
    page.text_edit.setText("moderat bad kingdom")
    page.start_search()
    await wait_until(lambda: page.model.rowCount() == 7)
    assert "Soulseek" in page.source_badges["soulseek"].text()
    page.lossless_filter.setChecked(True)
    assert page.view.proxy.rowCount() == 1
    page.lossless_filter.setChecked(False)
    page.bitrate_filter.setValue(256)
    assert all(page.view.proxy.object_at(r).kind != "file" or
               (page.view.proxy.object_at(r).bitrate or 0) >= 256 or
               page.view.proxy.object_at(r).format == "flac"
               for r in range(page.view.proxy.rowCount()))
    page.bitrate_filter.setValue(0)
    track_row = next(r for r in range(page.view.proxy.rowCount())
                     if page.view.proxy.object_at(r).kind == "track")
    page.view.selectRow(track_row)
    page.score_selected()
    await wait_until(lambda: page.scored_track is not None)
    file_row = next(r for r in range(page.view.proxy.rowCount())
                    if page.view.proxy.object_at(r).kind == "file")
    page.view.selectRow(file_row)
    assert page.view.selected_object().confidence is not None
    page.download_selected()
    await wait_until(lambda: any(c[0] == "download_file" for c in service.downloads.calls))
    _name, (file, track), kwargs = next(c for c in service.downloads.calls
                                        if c[0] == "download_file")
    assert track.title == "Bad Kingdom" and track.spotify_id and kwargs["source"] == "search"
    assert file.extension in ("flac", "mp3", "ogg")


async def test_activity_is_live_and_filterable(fake_window) -> None:
    from engine import events

    window, bridge, service = fake_window
    bridge.attach(service)
    page = window.tab("activity")
    await wait_until(lambda: page.model.rowCount() == 9)
    service.publish(events.ActivityRecorded(50, "download", "completed", {"title": "Gita"}))
    assert page.model.row_at(0).id == 50
    page.view.selectRow(0)
    assert '"title": "Gita"' in page.details.toPlainText()
    page.type_filter.setCurrentIndex(page.type_filter.findData("worker"))
    await wait_until(lambda: page.model.rowCount() == 2)
    assert {page.model.row_at(r).type for r in range(2)} == {"worker"}


async def test_settings_form_saves_and_shows_errors_inline(fake_window) -> None:
    window, bridge, service = fake_window
    bridge.attach(service)
    page = window.settings_tab()
    await wait_until(lambda: page.form_stack.state == "data")
    page.save("matching.accept_threshold", "1.5")
    await wait_until(lambda: page.feedback["matching.accept_threshold"].isVisibleTo(page))
    assert "1.0" in page.feedback["matching.accept_threshold"].text()
    page.save("slskd.api_key", "secret-value")
    await wait_until(lambda: page.feedback["slskd.api_key"].text() == "Saved.")
    assert page.editors["slskd.api_key"].editor.text() == ""  # write-only
    page.preview_template("{albumartist}/{title}.{ext}")
    assert page.template_example.text() == "Moderat/Bad Kingdom.flac"
