"""ORM tables (product.md §6). Only repositories touch these; DTOs leave the engine instead.

The job queue's own tables belong to pgqueuer and are created by an Alembic revision too.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import (
    BigInteger,
    Boolean,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    UniqueConstraint,
    text,
)
from sqlalchemy.dialects.postgresql import ARRAY, JSONB
from sqlalchemy.orm import Mapped, mapped_column

from engine.db.base import Base, utcnow

TS = DateTime(timezone=True)


def _created() -> Mapped[datetime]:
    return mapped_column(TS, default=utcnow, nullable=False)


def _updated() -> Mapped[datetime]:
    return mapped_column(TS, default=utcnow, onupdate=utcnow, nullable=False)


class Setting(Base):
    __tablename__ = "settings"
    key: Mapped[str] = mapped_column(String(128), primary_key=True)
    value: Mapped[str | None] = mapped_column(Text)
    updated_at: Mapped[datetime] = _updated()


class SettingHistory(Base):
    __tablename__ = "settings_history"
    id: Mapped[int] = mapped_column(BigInteger, primary_key=True)
    key: Mapped[str] = mapped_column(String(128), index=True)
    old_value: Mapped[str | None] = mapped_column(Text)
    new_value: Mapped[str | None] = mapped_column(Text)
    source: Mapped[str] = mapped_column(String(32), default="user")
    changed_at: Mapped[datetime] = _created()


class ActivityEvent(Base):
    __tablename__ = "activity_events"
    id: Mapped[int] = mapped_column(BigInteger, primary_key=True)
    type: Mapped[str] = mapped_column(String(32))
    status: Mapped[str] = mapped_column(String(32))
    details: Mapped[dict[str, Any]] = mapped_column(JSONB, default=dict)
    created_at: Mapped[datetime] = _created()
    __table_args__ = (Index("ix_activity_events_created_at", "created_at"),
                      Index("ix_activity_events_type_created", "type", "created_at"))


class WorkerHeartbeat(Base):
    __tablename__ = "worker_heartbeats"
    worker: Mapped[str] = mapped_column(String(64), primary_key=True)
    engine_id: Mapped[str] = mapped_column(String(64), primary_key=True)
    status: Mapped[str] = mapped_column(String(16))
    last_seen: Mapped[datetime] = _updated()
    started_at: Mapped[datetime] = _created()
    last_error: Mapped[str | None] = mapped_column(Text)
    jobs_done: Mapped[int] = mapped_column(BigInteger, default=0)


class Playlist(Base):
    __tablename__ = "playlists"
    id: Mapped[int] = mapped_column(BigInteger, primary_key=True)
    spotify_id: Mapped[str | None] = mapped_column(String(64), unique=True)
    name: Mapped[str] = mapped_column(Text)
    owner: Mapped[str | None] = mapped_column(Text)
    source: Mapped[str] = mapped_column(String(32))  # spotify | liked | import
    sync_enabled: Mapped[bool] = mapped_column(Boolean, default=False)
    snapshot_id: Mapped[str | None] = mapped_column(Text)
    track_count: Mapped[int] = mapped_column(Integer, default=0)
    last_synced_at: Mapped[datetime | None] = mapped_column(TS)
    m3u_path: Mapped[str | None] = mapped_column(Text)
    created_at: Mapped[datetime] = _created()
    updated_at: Mapped[datetime] = _updated()


class WantedItem(Base):
    __tablename__ = "wanted_items"
    id: Mapped[int] = mapped_column(BigInteger, primary_key=True)
    title: Mapped[str] = mapped_column(Text)
    artists: Mapped[list[str]] = mapped_column(ARRAY(Text))
    album: Mapped[str | None] = mapped_column(Text)
    album_artist: Mapped[str | None] = mapped_column(Text)
    duration_ms: Mapped[int | None] = mapped_column(Integer)
    track_number: Mapped[int | None] = mapped_column(Integer)
    track_total: Mapped[int | None] = mapped_column(Integer)
    disc_number: Mapped[int | None] = mapped_column(Integer)
    disc_total: Mapped[int | None] = mapped_column(Integer)
    release_date: Mapped[str | None] = mapped_column(String(16))
    isrc: Mapped[str | None] = mapped_column(String(16), index=True)
    spotify_track_id: Mapped[str | None] = mapped_column(String(64), unique=True)
    spotify_album_id: Mapped[str | None] = mapped_column(String(64))
    spotify_artist_ids: Mapped[list[str]] = mapped_column(ARRAY(Text), default=list)
    cover_url: Mapped[str | None] = mapped_column(Text)
    genre: Mapped[str | None] = mapped_column(Text)
    copyright: Mapped[str | None] = mapped_column(Text)
    match_key: Mapped[str] = mapped_column(Text, index=True)  # normalised artist|title
    sources: Mapped[list[str]] = mapped_column(ARRAY(Text), default=list)
    state: Mapped[str] = mapped_column(String(24), default="new", index=True)
    priority: Mapped[int] = mapped_column(Integer, default=0)
    backfilled: Mapped[bool] = mapped_column(Boolean, default=False)
    last_error: Mapped[str | None] = mapped_column(Text)
    library_path: Mapped[str | None] = mapped_column(Text)
    created_at: Mapped[datetime] = _created()
    updated_at: Mapped[datetime] = _updated()


class PlaylistItem(Base):
    __tablename__ = "playlist_items"
    playlist_id: Mapped[int] = mapped_column(ForeignKey("playlists.id", ondelete="CASCADE"),
                                             primary_key=True)
    wanted_item_id: Mapped[int] = mapped_column(ForeignKey("wanted_items.id", ondelete="CASCADE"),
                                                primary_key=True)
    position: Mapped[int] = mapped_column(Integer)
    removed_at: Mapped[datetime | None] = mapped_column(TS)
    added_at: Mapped[datetime] = _created()


class Download(Base):
    __tablename__ = "downloads"
    id: Mapped[int] = mapped_column(BigInteger, primary_key=True)
    wanted_item_id: Mapped[int | None] = mapped_column(
        ForeignKey("wanted_items.id", ondelete="SET NULL"), index=True)
    state: Mapped[str] = mapped_column(String(24), index=True)
    priority: Mapped[int] = mapped_column(Integer, default=0)
    retry_count: Mapped[int] = mapped_column(Integer, default=0)
    next_retry_at: Mapped[datetime | None] = mapped_column(TS)
    last_error: Mapped[str | None] = mapped_column(Text)
    username: Mapped[str | None] = mapped_column(Text)
    remote_path: Mapped[str | None] = mapped_column(Text)
    size: Mapped[int | None] = mapped_column(BigInteger)
    bytes_transferred: Mapped[int] = mapped_column(BigInteger, default=0)
    progress: Mapped[float] = mapped_column(Float, default=0.0)
    transfer_id: Mapped[str | None] = mapped_column(String(64))
    local_path: Mapped[str | None] = mapped_column(Text)
    organised_path: Mapped[str | None] = mapped_column(Text)
    metadata_status: Mapped[str] = mapped_column(String(16), default="pending")
    artwork_status: Mapped[str] = mapped_column(String(16), default="pending")
    lyrics_status: Mapped[str] = mapped_column(String(16), default="pending")
    created_at: Mapped[datetime] = _created()
    updated_at: Mapped[datetime] = _updated()
    completed_at: Mapped[datetime | None] = mapped_column(TS)


class Match(Base):
    __tablename__ = "matches"
    id: Mapped[int] = mapped_column(BigInteger, primary_key=True)
    wanted_item_id: Mapped[int] = mapped_column(ForeignKey("wanted_items.id", ondelete="CASCADE"),
                                                index=True)
    username: Mapped[str] = mapped_column(Text)
    filename: Mapped[str] = mapped_column(Text)
    size: Mapped[int] = mapped_column(BigInteger)
    candidate: Mapped[dict[str, Any]] = mapped_column(JSONB)
    confidence: Mapped[float] = mapped_column(Float)
    reasons: Mapped[list[str]] = mapped_column(ARRAY(Text), default=list)
    decision: Mapped[str] = mapped_column(String(16))  # saved | discarded
    rank: Mapped[int] = mapped_column(Integer)
    tried: Mapped[bool] = mapped_column(Boolean, default=False)
    failed: Mapped[bool] = mapped_column(Boolean, default=False)
    user_choice: Mapped[bool] = mapped_column(Boolean, default=False)
    batch_id: Mapped[str | None] = mapped_column(String(64))
    created_at: Mapped[datetime] = _created()
    __table_args__ = (UniqueConstraint("wanted_item_id", "username", "filename",
                                       name="uq_matches_item_file"),)


class SearchCache(Base):
    __tablename__ = "search_cache"
    query: Mapped[str] = mapped_column(Text, primary_key=True)
    responses: Mapped[list[dict[str, Any]]] = mapped_column(JSONB)
    searched_at: Mapped[datetime] = _created()


class PeerStat(Base):
    __tablename__ = "peer_stats"
    username: Mapped[str] = mapped_column(Text, primary_key=True)
    failures: Mapped[int] = mapped_column(Integer, default=0)
    successes: Mapped[int] = mapped_column(Integer, default=0)
    banned: Mapped[bool] = mapped_column(Boolean, default=False)
    last_failure_at: Mapped[datetime | None] = mapped_column(TS)


class BannedFile(Base):
    __tablename__ = "banned_files"
    username: Mapped[str] = mapped_column(Text, primary_key=True)
    filename: Mapped[str] = mapped_column(Text, primary_key=True)
    wanted_item_id: Mapped[int | None] = mapped_column(BigInteger)
    created_at: Mapped[datetime] = _created()


class WatchlistArtist(Base):
    __tablename__ = "watchlist_artists"
    id: Mapped[int] = mapped_column(BigInteger, primary_key=True)
    spotify_artist_id: Mapped[str] = mapped_column(String(64), unique=True)
    name: Mapped[str] = mapped_column(Text)
    priority: Mapped[int] = mapped_column(Integer, default=0)
    interval_h: Mapped[int] = mapped_column(Integer, default=24)
    release_types: Mapped[list[str]] = mapped_column(ARRAY(Text),
                                                     default=lambda: ["album", "single", "ep"])
    skip_words: Mapped[list[str]] = mapped_column(ARRAY(Text),
                                                  default=lambda: ["live", "remix",
                                                                   "instrumental"])
    paused: Mapped[bool] = mapped_column(Boolean, default=False)
    resume_at: Mapped[datetime | None] = mapped_column(TS)
    last_checked_at: Mapped[datetime | None] = mapped_column(TS)
    next_check_at: Mapped[datetime | None] = mapped_column(TS, index=True)
    last_error: Mapped[str | None] = mapped_column(Text)
    retry_count: Mapped[int] = mapped_column(Integer, default=0)
    cooldown_until: Mapped[datetime | None] = mapped_column(TS)
    created_at: Mapped[datetime] = _created()


class WatchlistRelease(Base):
    __tablename__ = "watchlist_releases"
    id: Mapped[int] = mapped_column(BigInteger, primary_key=True)
    artist_id: Mapped[int] = mapped_column(ForeignKey("watchlist_artists.id", ondelete="CASCADE"),
                                           index=True)
    spotify_album_id: Mapped[str] = mapped_column(String(64))
    edition_key: Mapped[str] = mapped_column(Text)  # normalised name + type: editions collapse
    name: Mapped[str] = mapped_column(Text)
    album_type: Mapped[str] = mapped_column(String(24))
    release_date: Mapped[str | None] = mapped_column(String(16))
    total_tracks: Mapped[int] = mapped_column(Integer, default=0)
    is_new: Mapped[bool] = mapped_column(Boolean, default=False)
    notified_at: Mapped[datetime | None] = mapped_column(TS)
    # Why a recorded release was not fetched (first_check, type, content:live, before_check …).
    skip_reason: Mapped[str | None] = mapped_column(String(64))
    # When its tracks became wanted items, and which ones (album progress counts these).
    queued_at: Mapped[datetime | None] = mapped_column(TS)
    wanted_item_ids: Mapped[list[int]] = mapped_column(ARRAY(BigInteger), default=list,
                                                       server_default=text("'{}'"))
    # The "have" count last announced, so a progress notification fires once per change.
    progress_have: Mapped[int] = mapped_column(Integer, default=0, server_default=text("0"))
    created_at: Mapped[datetime] = _created()
    __table_args__ = (UniqueConstraint("artist_id", "edition_key", name="uq_release_edition"),
                      Index("ix_watchlist_releases_wanted_item_ids", "wanted_item_ids",
                            postgresql_using="gin"))


class IngestJob(Base):
    __tablename__ = "ingest_jobs"
    id: Mapped[int] = mapped_column(BigInteger, primary_key=True)
    source: Mapped[str] = mapped_column(String(32))
    state: Mapped[str] = mapped_column(String(24), default="registered")
    accepted: Mapped[int] = mapped_column(Integer, default=0)
    rejected: Mapped[int] = mapped_column(Integer, default=0)
    duplicates: Mapped[int] = mapped_column(Integer, default=0)
    links: Mapped[int] = mapped_column(Integer, default=0)
    summary: Mapped[dict[str, Any]] = mapped_column(JSONB, default=dict)
    created_at: Mapped[datetime] = _created()
    updated_at: Mapped[datetime] = _updated()


class IngestItem(Base):
    __tablename__ = "ingest_items"
    id: Mapped[int] = mapped_column(BigInteger, primary_key=True)
    job_id: Mapped[int] = mapped_column(ForeignKey("ingest_jobs.id", ondelete="CASCADE"),
                                        index=True)
    kind: Mapped[str] = mapped_column(String(16))  # track | link | rejected
    payload: Mapped[dict[str, Any]] = mapped_column(JSONB)
    wanted_item_id: Mapped[int | None] = mapped_column(BigInteger)
    state: Mapped[str] = mapped_column(String(24), default="accepted")
    error: Mapped[str | None] = mapped_column(Text)


class LibraryFile(Base):
    __tablename__ = "library_files"
    id: Mapped[int] = mapped_column(BigInteger, primary_key=True)
    path: Mapped[str] = mapped_column(Text, unique=True)
    title: Mapped[str | None] = mapped_column(Text)
    artists: Mapped[list[str]] = mapped_column(ARRAY(Text), default=list)
    album: Mapped[str | None] = mapped_column(Text)
    album_artist: Mapped[str | None] = mapped_column(Text)
    duration_s: Mapped[float | None] = mapped_column(Float)
    isrc: Mapped[str | None] = mapped_column(String(16), index=True)
    spotify_track_id: Mapped[str | None] = mapped_column(String(64), index=True)
    match_key: Mapped[str | None] = mapped_column(Text, index=True)
    format: Mapped[str | None] = mapped_column(String(16))
    bitrate: Mapped[int | None] = mapped_column(Integer)
    size: Mapped[int] = mapped_column(BigInteger)
    mtime_ns: Mapped[int] = mapped_column(BigInteger)
    indexed_at: Mapped[datetime] = _updated()
