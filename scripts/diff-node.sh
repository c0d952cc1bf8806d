#!/usr/bin/env bash
# Runs every spec-tests/**/*.js and examples/**/*.js under mini-js and under Node and
# prints every difference in stdout or exit status.
#
#   scripts/diff-node.sh [NODE]      (NODE defaults to node26)
#
# mini-js is built once (cargo build --release -p mini-js) unless MINI_JS names a binary.
# Each program runs with its own directory as cwd, stdin closed, 60 s at most.
# Output: for each differing file its name and a unified diff (--- node / +++ mini-js),
# then a summary line "N same, M different, K differing by design". Files with a
# `// node-differs: reason` line that differ are listed with their reason, not as failures.
# Exit status 1 if any other file differs.
set -u
NODE="${1:-node26}"
if ! command -v "$NODE" >/dev/null 2>&1; then
  echo "diff-node.sh: '$NODE' not found on PATH" >&2
  exit 2
fi
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"

if [ -z "${MINI_JS:-}" ]; then
  TARGET="${CARGO_TARGET_DIR:-$ROOT/target}"
  if cargo build --release -q -p mini-js >&2; then
    MINI_JS="$TARGET/release/mini-js"
  else
    echo "diff-node.sh: building mini-js failed; every file will count as different" >&2
    MINI_JS=""
  fi
fi
case "$MINI_JS" in
  ""|/*) ;;
  *) MINI_JS="$ROOT/$MINI_JS" ;;
esac

TMP="$(mktemp -d)"
trap 'rm -rf "$TMP"' EXIT

same=0
different=0
by_design=0
while IFS= read -r -d '' file; do
  dir="$(dirname "$file")"
  name="$(basename "$file")"
  (cd "$dir" && timeout 60 "$NODE" "$name" >"$TMP/node.raw" 2>/dev/null </dev/null)
  node_status=$?
  # Node's stack frames as mini-js prints them (spec-tests/lib.rs normalize_stack_frames):
  # its own `node:` frames dropped (what follows such a frame joins the line before), the
  # script's absolute path reduced to its name (both run in the script's folder).
  DIR_ABS="$ROOT/$dir/" python3 -c '
import os, re, sys
root = os.environ["DIR_ABS"]
out = []
for line in sys.stdin.read().splitlines(keepends=True):
    t = line.lstrip()
    if t.startswith("at ") and "node:" in line:
        m = re.search(r":\d+:\d+\)?(.*)$", line.rstrip("\n"))
        suffix = m.group(1) if m else ""
        if suffix and out and out[-1].endswith("\n"):
            out[-1] = out[-1][:-1] + suffix + "\n"
        continue
    if t.startswith("at "):
        line = line.replace(root, "")
    out.append(line)
sys.stdout.write("".join(out))
' <"$TMP/node.raw" >"$TMP/node.out"
  if [ -n "$MINI_JS" ] && [ -x "$MINI_JS" ]; then
    (cd "$dir" && timeout 60 "$MINI_JS" run "$name" >"$TMP/mini.out" 2>"$TMP/mini.err" </dev/null)
    mini_status=$?
  else
    : >"$TMP/mini.out"
    echo "mini-js binary not available" >"$TMP/mini.err"
    mini_status=127
  fi
  if [ "$node_status" = "$mini_status" ] && cmp -s "$TMP/node.out" "$TMP/mini.out"; then
    same=$((same + 1))
  elif reason=$(grep -m1 '^// node-differs:' "$file"); then
    # A difference by design, explained in the file (e.g. Node's stack frames).
    by_design=$((by_design + 1))
    echo "=== $file (differs by design: ${reason#// node-differs: })"
  else
    different=$((different + 1))
    echo "=== $file"
    if [ "$node_status" != "$mini_status" ]; then
      echo "exit status: node $node_status, mini-js $mini_status"
    fi
    if ! cmp -s "$TMP/node.out" "$TMP/mini.out"; then
      diff -u --label "node $file" --label "mini-js $file" "$TMP/node.out" "$TMP/mini.out"
    fi
    if [ -s "$TMP/mini.err" ]; then
      echo "--- mini-js stderr (first 5 lines):"
      head -n 5 "$TMP/mini.err"
    fi
  fi
done < <(find spec-tests examples -name '*.js' -not -path '*/target/*' -not -path '*/node_modules/*' -print0 | sort -z)

echo "$same same, $different different, $by_design differing by design (// node-differs)"
[ "$different" -eq 0 ]
