"""Spotify URLs and URIs in every shape users copy them."""

from __future__ import annotations

import pytest

from engine.ingest import parse_text
from engine.ingest.spotify_links import scan_links

TRACK = "4uLU6hMCjMI75M1A2tKUQC"
PLAYLIST = "37i9dQZF1DXcBWIGoYBM5M"


@pytest.mark.parametrize(("text", "kind", "spotify_id"), [
    (f"https://open.spotify.com/track/{TRACK}", "track", TRACK),
    (f"https://open.spotify.com/track/{TRACK}?si=9d2c1a0b4e8f4b2a&utm_source=copy-link",
     "track", TRACK),
    (f"https://open.spotify.com/intl-de/track/{TRACK}?si=x", "track", TRACK),
    (f"https://open.spotify.com/intl-pt-BR/playlist/{PLAYLIST}?si=a&pi=u-1&nd=1",
     "playlist", PLAYLIST),
    ("http://open.spotify.com/album/2noRn2Aes5aoNVsU6iWThc#tracks", "album",
     "2noRn2Aes5aoNVsU6iWThc"),
    (f"open.spotify.com/playlist/{PLAYLIST}", "playlist", PLAYLIST),
    (f"https://open.spotify.com/embed/playlist/{PLAYLIST}?utm_source=generator&theme=0",
     "playlist", PLAYLIST),
    (f"https://embed.spotify.com/?uri=spotify%3Atrack%3A{TRACK}", "track", TRACK),
    (f"https://play.spotify.com/track/{TRACK}", "track", TRACK),
    (f"https://open.spotify.com/user/spotify/playlist/{PLAYLIST}?si=1", "playlist", PLAYLIST),
    (f"spotify:track:{TRACK}", "track", TRACK),
    (f"spotify:user:spotify:playlist:{PLAYLIST}", "playlist", PLAYLIST),
    ("SPOTIFY:ALBUM:2noRn2Aes5aoNVsU6iWThc", "album", "2noRn2Aes5aoNVsU6iWThc"),
])
def test_every_link_shape_gives_kind_and_id(text: str, kind: str, spotify_id: str) -> None:
    preview = parse_text(text)

    assert [(link.kind, link.spotify_id) for link in preview.links] == [(kind, spotify_id)]
    assert preview.rejected == ()
    assert preview.links[0].url == f"https://open.spotify.com/{kind}/{spotify_id}"


def test_many_links_on_one_line_and_across_lines_keep_their_order() -> None:
    text = (f"spotify:album:1DFixLWuPkv3KT3TnV35m3 spotify:track:{TRACK}, "
            f"https://open.spotify.com/playlist/{PLAYLIST}\nspotify:track:7ouMYWpwJ422jRcDASZB7P")

    preview = parse_text(text)

    assert [link.kind for link in preview.links] == ["album", "track", "playlist", "track"]
    assert [link.line for link in preview.links] == [1, 1, 1, 2]


def test_id_case_is_kept_and_a_too_short_id_is_no_link() -> None:
    assert scan_links(f"spotify:track:{TRACK}").links[0].spotify_id == TRACK
    assert scan_links("spotify:track:4uLU6hMCjMI75M1A2tKUQ").links == ()  # 21 characters


def test_artist_links_are_rejected_with_their_own_reason() -> None:
    preview = parse_text("https://open.spotify.com/artist/4tZwfgrHOc3mvqYlEYSvVi?si=abc")

    assert preview.links == ()
    assert [row.reason for row in preview.rejected] == ["import.unsupported_link"]
    assert "Artist links" in preview.rejected[0].message


def test_short_links_and_foreign_urls_are_rejected_with_distinct_reasons() -> None:
    preview = parse_text("https://spotify.link/AbCdEf123\nhttps://www.youtube.com/watch?v=x")

    assert [(row.line, row.reason) for row in preview.rejected] == [
        (1, "import.short_link"), (2, "import.unsupported_url")]


def test_a_track_line_with_its_own_link_carries_the_spotify_id() -> None:
    preview = parse_text(f"Daft Punk - Around the World https://open.spotify.com/track/{TRACK}?si=x")

    assert preview.links == ()
    [track] = preview.accepted
    assert (track.artists, track.title, track.spotify_id) == (("Daft Punk",), "Around the World",
                                                              TRACK)


def test_links_file_with_tracking_parameters(data_dir) -> None:
    from engine.ingest import parse_paths

    preview = parse_paths([data_dir / "links_with_tracking.txt"])

    assert [(link.kind, link.spotify_id) for link in preview.links] == [
        ("track", TRACK), ("album", "2noRn2Aes5aoNVsU6iWThc"), ("playlist", PLAYLIST),
        ("playlist", "37i9dQZF1DX0XUsuxWHRQd"), ("album", "1DFixLWuPkv3KT3TnV35m3"),
        ("track", "7ouMYWpwJ422jRcDASZB7P"), ("playlist", "37i9dQZF1DWXRqgorJj26U")]
    assert [d.matched_by for d in preview.duplicates] == ["link"]  # line 7 repeats line 1
    assert [r.reason for r in preview.rejected] == [
        "import.unsupported_link", "import.short_link", "import.unsupported_url"]
    assert [t.spotify_id for t in preview.accepted] == ["1pKYYY0dkg23sQQXi0Q5zN"]
