"""Ranking tunables, chosen on the tuning half of bench/topical (odd-numbered topics) only.

bench/topical_eval.py --grid scores each value on that half (nDCG@10, 2026-12-02:
tiers 0.851 vs coordination factor 0.866; proximity tiers 0.848 vs boost
alone 0.866; boost 0 / 0.5 / 1 / 2: 0.859 / 0.866 / 0.861 / 0.850; feedback
off 0.866, 5 documents 0.872 but 0.852-0.872 as its other settings move, so off).
bench/topical_eval.py --ablation switches each component off on both halves.
"""

# One ranked list of every article with any of the query words. Tiers (True):
# all the words first, then one fewer, ..., BM25F within each. False (chosen):
# BM25F times (words matched / query words) ** COVERAGE_BONUS, a coordination
# factor (0 = BM25F alone). Sorted by date, the tiers always apply.
COVERAGE_TIERS = False
COVERAGE_BONUS = 1.0

# A word of hazm's stop list counts as no query word only where it is in at
# least this share of the articles (در, از); hazm's list also holds content
# words (دهه, خاص, ساز), and those stay (0 = every listed word goes).
STOP_SHARE = 0.2

# Proximity: each pair of neighbouring query words is also searched as a
# phrase that allows PROXIMITY_SLOP - 1 words between them (1 = adjacent).
# PROXIMITY_TIERS: among articles with as many of the words, those with more
# such close pairs come first. PROXIMITY_BOOST: an article with a close pair
# also scores that phrase's BM25F, times this (0 = off).
PROXIMITY_SLOP = 3
PROXIMITY_TIERS = False
PROXIMITY_BOOST = 0.5

# Pseudo-relevance feedback (RM3-like, off at 0): the FEEDBACK_TERMS words
# that best mark the first FEEDBACK_DOCS articles (Whoosh's Bo1 key terms)
# are added to the scoring, each at FEEDBACK_WEIGHT times its weight. They
# reorder the list; they never add an article to it.
FEEDBACK_DOCS = 0
FEEDBACK_TERMS = 10
FEEDBACK_WEIGHT = 0.3
