"""Search planning: album-aware grouping, fallbacks, blocked terms, cache."""

from __future__ import annotations

from engine.domain.models import TrackQuery
from engine.matching.planning import (
    LruSearchCache,
    QueryKind,
    avoid_blocked_terms,
    cache_key,
    plan_searches,
    query_text,
)

DAMN = [TrackQuery("HUMBLE.", ("Kendrick Lamar",), "DAMN."),
        TrackQuery("DNA.", ("Kendrick Lamar",), "DAMN."),
        TrackQuery("LOYALTY. (feat. Rihanna)", ("Kendrick Lamar", "Rihanna"), "DAMN.")]


def test_one_album_query_covers_several_wanted_tracks() -> None:
    plan = plan_searches([*DAMN, TrackQuery("Karma Police", ("Radiohead",), "OK Computer")])
    kinds = [q.kind for q in plan.primary]
    assert kinds == [QueryKind.ALBUM, QueryKind.ARTIST_TITLE]
    assert plan.primary[0].covers == (0, 1, 2)
    assert plan.search_count == 2
    assert plan.max_search_count > plan.search_count
    assert any(q.kind is QueryKind.ARTIST_TITLE for q in plan.fallbacks_for(0))


def test_single_tracks_of_an_album_get_artist_title_queries() -> None:
    plan = plan_searches([TrackQuery("Karma Police", ("Radiohead",), "OK Computer")])
    assert [q.text for q in plan.primary] == ["Radiohead Karma Police"]
    assert [q.kind for q in plan.fallbacks] == [QueryKind.TITLE_ONLY]


def test_blocked_terms_are_wildcarded() -> None:
    assert avoid_blocked_terms("Kendrick Lamar DAMN", ["kendrick lamar"]) == (
        "*endrick Lamar DAMN", True)
    plan = plan_searches(DAMN)
    assert plan.primary[0].text == "*endrick Lamar DAMN"
    assert plan.primary[0].wildcarded


def test_diacritics_free_variant_and_clean_query_text() -> None:
    plan = plan_searches([TrackQuery("Jóga", ("Björk",), None)])
    assert [q.text for q in plan.primary] == ["Björk Jóga"]
    assert ("Bjork Joga", QueryKind.ASCII) in [(q.text, q.kind) for q in plan.fallbacks]
    assert query_text("AC/DC", "T.N.T. - Remastered") == "AC DC Remastered"
    assert query_text("-Dash", "a b", "Song") == "Dash Song"


def test_duplicate_queries_are_sent_once() -> None:
    same = [TrackQuery("Song", ("Artist",)), TrackQuery("song", ("ARTIST",))]
    plan = plan_searches(same)
    assert plan.search_count == 1
    assert plan.primary[0].covers == (0, 1)


def test_cache_is_keyed_by_normalised_query_and_evicts() -> None:
    cache: LruSearchCache[list[str]] = LruSearchCache(max_entries=2)
    cache.put(cache_key("Radiohead Karma Police"), ["a"])
    assert cache.get(cache_key("karma police  RADIOHEAD")) == ["a"]
    assert cache_key("Björk") != cache_key("Bjork")
    cache.put("b", ["b"])
    cache.put("c", ["c"])
    assert cache.get(cache_key("Radiohead Karma Police")) is None
    assert len(cache) == 2
    plan = plan_searches([TrackQuery("Karma Police", ("Radiohead",))])
    assert plan.searches_needed(cache) == 1
    cache.put(cache_key(plan.primary[0].text), [])
    assert plan.searches_needed(cache) == 0
