"""The small JSON config file for what cannot live in the database (where the database is, which
secret store to use). Bad content is reported, never silently replaced."""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

from engine.errors import ConfigurationError

ALLOWED_KEYS = {"database_url", "secrets"}


def read_config(path: Path) -> dict[str, Any]:
    if not path.exists():
        return {}
    try:
        data = json.loads(path.read_text(encoding="utf-8") or "{}")
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise ConfigurationError(f"{path} is not valid JSON ({exc}); fix or delete it",
                                 code="config.file_invalid", params={"path": str(path)}) from None
    if not isinstance(data, dict):
        raise ConfigurationError(f"{path} must hold a JSON object", code="config.file_invalid",
                                 params={"path": str(path)})
    return {k: v for k, v in data.items() if k in ALLOWED_KEYS}


def write_config(path: Path, **values: Any) -> None:
    """Update keys atomically (a crash never leaves half a file)."""
    data = read_config(path)
    data.update({k: v for k, v in values.items() if k in ALLOWED_KEYS})
    data = {k: v for k, v in data.items() if v not in (None, "")}
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(".tmp")
    tmp.write_text(json.dumps(data, indent=2), encoding="utf-8")
    os.replace(tmp, path)
