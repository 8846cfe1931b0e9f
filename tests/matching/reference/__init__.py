"""The ranker as it was before its speed work (commit 0f04c03), frozen: the modules the speed
work changed, verbatim but for their imports. ``tests/matching/test_equivalence.py`` ranks random
and synthetic responses with it and with ``engine.matching`` and demands identical results.

Never optimise or fix this copy. An intended behaviour change of the ranker changes both (and
the golden rankings, see ``tests/matching/golden.py``), in the same commit.
"""
