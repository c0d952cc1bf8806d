#!/usr/bin/env bash
# Memory benchmark: peak RSS and wall time of mini-js (release build) against Node on
# programs whose live data is bounded but which allocate without end:
#   objects     10 million short-lived objects
#   closures    1 million closures (each with its own environment), called once
#   generators  1 million generator objects, each run to completion by for-of
#   awaits      10 million awaits in one async function's loop (issue 3's bound)
#   callbacks   a then-callback and a timer callback each allocating 5 million objects
#
# Usage: scripts/bench-memory.sh            (builds mini-js in release mode first)
#        NODE=node26 MINI_JS=path/to/mini-js scripts/bench-memory.sh
#        NO_GC_BASELINE=1 scripts/bench-memory.sh   also runs mini-js with collection
#                                                   disabled (needs several GB of memory)
set -euo pipefail

ROOT="$(cd "$(dirname "$0")/.." && pwd)"
NODE="${NODE:-node26}"
TARGET="${CARGO_TARGET_DIR:-$ROOT/target}"
MINI_JS="${MINI_JS:-$TARGET/release/mini-js}"

if [[ -z "${SKIP_BUILD:-}" ]]; then
    (cd "$ROOT" && cargo build --release -p mini-js >&2)
fi
command -v "$NODE" >/dev/null || { echo "bench-memory: $NODE not found" >&2; exit 2; }
[[ -x /usr/bin/time ]] || { echo "bench-memory: /usr/bin/time (GNU time) not found" >&2; exit 2; }

WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT

cat >"$WORK/objects.js" <<'EOF'
let sum = 0;
for (let i = 0; i < 10000000; i++) {
  const o = { a: i, b: i + 1 };
  sum += o.b - o.a;
}
console.log(sum);
EOF

cat >"$WORK/closures.js" <<'EOF'
function make(n) { return () => n; }
let sum = 0;
for (let i = 0; i < 1000000; i++) {
  const f = make(i);
  sum += f();
}
console.log(sum);
EOF

cat >"$WORK/generators.js" <<'EOF'
function* gen(n) { yield n; yield n + 1; }
let sum = 0;
for (let i = 0; i < 1000000; i++) {
  for (const v of gen(i)) sum += v;
}
console.log(sum);
EOF

cat >"$WORK/awaits.js" <<'EOF'
async function main() {
  let n = 0;
  for (let i = 0; i < 10000000; i++) n += await i;
  console.log(n);
}
main();
EOF

cat >"$WORK/callbacks.js" <<'EOF'
function churn() {
  let s = 0;
  for (let i = 0; i < 5000000; i++) { const o = { a: i }; s += o.a; }
  return s;
}
Promise.resolve().then(() => console.log(churn()));
setTimeout(() => console.log(churn()), 1);
EOF

# measure <command...>: prints "<seconds> <max RSS in MiB> <stdout>"
measure() {
    local out err
    out="$("/usr/bin/time" -v -o "$WORK/time.txt" "$@" 2>/dev/null)" || {
        echo "bench-memory: failed: $*" >&2
        exit 1
    }
    local rss wall
    rss="$(awk -F': ' '/Maximum resident set size/ {print $2}' "$WORK/time.txt")"
    wall="$(awk -F': ' '/Elapsed \(wall clock\)/ {print $2}' "$WORK/time.txt")"
    # wall is [h:]m:ss.ss
    local secs
    secs="$(awk -v t="$wall" 'BEGIN { n = split(t, p, ":"); s = 0; for (i = 1; i <= n; i++) s = s * 60 + p[i]; printf "%.2f", s }')"
    printf '%s %s %s\n' "$secs" "$((rss / 1024))" "$out"
}

printf '%-11s | %12s %12s | %12s %12s | %s\n' program "mini-js s" "mini-js MiB" "node s" "node MiB" "same output"
printf '%s\n' "------------+---------------------------+---------------------------+------------"
for prog in ${PROGRAMS:-objects closures generators awaits callbacks}; do
    read -r ms mr mo < <(measure "$MINI_JS" run "$WORK/$prog.js")
    read -r ns nr no < <(measure "$NODE" "$WORK/$prog.js")
    same=yes
    [[ "$mo" == "$no" ]] || same="no ($mo vs $no)"
    printf '%-11s | %12s %12s | %12s %12s | %s\n' "$prog" "$ms" "$mr" "$ns" "$nr" "$same"
done

if [[ -n "${NO_GC_BASELINE:-}" ]]; then
    echo
    echo "mini-js without collection (MINI_JS_GC_THRESHOLD=huge):"
    for prog in closures generators; do
        read -r ms mr _ < <(MINI_JS_GC_THRESHOLD=1000000000000 measure "$MINI_JS" run "$WORK/$prog.js")
        printf '%-11s | %12s %12s\n' "$prog" "$ms" "$mr"
    done
fi
