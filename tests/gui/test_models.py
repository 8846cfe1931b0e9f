"""Every table model passes qtmodeltester with realistic rows; per-row updates stay per-row."""

from __future__ import annotations

import dataclasses

from harmony_desktop.models.import_model import (
    ImportLinksModel,
    ImportRejectsModel,
    ImportRowsModel,
)
from harmony_desktop.models.log_model import LogModel
from harmony_desktop.models.matching_model import BatchesModel, CandidatesModel, WantedModel
from harmony_desktop.models.playlists_model import PlaylistsModel
from harmony_desktop.models.roles import Roles
from harmony_desktop.models.search_model import ActivityModel, SearchResultsModel
from harmony_desktop.models.settings_model import HistoryModel
from harmony_desktop.models.sort_proxy import FilterProxyModel, SortProxyModel
from harmony_desktop.models.transfers_model import (
    DownloadsModel,
    ProvidersModel,
    SlskdSettingsModel,
    UploadsModel,
)
from harmony_desktop.models.watchlist_model import ArtistHitsModel, WatchlistModel
from tests.gui.fakes import FakeService


async def _rows() -> dict[type, list]:
    service = FakeService()
    preview = await service.imports.preview_text("x")
    return {
        DownloadsModel: await service.downloads.list(),
        UploadsModel: await service.downloads.uploads(),
        ProvidersModel: await service.health.providers(),
        SlskdSettingsModel: [v for v in await service.settings() if v.group == "slskd"],
        BatchesModel: await service.matching.batches(),
        WantedModel: await service.matching.wanted(),
        CandidatesModel: await service.matching.candidates(1),
        WatchlistModel: await service.watchlist.list(),
        ArtistHitsModel: await service.watchlist.search_artists("x"),
        SearchResultsModel: list(service.search.rows("s1")),
        ActivityModel: await service.activity(),
        HistoryModel: await service.settings_history(),
        ImportRowsModel: list(preview.accepted),
        ImportLinksModel: list(preview.links),
        ImportRejectsModel: list(preview.rejected),
        PlaylistsModel: await service.spotify.playlists(),
    }


async def test_every_model_passes_the_model_tester(qtmodeltester) -> None:
    for model_class, rows in (await _rows()).items():
        model = model_class()
        model.set_rows(rows)
        assert model.rowCount() == len(rows) > 0, model_class
        qtmodeltester.check(model, force_py=True)
        proxy = SortProxyModel()
        proxy.setSourceModel(model)
        proxy.sort(0)
        qtmodeltester.check(proxy, force_py=True)


async def test_progress_update_changes_one_row_only(qtbot) -> None:
    model = DownloadsModel()
    rows = await FakeService().downloads.list()
    model.set_rows(rows)
    changed: list[tuple[int, int]] = []
    model.dataChanged.connect(lambda a, b: changed.append((a.row(), b.row())))
    model.upsert(dataclasses.replace(rows[0], progress=0.99))
    assert changed == [(0, 0)]
    assert model.index(0, 2).data(Roles.ProgressRole) == 0.99
    assert model.index(0, 2).data() == "99 %"


async def test_search_batches_merge_and_sort_by_score() -> None:
    model = SearchResultsModel()
    rows = FakeService().search.rows("s1")
    model.add_batch(rows[:3])
    model.add_batch(rows)  # the first three again plus four files
    assert model.rowCount() == 7
    proxy = FilterProxyModel()
    proxy.setSourceModel(model)
    proxy.sort(0, order=proxy.sortOrder().DescendingOrder)
    scores = [proxy.object_at(r).score for r in range(proxy.rowCount())]
    assert scores == sorted(scores, reverse=True)
    proxy.set_predicate(lambda r: r.kind == "file")
    assert proxy.rowCount() == 4


def test_log_model_stays_bounded() -> None:
    from datetime import datetime

    from harmony_desktop.models.log_model import LogRow

    model = LogModel(limit=100)
    for n in range(250):
        model.add(LogRow(n, datetime.now(), "INFO", 20, "engine", f"line {n}"))
    assert model.rowCount() <= 100
    assert model.row_at(model.rowCount() - 1).message == "line 249"
