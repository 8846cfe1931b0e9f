"""The Imports section (engine.facade.contracts.ImportsSection) over the import service."""

from __future__ import annotations

from collections.abc import Sequence

from engine.facade.contracts import (
    ImportLinkView,
    ImportPreviewView,
    ImportRejectView,
    ImportRowView,
    ImportSummary,
)
from engine.services.imports import ImportService, StoredPreview


class ImportsFacade:
    def __init__(self, service: ImportService) -> None:
        self._service = service

    async def preview_paths(self, paths: Sequence[str]) -> ImportPreviewView:
        return _view(*await self._service.preview_paths(paths))

    async def preview_text(self, text: str) -> ImportPreviewView:
        return _view(*await self._service.preview_text(text))

    async def confirm(self, preview_id: str) -> ImportSummary:
        result = await self._service.confirm(preview_id)
        return ImportSummary(result.job_id, result.created, result.merged, result.links,
                             result.rejected)

    async def discard(self, preview_id: str) -> None:
        self._service.discard(preview_id)


def _view(preview_id: str, stored: StoredPreview) -> ImportPreviewView:
    preview = stored.preview
    return ImportPreviewView(
        preview_id=preview_id,
        accepted=tuple(ImportRowView(t.artists, t.title, t.album, t.duration_ms, t.source,
                                     t.file, t.line) for t in preview.accepted),
        links=tuple(ImportLinkView(link.kind, link.spotify_id, link.file)
                    for link in preview.links),
        rejected=tuple(ImportRejectView(r.file, r.line, r.text, r.reason, r.message)
                       for r in preview.rejected),
        duplicates=len(preview.duplicates),
        already_wanted=stored.already_wanted,
        notes=tuple(note.message for note in preview.notes))
