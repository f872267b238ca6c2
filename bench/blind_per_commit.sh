#!/bin/bash
# How a gold set brought in at the end of a round (blind to all its rules) scores on the code of
# each commit: the round-start commit and each merge. Usage, from the repository root with
# ../shared beside it:
#   bench/blind_per_commit.sh synth23 OUT.txt COMMIT...
# Each commit is checked out in a scratch worktree with this checkout's bench/gold.py, scorer
# (bench/quotes_eval.py) and bench/gold/SET laid over it (the set need not exist at that commit,
# and every commit is scored with the same rows), then quotes_eval runs;
# OUT gets the set's block per commit. PYTHON picks the interpreter (default: python).
set -euo pipefail
SET=$1; OUT=$2; shift 2
REPO=$(git rev-parse --show-toplevel)
PYTHON=${PYTHON:-python}
NAME="synth-${SET#synth}"
: > "$OUT"
for C in "$@"; do
  D=$(mktemp -d)/code
  git -C "$REPO" worktree add -q --detach "$D" "$C"
  ln -sfn "$REPO/../shared" "$(dirname "$D")/shared"
  cp "$REPO/bench/gold.py" "$REPO/bench/quotes_eval.py" "$D/bench/"
  rm -rf "$D/bench/gold/$SET"; cp -r "$REPO/bench/gold/$SET" "$D/bench/gold/$SET"
  echo "=== $C $(git -C "$REPO" log -1 --format=%s "$C")" >> "$OUT"
  (cd "$D" && "$PYTHON" bench/quotes_eval.py --sealed) | awk -v s="$NAME:" '$1==s{p=1} p&&/^$/{p=0} p' >> "$OUT"
  git -C "$REPO" worktree remove --force "$D"
done
