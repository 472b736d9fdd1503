#!/usr/bin/env bash
# run.sh — set up, build and open Byline on the bundled packs. Extra arguments go to byline.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
cmake -S . -B build -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
cmake --build build -j"$(nproc)"
exec ./build/byline "$@"
