# common.sh — sourced by the command tests in tests/cli/: counters, a scratch folder removed on
# exit, and the closing "N passed, M failed" line (the script's exit status follows it).
pass=0 fail=0
ok() { pass=$((pass + 1)); }
bad() { fail=$((fail + 1)); echo "FAIL: $*"; }
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
PY=/usr/bin/python3 # Debian's, with python3-jsonschema; not a pyenv one
finish() {
    echo "$(basename "$0"): $pass passed, $fail failed"
    [ "$fail" -eq 0 ]
}
