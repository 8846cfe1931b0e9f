"""Garbage collection runs on the GUI thread only (MainThreadCollector): Qt objects finalised
by a collection in an executor thread crash Qt."""

from __future__ import annotations

import gc
import threading
import weakref

from harmony_desktop.collector import MainThreadCollector


class _Cycle:
    """Cyclic garbage that remembers which thread finalised it."""

    finalised_in: list[str] = []

    def __init__(self) -> None:
        self.me = self

    def __del__(self) -> None:
        _Cycle.finalised_in.append(threading.current_thread().name)


def _churn() -> None:
    """Leave cyclic garbage well past the gen-0 threshold, as executor work does (parsed
    rows, ORM states); with automatic collection on, this would collect right here."""
    for _ in range(gc.get_threshold()[0] * 5):
        junk: list[object] = []
        junk.append(junk)


def test_garbage_made_while_a_worker_allocates_is_collected_on_the_gui_thread(qtbot) -> None:
    collector = MainThreadCollector(interval_ms=20)
    collector.start()
    try:
        assert not gc.isenabled()
        _Cycle.finalised_in.clear()
        probe = _Cycle()
        alive = weakref.ref(probe)
        del probe
        worker = threading.Thread(target=_churn, name="executor-like")
        worker.start()
        worker.join()
        assert alive() is not None  # the worker's allocations did not start a collection
        qtbot.waitUntil(lambda: alive() is None, timeout=5000)
        assert _Cycle.finalised_in == [threading.main_thread().name]
        assert collector.collections[0] >= 1
    finally:
        collector.stop()
    assert gc.isenabled()


def test_due_generation_follows_pythons_thresholds() -> None:
    collector = MainThreadCollector()
    collector.thresholds = (700, 10, 10)
    gc.collect()
    assert collector.due_generation() is None  # nothing allocated since the collection
    collector.thresholds = (-1, 10, 10)
    assert collector.due_generation() == 0
    collector.thresholds = (-1, -1, 10)
    assert collector.due_generation() == 1
    collector.thresholds = (-1, -1, -1)
    assert collector.due_generation() == 2  # the oldest generation grew from nothing
    collector.check()
    assert collector.collections[2] == 1
    # Right after a full collection nothing new is long-lived: Python would not collect
    # everything again yet, and neither does the collector (it collects gen 1 instead).
    assert collector.due_generation() == 1
