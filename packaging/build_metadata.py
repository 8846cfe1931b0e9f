"""Fill the Linux .desktop and AppStream templates from the one app ID and version.

``python packaging/build_metadata.py OUTDIR`` writes ``<APP_ID>.desktop``,
``<APP_ID>.metainfo.xml`` and the icon theme PNGs below OUTDIR (a ``share/`` layout).
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from harmony_desktop import APP_ID, APP_NAME, __version__  # noqa: E402

TEMPLATES = ROOT / "packaging" / "linux"
ICONS = ROOT / "resources" / "app-icon"


def release_date() -> str:
    """The date of the last commit (reproducible), else today."""
    try:
        out = subprocess.run(["git", "log", "-1", "--format=%cs"], cwd=ROOT, text=True,
                             capture_output=True, check=True).stdout.strip()
        if out:
            return out
    except (OSError, subprocess.CalledProcessError):
        pass
    from datetime import date

    return date.today().isoformat()


def fill(template: Path, target: Path) -> Path:
    text = template.read_text(encoding="utf-8")
    for key, value in {"@APP_ID@": APP_ID, "@APP_NAME@": APP_NAME, "@VERSION@": __version__,
                       "@DATE@": release_date()}.items():
        text = text.replace(key, value)
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(text, encoding="utf-8")
    return target


def build(out: Path) -> list[Path]:
    written = [fill(TEMPLATES / "app.desktop.in", out / "share/applications" /
                    f"{APP_ID}.desktop"),
               fill(TEMPLATES / "app.metainfo.xml.in", out / "share/metainfo" /
                    f"{APP_ID}.metainfo.xml")]
    scalable = out / "share/icons/hicolor/scalable/apps" / f"{APP_ID}.svg"
    scalable.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(ICONS / "harmony.svg", scalable)
    written.append(scalable)
    for png in sorted(ICONS.glob("harmony-*.png")):
        size = png.stem.split("-")[1]
        target = out / f"share/icons/hicolor/{size}x{size}/apps/{APP_ID}.png"
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(png, target)
        written.append(target)
    return written


if __name__ == "__main__":
    for path in build(Path(sys.argv[1] if len(sys.argv) > 1 else "build/metadata")):
        print(path)
