"""Score normalisation on fixed inputs: one scale for Spotify tracks/albums/artists and files."""

from __future__ import annotations

from engine.clients.spotify_models import SpotifyAlbum, SpotifyArtist, SpotifyTrack
from engine.domain.models import SoulseekFile
from engine.services.search_rows import file_fields, file_row, track_row
from engine.services.search_scoring import Candidate, QueryTerms, score

QUERY = QueryTerms.build("Daft Punk Get Lucky")
RAM = "Random Access Memories"


def spotify(kind: str, title: str, artists: tuple[str, ...], album: str | None) -> float:
    return score(QUERY, Candidate("spotify", kind, title, artists, album))[0]


def flac(path: str, length_s: int = 369) -> SoulseekFile:
    return SoulseekFile("peer", path, length_s * 110_000, "flac", None, 16, 44100, length_s)


def mp3(path: str, kbps: int, length_s: int = 369) -> SoulseekFile:
    return SoulseekFile("peer", path, length_s * kbps * 125, "mp3", kbps, None, None, length_s)


def soulseek(file: SoulseekFile, query: QueryTerms = QUERY) -> tuple[float, str | None]:
    title, artists, album = file_fields(file.filename)
    return score(query, Candidate("soulseek", "file", title, artists, album), file)


def test_exact_track_beats_partial_beats_unrelated() -> None:
    exact = spotify("track", "Get Lucky", ("Daft Punk", "Pharrell Williams"), RAM)
    partial = spotify("track", "Get Lucky - Radio Edit", ("Daft Punk",), "Get Lucky")
    other_artist = spotify("track", "Lucky", ("Britney Spears",), "Oops!... I Did It Again")
    unrelated = spotify("track", "Harder, Better, Faster, Stronger", ("Daft Punk",), "Discovery")
    assert exact == 1.0
    assert exact > partial > other_artist > unrelated
    assert 0.0 <= unrelated < 0.3


def test_free_text_without_the_artist_is_not_punished() -> None:
    query = QueryTerms.build("get lucky")
    assert score(query, Candidate("spotify", "track", "Get Lucky", ("Daft Punk",), RAM))[0] == 1.0


def test_kinds_share_one_scale() -> None:
    artist_only = QueryTerms.build("daft punk")
    artist = score(artist_only, Candidate("spotify", "artist", "Daft Punk", ("Daft Punk",),
                                          None))[0]
    album = score(artist_only, Candidate("spotify", "album", RAM, ("Daft Punk",), RAM))[0]
    track = score(artist_only, Candidate("spotify", "track", "Get Lucky", ("Daft Punk",), RAM))[0]
    assert artist > track and artist > album and artist >= 0.95
    album_query = QueryTerms.build("random access memories")
    assert score(album_query, Candidate("spotify", "album", RAM, ("Daft Punk",), RAM))[0] >= 0.95
    # the artist row does not explain "get lucky": it falls behind the exact track
    assert spotify("artist", "Daft Punk", ("Daft Punk",), None) < 0.7


def test_exact_spotify_track_and_exact_flac_file_score_alike() -> None:
    track = spotify("track", "Get Lucky", ("Daft Punk",), RAM)
    tidy = soulseek(flac(r"@@abc\Music\Daft Punk\Random Access Memories\08 - Get Lucky.flac"))
    scene = soulseek(flac(r"@@abc\Daft Punk - Random Access Memories (2013) [FLAC]"
                          r"\08 Daft Punk - Get Lucky.flac"))
    assert abs(track - tidy[0]) <= 0.03 and abs(track - scene[0]) <= 0.03
    assert tidy[1] is None


def test_format_and_bitrate_order_equal_names_and_junk_comes_last() -> None:
    folder = r"@@abc\Music\Daft Punk\Random Access Memories"
    lossless = soulseek(flac(folder + r"\08 - Get Lucky.flac"))[0]
    mp3_320 = soulseek(mp3(folder + r"\08 - Get Lucky.mp3", 320))[0]
    mp3_128 = soulseek(mp3(folder + r"\08 - Get Lucky.mp3", 128))[0]
    preview, reason = soulseek(mp3(folder + r"\Get Lucky (preview).mp3", 320, 30))
    not_audio, why = soulseek(SoulseekFile("p", folder + r"\Get Lucky.txt", 1_000_000))
    unrelated = soulseek(flac(r"@@abc\Music\Other Band\Some Album\01 - Something Else.flac"))[0]
    assert lossless > mp3_320 > mp3_128
    assert reason == "preview clip" and why is not None and why.startswith("not audio")
    assert max(preview, not_audio, unrelated) < 0.35 < mp3_128


def test_rows_carry_scores_format_and_reasons() -> None:
    album = SpotifyAlbum("al1", RAM, (SpotifyArtist("ar1", "Daft Punk"),))
    track = SpotifyTrack("tr1", "Get Lucky", (SpotifyArtist("ar1", "Daft Punk"),), 369_000,
                         album)
    row = track_row("s1", QUERY, track)
    assert (row.kind, row.score, row.album, row.duration_s) == ("track", 1.0, RAM, 369.0)
    preview = file_row("s1", QUERY, mp3(r"@@x\Daft Punk - Get Lucky (preview).mp3", 320, 30))
    assert (preview.format, preview.bitrate, preview.reasons) == ("mp3", 320, ("preview clip",))


def test_fielded_query_compares_field_to_field() -> None:
    query = QueryTerms.build(artist="Daft Punk", title="Get Lucky")
    exact = score(query, Candidate("spotify", "track", "Get Lucky", ("Daft Punk",), RAM))[0]
    wrong_artist = score(query, Candidate("spotify", "track", "Get Lucky", ("Someone",), None))[0]
    assert exact == 1.0 and wrong_artist < 0.8
