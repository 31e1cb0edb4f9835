#!/bin/bash
# Byte-identity check for a refactor: this checkout's outputs against a base commit's, over the shared corpora
# (`extract` over articles/ and webpages/, `text` over both), compared with cmp. Both trees run with this
# checkout's .venv (only the package source differs, through PYTHONPATH). Takes a few minutes.
#   bash benchmarks/same_output.sh BASE_COMMIT        -> prints IDENTICAL, or the files that differ (exit 1)
set -u
repo=$(cd "$(dirname "$0")/.." && pwd)
base=${1:?usage: same_output.sh BASE_COMMIT}
eval_dir=$(cd "$repo/../shared/eval" && pwd) || exit 2
tmp=$(mktemp -d)
trap 'git -C "$repo" worktree remove --force "$tmp/base" 2>/dev/null; rm -rf "$tmp"' EXIT
git -C "$repo" worktree add -q --detach "$tmp/base" "$base" || exit 2
py="$repo/.venv/bin/python"
run() {  # $1 = source tree, $2 = output prefix
  PYTHONPATH="$1" "$py" -m extractor extract "$eval_dir/articles/html" -o "$2-articles.jsonl" --jobs 2 -q 2>/dev/null
  PYTHONPATH="$1" "$py" -m extractor extract "$eval_dir/webpages/html" -o "$2-web.jsonl" --jobs 2 -q 2>/dev/null
  PYTHONPATH="$1" "$py" -m extractor text "$eval_dir/articles/html" "$eval_dir/webpages/html" -o "$2-text.jsonl" -q 2>/dev/null
}
run "$tmp/base" "$tmp/old"
run "$repo" "$tmp/new"
status=0
for f in articles web text; do
  cmp -s "$tmp/old-$f.jsonl" "$tmp/new-$f.jsonl" || { status=1; echo "differs: $f"; }
done
[ $status -eq 0 ] && echo IDENTICAL
exit $status
