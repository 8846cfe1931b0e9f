"""Repositories: the only code that touches ORM rows; they return frozen DTOs."""
