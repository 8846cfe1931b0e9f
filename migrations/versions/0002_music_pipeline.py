"""Wanted items, playlists, downloads, matches and the library index: the acquisition pipeline's state.

Revision ID: 0002
Revises: 0001
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import postgresql

revision = "0002"
down_revision = '0001'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('playlists',
    sa.Column('id', sa.BigInteger(), nullable=False),
    sa.Column('spotify_id', sa.String(length=64), nullable=True),
    sa.Column('name', sa.Text(), nullable=False),
    sa.Column('owner', sa.Text(), nullable=True),
    sa.Column('source', sa.String(length=32), nullable=False),
    sa.Column('sync_enabled', sa.Boolean(), nullable=False),
    sa.Column('snapshot_id', sa.Text(), nullable=True),
    sa.Column('track_count', sa.Integer(), nullable=False),
    sa.Column('last_synced_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('m3u_path', sa.Text(), nullable=True),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_playlists')),
    sa.UniqueConstraint('spotify_id', name=op.f('uq_playlists_spotify_id'))
    )
    op.create_table('wanted_items',
    sa.Column('id', sa.BigInteger(), nullable=False),
    sa.Column('title', sa.Text(), nullable=False),
    sa.Column('artists', postgresql.ARRAY(sa.Text()), nullable=False),
    sa.Column('album', sa.Text(), nullable=True),
    sa.Column('album_artist', sa.Text(), nullable=True),
    sa.Column('duration_ms', sa.Integer(), nullable=True),
    sa.Column('track_number', sa.Integer(), nullable=True),
    sa.Column('track_total', sa.Integer(), nullable=True),
    sa.Column('disc_number', sa.Integer(), nullable=True),
    sa.Column('disc_total', sa.Integer(), nullable=True),
    sa.Column('release_date', sa.String(length=16), nullable=True),
    sa.Column('isrc', sa.String(length=16), nullable=True),
    sa.Column('spotify_track_id', sa.String(length=64), nullable=True),
    sa.Column('spotify_album_id', sa.String(length=64), nullable=True),
    sa.Column('spotify_artist_ids', postgresql.ARRAY(sa.Text()), nullable=False),
    sa.Column('cover_url', sa.Text(), nullable=True),
    sa.Column('genre', sa.Text(), nullable=True),
    sa.Column('copyright', sa.Text(), nullable=True),
    sa.Column('match_key', sa.Text(), nullable=False),
    sa.Column('sources', postgresql.ARRAY(sa.Text()), nullable=False),
    sa.Column('state', sa.String(length=24), nullable=False),
    sa.Column('priority', sa.Integer(), nullable=False),
    sa.Column('backfilled', sa.Boolean(), nullable=False),
    sa.Column('last_error', sa.Text(), nullable=True),
    sa.Column('library_path', sa.Text(), nullable=True),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_wanted_items')),
    sa.UniqueConstraint('spotify_track_id', name=op.f('uq_wanted_items_spotify_track_id'))
    )
    op.create_index(op.f('ix_wanted_items_isrc'), 'wanted_items', ['isrc'], unique=False)
    op.create_index(op.f('ix_wanted_items_match_key'), 'wanted_items', ['match_key'], unique=False)
    op.create_index(op.f('ix_wanted_items_state'), 'wanted_items', ['state'], unique=False)
    op.create_table('playlist_items',
    sa.Column('playlist_id', sa.BigInteger(), nullable=False),
    sa.Column('wanted_item_id', sa.BigInteger(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('removed_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('added_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['playlist_id'], ['playlists.id'], name=op.f('fk_playlist_items_playlist_id_playlists'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['wanted_item_id'], ['wanted_items.id'], name=op.f('fk_playlist_items_wanted_item_id_wanted_items'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('playlist_id', 'wanted_item_id', name=op.f('pk_playlist_items'))
    )
    op.create_table('downloads',
    sa.Column('id', sa.BigInteger(), nullable=False),
    sa.Column('wanted_item_id', sa.BigInteger(), nullable=True),
    sa.Column('state', sa.String(length=24), nullable=False),
    sa.Column('priority', sa.Integer(), nullable=False),
    sa.Column('retry_count', sa.Integer(), nullable=False),
    sa.Column('next_retry_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('last_error', sa.Text(), nullable=True),
    sa.Column('username', sa.Text(), nullable=True),
    sa.Column('remote_path', sa.Text(), nullable=True),
    sa.Column('size', sa.BigInteger(), nullable=True),
    sa.Column('bytes_transferred', sa.BigInteger(), nullable=False),
    sa.Column('progress', sa.Float(), nullable=False),
    sa.Column('transfer_id', sa.String(length=64), nullable=True),
    sa.Column('local_path', sa.Text(), nullable=True),
    sa.Column('organised_path', sa.Text(), nullable=True),
    sa.Column('metadata_status', sa.String(length=16), nullable=False),
    sa.Column('artwork_status', sa.String(length=16), nullable=False),
    sa.Column('lyrics_status', sa.String(length=16), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('completed_at', sa.DateTime(timezone=True), nullable=True),
    sa.ForeignKeyConstraint(['wanted_item_id'], ['wanted_items.id'], name=op.f('fk_downloads_wanted_item_id_wanted_items'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_downloads'))
    )
    op.create_index(op.f('ix_downloads_state'), 'downloads', ['state'], unique=False)
    op.create_index(op.f('ix_downloads_wanted_item_id'), 'downloads', ['wanted_item_id'], unique=False)
    op.create_table('matches',
    sa.Column('id', sa.BigInteger(), nullable=False),
    sa.Column('wanted_item_id', sa.BigInteger(), nullable=False),
    sa.Column('username', sa.Text(), nullable=False),
    sa.Column('filename', sa.Text(), nullable=False),
    sa.Column('size', sa.BigInteger(), nullable=False),
    sa.Column('candidate', postgresql.JSONB(astext_type=sa.Text()), nullable=False),
    sa.Column('confidence', sa.Float(), nullable=False),
    sa.Column('reasons', postgresql.ARRAY(sa.Text()), nullable=False),
    sa.Column('decision', sa.String(length=16), nullable=False),
    sa.Column('rank', sa.Integer(), nullable=False),
    sa.Column('tried', sa.Boolean(), nullable=False),
    sa.Column('failed', sa.Boolean(), nullable=False),
    sa.Column('user_choice', sa.Boolean(), nullable=False),
    sa.Column('batch_id', sa.String(length=64), nullable=True),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['wanted_item_id'], ['wanted_items.id'], name=op.f('fk_matches_wanted_item_id_wanted_items'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_matches')),
    sa.UniqueConstraint('wanted_item_id', 'username', 'filename', name='uq_matches_item_file')
    )
    op.create_index(op.f('ix_matches_wanted_item_id'), 'matches', ['wanted_item_id'], unique=False)
    op.create_table('search_cache',
    sa.Column('query', sa.Text(), nullable=False),
    sa.Column('responses', postgresql.JSONB(astext_type=sa.Text()), nullable=False),
    sa.Column('searched_at', sa.DateTime(timezone=True), nullable=False),
    sa.PrimaryKeyConstraint('query', name=op.f('pk_search_cache'))
    )
    op.create_table('peer_stats',
    sa.Column('username', sa.Text(), nullable=False),
    sa.Column('failures', sa.Integer(), nullable=False),
    sa.Column('successes', sa.Integer(), nullable=False),
    sa.Column('banned', sa.Boolean(), nullable=False),
    sa.Column('last_failure_at', sa.DateTime(timezone=True), nullable=True),
    sa.PrimaryKeyConstraint('username', name=op.f('pk_peer_stats'))
    )
    op.create_table('banned_files',
    sa.Column('username', sa.Text(), nullable=False),
    sa.Column('filename', sa.Text(), nullable=False),
    sa.Column('wanted_item_id', sa.BigInteger(), nullable=True),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.PrimaryKeyConstraint('username', 'filename', name=op.f('pk_banned_files'))
    )
    op.create_table('library_files',
    sa.Column('id', sa.BigInteger(), nullable=False),
    sa.Column('path', sa.Text(), nullable=False),
    sa.Column('title', sa.Text(), nullable=True),
    sa.Column('artists', postgresql.ARRAY(sa.Text()), nullable=False),
    sa.Column('album', sa.Text(), nullable=True),
    sa.Column('album_artist', sa.Text(), nullable=True),
    sa.Column('duration_s', sa.Float(), nullable=True),
    sa.Column('isrc', sa.String(length=16), nullable=True),
    sa.Column('spotify_track_id', sa.String(length=64), nullable=True),
    sa.Column('match_key', sa.Text(), nullable=True),
    sa.Column('format', sa.String(length=16), nullable=True),
    sa.Column('bitrate', sa.Integer(), nullable=True),
    sa.Column('size', sa.BigInteger(), nullable=False),
    sa.Column('mtime_ns', sa.BigInteger(), nullable=False),
    sa.Column('indexed_at', sa.DateTime(timezone=True), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_library_files')),
    sa.UniqueConstraint('path', name=op.f('uq_library_files_path'))
    )
    op.create_index(op.f('ix_library_files_isrc'), 'library_files', ['isrc'], unique=False)
    op.create_index(op.f('ix_library_files_match_key'), 'library_files', ['match_key'], unique=False)
    op.create_index(op.f('ix_library_files_spotify_track_id'), 'library_files', ['spotify_track_id'], unique=False)


def downgrade() -> None:
    op.drop_index(op.f('ix_library_files_spotify_track_id'), table_name='library_files')
    op.drop_index(op.f('ix_library_files_match_key'), table_name='library_files')
    op.drop_index(op.f('ix_library_files_isrc'), table_name='library_files')
    op.drop_table('library_files')
    op.drop_table('banned_files')
    op.drop_table('peer_stats')
    op.drop_table('search_cache')
    op.drop_index(op.f('ix_matches_wanted_item_id'), table_name='matches')
    op.drop_table('matches')
    op.drop_index(op.f('ix_downloads_wanted_item_id'), table_name='downloads')
    op.drop_index(op.f('ix_downloads_state'), table_name='downloads')
    op.drop_table('downloads')
    op.drop_table('playlist_items')
    op.drop_index(op.f('ix_wanted_items_state'), table_name='wanted_items')
    op.drop_index(op.f('ix_wanted_items_match_key'), table_name='wanted_items')
    op.drop_index(op.f('ix_wanted_items_isrc'), table_name='wanted_items')
    op.drop_table('wanted_items')
    op.drop_table('playlists')
