"""Watchlist: why a release was skipped, when and which wanted items it queued, progress shown.

Revision ID: 0005
Revises: 0004
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import postgresql

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("watchlist_releases", sa.Column("skip_reason", sa.String(length=64),
                                                  nullable=True))
    op.add_column("watchlist_releases", sa.Column("queued_at", sa.DateTime(timezone=True),
                                                  nullable=True))
    op.add_column("watchlist_releases", sa.Column(
        "wanted_item_ids", postgresql.ARRAY(sa.BigInteger()), nullable=False,
        server_default=sa.text("'{}'")))
    op.add_column("watchlist_releases", sa.Column("progress_have", sa.Integer(), nullable=False,
                                                  server_default=sa.text("0")))
    op.create_index("ix_watchlist_releases_wanted_item_ids", "watchlist_releases",
                    ["wanted_item_ids"], unique=False, postgresql_using="gin")


def downgrade() -> None:
    op.drop_index("ix_watchlist_releases_wanted_item_ids", table_name="watchlist_releases",
                  postgresql_using="gin")
    op.drop_column("watchlist_releases", "progress_have")
    op.drop_column("watchlist_releases", "wanted_item_ids")
    op.drop_column("watchlist_releases", "queued_at")
    op.drop_column("watchlist_releases", "skip_reason")
