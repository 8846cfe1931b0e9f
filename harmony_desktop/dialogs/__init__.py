"""Dialogs: import preview, artist search, error details."""
