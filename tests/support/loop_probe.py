"""LoopProbe: a ~5 ms Qt timer that measures how late it fires — the GUI's stall meter."""

from __future__ import annotations

import statistics
import time

from PySide6.QtCore import QObject, Qt, QTimer


class LoopProbe(QObject):
    def __init__(self, interval_ms: int = 5) -> None:
        super().__init__()
        self.interval_ms = interval_ms
        self.lateness_ms: list[float] = []
        self._timer = QTimer(self)
        self._timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._timer.setInterval(interval_ms)
        self._timer.timeout.connect(self._tick)
        self._last = 0.0

    def start(self) -> None:
        self.lateness_ms.clear()
        self._last = time.perf_counter()
        self._timer.start()

    def stop(self) -> dict[str, float]:
        self._timer.stop()
        return self.summary()

    def _tick(self) -> None:
        now = time.perf_counter()
        self.lateness_ms.append(max(0.0, (now - self._last) * 1000 - self.interval_ms))
        self._last = now

    def summary(self) -> dict[str, float]:
        values = sorted(self.lateness_ms) or [0.0]
        return {"samples": float(len(self.lateness_ms)),
                "p50": round(statistics.median(values), 2),
                "p99": round(values[min(len(values) - 1, int(len(values) * 0.99))], 2),
                "max": round(values[-1], 2)}
