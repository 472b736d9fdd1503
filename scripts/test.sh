#!/usr/bin/env bash
# test.sh — set up, build and run every test: the normal build, a bounded libFuzzer run on the
# pack loader, and the whole suite again under AddressSanitizer + UndefinedBehaviorSanitizer.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
jobs=$(nproc)

echo "== build and test (RelWithDebInfo)"
cmake -S . -B build -DCMAKE_BUILD_TYPE=RelWithDebInfo -DBYLINE_BUILD_UI=ON -DBYLINE_WERROR=ON >/dev/null
cmake --build build -j"$jobs"
ctest --test-dir build --output-on-failure --timeout 600 -j"$jobs"

echo "== fuzz the pack loader (${BYLINE_FUZZ_SECONDS:-60} s) and the GIFT importer"
cmake -S . -B build-fuzz -DCMAKE_BUILD_TYPE=Debug -DBYLINE_FUZZ=ON -DBYLINE_BUILD_UI=OFF -DBYLINE_WERROR=ON \
    -DCMAKE_C_COMPILER=clang >/dev/null
cmake --build build-fuzz -j"$jobs" --target fuzz_pack_load fuzz_import_gift
bash fuzz/run.sh build-fuzz/fuzz_pack_load "${BYLINE_FUZZ_SECONDS:-60}"
bash fuzz/run.sh build-fuzz/fuzz_import_gift $(( ${BYLINE_FUZZ_SECONDS:-60} / 3 ))

echo "== build and test under ASan + UBSan"
cmake -S . -B build-asan -DCMAKE_BUILD_TYPE=Debug -DBYLINE_SANITIZE=ON -DBYLINE_BUILD_UI=ON -DBYLINE_WERROR=ON -DCMAKE_C_COMPILER=clang >/dev/null
cmake --build build-asan -j"$jobs"
ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
    LSAN_OPTIONS=suppressions="$PWD/tests/lsan.supp" \
    ctest --test-dir build-asan --output-on-failure --timeout 900 -j"$jobs"
