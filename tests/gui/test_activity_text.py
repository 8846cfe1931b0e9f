"""Activity summaries read in the user's language: counts get labels, ids stay out."""

from __future__ import annotations

from types import SimpleNamespace

from PySide6.QtCore import QLocale

from harmony_desktop.activity_text import activity_summary


def _entry(**details: object) -> SimpleNamespace:
    return SimpleNamespace(details=details)


def test_counts_are_labelled_in_german_and_ids_left_out(qapp, language) -> None:
    QLocale.setDefault(QLocale("de_DE"))
    try:
        language("de")
        imported = _entry(action="import", job_id=51, created=1412, merged=3, links=0)
        assert activity_summary(imported) == "neu: 1.412 · zusammengeführt: 3 · Links: 0"
        search = _entry(query="moderat bad kingdom", search_id=9, duration_ms=2140)
        assert activity_summary(search) == "moderat bad kingdom · dauerte 2,1 s"
        failed = _entry(download_id=7, item_id=3, title="Rusty Nails", reason="user.cancelled")
        summary = activity_summary(failed)
        assert summary.startswith("Rusty Nails · ") and "user.cancelled" not in summary
        assert "7" not in summary and "3" not in summary
    finally:
        QLocale.setDefault(QLocale.c())


def test_english_labels_and_unknown_keys_as_they_are(qapp, language) -> None:
    language("en")
    entry = _entry(playlist="Deep Focus", playlist_id=4, added=12, removed=1, new_metric=5,
                   first_check=True)
    assert activity_summary(entry) == "Deep Focus · added: 12 · removed: 1 · new_metric: 5"
