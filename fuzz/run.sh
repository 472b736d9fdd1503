#!/usr/bin/env bash
# run.sh FUZZER SECONDS — runs a libFuzzer target for a bounded time on a corpus seeded with
# the bundled packs and test fixtures. Exits nonzero if the fuzzer finds a crash, leak or hang.
set -euo pipefail
fuzzer=$1
seconds=${2:-60}
here=$(cd "$(dirname "$0")/.." && pwd)
corpus=$(mktemp -d)
trap 'rm -rf "$corpus"' EXIT
# fuzz/corpus/ holds hand-made seeds for what the bundled packs never contain (numbers past the
# range of int, control characters), which the fuzzer did not reach from the packs alone.
find "$here/quizzes" "$here/tests/fixtures" "$here/fuzz/corpus" -name '*.json' -exec cp {} "$corpus"/ \; 2>/dev/null || true
"$fuzzer" -max_total_time="$seconds" -max_len=65536 -timeout=10 -rss_limit_mb=2048 \
    -dict="$here/fuzz/json.dict" -print_final_stats=1 -artifact_prefix="${TMPDIR:-/tmp}/" \
    "$corpus" 2>&1 | tail -n 25
echo "fuzz: ${seconds}s on $(basename "$fuzzer"): no crash"
