"""GUI benchmarks: loop stalls while a 5,000-track import preview is shown and confirmed, and
the time from process start to the window on screen (``--ci-mode``, cold and warm dev dir).

Run by ``make bench``; nothing here asserts absolute times.
"""

from __future__ import annotations

import asyncio
import os
import subprocess
import sys
import tempfile
import time
from dataclasses import replace
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def first_window_seconds(dev_dir: Path, timeout: float = 120.0) -> float:
    """Seconds from spawning ``harmony --ci-mode`` to its "window shown" line."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    started = time.perf_counter()
    process = subprocess.Popen(
        [sys.executable, "-m", "harmony_desktop", "--ci-mode", "--ci-seconds", "0.5",
         "--dev-dir", str(dev_dir), "--language", "en"],
        cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    shown: float | None = None
    assert process.stdout is not None
    for line in process.stdout:
        if "window shown" in line and shown is None:
            shown = time.perf_counter() - started
    process.wait(timeout=timeout)
    if shown is None:
        raise RuntimeError(f"the window never showed (exit code {process.returncode})")
    return round(shown, 3)


async def _stall_during_import() -> dict[str, float]:
    from PySide6.QtCore import QSettings

    from engine.facade.contracts import ImportRowView
    from harmony_desktop.bridge import EngineBridge
    from harmony_desktop.main_window import MainWindow
    from tests.gui.fakes import FakeService
    from tests.support.loop_probe import LoopProbe

    service = FakeService(delay=0.05)  # an engine answer takes ~50 ms, as on a real database
    original = service.imports._preview

    def big_preview(file: str):  # type: ignore[no-untyped-def]
        preview = original(file)
        rows = tuple(ImportRowView((f"Artist {n % 397}",), f"Song {n:05d}", None, 200_000,
                                   "csv", file, n + 2) for n in range(5000))
        return replace(preview, accepted=rows)

    service.imports._preview = big_preview  # type: ignore[method-assign]
    with tempfile.TemporaryDirectory() as folder:
        settings = QSettings(str(Path(folder) / "gui.ini"), QSettings.Format.IniFormat)
        bridge = EngineBridge()
        window = MainWindow(bridge, settings)
        window.show()
        bridge.attach(service)  # type: ignore[arg-type]
        probe = LoopProbe()
        probe.start()
        dialog = window.imports.start(["five-thousand.csv"], "")
        assert dialog is not None
        while dialog.state != "preview":
            await asyncio.sleep(0.005)
        dialog.confirm()
        while dialog.state != "done":
            await asyncio.sleep(0.005)
        await asyncio.sleep(0.2)
        numbers = probe.stop()
        window.allow_close = True
        window.close()
        bridge.detach()
    return numbers


def gui_stall_ms() -> dict[str, float]:
    import qasync
    from PySide6.QtWidgets import QApplication

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    app = QApplication.instance() or QApplication([])
    with asyncio.Runner(loop_factory=lambda: qasync.QEventLoop(app)) as runner:
        numbers = runner.run(_stall_during_import())
    return {key: numbers[key] for key in ("p50", "p99", "max")}


def run() -> dict[str, object]:
    with tempfile.TemporaryDirectory(prefix="harmony-bench-gui-") as folder:
        dev_dir = Path(folder) / "dev"
        cold = first_window_seconds(dev_dir)
        warm = first_window_seconds(dev_dir)
    return {"gui_stall_ms": gui_stall_ms(), "first_window_s": {"warm": warm, "cold": cold}}


if __name__ == "__main__":
    print(run())
