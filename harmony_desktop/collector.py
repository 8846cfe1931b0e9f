"""MainThreadCollector: Python's cyclic garbage collection, run only on the GUI thread.

Why: the collector normally runs in whichever thread happens to allocate when a threshold is
crossed. Harmony runs work in executor threads (import parsing, tagging, spotipy), so a
collection could start there and finalise Qt objects — a page dropped on a language switch, a
closed dialog — off the GUI thread, which crashes Qt (seen in the GUI tests: a 4,560-object
collection in an executor thread during a 5,000-track import, then a segfault). So automatic
collection is switched off and a timer on the GUI thread collects instead, by the same
thresholds; a collection is then also a plain loop turn that the stall probe can see.
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QObject, QTimer

#: how often the thresholds are checked; gen-0 work grows with what piles up in between
CHECK_INTERVAL_MS = 100


class MainThreadCollector(QObject):
    def __init__(self, parent: QObject | None = None,
                 interval_ms: int = CHECK_INTERVAL_MS) -> None:
        super().__init__(parent)
        self.thresholds = gc.get_threshold()
        self.collections = [0, 0, 0]  # per generation, for tests and the log view
        self._long_lived = 0  # objects the last full collection left in the oldest generation
        self._timer = QTimer(self)
        self._timer.setInterval(interval_ms)
        self._timer.timeout.connect(self.check)

    @property
    def active(self) -> bool:
        return self._timer.isActive()

    def start(self) -> None:
        # What start-up froze counts as long-lived, as in Python's own bookkeeping (its last
        # full collection, just before gc.freeze(), saw all of it): without this, the first
        # full collection would be due at once and rescan everything created since.
        self._long_lived = gc.get_freeze_count() + len(gc.get_objects(2))
        gc.disable()
        self._timer.start()

    def stop(self) -> None:
        """Hand collection back to Python (at quit, when no executor work is left)."""
        self._timer.stop()
        gc.enable()

    def check(self) -> None:
        """Collect the generation Python itself would collect now (none, 0, 1 or 2)."""
        generation = self.due_generation()
        if generation is None:
            return
        gc.collect(generation)
        self.collections[generation] += 1
        if generation == 2:
            self._long_lived = len(gc.get_objects(2))

    def due_generation(self) -> int | None:
        counts = gc.get_count()
        if counts[0] <= self.thresholds[0]:
            return None
        if counts[2] > self.thresholds[2] and self._full_collection_pays():
            return 2
        return 1 if counts[1] > self.thresholds[1] else 0

    def _full_collection_pays(self) -> bool:
        """Python's own rule (gcmodule.c): collect everything only once the objects that
        reached the oldest generation since the last full collection exceed a quarter of
        those it kept. Without it a large live heap (a 5,000-row preview, ORM states) was
        rescanned every ~70,000 allocations: 60–80 ms stalls of the window."""
        pending = len(gc.get_objects(2)) - self._long_lived
        return pending > self._long_lived // 4
