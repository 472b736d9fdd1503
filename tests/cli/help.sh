#!/usr/bin/env bash
# help.sh BYLINE SRCDIR — every help text fits an 80-column terminal (a longer line is wrapped
# by the terminal mid-word), whichever way it is asked for (`byline --help`, `byline help CMD`,
# `byline CMD --help`), and fitting it loses no word and keeps every option line.
set -u
BYLINE=$1
SRC=$2
source "$(dirname "$0")/lib/common.sh"
export HOME=$tmp/home BYLINE_DATA_HOME=$tmp/data
mkdir -p "$HOME"

# Prints the lines of a file over 80 characters (not bytes: "—" is one column).
too_long() {
    "$PY" - "$1" <<'PYEOF'
import sys
for n, line in enumerate(open(sys.argv[1], encoding="utf-8"), 1):
    line = line.rstrip("\n")
    if len(line) > 80:
        print(f"line {n}: {len(line)} columns: {line}")
PYEOF
}

"$BYLINE" --help >"$tmp/main.txt"; rc=$?
[ $rc -eq 0 ] && [ -z "$(too_long "$tmp/main.txt")" ] && ok || bad "byline --help: rc=$rc $(too_long "$tmp/main.txt")"
cmds=$(sed -n '/^Commands:/,/^$/p' "$tmp/main.txt" | awk 'NF > 1 {print $1}' | grep -v Commands:)
[ "$(wc -w <<<"$cmds")" -ge 9 ] && ok || bad "commands listed: $cmds"
for c in $cmds; do
    "$BYLINE" help "$c" >"$tmp/$c.txt"; rc=$?
    long=$(too_long "$tmp/$c.txt")
    [ $rc -eq 0 ] && [ -s "$tmp/$c.txt" ] && [ -z "$long" ] && ok || bad "byline help $c: rc=$rc $long"
    "$BYLINE" "$c" --help >"$tmp/$c-2.txt"; rc=$?
    cmp -s "$tmp/$c.txt" "$tmp/$c-2.txt" && ok || bad "byline $c --help differs from byline help $c"
done

# Fitting moves words between lines, nothing else: the same words in the same order as the
# text the command writes (the long draft help has lines over 80 in its source).
"$PY" - "$tmp/draft.txt" <<'PYEOF' && ok || bad "draft help: words lost or options moved"
import sys
text = open(sys.argv[1], encoding="utf-8").read()
words = text.split()
for w in ["--min-confidence", "--cite", "[-o", "PACK.json]", "guesses)", "standard", "output"]:
    assert w in words, w
for line in text.splitlines():
    if line.lstrip().startswith("--") or line.lstrip().startswith("-o"):
        assert line.startswith("  "), line
PYEOF
finish
