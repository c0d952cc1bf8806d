#!/usr/bin/env bash
# Checks that every spec-tests/**/*.js names a real ECMA-262 section on its first line
# (`// esid: sec-...`), using the anchor list in the npm package @tc39/ecma262-biblio.
# Tests of host behaviour (console, util.inspect) say `// esid: host-<area>-<rule>` instead;
# those are only checked for their form.
#
#   scripts/check-esids.sh            (needs npm and a node binary: node26 or node)
#
# The package is installed once into ${ESID_CACHE:-/tmp/mini-js-biblio}.
set -u
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
CACHE="${ESID_CACHE:-/tmp/mini-js-biblio}"
NODE="$(command -v node26 || command -v node)"
if [ ! -f "$CACHE/node_modules/@tc39/ecma262-biblio/biblio.json" ]; then
  mkdir -p "$CACHE"
  (cd "$CACHE" && npm install --silent --no-audit --no-fund @tc39/ecma262-biblio >/dev/null) || {
    echo "check-esids.sh: could not install @tc39/ecma262-biblio" >&2
    exit 2
  }
fi
"$NODE" -e '
const b = require(process.argv[1] + "/node_modules/@tc39/ecma262-biblio/biblio.json");
for (const e of b.entries) if (e.id) console.log(e.id);
' "$CACHE" | sort -u >"$CACHE/ids.txt"

bad=0
total=0
while IFS= read -r -d '' file; do
  total=$((total + 1))
  first="$(head -n 1 "$file")"
  anchor="${first#// esid: }"
  if [[ "$anchor" =~ ^host-[a-z0-9-]+$ ]]; then
    continue
  fi
  if [ "$anchor" = "$first" ] || ! grep -qxF -- "$anchor" "$CACHE/ids.txt"; then
    echo "${file#"$ROOT"/}: unknown or missing esid: $first"
    bad=$((bad + 1))
  fi
done < <(find "$ROOT/spec-tests" -name '*.js' -not -path '*/target/*' -print0 | sort -z)
echo "$((total - bad)) valid, $bad invalid esids"
[ "$bad" -eq 0 ]
