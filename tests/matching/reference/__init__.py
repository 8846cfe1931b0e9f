"""The ranker as it was before its speed work (commit 0f04c03), frozen: the modules that work
changed, verbatim but for their imports (versions, quality and settings it left alone, so they
come from ``engine.matching``). ``tests/matching/test_equivalence.py`` ranks random and synthetic
responses with this copy and with ``engine.matching`` and demands identical results.

Never optimise or fix this copy. An intended change of the ranker's behaviour changes both (and
the golden rankings, see ``tests/matching/golden.py``) in the same commit.
"""
