"""A fake HarmonyService implementing the facade Protocols with realistic data and switchable
states per section (``data``, ``empty``, ``error``), plus a delay to see loading states.

Split by concern: :mod:`.base` (the shared section behaviour), :mod:`.acquisition` (health,
downloads, matching), :mod:`.discovery` (watchlist, search), :mod:`.sources` (imports, Spotify,
library) and :mod:`.service` (the service that wires them)."""

from tests.gui.fakes.acquisition import FakeDownloads, FakeHealth, FakeMatching, download
from tests.gui.fakes.base import NOW, Section, ago
from tests.gui.fakes.discovery import FakeSearch, FakeWatchlist, file_row
from tests.gui.fakes.service import SECTIONS, FakeService
from tests.gui.fakes.sources import FakeImports, FakeLibrary, FakeSpotify, playlist, reject

__all__ = ["NOW", "SECTIONS", "FakeDownloads", "FakeHealth", "FakeImports", "FakeLibrary",
           "FakeMatching", "FakeSearch", "FakeService", "FakeSpotify", "FakeWatchlist",
           "Section", "ago", "download", "file_row", "playlist", "reject"]
