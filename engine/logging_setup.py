"""Engine logging: console + rotating file in the platform log dir, with a secret scrubber."""

from __future__ import annotations

import logging
import logging.handlers
from collections.abc import Iterable
from pathlib import Path

_FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"


class SecretScrubber(logging.Filter):
    """Last line of defence: replaces any known secret value in a record with ``••••••``.

    Code must not log secrets in the first place; this catches third-party libraries that
    echo request bodies or URLs.
    """

    def __init__(self) -> None:
        super().__init__()
        self._secrets: set[str] = set()

    def add(self, values: Iterable[str | None]) -> None:
        self._secrets.update(v for v in values if v and len(v) >= 6)

    def filter(self, record: logging.LogRecord) -> bool:
        if not self._secrets:
            return True
        message = record.getMessage()
        scrubbed = message
        for secret in self._secrets:
            scrubbed = scrubbed.replace(secret, "••••••")
        if scrubbed != message:
            record.msg, record.args = scrubbed, ()
        return True


SCRUBBER = SecretScrubber()


def setup_logging(log_dir: Path | None, level: str = "INFO", *, console: bool = True) -> None:
    root = logging.getLogger()
    root.setLevel(level)
    for handler in list(root.handlers):
        if getattr(handler, "_harmony", False):
            root.removeHandler(handler)
    handlers: list[logging.Handler] = []
    if console:
        handlers.append(logging.StreamHandler())
    if log_dir is not None:
        log_dir.mkdir(parents=True, exist_ok=True)
        handlers.append(logging.handlers.RotatingFileHandler(
            log_dir / "harmony.log", maxBytes=5 * 1024 * 1024, backupCount=5, encoding="utf-8"))
    for handler in handlers:
        handler.setFormatter(logging.Formatter(_FORMAT))
        handler.addFilter(SCRUBBER)
        handler._harmony = True  # type: ignore[attr-defined]
        root.addHandler(handler)
    for noisy in ("httpx", "httpcore", "asyncio", "pgqueuer"):
        logging.getLogger(noisy).setLevel(max(logging.WARNING, root.level))
