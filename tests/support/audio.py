"""Real, tiny audio files for tests and emulators: silence at a low sample rate.

soundfile (libsndfile wheel) writes FLAC, OGG Vorbis, Opus, MP3 and WAV; PyAV writes M4A (AAC).
Durations are real, so mutagen reads back the length we asked for.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np

# Opus only supports 8/12/16/24/48 kHz; MP3 (LAME via libsndfile) needs ≥ 8 kHz.
_RATES = {"flac": 8000, "wav": 8000, "ogg": 8000, "opus": 8000, "mp3": 8000, "m4a": 8000}
_SOUNDFILE_FORMATS = {
    "flac": ("FLAC", "PCM_16"),
    "wav": ("WAV", "PCM_16"),
    "ogg": ("OGG", "VORBIS"),
    "opus": ("OGG", "OPUS"),
    "mp3": ("MP3", "MPEG_LAYER_III"),
}
SUPPORTED_FORMATS = (*_SOUNDFILE_FORMATS, "m4a")


def write_audio(path: Path, duration_s: float, fmt: str | None = None) -> Path:
    """Write ``duration_s`` seconds of silence to ``path`` in ``fmt`` (default: the suffix)."""
    fmt = (fmt or path.suffix.lstrip(".")).lower()
    path.parent.mkdir(parents=True, exist_ok=True)
    rate = _RATES[fmt]
    frames = np.zeros(int(rate * duration_s), dtype=np.float32)
    if fmt == "m4a":
        _write_m4a(path, frames, rate)
    else:
        _write_soundfile(path, frames, rate, fmt)
    return path


def _write_soundfile(path: Path, frames: np.ndarray, rate: int, fmt: str) -> None:
    import soundfile

    container, subtype = _SOUNDFILE_FORMATS[fmt]
    # Written in 10-second blocks: libsndfile's Vorbis encoder crashes the process on one long
    # write (seen at ~250 s of audio).
    block = rate * 10
    with soundfile.SoundFile(str(path), "w", rate, 1, subtype, format=container) as out:
        for start in range(0, len(frames), block):
            out.write(frames[start:start + block])


def audio_bytes(duration_s: float, fmt: str, scratch_dir: Path) -> bytes:
    """The bytes of a freshly written file (for emulators that serve or stream them)."""
    target = scratch_dir / f"scratch-{duration_s:.1f}.{fmt}"
    write_audio(target, duration_s, fmt)
    data = target.read_bytes()
    target.unlink()
    return data


def _write_m4a(path: Path, frames: np.ndarray, rate: int) -> None:
    import av

    with av.open(str(path), mode="w", format="mp4") as container:
        stream = container.add_stream("aac", rate=rate)
        stream.layout = "mono"
        chunk = 1024
        for start in range(0, len(frames), chunk):
            block = frames[start:start + chunk].reshape(1, -1)
            frame = av.AudioFrame.from_ndarray(block, format="flt", layout="mono")
            frame.sample_rate = rate
            for packet in stream.encode(frame):
                container.mux(packet)
        for packet in stream.encode(None):
            container.mux(packet)
