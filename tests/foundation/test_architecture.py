"""Layer rules and seed leftovers, checked on every test run."""

import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_import_contracts_hold() -> None:
    """import-linter: the engine imports no Qt/qasync/GUI; the GUI only the facade."""
    lint_imports = Path(sys.executable).with_name("lint-imports")
    result = subprocess.run([str(lint_imports), "--no-cache"], cwd=ROOT, capture_output=True,
                            text=True, timeout=300)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "Contracts: 2 kept, 0 broken" in result.stdout


def test_engine_source_never_mentions_qt() -> None:
    pattern = re.compile(r"^\s*(from|import)\s+(PySide6|qasync|harmony_desktop)\b", re.M)
    offenders = [str(p.relative_to(ROOT)) for p in (ROOT / "engine").rglob("*.py")
                 if pattern.search(p.read_text(encoding="utf-8"))]
    assert offenders == []


def test_no_plex_anywhere() -> None:
    """The seed removed Plex for good: no module, setting, screen or migration mentions it."""
    offenders = []
    for folder in ("engine", "harmony_desktop", "resources", "migrations"):
        for path in (ROOT / folder).rglob("*"):
            if not path.is_file() or path.suffix in (".pyc", ".qm", ".png"):
                continue
            if "plex" in path.name.lower():
                offenders.append(str(path.relative_to(ROOT)))
                continue
            text = path.read_text(encoding="utf-8", errors="ignore").lower()
            if re.search(r"\bplex", text):  # "plex", "PlexClient", "plex_url"; not "complex"
                offenders.append(str(path.relative_to(ROOT)))
    assert offenders == []
