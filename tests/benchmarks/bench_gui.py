"""GUI benchmarks: loop stalls while a 5,000-track import is previewed, confirmed and then
searched and matched by the real engine on the same loop (``gui_stall_ms``, see
``gui_engine_stall``), and the time from process start to the window on screen
(``--ci-mode``, cold and warm dev dir).

Run by ``make bench``; nothing here asserts absolute times.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from tests.benchmarks.gui_engine_stall import gui_stall_real_engine_ms

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


def run() -> dict[str, object]:
    with tempfile.TemporaryDirectory(prefix="harmony-bench-gui-") as folder:
        dev_dir = Path(folder) / "dev"
        cold = first_window_seconds(dev_dir)
        warm = first_window_seconds(dev_dir)
    return {"gui_stall_ms": gui_stall_real_engine_ms(),
            "first_window_s": {"warm": warm, "cold": cold}}


if __name__ == "__main__":
    print(run())
