"""Link files dragged out of browsers: Windows .url and macOS .webloc (XML and binary)."""

from __future__ import annotations

import plistlib

from engine.ingest import parse_bytes, parse_paths


def test_windows_internet_shortcut(data_dir) -> None:
    preview = parse_paths([data_dir / "playlist.url"])

    assert [(link.kind, link.spotify_id, link.line) for link in preview.links] == [
        ("playlist", "37i9dQZF1DXcBWIGoYBM5M", 5)]
    assert preview.rejected == ()


def test_shortcut_to_another_site_is_rejected(data_dir) -> None:
    preview = parse_paths([data_dir / "not_spotify.url"])

    assert [(r.reason, r.text) for r in preview.rejected] == [
        ("import.unsupported_url", "https://www.youtube.com/watch?v=dQw4w9WgXcQ")]


def test_shortcut_without_url_key() -> None:
    preview = parse_bytes(b"[InternetShortcut]\r\nIconIndex=0\r\n", "broken.url")

    assert [r.reason for r in preview.rejected] == ["import.unparseable_file"]


def test_xml_webloc(data_dir) -> None:
    preview = parse_paths([data_dir / "album.webloc"])

    assert [(link.kind, link.spotify_id) for link in preview.links] == [
        ("album", "2noRn2Aes5aoNVsU6iWThc")]


def test_binary_webloc_is_not_mistaken_for_binary_junk() -> None:
    data = plistlib.dumps({"URL": "https://open.spotify.com/track/4uLU6hMCjMI75M1A2tKUQC?si=1"},
                          fmt=plistlib.FMT_BINARY)

    preview = parse_bytes(data, "Song.webloc")

    assert [(link.kind, link.spotify_id) for link in preview.links] == [
        ("track", "4uLU6hMCjMI75M1A2tKUQC")]


def test_damaged_webloc_falls_back_to_searching_its_text() -> None:
    damaged = b"<plist><dict><key>URL</key><string>spotify:playlist:37i9dQZF1DXcBWIGoYBM5M"

    assert [link.kind for link in parse_bytes(damaged, "x.webloc").links] == ["playlist"]
    assert [r.reason for r in parse_bytes(b"<plist>", "y.webloc").rejected] == [
        "import.unparseable_file"]
