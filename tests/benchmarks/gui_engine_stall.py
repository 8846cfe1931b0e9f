"""GUI loop stalls with the REAL engine on the same loop: a 5,000-track Exportify CSV is dropped,
previewed and confirmed, and the acquisition workers then search and match against the slskd
emulator while a 5 ms Qt timer measures how late the loop answers.

Runs like the app: window first, engine started, then ``settle_runtime()`` (the app's GC and
GIL tuning, garbage collected on the GUI thread only). The emulators serve from threads of
this same process, so their work competes for the GIL with the window, where a real slskd
would not: a pessimistic setup. The first rows of the CSV name tracks the emulator's peers
share, so searches return results and matching runs; the rest are only searched for.
"""

from __future__ import annotations

import asyncio
import csv
import os
import tempfile
import threading
import time
from pathlib import Path
from typing import Any

from engine.api import HarmonyService
from engine.bootstrap import EngineOptions, build_engine
from engine.secrets import MemorySecretStore
from tests.acquisition.conftest import configure, short_catalogue
from tests.benchmarks.support import bench_database
from tests.emulators.lrclib import LrclibEmulator
from tests.support.emulator_fixtures import fast_slskd

ROWS = 5000
#: after the import: searches to wait for, then how long the workers go on searching,
#: matching and downloading while the loop is still probed
PIPELINE_SEARCHES = 5
PIPELINE_S = 4.0
FAST_BUDGET = {"search.budget_count": 34, "search.budget_window_s": 10,
               "download.pump_interval_s": 0.5}


def _write_csv(path: Path, catalogue: Any) -> None:
    known = list(catalogue.tracks.values())
    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(["Track Name", "Artist Name(s)", "Album Name", "Duration (ms)"])
        for number in range(ROWS):
            if number < len(known):
                track = known[number]
                writer.writerow([track.title, ", ".join(catalogue.artist_names(track)),
                                 catalogue.album_of(track).name, track.duration_ms])
            else:
                writer.writerow([f"Song {number:05d}", f"Artist {number % 397}",
                                 f"Album {number % 211}", 180_000 + number % 60_000])


async def _until(predicate: Any, timeout_s: float) -> None:
    deadline = time.monotonic() + timeout_s
    while not predicate():
        if time.monotonic() > deadline:
            raise TimeoutError("the window never reached the expected state")
        await asyncio.sleep(0.02)


async def _engine(url: Any, home: Path, emulators: tuple[Any, Any]) -> Any:
    secrets = MemorySecretStore()
    options = {"database_url": url.render_as_string(False), "secret_store": secrets}
    setup = build_engine(EngineOptions(dev_dir=str(home / "setup"), workers_enabled=False,
                                       **options))
    await setup.start()
    music = home / "Music"
    music.mkdir()
    await configure(setup, emulators[0], emulators[1], music, **FAST_BUDGET)
    await setup.stop()
    engine = build_engine(EngineOptions(dev_dir=str(home / "engine"), workers_enabled=True,
                                        **options))
    await engine.start()
    return engine


async def _measure(url: Any, home: Path, emulators: tuple[Any, Any]) -> dict[str, float]:
    from PySide6.QtCore import QSettings

    from harmony_desktop.app import settle_runtime
    from harmony_desktop.bridge import EngineBridge
    from harmony_desktop.main_window import MainWindow
    from tests.support.loop_probe import LoopProbe

    bridge = EngineBridge()
    window = MainWindow(bridge, QSettings(str(home / "gui.ini"), QSettings.Format.IniFormat))
    window.show()
    engine = await _engine(url, home, emulators)
    try:
        bridge.attach(HarmonyService(engine))
        collector = settle_runtime()
        await _until(lambda: window.settings_tab().form_stack.state == "data", 30)
        await _until(lambda: not bridge.pending(), 30)
        source = home / "five-thousand.csv"
        _write_csv(source, emulators[0].catalogue)
        probe = LoopProbe()
        probe.start()
        dialog = window.imports.start([str(source)], "")
        await _until(lambda: dialog.state in ("preview", "error"), 120)
        dialog.confirm()
        await _until(lambda: dialog.state in ("done", "error"), 120)
        # the workers pick the new items up on their next pump: measure while they search
        await _until(lambda: len(emulators[0].search_starts) >= PIPELINE_SEARCHES, 90)
        await asyncio.sleep(PIPELINE_S)
        numbers = probe.stop()
        if dialog.state != "done":
            raise RuntimeError(f"the import failed: {dialog.counts.text()}")
        window.allow_close = True
        window.close()
        bridge.detach()
        collector.stop()
    finally:
        await engine.stop()
    return numbers


def gui_stall_real_engine_ms() -> dict[str, float]:
    import qasync
    from PySide6.QtWidgets import QApplication

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    app = QApplication.instance() or QApplication([])
    app.setQuitOnLastWindowClosed(False)  # as in the app: closing the window must not end the loop
    catalogue = short_catalogue()
    with bench_database() as url, tempfile.TemporaryDirectory() as folder:
        home = Path(folder)
        emulators = (fast_slskd(catalogue, home / "slskd").start(),
                     LrclibEmulator(catalogue).start())
        try:
            with asyncio.Runner(loop_factory=lambda: qasync.QEventLoop(app)) as runner:
                numbers = runner.run(_measure(url, home, emulators))
        finally:
            for emulator in emulators:
                threading.Thread(target=emulator.stop, daemon=True).start()
    result: dict[str, float] = {key: numbers[key] for key in ("p50", "p99", "max", "samples")}
    result["searches_during"] = float(len(emulators[0].search_starts))
    return result


if __name__ == "__main__":
    print(gui_stall_real_engine_ms())
