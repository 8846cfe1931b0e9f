"""Failure reasons the engine stores as codes read in the user's language, with their detail;
reasons written before the codes existed are shown as they are."""

from __future__ import annotations

import dataclasses

from PySide6.QtCore import QModelIndex, Qt

from engine.domain import failure_codes as fc
from harmony_desktop.messages import ERRORS, failure_text
from harmony_desktop.models.matching_model import CandidatesModel, WantedModel
from harmony_desktop.models.search_model import ActivityModel
from harmony_desktop.models.table_model import DtoTableModel
from harmony_desktop.models.transfers_model import DownloadsModel
from harmony_desktop.models.watchlist_model import WatchlistModel
from harmony_desktop.reason_text import reason_text
from tests.gui.fakes import FakeService

LEGACY = "No acceptable file among 3 candidates; best was 'x.mp3' (0.42: title differs)"


def _column(model: DtoTableModel, title: str) -> int:
    for column in range(model.columnCount(QModelIndex())):
        if model.headerData(column, Qt.Orientation.Horizontal) == title:
            return column
    raise AssertionError(f"no column {title!r}")


def _cells(model: DtoTableModel, title: str,
           role: Qt.ItemDataRole = Qt.ItemDataRole.DisplayRole) -> list[str]:
    column = _column(model, title)
    return [model.data(model.index(row, column), role) for row in range(model.rowCount())]


def test_every_engine_failure_code_has_a_text() -> None:
    assert not fc.ALL - set(ERRORS)


async def test_german_shows_the_code_translated_and_the_detail_as_it_is(language) -> None:
    language("de")
    assert failure_text("match.none_acceptable: 'x.mp3' 0.42") == \
        "Kein Kandidat war gut genug: 'x.mp3' 0.42"
    assert failure_text(fc.failure(fc.USER_CANCELLED)) == "Von dir abgebrochen."
    assert failure_text("transfer.rejected: Completed, Rejected: Banned") == \
        "Der Peer hat den Download abgelehnt: Completed, Rejected: Banned"
    # a coded detail (the watchlist's last error under its give-up code) is translated too
    assert failure_text("watchlist.retry_budget_exhausted: spotify.unreachable: HTTP 503") == \
        "Nach wiederholten Fehlschlägen aufgegeben: Spotify ist nicht erreichbar: HTTP 503"


async def test_unknown_and_legacy_reasons_are_shown_unchanged(language) -> None:
    language("de")
    assert failure_text(LEGACY) == LEGACY
    assert failure_text("Completed, Rejected: Banned") == "Completed, Rejected: Banned"
    assert failure_text("duplicate_of:12") == "duplicate_of:12"
    assert failure_text(None) == failure_text("") == ""


async def test_the_tables_show_failure_reasons_in_german(language) -> None:
    language("de")
    service = FakeService()
    wanted = WantedModel()
    wanted.set_rows(await service.matching.wanted())
    # the ranker's reasons inside the detail are translated too (harmony_desktop.reason_text)
    assert "Kein Kandidat war gut genug: 'Rusty Nails (Live).mp3' 0.41 " \
           f"({reason_text('version mismatch: live')})" in _cells(wanted, "Letzter Fehler")
    assert reason_text("version mismatch: live") != "version mismatch: live"
    downloads = DownloadsModel()
    downloads.set_rows(await service.downloads.list())
    errors = _cells(downloads, "Letzter Fehler")
    assert "Der Peer ist offline." in errors
    assert "Der Peer hat den Download abgelehnt: Completed, Rejected: Banned" in errors
    watchlist = WatchlistModel()
    watchlist.set_rows(await service.watchlist.list())
    tips = _cells(watchlist, "Status", Qt.ItemDataRole.ToolTipRole)
    assert any(t and t.endswith(": Spotify asked to wait 30 s") and not t.startswith(
        "spotify.") for t in tips), tips


async def test_a_failed_candidate_and_a_ban_read_in_german(language) -> None:
    language("de")
    service = FakeService()
    [first, *_] = await service.matching.candidates(1)
    row = dataclasses.replace(first, reasons=("user.banned", "failed: transfer.lost",
                                              "title differs"))
    model = CandidatesModel()
    model.set_rows([row])
    [reasons] = _cells(model, "Gründe")
    assert reasons == "Von dir gesperrt, Fehlgeschlagen: slskd hat die Übertragung " \
                      "wiederholt verloren, title differs"


async def test_the_activity_summary_keeps_the_detail(language) -> None:
    language("de")
    service = FakeService()
    [entry, *_] = await service.activity()
    coded = dataclasses.replace(entry, details={"reason": "verify.size_mismatch: 100 B ≠ 200 B"})
    model = ActivityModel()
    model.set_rows([coded])
    [summary] = _cells(model, "Zusammenfassung")
    assert summary == "Die Dateigröße weicht von der angekündigten Größe ab: 100 B ≠ 200 B"
