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
# timed: the same run cut anywhere and resumed writes the same segments as one run in one go. Each chunk
# is a segment the final commit does not merge, which searches read one by one.
CHUNK_ARTICLES = 1000
