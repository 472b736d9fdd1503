#!/usr/bin/env bash
# schema.sh — docs/pack.schema.json agrees with the format and with `byline check`.
#
#   bash tests/cli/schema.sh BYLINE SOURCE_DIR
#
# (a) the schema is itself a valid JSON Schema draft 2020-12;
# (b) every bundled pack (quizzes/*.json) and every good fixture (tests/fixtures/good/*.json) is
#     valid under it;
# (c) every tests/fixtures/schema-bad/*.json is rejected by it, with exactly one error (each of
#     those breaks exactly one rule; see tests/fixtures/schema-bad/README.md);
# (d) `byline check` rejects every schema-bad pack (exit status 1) and accepts every good one
#     (exit status 0): Byline rejects what the schema rejects.
# Needs Debian's python3-jsonschema, used through /usr/bin/python3.
set -u

if [ $# -ne 2 ]; then
    echo "usage: bash tests/cli/schema.sh BYLINE SOURCE_DIR" >&2
    exit 2
fi
BYLINE=$1
SRC=$2
PY=/usr/bin/python3
TOOL="$SRC/tests/tools/schema_check.py"
SCHEMA="$SRC/docs/pack.schema.json"

if [ ! -x "$PY" ] || ! "$PY" -c 'import jsonschema' 2>/dev/null; then
    echo "FAIL: $PY cannot import jsonschema: install python3-jsonschema (apt-get install python3-jsonschema)"
    exit 1
fi

passed=0
failed=0
pass() { passed=$((passed + 1)); }
fail() {
    failed=$((failed + 1))
    echo "FAIL: $1"
    if [ -n "${2:-}" ]; then printf '%s\n' "$2" | sed 's/^/    /'; fi
}

shopt -s nullglob
good=("$SRC"/quizzes/*.json "$SRC"/tests/fixtures/good/*.json)
bad=("$SRC"/tests/fixtures/schema-bad/*.json)

# Guard against a glob that silently matches nothing.
if [ ${#bad[@]} -ge 12 ]; then pass; else
    fail "expected at least 12 packs in tests/fixtures/schema-bad/, found ${#bad[@]}"
fi
if [ -f "$SRC/tests/fixtures/good/minimal.json" ]; then pass; else
    fail "tests/fixtures/good/minimal.json is missing"
fi

# (a) the schema itself
if out=$("$PY" "$TOOL" --schema "$SCHEMA" --schema-only 2>&1); then pass; else
    fail "docs/pack.schema.json fails its self-check (a valid draft 2020-12 schema, a description on every property)" "$out"
fi

# Runs the schema checker on every file in one go (one Python start-up, not one per file); only
# when that fails, again file by file to name each failure. Usage: check_all WHAT ARGS -- FILES...
check_all() {
    local what=$1 args=() f rel out
    shift
    while [ "$1" != "--" ]; do args+=("$1"); shift; done
    shift
    [ $# -eq 0 ] && return
    if "$PY" "$TOOL" --schema "$SCHEMA" "${args[@]}" "$@" >/dev/null 2>&1; then
        passed=$((passed + $#))
        return
    fi
    for f in "$@"; do
        rel=${f#"$SRC"/}
        if out=$("$PY" "$TOOL" --schema "$SCHEMA" "${args[@]}" "$f" 2>&1); then pass; else
            fail "$what $rel" "$out"
        fi
    done
}

# (b) good packs are valid under the schema
check_all "schema rejects good pack" -- "${good[@]}"

# (c) bad packs are rejected by the schema, each with exactly one error
check_all "schema does not reject (with exactly one error)" --expect-invalid --one-error -- "${bad[@]}"

# (d) byline check agrees: exit 1 on every schema-bad pack, 0 on every good pack
if [ ! -x "$BYLINE" ]; then
    fail "byline binary not found or not executable: $BYLINE"
else
    for f in "${bad[@]}"; do
        rel=${f#"$SRC"/}
        out=$("$BYLINE" check "$f" 2>&1)
        rc=$?
        if [ "$rc" -eq 1 ]; then pass; else
            fail "byline check $rel: exit status $rc, expected 1 (a schema-bad pack)" "$out"
        fi
    done
    for f in "${good[@]}"; do
        rel=${f#"$SRC"/}
        out=$("$BYLINE" check "$f" 2>&1)
        rc=$?
        if [ "$rc" -eq 0 ]; then pass; else
            fail "byline check $rel: exit status $rc, expected 0" "$out"
        fi
    done
fi

echo "schema: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
