#!/usr/bin/env bash
# web_live.sh — the live classroom's student page (assets/web/) in a real browser against the real
# server: tests/web/*.test.mjs (one file per concern, sharing tests/web/lib/) with node's test
# runner, Debian's chromium and playwright-core (no browser is downloaded). Installs the pinned npm packages (tests/web/package-lock.json) into
# tests/web/node_modules once, again only when the lockfile changes. Skipped (exit 77) with a
# message when chromium or node/npm are missing (scripts/setup.sh installs them).
# Usage: bash tests/cli/web_live.sh BYLINE SOURCE_DIR
set -u
BYLINE=$1
SRC=$2
if [ ! -x /usr/bin/chromium ]; then
    echo "SKIP: /usr/bin/chromium is missing: the browser tests need Debian's chromium (apt-get install chromium)"
    exit 77
fi
if ! command -v node >/dev/null 2>&1 || ! command -v npm >/dev/null 2>&1; then
    echo "SKIP: node and npm are missing: the browser tests need them (apt-get install nodejs npm)"
    exit 77
fi
cd "$SRC/tests/web" || exit 1
stamp=node_modules/.byline-lock.sha256
want=$(sha256sum package-lock.json | cut -d' ' -f1)
if [ "$(cat "$stamp" 2>/dev/null)" != "$want" ]; then
    log=$(mktemp)
    if ! { npm ci --offline --no-audit --no-fund >"$log" 2>&1 || npm ci --no-audit --no-fund >>"$log" 2>&1; }; then
        echo "FAIL: npm ci in tests/web failed:"
        cat "$log"
        rm -f "$log"
        exit 1
    fi
    rm -f "$log"
    echo "$want" >"$stamp"
fi
# one file at a time (each starts its own browser and servers): the machine may have few cores
BYLINE_BIN=$BYLINE exec node --test --test-concurrency=1 ./*.test.mjs
