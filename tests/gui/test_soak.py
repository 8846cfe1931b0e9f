"""qasync soak: ≥ 20,000 loop callbacks with Qt timers must not crash (PySide6 6.12 did)."""

import asyncio

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import QTimer


async def test_twenty_thousand_callbacks_on_the_qasync_loop() -> None:
    assert tuple(int(p) for p in pyside_version.split(".")[:2]) < (6, 12)
    loop = asyncio.get_running_loop()
    assert type(loop).__module__.startswith("qasync")
    counts = {"soon": 0, "timer": 0, "task": 0}
    done = loop.create_future()

    def soon(n: int) -> None:
        counts["soon"] += 1
        if n:
            loop.call_soon(soon, n - 1)

    async def tick() -> None:
        counts["task"] += 1

    timer = QTimer()
    timer.setInterval(0)

    def on_timeout() -> None:
        counts["timer"] += 1
        if counts["timer"] >= 10_000:
            timer.stop()
            done.set_result(True)

    timer.timeout.connect(on_timeout)
    timer.start()
    loop.call_soon(soon, 10_000)
    await asyncio.gather(*(tick() for _ in range(5_000)))
    await asyncio.wait_for(done, 120)
    assert counts["timer"] == 10_000 and counts["soon"] == 10_001 and counts["task"] == 5_000
    assert sum(counts.values()) >= 20_000
