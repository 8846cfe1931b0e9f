"""Fixtures for the slskd client tests: a fresh fast emulator and a client pointed at it."""

from __future__ import annotations

import asyncio
import threading
from collections.abc import AsyncIterator, Callable, Iterator
from pathlib import Path

import pytest

from engine.clients.search_budget import SearchBudget
from engine.clients.slskd import SlskdClient
from engine.clients.slskd_models import Transfer
from engine.clients.slskd_search import SearchOptions
from tests.emulators.catalogue import CatTrack, demo_catalogue
from tests.emulators.shares import build_shares
from tests.emulators.slskd import SlskdEmulator

_CATALOGUE = demo_catalogue()
_SHARES_SEED = 11
#: A 3 s quiet period, i.e. 12 ms at the fixture's time scale.
QUICK_OPTIONS = SearchOptions(search_timeout_ms=3000)


@pytest.fixture
def emulator(tmp_path: Path) -> Iterator[SlskdEmulator]:
    emu = SlskdEmulator(_CATALOGUE, shares=build_shares(_CATALOGUE, seed=_SHARES_SEED),
                        downloads_dir=tmp_path / "downloads", time_scale=0.004)
    emu.start()
    yield emu
    # shutdown() waits out serve_forever's 0.5 s poll; nothing needs to wait for that.
    threading.Thread(target=emu.stop, daemon=True).start()


def make_client(emu: SlskdEmulator, **overrides: object) -> SlskdClient:
    options: dict[str, object] = {"budget": SearchBudget(100, 1.0), "timeout_s": 2.0,
                                  "retry_max": 2, "backoff_base_s": 0.01}
    options.update(overrides)
    api_key = str(options.pop("api_key", emu.api_key))
    return SlskdClient(emu.url, api_key, **options)  # type: ignore[arg-type]


@pytest.fixture
async def client(emulator: SlskdEmulator) -> AsyncIterator[SlskdClient]:
    slskd = make_client(emulator)
    yield slskd
    await slskd.aclose()


def first_track(emu: SlskdEmulator) -> CatTrack:
    """A Daft Punk track: an ASCII name every share path spells the same way."""
    return next(iter(emu.catalogue.tracks.values()))


def query_for(emu: SlskdEmulator, track: CatTrack) -> str:
    return f"{emu.catalogue.artist_names(track)[0]} {track.title}"


async def wait_for_transfer(client: SlskdClient, username: str, transfer_id: str,
                            until: Callable[[Transfer], bool], timeout_s: float = 5.0,
                            seen: list[str] | None = None) -> Transfer:
    """Poll one download until ``until`` holds, recording every raw state seen."""
    loop = asyncio.get_running_loop()
    deadline = loop.time() + timeout_s
    while True:
        transfer = await client.get_download(username, transfer_id)
        assert transfer is not None
        if seen is not None and (not seen or seen[-1] != transfer.raw_state):
            seen.append(transfer.raw_state)
        if until(transfer):
            return transfer
        assert loop.time() < deadline, f"transfer stuck in {transfer.raw_state}"
        await asyncio.sleep(0.002)
