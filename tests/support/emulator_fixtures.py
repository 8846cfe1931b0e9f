"""Helpers the emulator-backed test folders share: serving an emulator for one test, and a
render cache of real audio that outlives the run."""

from __future__ import annotations

import os
import shutil
import tempfile
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from tests.emulators.catalogue import Catalogue
from tests.emulators.server import EmulatorServer
from tests.emulators.shares import build_shares
from tests.emulators.slskd import SlskdEmulator
from tests.emulators.slskd_files import AudioRenderer


def serve(emulator: EmulatorServer) -> Iterator[Any]:
    """Start, yield, and stop in the background (stopping waits out the serve loop's poll)."""
    emulator.start()
    yield emulator
    threading.Thread(target=emulator.stop, daemon=True).start()


class CachingRenderer(AudioRenderer):
    """The emulator's renderer with a cache that outlives the run: encoding real audio is the
    slow part of every download the emulator serves, and it is the same bytes every time.
    Renders are written under a temporary name and renamed, so a killed run leaves no torn file.
    """

    def render(self, fmt: str, duration_s: int) -> Path:
        cached = self.scratch / f"{fmt}-{duration_s}.{fmt}"
        if cached.exists():
            return cached
        temp_dir = Path(tempfile.mkdtemp(dir=self.scratch))
        try:
            temp = AudioRenderer(temp_dir).render(fmt, duration_s)
            os.replace(temp, cached)
        finally:
            shutil.rmtree(temp_dir, ignore_errors=True)
        return cached


def shared_audio_renderer() -> AudioRenderer:
    folder = Path(tempfile.gettempdir()) / "harmony-test-audio-v1"
    folder.mkdir(exist_ok=True)
    return CachingRenderer(folder)


def fast_slskd(catalogue: Catalogue, downloads_dir: Path) -> SlskdEmulator:
    """The slskd emulator the pipeline tests use: seeded shares, fast clock, cached audio."""
    emulator = SlskdEmulator(catalogue, shares=build_shares(catalogue, seed=11),
                             downloads_dir=downloads_dir, time_scale=0.002)
    emulator.renderer = shared_audio_renderer()
    return emulator
