"""Ranking tunables, chosen on the tuning half of bench/topical (odd-numbered topics) only.

bench/topical_eval.py --ablation switches each one off to show what it is worth.
"""

# One ranked list: articles with all the query words, then with one fewer, ...
# down to any of them; BM25F orders articles with the same number of words.
# False ranks every article by BM25F times (words matched / query words) **
# COVERAGE_BONUS instead: a coordination factor (0 = BM25F alone).
COVERAGE_TIERS = True
COVERAGE_BONUS = 1.0

# Proximity: each pair of neighbouring query words is also searched as a
# phrase that allows PROXIMITY_SLOP - 1 words between them (1 = adjacent).
# PROXIMITY_TIERS: among articles with as many of the words, those with more
# such close pairs come first. PROXIMITY_BOOST: an article with a close pair
# also scores that phrase's BM25F, times this (0 = off).
PROXIMITY_SLOP = 3
PROXIMITY_TIERS = True
PROXIMITY_BOOST = 1.0

# Pseudo-relevance feedback (RM3-like, off at 0): the FEEDBACK_TERMS words
# that best mark the first FEEDBACK_DOCS articles (Whoosh's Bo1 key terms)
# are added to the scoring, each at FEEDBACK_WEIGHT times its weight. They
# reorder articles within a tier; they never add one to the list.
FEEDBACK_DOCS = 0
FEEDBACK_TERMS = 10
FEEDBACK_WEIGHT = 0.3
