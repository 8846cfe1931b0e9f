"""Where Harmony keeps its files: platformdirs locations, or one ``--dev-dir`` for tests/demos."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

import platformdirs

APP_DIR_NAME = "harmony-desktop"


@dataclass(frozen=True)
class AppPaths:
    """Config, data, cache and log directories (created on demand by :meth:`ensure`)."""

    config_dir: Path
    data_dir: Path
    cache_dir: Path
    log_dir: Path

    @property
    def settings_file(self) -> Path:
        """Holds only what cannot live in the database: the database URL and secret-store kind."""
        return self.config_dir / "config.json"

    @property
    def embedded_pgdata(self) -> Path:
        return self.data_dir / "postgres"

    @property
    def default_music_dir(self) -> Path:
        return Path(platformdirs.user_music_dir()) / "Harmony"

    @property
    def default_downloads_dir(self) -> Path:
        return self.data_dir / "slskd-downloads"

    def ensure(self) -> AppPaths:
        for folder in (self.config_dir, self.data_dir, self.cache_dir, self.log_dir):
            folder.mkdir(parents=True, exist_ok=True)
        return self


def resolve_paths(dev_dir: str | os.PathLike[str] | None = None) -> AppPaths:
    """Platform directories, or everything below ``dev_dir`` (also ``HARMONY_HOME``)."""
    root = dev_dir or os.environ.get("HARMONY_HOME")
    if root:
        base = Path(root).expanduser().resolve()
        return AppPaths(base / "config", base / "data", base / "cache", base / "logs")
    return AppPaths(
        Path(platformdirs.user_config_dir(APP_DIR_NAME)),
        Path(platformdirs.user_data_dir(APP_DIR_NAME)),
        Path(platformdirs.user_cache_dir(APP_DIR_NAME)),
        Path(platformdirs.user_log_dir(APP_DIR_NAME)),
    )


def effective_music_dir(configured: str | None, paths: AppPaths) -> Path:
    """The library root: the ``library.music_dir`` setting, else the platform's music folder.

    Every service asks this one function, so acquisition, the scan and the playlists agree.
    """
    text = str(configured or "").strip()
    return Path(text).expanduser() if text else paths.default_music_dir
