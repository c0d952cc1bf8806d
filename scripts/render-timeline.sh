#!/usr/bin/env bash
# Renders a program's timeline SVG with headless Chromium, to check it looks right in a
# browser: scripts/render-timeline.sh examples/three-patterns.js out.png [width height]
# Needs Debian's chromium (apt-get install -y chromium) and a built mini-js (cargo build).
set -euo pipefail
program=${1:?usage: render-timeline.sh PROGRAM.js OUT.png [WIDTH HEIGHT]}
png=${2:?usage: render-timeline.sh PROGRAM.js OUT.png [WIDTH HEIGHT]}
root=$(cd "$(dirname "$0")/.." && pwd)
bin=${MINI_JS:-$root/target/debug/mini-js}
browser=$(command -v chromium || command -v chromium-browser || command -v google-chrome || true)
if [ -z "$browser" ]; then
  echo "render-timeline.sh: no chromium on PATH (apt-get install -y chromium)" >&2
  exit 2
fi
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
"$bin" timeline "$program" -o "$work/timeline.svg"
# The SVG's own size decides the window, unless given.
size=$(sed -n 's/^<svg[^>]* width="\([0-9.]*\)" height="\([0-9.]*\)".*/\1 \2/p' "$work/timeline.svg" | head -1)
width=${3:-$(echo "$size" | cut -d' ' -f1 | cut -d. -f1)}
height=${4:-$(echo "$size" | cut -d' ' -f2 | cut -d. -f1)}
"$browser" --headless --no-sandbox --disable-gpu --disable-background-networking \
  --disable-component-update --disable-sync --no-first-run \
  --user-data-dir="$work/profile" --hide-scrollbars \
  --screenshot="$work/out.png" --window-size="${width},${height}" \
  "file://$work/timeline.svg" >/dev/null 2>&1
cp "$work/out.png" "$png"
echo "$png: ${width}x${height}"
