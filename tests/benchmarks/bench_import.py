"""Benchmark: parsing a generated 10,000-row Exportify CSV (the import's pure, CPU-bound part)."""

from __future__ import annotations

import random
import string
import time

from engine.ingest import ImportLimits, parse_bytes

ROWS = 10_000
HEADER = ('"Track URI","Track Name","Artist URI(s)","Artist Name(s)","Album URI","Album Name",'
          '"Album Artist URI(s)","Album Artist Name(s)","Album Release Date","Album Image URL",'
          '"Disc Number","Track Number","Track Duration (ms)","Track Preview URL","Explicit",'
          '"Popularity","ISRC","Added By","Added At"')
_ID_CHARS = string.ascii_letters + string.digits
_WORDS = ("Night", "Love", "Straße", "Город", "夜", "Dream", "Fire", "Rain", "Heart", "Road")


def exportify_csv(rows: int = ROWS, seed: int = 20240501) -> bytes:
    """A deterministic Exportify export with multi-artist rows and escaped commas."""
    rng = random.Random(seed)
    lines = [HEADER]
    for number in range(rows):
        artists = [f"{rng.choice(_WORDS)} Band {rng.randrange(500)}"
                   for _ in range(rng.choice((1, 1, 1, 2, 3)))]
        if number % 97 == 0:
            artists[0] = "Tyler\\, The Creator"
        cells = [
            f"spotify:track:{_spotify_id(rng)}",
            f"{rng.choice(_WORDS)} {rng.choice(_WORDS)} {number}",
            ", ".join(f"spotify:artist:{_spotify_id(rng)}" for _ in artists), ", ".join(artists),
            f"spotify:album:{_spotify_id(rng)}", f"Album {rng.randrange(2000)}", "", artists[0],
            f"{rng.randrange(1960, 2025)}-01-01", "https://i.scdn.co/image/x", "1",
            str(rng.randrange(1, 20)), str(rng.randrange(90_000, 420_000)), "", "false",
            str(rng.randrange(100)), f"US{rng.choice('ABCDEFGH')}{rng.randrange(10, 99)}"
            f"{rng.randrange(10, 99)}{rng.randrange(10**6, 10**7)}",
            "spotify:user:bench", "2024-01-01T00:00:00Z",
        ]
        lines.append(",".join('"' + cell.replace('"', '""') + '"' for cell in cells))
    return ("\n".join(lines) + "\n").encode("utf-8")


def _spotify_id(rng: random.Random) -> str:
    return "".join(rng.choice(_ID_CHARS) for _ in range(22))


def run() -> dict[str, float]:
    data = exportify_csv()
    limits = ImportLimits(max_file_bytes=len(data), max_tracks=ROWS)
    started = time.perf_counter()
    parse_bytes(data, "bench.csv", limits)
    return {"csv_import_parse_10k_s": round(time.perf_counter() - started, 4)}


if __name__ == "__main__":
    print(run())
