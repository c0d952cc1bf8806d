#!/usr/bin/env bash
# Records Node's stdout and exit status for every spec-tests/**/*.js and examples/**/*.js.
#
#   scripts/record-node.sh [NODE]      (NODE defaults to node26)
#
# For each FILE.js it runs `NODE FILE.js` with the file's directory as cwd and writes
#   FILE.node-stdout   exactly what Node printed on stdout
#   FILE.node-status   Node's exit status (just the number, then a newline)
# Node's stderr is not recorded: mini-js renders errors its own way by design.
set -u
NODE="${1:-node26}"
if ! command -v "$NODE" >/dev/null 2>&1; then
  echo "record-node.sh: '$NODE' not found on PATH" >&2
  exit 2
fi
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
echo "recording with $NODE $("$NODE" --version)" >&2

count=0
while IFS= read -r -d '' file; do
  dir="$(dirname "$file")"
  base="$(basename "$file" .js)"
  (cd "$dir" && timeout 60 "$NODE" "$base.js" >"$base.node-stdout" 2>/dev/null </dev/null)
  status=$?
  printf '%s\n' "$status" >"$dir/$base.node-status"
  count=$((count + 1))
done < <(find spec-tests examples -name '*.js' -not -path '*/target/*' -not -path '*/node_modules/*' -print0 | sort -z)
echo "recorded $count files" >&2
