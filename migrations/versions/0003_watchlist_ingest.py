"""Watchlist artists with their known releases, and FREE import jobs with their items.

Revision ID: 0003
Revises: 0002
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import postgresql

revision = "0003"
down_revision = '0002'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('watchlist_artists',
    sa.Column('id', sa.BigInteger(), nullable=False),
    sa.Column('spotify_artist_id', sa.String(length=64), nullable=False),
    sa.Column('name', sa.Text(), nullable=False),
    sa.Column('priority', sa.Integer(), nullable=False),
    sa.Column('interval_h', sa.Integer(), nullable=False),
    sa.Column('release_types', postgresql.ARRAY(sa.Text()), nullable=False),
    sa.Column('skip_words', postgresql.ARRAY(sa.Text()), nullable=False),
    sa.Column('paused', sa.Boolean(), nullable=False),
    sa.Column('resume_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('last_checked_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('next_check_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('last_error', sa.Text(), nullable=True),
    sa.Column('retry_count', sa.Integer(), nullable=False),
    sa.Column('cooldown_until', sa.DateTime(timezone=True), nullable=True),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_watchlist_artists')),
    sa.UniqueConstraint('spotify_artist_id', name=op.f('uq_watchlist_artists_spotify_artist_id'))
    )
    op.create_index(op.f('ix_watchlist_artists_next_check_at'), 'watchlist_artists', ['next_check_at'], unique=False)
    op.create_table('watchlist_releases',
    sa.Column('id', sa.BigInteger(), nullable=False),
    sa.Column('artist_id', sa.BigInteger(), nullable=False),
    sa.Column('spotify_album_id', sa.String(length=64), nullable=False),
    sa.Column('edition_key', sa.Text(), nullable=False),
    sa.Column('name', sa.Text(), nullable=False),
    sa.Column('album_type', sa.String(length=24), nullable=False),
    sa.Column('release_date', sa.String(length=16), nullable=True),
    sa.Column('total_tracks', sa.Integer(), nullable=False),
    sa.Column('is_new', sa.Boolean(), nullable=False),
    sa.Column('notified_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['artist_id'], ['watchlist_artists.id'], name=op.f('fk_watchlist_releases_artist_id_watchlist_artists'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_watchlist_releases')),
    sa.UniqueConstraint('artist_id', 'edition_key', name='uq_release_edition')
    )
    op.create_index(op.f('ix_watchlist_releases_artist_id'), 'watchlist_releases', ['artist_id'], unique=False)
    op.create_table('ingest_jobs',
    sa.Column('id', sa.BigInteger(), nullable=False),
    sa.Column('source', sa.String(length=32), nullable=False),
    sa.Column('state', sa.String(length=24), nullable=False),
    sa.Column('accepted', sa.Integer(), nullable=False),
    sa.Column('rejected', sa.Integer(), nullable=False),
    sa.Column('duplicates', sa.Integer(), nullable=False),
    sa.Column('links', sa.Integer(), nullable=False),
    sa.Column('summary', postgresql.JSONB(astext_type=sa.Text()), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_ingest_jobs'))
    )
    op.create_table('ingest_items',
    sa.Column('id', sa.BigInteger(), nullable=False),
    sa.Column('job_id', sa.BigInteger(), nullable=False),
    sa.Column('kind', sa.String(length=16), nullable=False),
    sa.Column('payload', postgresql.JSONB(astext_type=sa.Text()), nullable=False),
    sa.Column('wanted_item_id', sa.BigInteger(), nullable=True),
    sa.Column('state', sa.String(length=24), nullable=False),
    sa.Column('error', sa.Text(), nullable=True),
    sa.ForeignKeyConstraint(['job_id'], ['ingest_jobs.id'], name=op.f('fk_ingest_items_job_id_ingest_jobs'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_ingest_items'))
    )
    op.create_index(op.f('ix_ingest_items_job_id'), 'ingest_items', ['job_id'], unique=False)


def downgrade() -> None:
    op.drop_index(op.f('ix_ingest_items_job_id'), table_name='ingest_items')
    op.drop_table('ingest_items')
    op.drop_table('ingest_jobs')
    op.drop_index(op.f('ix_watchlist_releases_artist_id'), table_name='watchlist_releases')
    op.drop_table('watchlist_releases')
    op.drop_index(op.f('ix_watchlist_artists_next_check_at'), table_name='watchlist_artists')
    op.drop_table('watchlist_artists')
