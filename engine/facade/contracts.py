"""Section contracts (Protocols) and the DTOs they return. GUI code is written against these.

Rules for every section: methods are coroutines; they return the frozen DTOs below (never ORM
rows or raw JSON); bad input raises :class:`engine.errors.HarmonyError` subclasses carrying a
stable ``code`` the GUI translates; long work is queued as jobs and reported through events
(:mod:`engine.events`) instead of blocking the call.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, Protocol

from engine.domain.models import ProviderHealth, SoulseekFile, TrackQuery

# --------------------------------------------------------------------------------------------
# Downloads (Soulseek tab) — implemented by the acquisition service
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class DownloadRow:
    id: int
    wanted_item_id: int | None
    title: str
    artists: tuple[str, ...]
    filename: str  # remote file name (last path component) or "" before a candidate is chosen
    username: str | None
    state: str  # our DownloadState value, or queued/searching/dead_letter for pipeline states
    progress: float  # 0..1
    size: int | None
    speed: float | None  # bytes/s, when transferring
    priority: int
    retry_count: int
    last_error: str | None
    next_retry_at: datetime | None
    created_at: datetime
    updated_at: datetime
    completed_at: datetime | None
    organised_path: str | None = None


@dataclass(frozen=True)
class UploadRow:
    id: str
    filename: str
    state: str
    progress: float
    username: str
    size: int
    speed: float


class DownloadsSection(Protocol):
    async def list(self, *, active_only: bool = False, limit: int = 500
                   ) -> list[DownloadRow]: ...

    async def uploads(self, *, active_only: bool = True) -> list[UploadRow]:
        """Raises IntegrationError (code slskd.*) when slskd is unusable."""
        ...

    async def requeue(self, download_id: int) -> None:
        """Failed or dead-lettered → queued again with a fresh attempt budget, at once."""
        ...

    async def set_priority(self, download_id: int, priority: int) -> None: ...

    async def cancel(self, download_id: int) -> None: ...

    async def download_file(self, file: SoulseekFile, track: TrackQuery,
                            *, source: str = "manual") -> int:
        """Manual download of one Soulseek file with ``track`` as its metadata; it enters the
        normal pipeline (verify, tags, cover, lyrics, organise). Returns the wanted item id."""
        ...


# --------------------------------------------------------------------------------------------
# Matching (Matching tab) — implemented by the acquisition service
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class MatchingMetrics:
    last_batch_average: float | None  # 0..1
    last_batch_discarded: int
    saved_total: int
    discarded_total: int


@dataclass(frozen=True)
class MatchingBatch:
    activity_id: int
    at: datetime
    saved: int
    discarded: int
    average_confidence: float | None

    @property
    def all_discarded(self) -> bool:
        return self.saved == 0 and self.discarded > 0


@dataclass(frozen=True)
class CandidateRow:
    username: str
    filename: str
    size: int
    extension: str
    bitrate: int | None
    bit_depth: int | None
    sample_rate: int | None
    length_s: int | None
    has_free_slot: bool
    upload_speed: int
    queue_length: int
    confidence: float
    decision: str  # saved | discarded
    reasons: tuple[str, ...]
    rank: int
    tried: bool
    failed: bool
    user_choice: bool
    banned: bool


@dataclass(frozen=True)
class WantedRow:
    id: int
    title: str
    artists: tuple[str, ...]
    album: str | None
    duration_ms: int | None
    state: str
    sources: tuple[str, ...]
    last_error: str | None
    library_path: str | None
    updated_at: datetime


class MatchingSection(Protocol):
    async def metrics(self) -> MatchingMetrics: ...

    async def batches(self, limit: int = 20) -> list[MatchingBatch]:
        """Newest first, except that all-discarded batches come first."""
        ...

    async def wanted(self, *, states: Sequence[str] = (), text: str | None = None,
                     limit: int = 500) -> list[WantedRow]: ...

    async def candidates(self, wanted_item_id: int) -> list[CandidateRow]: ...

    async def choose_candidate(self, wanted_item_id: int, username: str, filename: str) -> None:
        """"Use this file": overrides the automatic choice, is remembered, downloads it."""
        ...

    async def ban_file(self, username: str, filename: str,
                       wanted_item_id: int | None = None) -> None: ...

    async def ban_peer(self, username: str) -> None: ...

    async def rematch(self, wanted_item_id: int) -> None:
        """Search and match again (e.g. after a wrong match)."""
        ...


# --------------------------------------------------------------------------------------------
# Imports (drag and drop, paste, file dialog) — implemented by the sources service
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class ImportRowView:
    artists: tuple[str, ...]
    title: str
    album: str | None
    duration_ms: int | None
    source: str
    file: str
    line: int | None


@dataclass(frozen=True)
class ImportLinkView:
    kind: str  # track | album | playlist
    spotify_id: str
    file: str


@dataclass(frozen=True)
class ImportRejectView:
    file: str
    line: int | None
    text: str
    code: str  # import.* — translated by the GUI
    message: str  # English fallback


@dataclass(frozen=True)
class ImportPreviewView:
    preview_id: str
    accepted: tuple[ImportRowView, ...]
    links: tuple[ImportLinkView, ...]
    rejected: tuple[ImportRejectView, ...]
    duplicates: int
    already_wanted: int  # accepted rows that match an existing wanted item
    notes: tuple[str, ...] = ()


@dataclass(frozen=True)
class ImportSummary:
    job_id: int
    created: int
    merged: int
    links: int
    rejected: int


class ImportsSection(Protocol):
    async def preview_paths(self, paths: Sequence[str]) -> ImportPreviewView:
        """Raises ImportRejected (code import.*) when the input is refused as a whole."""
        ...

    async def preview_text(self, text: str) -> ImportPreviewView: ...

    async def confirm(self, preview_id: str) -> ImportSummary:
        """Persists a preview in one transaction (all or nothing); emits ImportProgress and a
        Notification(code="import.finished")."""
        ...

    async def discard(self, preview_id: str) -> None: ...


# --------------------------------------------------------------------------------------------
# Spotify account and playlists — implemented by the sources service
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class SpotifyAccountView:
    status: str  # connected | unauthenticated | unconfigured
    mode: str  # PRO | FREE
    display_name: str | None
    client_id_set: bool


@dataclass(frozen=True)
class PlaylistRow:
    id: int
    spotify_id: str | None
    name: str
    owner: str | None
    source: str  # spotify | liked | import
    track_count: int
    sync_enabled: bool
    last_synced_at: datetime | None
    done: int  # tracks in the library
    m3u_path: str | None


class SpotifySection(Protocol):
    async def account(self) -> SpotifyAccountView: ...

    async def login(self) -> SpotifyAccountView:
        """Opens the system browser (PKCE) and waits for the loopback redirect."""
        ...

    async def logout(self) -> None: ...

    async def playlists(self, *, refresh: bool = False) -> list[PlaylistRow]: ...

    async def set_playlist_sync(self, playlist_id: int, enabled: bool) -> None: ...

    async def sync_now(self, playlist_id: int | None = None) -> None:
        """Queue a sync of one playlist, or of all chosen playlists and liked songs."""
        ...


# --------------------------------------------------------------------------------------------
# Library — implemented by the sources service
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class LibraryStats:
    files: int
    total_bytes: int
    music_dir: str
    last_scan_at: datetime | None
    wanted: dict[str, int] = field(default_factory=dict)  # wanted items per state


class LibrarySection(Protocol):
    async def stats(self) -> LibraryStats: ...

    async def scan_now(self) -> None: ...

    def preview_template(self, template: str) -> str:
        """Synchronous and cheap: the Settings page's live example (raises on bad template)."""
        ...


# --------------------------------------------------------------------------------------------
# Watchlist — implemented by the watchlist service
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class ArtistHit:
    spotify_id: str
    name: str
    genres: tuple[str, ...]
    image_url: str | None
    followed: bool
    watched: bool


@dataclass(frozen=True)
class WatchlistArtistRow:
    id: int
    spotify_artist_id: str
    name: str
    priority: int
    interval_h: int
    release_types: tuple[str, ...]  # album | single | ep | compilation | appears_on
    skip_words: tuple[str, ...]  # live | remix | instrumental …
    paused: bool
    resume_at: datetime | None
    last_checked_at: datetime | None
    next_check_at: datetime | None
    last_error: str | None
    known_releases: int
    new_releases: int


class WatchlistSection(Protocol):
    async def list(self) -> list[WatchlistArtistRow]: ...

    async def search_artists(self, query: str) -> list[ArtistHit]: ...

    async def followed_artists(self) -> list[ArtistHit]: ...

    async def add(self, spotify_artist_id: str, name: str, *, priority: int = 0,
                  interval_h: int | None = None,
                  release_types: Sequence[str] | None = None) -> WatchlistArtistRow: ...

    async def update(self, artist_id: int, **changes: Any) -> WatchlistArtistRow:
        """priority, interval_h, release_types, skip_words."""
        ...

    async def pause(self, artist_id: int, until: datetime | None = None) -> None: ...

    async def resume(self, artist_id: int) -> None: ...

    async def remove(self, artist_id: int) -> None: ...

    async def check_now(self, artist_id: int | None = None) -> None:
        """"Jetzt prüfen": one artist, or every artist that is not paused."""
        ...

    async def add_followed(self) -> list[WatchlistArtistRow]:
        """Watch every artist the user follows on Spotify (already watched ones are kept)."""
        ...

    async def fetch_back_catalogue(self, artist_id: int) -> None:
        """Want every known release of the artist (the first check only records them)."""
        ...


# --------------------------------------------------------------------------------------------
# Search (one box across Spotify and Soulseek) — implemented by the search service
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class SearchRequest:
    text: str = ""
    artist: str = ""
    title: str = ""
    album: str = ""
    sources: tuple[str, ...] = ("spotify", "soulseek")


@dataclass(frozen=True)
class SearchResultRow:
    search_id: str
    source: str  # spotify | soulseek
    kind: str  # track | album | artist | file
    score: float  # normalised relevance 0..1, comparable across sources
    title: str
    artists: tuple[str, ...]
    album: str | None
    duration_s: float | None
    spotify_id: str | None = None
    file: SoulseekFile | None = None
    confidence: float | None = None  # matching engine vs the selected Spotify track
    reasons: tuple[str, ...] = ()
    format: str | None = None
    bitrate: int | None = None


@dataclass(frozen=True)
class SearchSourceStatus:
    source: str
    state: str  # running | done | failed | skipped
    count: int
    code: str = ""  # why it failed or was skipped


class SearchSection(Protocol):
    async def start(self, request: SearchRequest) -> str:
        """Starts a search and returns its id at once; rows arrive as SearchResults events,
        per-source status as SearchStatus events. A new search cancels the previous one."""
        ...

    async def score_against(self, search_id: str, spotify_track_id: str
                            ) -> list[SearchResultRow]:
        """The search's Soulseek files with confidence and reasons against that track."""
        ...

    async def add_to_wanted(self, row: SearchResultRow) -> int:
        """A Spotify track (or every track of an album) becomes wanted; returns how many."""
        ...


# --------------------------------------------------------------------------------------------
# Health (navigation badges) — implemented by the integrations service
# --------------------------------------------------------------------------------------------


class HealthSection(Protocol):
    async def providers(self) -> list[ProviderHealth]: ...

    async def test_slskd(self) -> ProviderHealth:
        """Live validation of URL and API key (the key is never echoed)."""
        ...


# --------------------------------------------------------------------------------------------
# Database (Settings page) — implemented by HarmonyService itself (engine.db.probe)
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class DatabaseProbeView:
    """What a test of a (not yet used) database URL found. Never carries the password."""

    code: str  # database.ready | database.schema_newer | database.* / config.database_url_*
    display_url: str  # the URL with its password masked ("" when it could not be parsed)
    connected: bool
    usable: bool  # Harmony could start on it (it migrates "empty" and "behind" at start)
    server_version: str | None = None
    schema: str = ""  # current | behind | empty | newer | foreign ("" when not connected)
    revision: str | None = None  # Harmony's Alembic revision found there
    head_revision: str = ""  # the newest revision this Harmony knows
    message: str = ""  # English fallback, free of secrets


@dataclass(frozen=True)
class DatabaseChoiceView:
    """Where "Use this database" saved the URL, and when it takes effect."""

    display_url: str
    config_file: str
    password_in_keyring: bool
    #: "" when the config file decides at the next start; "environment" (HARMONY_DATABASE_URL)
    #: or "argument" (--database-url) when that wins over the config file
    overridden_by: str = ""
    restart_required: bool = True
