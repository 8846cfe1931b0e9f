"""Imports every ORM table module so the metadata is complete (Alembic, tests).

Areas that add tables put them in ``engine/db/tables_<area>.py`` and add one import line here.
"""

from engine.db import (
    tables,  # noqa: F401
    tables_search_budget,  # noqa: F401
)
