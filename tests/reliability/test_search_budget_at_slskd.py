"""The search budget as slskd sees it: however late slskd accepts a search (here after a 429
back-off), no window of slskd's own timestamps holds more searches than the budget allows."""

from __future__ import annotations

from pathlib import Path

from engine.clients.search_budget import SearchBudget
from engine.clients.slskd import SlskdClient
from tests.emulators.server import Fault
from tests.emulators.slskd import SlskdEmulator
from tests.reliability.conftest import CATALOGUE

LIMIT, WINDOW_S = 2, 1.0


async def test_a_late_accepted_search_does_not_crowd_the_next_window(tmp_path: Path) -> None:
    """Regression: the budget counted a search from before its POST, so a search slskd accepted
    0.6 s late (429 first) let the next window's search reach slskd 0.6 s early."""
    emulator = SlskdEmulator(CATALOGUE, downloads_dir=tmp_path / "downloads", time_scale=0.002)
    emulator.start()
    try:
        refusal = Fault(status=429, headers={"Retry-After": "0.6"}, body="Too many", times=1)
        emulator.inject(r"/api/v0/searches", refusal, method="POST")
        track = next(iter(CATALOGUE.tracks.values()))
        query = f"{CATALOGUE.artist_names(track)[0]} {track.title}"
        async with SlskdClient(emulator.url, emulator.api_key, timeout_s=2.0,
                               budget=SearchBudget(LIMIT, WINDOW_S)) as client:
            for _ in range(LIMIT + 2):
                await client.search(query, timeout_s=2.0, poll_interval_s=0.02)
        assert len(emulator.search_starts) == LIMIT + 2
        assert refusal.times == 0  # the first search was refused once, then accepted
        assert emulator.max_searches_in_window(WINDOW_S) <= LIMIT
    finally:
        emulator.stop()
