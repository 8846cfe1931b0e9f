"""PostgreSQL persistence: ORM tables, sessions, the embedded server and migrations glue."""
