"""The build's tunables (indexer.build), each chosen by measure; the figures say which run."""

# Memory the writer may pool before spilling sorted runs to disk (each spill pickles every posting out and
# back): a 100k-article build must stay under 1 GB. 256 MB spills no run up to about 5,000 articles, but at
# 10k both sizes spill, took the same CPU and 256 cost 143 MB more RSS (bench/results/build_13h.txt).
WRITER_MB = 128
# How many articles a quote worker must be ahead of the index to analyse the next one too (_ForkedJob).
WORKER_AHEAD = 4
# Quote workers beside the indexing process (_ForkedJob): extraction is the slower side, and the index
# waits on one worker for about a third of a build on two cores.
EXTRACTORS = 2
# Articles per chunk: the build commits them and a checkpoint together, so an interrupted run loses at
# most one chunk and the next run resumes after the last. Counted from the run's first article, never
# timed: the same run cut anywhere and resumed writes the same segments as one run in one go, so the
# same articles in the same order and the same scores. A commit costs too little to see: the shared
# data's 1,387 articles in single noisy runs (2026-12-05, 2 cores under load 10-13) took 24.0 s of CPU
# before chunks and 25.4 / 24.8 / 25.1 s at 250 / 500 / 1,000 articles a chunk. What bounds the size
# is that each chunk is a segment the final commit does not merge (merging them all is another 3.8 s of
# CPU there, 15%): searches and an update's replacing of ids look in each one. 2,000 articles is about
# 70 s of a 100,000-article build (an hour): at most that is done again, over 50 segments.
CHUNK_ARTICLES = 2000
