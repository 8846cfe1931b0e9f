"""The durable job queue: pgqueuer's tables, types, trigger and notify function.

pgqueuer owns this DDL (its version is pinned in constraints.txt); rendering it here keeps every
schema change in Alembic's history instead of a second, unversioned install step.

Revision ID: 0004
Revises: 0003
"""

from __future__ import annotations

from alembic import op
from pgqueuer.adapters.persistence.qb import QueryBuilderEnvironment
from sqlalchemy.util import await_only

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def _execute_script(sql: str) -> None:
    # The DDL holds several statements; asyncpg runs those only through its simple-query
    # protocol (``execute`` without arguments), not as one prepared statement.
    driver_connection = op.get_bind().connection.driver_connection
    await_only(driver_connection.execute(sql))


def upgrade() -> None:
    _execute_script(QueryBuilderEnvironment().build_install_query(create_schema=False))


def downgrade() -> None:
    _execute_script(QueryBuilderEnvironment().build_uninstall_query())
