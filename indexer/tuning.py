"""Ranking tunables, chosen on the tuning half of bench/topical (odd-numbered topics) only.

bench/topical_eval.py --ablation switches each one off to show what it is worth.
"""

# One ranked list: articles with all the query words, then with one fewer, ...
# down to any of them; BM25F orders articles with the same number of words.
# False ranks every article by BM25F alone (words counted, not required).
COVERAGE_TIERS = True

# Proximity: each pair of neighbouring query words is also searched as a
# phrase that allows PROXIMITY_SLOP - 1 words between them (1 = adjacent).
# PROXIMITY_TIERS: among articles with as many of the words, those with more
# such close pairs come first. PROXIMITY_BOOST: an article with a close pair
# also scores that phrase's BM25F, times this (0 = off).
PROXIMITY_SLOP = 3
PROXIMITY_TIERS = True
PROXIMITY_BOOST = 1.0
