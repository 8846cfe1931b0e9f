"""Immutable data transfer objects shared by every layer of the engine and the GUI."""
