#!/bin/sh
# Seeds the fuzz corpora (fuzz/corpus/parse, fuzz/corpus/run) from spec-tests/ and examples/.
# The corpora are not committed (fuzz/.gitignore). Usage: scripts/fuzz-corpus.sh
set -eu
cd "$(dirname "$0")/.."
for target in parse run; do
    dir="fuzz/corpus/$target"
    mkdir -p "$dir"
    find spec-tests examples -name '*.js' -size -16k | while read -r f; do
        cp "$f" "$dir/$(echo "$f" | tr '/' '_')"
    done
done
echo "seeded $(ls fuzz/corpus/parse | wc -l) files per target"
