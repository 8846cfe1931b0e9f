"""Packaging checks (``make packaging-check``): the Linux metadata validates, and the
PyInstaller build starts offscreen with ``--ci-mode``, runs for 10 s and exits cleanly."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DIST = ROOT / "dist" / "harmony" / "harmony"


def validate_metadata(out: Path) -> None:
    subprocess.run([sys.executable, str(ROOT / "packaging" / "build_metadata.py"), str(out)],
                   check=True, stdout=subprocess.DEVNULL)
    desktop = next((out / "share/applications").glob("*.desktop"))
    metainfo = next((out / "share/metainfo").glob("*.metainfo.xml"))
    subprocess.run(["desktop-file-validate", str(desktop)], check=True)
    subprocess.run(["appstreamcli", "validate", "--no-net", str(metainfo)], check=True)
    print(f"metadata valid: {desktop.name}, {metainfo.name}")


def smoke_test_build(seconds: float = 10.0) -> None:
    home = Path(tempfile.mkdtemp(prefix="harmony-smoke-"))
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "HARMONY_SECRETS": "memory"}
    env.pop("HARMONY_DATABASE_URL", None)
    started = time.monotonic()
    try:
        result = subprocess.run([str(DIST), "--dev-dir", str(home), "--ci-mode",
                                 "--ci-seconds", str(seconds)], env=env, capture_output=True,
                                text=True, timeout=seconds + 120)
    finally:
        shutil.rmtree(home, ignore_errors=True)
    ran = time.monotonic() - started
    if result.returncode != 0 or ran < seconds or "Traceback" in result.stderr:
        print(result.stderr[-4000:], file=sys.stderr)
        raise SystemExit(f"built app failed: exit {result.returncode} after {ran:.1f} s")
    if "wiring_summary" not in result.stderr:
        raise SystemExit("built app never started its engine (no wiring_summary)")
    if "helper process ready" not in result.stderr:
        print(result.stderr[-4000:], file=sys.stderr)
        raise SystemExit("built app could not start its helper process "
                         "(no 'helper process ready' in its log)")
    print(f"built app ran {ran:.1f} s and exited cleanly")


if __name__ == "__main__":
    validate_metadata(Path(tempfile.mkdtemp(prefix="harmony-meta-")))
    smoke_test_build()
