"""Settings with history, the activity log and worker heartbeats: what every engine needs first.

Revision ID: 0001
Revises: (base)
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import postgresql

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('settings',
    sa.Column('key', sa.String(length=128), nullable=False),
    sa.Column('value', sa.Text(), nullable=True),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.PrimaryKeyConstraint('key', name=op.f('pk_settings'))
    )
    op.create_table('settings_history',
    sa.Column('id', sa.BigInteger(), nullable=False),
    sa.Column('key', sa.String(length=128), nullable=False),
    sa.Column('old_value', sa.Text(), nullable=True),
    sa.Column('new_value', sa.Text(), nullable=True),
    sa.Column('source', sa.String(length=32), nullable=False),
    sa.Column('changed_at', sa.DateTime(timezone=True), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_settings_history'))
    )
    op.create_index(op.f('ix_settings_history_key'), 'settings_history', ['key'], unique=False)
    op.create_table('activity_events',
    sa.Column('id', sa.BigInteger(), nullable=False),
    sa.Column('type', sa.String(length=32), nullable=False),
    sa.Column('status', sa.String(length=32), nullable=False),
    sa.Column('details', postgresql.JSONB(astext_type=sa.Text()), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_activity_events'))
    )
    op.create_index('ix_activity_events_created_at', 'activity_events', ['created_at'], unique=False)
    op.create_index('ix_activity_events_type_created', 'activity_events', ['type', 'created_at'], unique=False)
    op.create_table('worker_heartbeats',
    sa.Column('worker', sa.String(length=64), nullable=False),
    sa.Column('engine_id', sa.String(length=64), nullable=False),
    sa.Column('status', sa.String(length=16), nullable=False),
    sa.Column('last_seen', sa.DateTime(timezone=True), nullable=False),
    sa.Column('started_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('last_error', sa.Text(), nullable=True),
    sa.Column('jobs_done', sa.BigInteger(), nullable=False),
    sa.PrimaryKeyConstraint('worker', 'engine_id', name=op.f('pk_worker_heartbeats'))
    )


def downgrade() -> None:
    op.drop_table('worker_heartbeats')
    op.drop_index('ix_activity_events_type_created', table_name='activity_events')
    op.drop_index('ix_activity_events_created_at', table_name='activity_events')
    op.drop_table('activity_events')
    op.drop_index(op.f('ix_settings_history_key'), table_name='settings_history')
    op.drop_table('settings_history')
    op.drop_table('settings')
