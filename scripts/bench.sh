#!/usr/bin/env bash
# Speed benchmark: runs each bench/*.js under mini-js (release build) and under Node, checks
# that both print the same, and prints their wall times side by side (best of RUNS runs).
#
#   scripts/bench.sh [NODE]        (NODE defaults to node26; RUNS defaults to 3)
set -u
NODE="${1:-node26}"
RUNS="${RUNS:-3}"
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
cargo build --release -q -p mini-js || exit 1
MINI="${CARGO_TARGET_DIR:-$ROOT/target}/release/mini-js"

# best_time CMD... : prints the best wall time in ms over RUNS runs
best_time() {
  local best=""
  for _ in $(seq "$RUNS"); do
    local t0 t1 ms
    t0=$(date +%s%N)
    "$@" >/dev/null 2>&1
    t1=$(date +%s%N)
    ms=$(( (t1 - t0) / 1000000 ))
    if [ -z "$best" ] || [ "$ms" -lt "$best" ]; then best=$ms; fi
  done
  echo "$best"
}

printf '%-22s %12s %12s %8s  %s\n' "benchmark" "mini-js ms" "$NODE ms" "ratio" "same output"
for f in bench/*.js; do
  same="yes"
  if [ "$("$MINI" run "$f" 2>&1)" != "$("$NODE" "$f" 2>&1)" ]; then same="NO"; fi
  m=$(best_time "$MINI" run "$f")
  n=$(best_time "$NODE" "$f")
  ratio=$(awk -v a="$m" -v b="$n" 'BEGIN { if (b > 0) printf "%.1fx", a / b; else print "-" }')
  printf '%-22s %12s %12s %8s  %s\n' "$(basename "$f")" "$m" "$n" "$ratio" "$same"
done
