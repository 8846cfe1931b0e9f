"""The Soulseek search budget shared by every engine on the database: started searches and the
back-off of slskd's last 429 (the single-flight itself is an advisory lock, not a table).

Revision ID: 0006
Revises: 0005
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table("search_budget_slots",
                    sa.Column("id", sa.BigInteger(), nullable=False),
                    sa.Column("engine_id", sa.String(length=64), nullable=False),
                    sa.Column("started_at", sa.DateTime(timezone=True), nullable=False),
                    sa.Column("ended_at", sa.DateTime(timezone=True), nullable=True),
                    sa.PrimaryKeyConstraint("id", name=op.f("pk_search_budget_slots")))
    op.create_table("search_budget_hold_offs",
                    sa.Column("budget", sa.String(length=32), nullable=False),
                    sa.Column("until", sa.DateTime(timezone=True), nullable=False),
                    sa.PrimaryKeyConstraint("budget", name=op.f("pk_search_budget_hold_offs")))


def downgrade() -> None:
    op.drop_table("search_budget_hold_offs")
    op.drop_table("search_budget_slots")
