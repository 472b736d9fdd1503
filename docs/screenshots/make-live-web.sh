#!/usr/bin/env bash
# make-live-web.sh — screenshots of the live classroom's student page (docs/screenshots/live-phone-*, live-laptop-*, live-tablet-dark-*.png):
# runs the browser tests (tests/web) against the given byline binary with screenshots on.
# Usage: bash docs/screenshots/make-live-web.sh [build/byline]
set -euo pipefail
cd "$(dirname "$0")/../.."
BYLINE=$(realpath "${1:-build/byline}")
(cd tests/web && { [ -d node_modules ] || npm ci --offline --no-audit --no-fund || npm ci --no-audit --no-fund; })
cd tests/web
BYLINE_BIN=$BYLINE BYLINE_WEB_SCREENSHOTS=docs/screenshots node --test --test-concurrency=1 ./*.test.mjs
