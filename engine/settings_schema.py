"""Every setting Harmony has, declared once: name, type, default, bounds, group, secret or not.

The Settings tab is generated from :data:`SETTINGS`; precedence is database > environment >
default (see :mod:`engine.settings_store`). Secrets are declared here so the form can show them,
but their values live only in the :class:`~engine.secrets.SecretStore`.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Literal

from engine.errors import ConfigurationError

Kind = Literal["str", "int", "float", "bool", "choice", "path", "url", "secret", "list"]


@dataclass(frozen=True)
class SettingSpec:
    """One declared setting. ``env`` is the environment variable that may provide it."""

    name: str
    kind: Kind
    default: Any
    group: str
    minimum: float | None = None
    maximum: float | None = None
    choices: tuple[str, ...] = ()
    restart_required: bool = False

    @property
    def env(self) -> str:
        return "HARMONY_" + self.name.upper().replace(".", "_")

    @property
    def secret(self) -> bool:
        return self.kind == "secret"


_TRUE = {"1", "true", "yes", "on"}
_FALSE = {"0", "false", "no", "off"}


def coerce(spec: SettingSpec, raw: Any) -> Any:
    """Turn a raw value (from env, database text or the GUI) into the setting's type.

    Raises ConfigurationError (code ``settings.invalid_value``) naming the setting.
    """
    try:
        value = _coerce_kind(spec, raw)
    except (TypeError, ValueError) as exc:
        raise ConfigurationError(f"{spec.name}: {exc}", code="settings.invalid_value",
                                 params={"setting": spec.name, "value": str(raw)[:80]}) from None
    _check_bounds(spec, value)
    return value


def _coerce_kind(spec: SettingSpec, raw: Any) -> Any:
    if spec.kind == "bool":
        if isinstance(raw, bool):
            return raw
        text = str(raw).strip().lower()
        if text in _TRUE | _FALSE:
            return text in _TRUE
        raise ValueError(f"expected yes/no, got {raw!r}")
    if spec.kind == "int":
        if isinstance(raw, bool):
            raise ValueError("expected a whole number")
        return int(str(raw).strip())
    if spec.kind == "float":
        return float(str(raw).strip())
    if spec.kind == "list":
        items = raw if isinstance(raw, list | tuple) else str(raw).split(",")
        return tuple(str(item).strip() for item in items if str(item).strip())
    text = str(raw).strip()
    if spec.kind == "choice" and text not in spec.choices:
        raise ValueError(f"expected one of {', '.join(spec.choices)}")
    if spec.kind == "url" and text and not text.startswith(("http://", "https://")):
        raise ValueError("expected an http:// or https:// address")
    return text


def _check_bounds(spec: SettingSpec, value: Any) -> None:
    if spec.kind not in ("int", "float"):
        return
    if spec.minimum is not None and value < spec.minimum:
        raise ConfigurationError(f"{spec.name} must be at least {spec.minimum}",
                                 code="settings.below_minimum",
                                 params={"setting": spec.name, "minimum": spec.minimum})
    if spec.maximum is not None and value > spec.maximum:
        raise ConfigurationError(f"{spec.name} must be at most {spec.maximum}",
                                 code="settings.above_maximum",
                                 params={"setting": spec.name, "maximum": spec.maximum})


def encode(spec: SettingSpec, value: Any) -> str:
    """The text stored in the ``settings`` table."""
    if spec.kind == "bool":
        return "true" if value else "false"
    if spec.kind == "list":
        return ",".join(value)
    return str(value)


S = SettingSpec
SETTINGS: tuple[SettingSpec, ...] = (
    # Soulseek via slskd
    S("slskd.url", "url", "http://localhost:5030", "slskd"),
    S("slskd.api_key", "secret", None, "slskd"),
    S("slskd.timeout_s", "float", 8.0, "slskd", 0.2, 120),
    S("slskd.downloads_dir", "path", "", "slskd"),
    S("search.budget_count", "int", 34, "search", 1, 200),
    S("search.budget_window_s", "int", 220, "search", 10, 3600),
    S("search.timeout_s", "float", 15.0, "search", 2, 120),
    S("search.poll_interval_s", "float", 0.5, "search", 0.01, 5),
    S("search.quiet_period_ms", "int", 5000, "search", 5, 60000),
    # Spotify
    S("spotify.client_id", "str", "", "spotify"),
    S("spotify.client_secret", "secret", None, "spotify"),
    S("spotify.redirect_port", "int", 8888, "spotify", 1024, 65535),
    S("spotify.timeout_s", "float", 15.0, "spotify", 0.2, 120),
    S("spotify.sync_interval_s", "int", 1800, "spotify", 60, 86400),
    # Service addresses: only changed for self-hosted mirrors, tests and `make demo`.
    S("spotify.api_url", "url", "https://api.spotify.com/v1/", "advanced"),
    S("spotify.accounts_url", "url", "https://accounts.spotify.com", "advanced"),
    S("artwork.caa_url", "url", "https://coverartarchive.org", "advanced"),
    # Library
    S("library.music_dir", "path", "", "library"),
    S("library.naming_template", "str",
      "{albumartist}/{year} - {album}/{disc}{track:02} - {title}.{ext}", "library"),
    S("library.scan_interval_s", "int", 900, "library", 60, 86400),
    S("library.write_playlists", "bool", True, "library"),
    S("artwork.enabled", "bool", True, "artwork"),
    S("artwork.max_bytes", "int", 10 * 1024 * 1024, "artwork", 65536, 64 * 1024 * 1024),
    S("lyrics.enabled", "bool", True, "lyrics"),
    S("lyrics.lrclib_url", "url", "https://lrclib.net", "lyrics"),
    # Quality and matching
    S("quality.formats", "list", ("flac", "alac", "wav", "mp3", "ogg", "m4a", "opus"), "quality"),
    S("quality.min_bitrate", "int", 128, "quality", 0, 5000),
    S("quality.max_bit_depth", "int", 24, "quality", 16, 32),
    S("quality.max_sample_rate", "int", 192000, "quality", 8000, 384000),
    S("matching.accept_threshold", "float", 0.65, "matching", 0.0, 1.0),
    S("matching.duration_tolerance_s", "float", 3.0, "matching", 0.0, 60.0),
    # Workers and retries
    S("workers.enabled", "bool", True, "workers", restart_required=True),
    S("retry.max_attempts", "int", 10, "workers", 1, 50),
    S("retry.base_seconds", "float", 60.0, "workers", 0.01, 3600),
    S("retry.max_seconds", "float", 3600.0, "workers", 1, 86400),
    S("retry.jitter", "float", 0.2, "workers", 0.0, 1.0),
    S("download.stuck_queued_s", "float", 900, "workers", 0.5, 86400),
    S("download.no_progress_s", "float", 180, "workers", 0.5, 3600),
    S("download.size_stable_s", "float", 2.0, "workers", 0.0, 600),
    S("download.poll_interval_s", "float", 2.0, "download", 0.05, 60),
    S("download.pump_interval_s", "float", 10.0, "download", 0.1, 3600),
    S("download.pump_batch", "int", 200, "download", 1, 5000),
    S("download.search_batch", "int", 25, "download", 1, 200),
    S("download.search_poll_s", "float", 0.5, "download", 0.01, 10),
    S("download.file_wait_s", "float", 120.0, "download", 0.5, 3600),
    S("download.verify_size", "bool", True, "download"),
    S("download.postprocess_attempts", "int", 3, "download", 1, 10),
    S("matching.cache_max_age_s", "int", 3600, "matching", 0, 7 * 86400),
    S("matching.max_candidates_kept", "int", 40, "matching", 1, 500),
    S("matching.peer_failure_window_h", "float", 24.0, "matching", 0.01, 720),
    # Watchlist
    S("watchlist.timer_interval_s", "int", 900, "watchlist", 10, 86400),
    S("watchlist.max_per_tick", "int", 20, "watchlist", 1, 100),
    S("watchlist.default_interval_h", "int", 24, "watchlist", 1, 720),
    S("watchlist.cooldown_min", "int", 15, "watchlist", 0, 240),
    S("watchlist.retry_budget", "int", 6, "watchlist", 1, 20),
    S("watchlist.retry_base_s", "float", 60.0, "watchlist", 0.01, 3600),
    S("watchlist.progress_quiet_s", "float", 120.0, "watchlist", 0.0, 86400),
    S("watchlist.default_release_types", "list", ("album", "single", "ep"), "watchlist"),
    S("watchlist.default_skip_words", "list", ("live", "remix", "instrumental"), "watchlist"),
    # Imports
    S("import.max_lines", "int", 200, "import", 1, 100000),
    S("import.max_file_bytes", "int", 1024 * 1024, "import", 1024, 256 * 1024 * 1024),
    S("import.max_playlist_links", "int", 1000, "import", 1, 100000),
    S("import.max_tracks", "int", 5000, "import", 1, 1000000),
    # Activity and GUI
    S("activity.retention_days", "int", 90, "activity", 1, 3650),
    S("ui.language", "choice", "system", "ui", choices=("system", "de", "en")),
    S("ui.notifications", "bool", True, "ui"),
    S("ui.keep_running_in_tray", "bool", True, "ui"),
)

BY_NAME: dict[str, SettingSpec] = {spec.name: spec for spec in SETTINGS}


def spec_for(name: str) -> SettingSpec:
    try:
        return BY_NAME[name]
    except KeyError:
        raise ConfigurationError(f"unknown setting {name!r}", code="settings.unknown",
                                 params={"setting": name}) from None
