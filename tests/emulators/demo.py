"""``make demo``: Harmony end to end without any accounts.

Starts the slskd, Spotify and LRCLIB emulators on loopback with the demo catalogue, then opens
the app configured for them (a throw-away ``.demo`` home, in-memory secrets). Spotify is
already connected as the emulator's demo user; the playlist "Harmony Mix", liked songs and
followed artists are there to sync, and every track can be found and downloaded from the
emulated Soulseek peers. Close the window (or Ctrl+C) to stop everything.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
from pathlib import Path

from tests.emulators.catalogue import Catalogue, demo_catalogue
from tests.emulators.lrclib import LrclibEmulator
from tests.emulators.shares import build_shares
from tests.emulators.slskd import SlskdEmulator
from tests.emulators.spotify import SpotifyEmulator

ROOT = Path(__file__).resolve().parents[2]
CLIENT_ID = "harmony-test-client"


def demo_environment(home: Path, slskd: SlskdEmulator, spotify: SpotifyEmulator,
                     lrclib: LrclibEmulator) -> dict[str, str]:
    _, refresh = spotify.accounts.issue_user_tokens(CLIENT_ID)
    return {
        "HARMONY_HOME": str(home),
        "HARMONY_SECRETS": "memory",
        "HARMONY_SECRET_SLSKD_API_KEY": slskd.api_key,
        "HARMONY_SECRET_SPOTIFY_REFRESH_TOKEN": refresh,
        "HARMONY_SLSKD_URL": slskd.url,
        "HARMONY_SLSKD_DOWNLOADS_DIR": str(slskd.downloads_dir),
        "HARMONY_SPOTIFY_CLIENT_ID": CLIENT_ID,
        "HARMONY_SPOTIFY_API_URL": spotify.api_url,
        "HARMONY_SPOTIFY_ACCOUNTS_URL": spotify.url,
        "HARMONY_LYRICS_LRCLIB_URL": lrclib.url,
        "HARMONY_LIBRARY_MUSIC_DIR": str(home / "Music"),
    }


def write_demo_list(home: Path, catalogue: Catalogue, count: int = 12) -> Path:
    """A plain "Artist - Title" list (what a FREE user would drop) of two albums' tracks."""
    lines = []
    for album in list(catalogue.albums.values())[:2]:
        for track_id in album.track_ids[:count // 2]:
            track = catalogue.tracks[track_id]
            lines.append(f"{catalogue.artist_names(track)[0]} - {track.title}")
    target = home / "demo-list.txt"
    target.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return target


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="make demo")
    parser.add_argument("--home", default=str(ROOT / ".demo"))
    parser.add_argument("--keep", action="store_true", help="keep the previous demo home")
    parser.add_argument("--ci-mode", action="store_true", help="quit after --ci-seconds")
    parser.add_argument("--ci-seconds", type=float, default=8.0)
    args = parser.parse_args(argv)
    home = Path(args.home)
    if home.exists() and not args.keep:
        shutil.rmtree(home)
    home.mkdir(parents=True, exist_ok=True)
    catalogue = demo_catalogue()
    slskd = SlskdEmulator(catalogue, shares=build_shares(catalogue),
                          downloads_dir=home / "slskd-downloads", time_scale=0.05)
    slskd.real_sizes = True  # files as large as announced, so size verification stays on
    slskd.start()
    spotify = SpotifyEmulator(catalogue).start()
    lrclib = LrclibEmulator(catalogue).start()
    try:
        env = {**os.environ, **demo_environment(home, slskd, spotify, lrclib)}
        if not args.keep:  # a first run starts with a dropped list already imported
            subprocess.run([sys.executable, "-m", "harmony_desktop", "import",
                            str(write_demo_list(home, catalogue))], env=env, cwd=ROOT,
                           check=True)
        command = [sys.executable, "-m", "harmony_desktop"]
        if args.ci_mode:
            command += ["--ci-mode", "--ci-seconds", str(args.ci_seconds)]
        print(f"Demo emulators: slskd {slskd.url}, Spotify {spotify.url}, LRCLIB {lrclib.url}")
        print(f"Demo home (database, music, logs): {home}")
        return subprocess.call(command, env=env, cwd=ROOT)
    except KeyboardInterrupt:
        return 130
    finally:
        for emulator in (slskd, spotify, lrclib):
            emulator.stop()


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
