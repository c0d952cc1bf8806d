#!/usr/bin/env bash
# mini-js against QuickJS (rquickjs) in one run: per-program time and peak-memory ratios and
# their geomean. See bench/README.md.
#
#   scripts/bench-quickjs.sh [--runs N] [--only NAME]...
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT/bench/compare"
cargo build --release -q
exec ./target/release/mini-js-bench "$@"
