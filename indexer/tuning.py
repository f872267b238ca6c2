"""Ranking tunables, chosen on the tuning half of bench/topical (odd-numbered topics) only.

bench/topical_eval.py --grid scores each value on that half (nDCG@10, 2026-12-02,
at commit 4397f29, with everything else as set here: 0.906): coverage tiers
0.883; coordination exponent 0 / 0.5 / 2 / 4: 0.878 / 0.898 / 0.893 / 0.876;
words counted as one each instead of by IDF 0.905; proximity tiers 0.885;
proximity slop 1-2 / 8: 0.904; proximity boost 0 / 1 / 2: 0.900 / 0.898 /
0.890; every hazm stop word dropped 0.897. RM3-like pseudo-relevance feedback (commit ccbd6dd) scored 0.852-0.884
as its settings moved: within noise for a second search per query, so it is
not kept. Title/lead boosts from 1/1 to 8/3 all scored 0.876-0.882.
bench/topical_eval.py --ablation switches each component off on both halves;
bench/topical/results.txt also lists what else was tried and dropped.
"""

# One ranked list of every article with any of the query words. Tiers (True):
# all the words first, then one fewer, ..., BM25F within each. False (chosen):
# BM25F times (words matched / query words) ** COVERAGE_BONUS, a coordination
# factor (0 = BM25F alone). Sorted by date, the tiers always apply.
COVERAGE_TIERS = False
COVERAGE_BONUS = 1.0
# The coordination factor counts each query word by its IDF (True), so that an
# article missing the rarer word loses more than one missing the common word;
# False counts every word as one. Tuning half 0.906 / 0.905 (IDF ** 1.5
# instead: 0.894, ** 0.5: 0.905).
COVERAGE_BY_IDF = True

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
# A close pair standing as the phrase typed (the second word right after the first: کودکان کار)
# earns this much more of the pair's BM25F on top of PROXIMITY_BOOST, in a search of articles.
# Round 29 (user audit 3c: the one article with the phrase کودکان کار ranked 11th) measured it
# against 0 on both halves (nDCG@10 tuning / test, 0.904 / 0.862 at 0): 0.25: 0.901 / 0.861;
# 0.5: 0.896 / 0.860; 1: 0.892 / 0.858 (that article 2nd); 2 and 4: 0.889 / 0.857. So were
# coverage tiers (all the words first: 0.877 / 0.858; یارانه نقدی 0.98 -> 0.72, its relevant
# articles often lack نقدی), exponent 1.5 (0.895 / 0.861) and proximity tiers at slop 1
# (0.888 / 0.850). None is kept: every one costs more than the paired noise on the tuning half.
PHRASE_BOOST = 0.0
