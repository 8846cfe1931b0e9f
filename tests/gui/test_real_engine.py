"""The window against a real engine (PostgreSQL, real sections): settings, workers, activity,
health and every installed section reach a settled state; a 5,000-track import while the
loop is probed; a database outage shown and cleared."""

from __future__ import annotations

import csv
import threading
from pathlib import Path

from engine.api import HarmonyService
from harmony_desktop.bridge import EngineBridge
from harmony_desktop.main_window import MainWindow
from tests.gui.conftest import wait_until
from tests.support.loop_probe import LoopProbe


async def test_window_on_a_real_engine(engine_factory, gui_settings) -> None:
    engine = await engine_factory()
    service = HarmonyService(engine)
    bridge = EngineBridge()
    window = MainWindow(bridge, gui_settings)
    window.show()
    bridge.attach(service)
    settings = window.settings_tab()
    await wait_until(lambda: settings.form_stack.state == "data", 15)
    assert {"slskd.url", "library.naming_template", "ui.language"} <= set(settings.editors)
    settings.save("search.budget_count", "500")  # above the maximum: refused inline
    await wait_until(lambda: settings.feedback["search.budget_count"].isVisibleTo(settings))
    assert "200" in settings.feedback["search.budget_count"].text()
    settings.save("search.budget_count", 40)
    await wait_until(lambda: settings.feedback["search.budget_count"].text() == "Saved.")
    await wait_until(lambda: settings.history_model.rowCount() >= 1, 10)
    activity = window.tab("activity")
    await wait_until(lambda: activity.stack.state in ("data", "empty"), 10)
    matching = window.tab("matching")
    await wait_until(lambda: matching.worker_queue.text() != "—" or
                     matching.worker_badge.text() == "Unknown", 10)
    soulseek = window.tab("soulseek")
    await wait_until(lambda: soulseek.health_stack.state != "loading", 15)
    # slskd is not configured in a fresh engine: the page says so instead of hanging.
    assert soulseek.connection_badge.text() == "Disconnected"
    assert soulseek.config_missing_badge.isVisibleTo(soulseek)
    await wait_until(lambda: window.nav_model.badge("soulseek") == "Error", 10)
    if service.has_section("downloads"):
        await wait_until(lambda: soulseek.downloads_stack.state in ("empty", "data"), 10)
    if service.has_section("watchlist"):
        watchlist = window.tab("watchlist")
        await wait_until(lambda: watchlist.stack.state in ("empty", "data"), 10)
    window.allow_close = True
    window.close()
    bridge.detach()


def _exportify_csv(path: Path, rows: int) -> None:
    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(["Track Name", "Artist Name(s)", "Album Name", "Duration (ms)"])
        for n in range(rows):
            writer.writerow([f"Song {n:05d}", f"Artist {n % 397}", f"Album {n % 211}",
                             180_000 + n % 60_000])


async def test_large_import_keeps_the_loop_responsive(engine_factory, gui_settings,
                                                      tmp_path, record_property) -> None:
    engine = await engine_factory()
    service = HarmonyService(engine)
    assert service.has_section("imports")
    bridge = EngineBridge()
    window = MainWindow(bridge, gui_settings)
    window.show()
    bridge.attach(service)
    source = tmp_path / "five-thousand.csv"
    _exportify_csv(source, 5000)
    # The window's own start (pages loading, the first health checks) is not the import.
    await wait_until(lambda: window.settings_tab().form_stack.state == "data", 15)
    await wait_until(lambda: not bridge.pending(), 15)
    probe = LoopProbe()
    probe.start()
    dialog = window.imports.start([str(source)], "")
    await wait_until(lambda: dialog.state in ("preview", "error"), 60)
    assert dialog.state == "preview", dialog.counts.text()
    assert dialog.rows_model.rowCount() == 5000
    preview = probe.summary()
    dialog.confirm()
    await wait_until(lambda: dialog.state in ("done", "error"), 120)
    numbers = probe.stop()
    assert dialog.state == "done", dialog.counts.text()
    assert dialog.summary.created + dialog.summary.merged == 5000
    assert numbers["samples"] > 10  # the probe really ran while importing
    record_property("gui_stall_ms", numbers)
    print(f"\nloop stall during a 5,000-track import: {numbers} (preview only: {preview})")
    # Goals are p99 < 16 ms and max < 50 ms; they are measured by `make bench`, never asserted
    # here (the brief forbids timed assertions: a loaded CI machine would fail them at random).
    window.allow_close = True
    window.close()
    bridge.detach()


async def test_database_outage_is_shown_and_cleared(pg_workdir, tmp_path, gui_settings) -> None:
    """A real engine whose embedded PostgreSQL stops and starts again: the banner and the status
    bar follow the engine's own announcements, and nothing else needs a restart."""
    from engine.bootstrap import EngineOptions, build_engine
    from engine.db.embedded import EmbeddedPostgres
    from engine.db.session import ensure_database
    from engine.dsn import validate_database_url
    from engine.secrets import MemorySecretStore

    server = EmbeddedPostgres(pg_workdir / "pg")
    url = validate_database_url(server.start()).set(database="harmony")
    await ensure_database(url)
    engine = build_engine(EngineOptions(
        dev_dir=str(tmp_path / "home"), database_url=url.render_as_string(False),
        secret_store=MemorySecretStore(), lease_s=2.0, heartbeat_interval_s=0.5,
        dequeue_timeout_s=0.25))
    await engine.start()
    bridge = EngineBridge()
    window = MainWindow(bridge, gui_settings)
    window.show()
    try:
        bridge.attach(HarmonyService(engine))
        await wait_until(lambda: "connected" in window.status.database_status.text(), 15)
        assert not window.database_banner.isVisibleTo(window)
        server.stop()
        await wait_until(lambda: window.database_banner.isVisibleTo(window), 20)
        assert "Harmony keeps trying" in window.database_banner.label.text()
        assert "unavailable" in window.status.database_status.text()
        assert window.status.engine_status.text() == "Engine: degraded"
        server = EmbeddedPostgres(pg_workdir / "pg")
        # A plain thread: the blocking start must not hold the loop (the window keeps drawing).
        starter = threading.Thread(target=server.start)
        starter.start()
        await wait_until(lambda: not starter.is_alive(), 30)
        await wait_until(lambda: not window.database_banner.isVisibleTo(window), 20)
        assert window.status.engine_status.text() == "Engine: running"
        assert "The database is reachable again." in window.notifications.messages()
        settings = window.settings_tab()
        await wait_until(lambda: settings.side.database_badge.text() == "Connected", 10)
    finally:
        bridge.detach()
        await engine.stop()
        server.stop()
        window.allow_close = True
        window.close()  # last: closing the last window ends the qasync loop's exec()
