#!/usr/bin/env bash
# annotate.sh BYLINE SRCDIR — `byline annotate` as a user sees it: JSON on stdout, options, exit
# status and messages for usage and I/O errors.
set -u
BYLINE=$1
SRC=$2
source "$(dirname "$0")/lib/common.sh"
ART="$SRC/tests/fixtures/articles/harbor-fees.txt"

# A fixture: exit 0, valid JSON with the speakers, dates, roles and claims we expect.
"$BYLINE" annotate "$ART" > "$tmp/out.json" 2> "$tmp/err"; rc=$?
[ $rc -eq 0 ] && ok || bad "annotate fixture: exit $rc: $(cat "$tmp/err")"
[ ! -s "$tmp/err" ] && ok || bad "unexpected stderr: $(cat "$tmp/err")"
$PY - "$tmp/out.json" "$ART" <<'PYEOF' && ok || bad "fixture output"
import json, sys
d = json.load(open(sys.argv[1]))
raw = open(sys.argv[2], "rb").read()
assert d["date"] == "2023-07-13", d["date"]
q = {x["text"][:25]: x for x in d["quotes"]}
assert q["Boats are touching bottom"]["speaker"] == "Dana Whitcombe"
assert q["Boats are touching bottom"]["cue"] == "Whitcombe said"
assert q["Nobody likes paying more."]["speaker"] == "Ruth Okafor"
assert q["Nobody likes paying more."]["via"] == "continued"
for x in d["quotes"]:
    s, e = x["parts"][0]
    assert raw[s:e].decode() == x["text"][:e - s], x
dates = {x["text"]: x["value"] for x in d["dates"]}
assert dates["Tuesday"] == "2023-07-11" and dates["Feb. 2"] == "2024-02-02", dates
assert dates["last year"] == "2022" and dates["next month"] == "2023-08", dates
roles = {p["name"]: p["role"] for p in d["people"]}
assert roles["Leon Abernathy"] == "Commissioner", roles
claims = {c["holder"] for c in d["claims"]}
assert "Dana Whitcombe" in claims and "a staff report released last Friday" in claims, claims
for c in d["claims"]:
    assert raw[c["start"]:c["end"]].decode() == c["text"], c
PYEOF

# --compact prints one line; -o writes a file; '-' reads standard input; --date overrides.
"$BYLINE" annotate --compact "$ART" > "$tmp/compact.json" && [ "$(wc -l < "$tmp/compact.json")" -eq 1 ] \
    && ok || bad "--compact is not one line"
"$BYLINE" annotate -o "$tmp/file.json" "$ART" > "$tmp/stdout" && [ ! -s "$tmp/stdout" ] \
    && cmp -s "$tmp/file.json" "$tmp/out.json" && ok || bad "-o FILE"
"$BYLINE" annotate --compact - < "$ART" | cmp -s - "$tmp/compact.json" && ok || bad "stdin '-'"
"$BYLINE" annotate --compact --date 2023-12-28 "$ART" | $PY -c '
import json, sys
d = json.load(sys.stdin)
assert d["date"] == "2023-12-28"
assert {x["text"]: x["value"] for x in d["dates"]}["Tuesday"] == "2023-12-26"' && ok || bad "--date"

# No date anywhere: still exit 0, a warning, relative dates null.
"$BYLINE" annotate --compact "$SRC/tests/fixtures/articles/pool-lines.txt" > "$tmp/nodate.json" \
    2> "$tmp/err"; rc=$?
[ $rc -eq 0 ] && grep -q "no article date" "$tmp/err" && ok || bad "no date: rc=$rc $(cat "$tmp/err")"
$PY -c 'import json,sys; d=json.load(open(sys.argv[1])); assert d["date"] is None
assert all(x["value"] is None for x in d["dates"] if x["text"] == "Monday")' "$tmp/nodate.json" \
    && ok || bad "no-date JSON"

# Usage and I/O errors: exit 2 and a message naming the problem.
"$BYLINE" annotate "$tmp/missing.txt" > "$tmp/stdout" 2> "$tmp/err"; rc=$?
[ $rc -eq 2 ] && grep -q "cannot open '$tmp/missing.txt'" "$tmp/err" && [ ! -s "$tmp/stdout" ] \
    && ok || bad "missing file: rc=$rc $(cat "$tmp/err")"
"$BYLINE" annotate > /dev/null 2> "$tmp/err"; rc=$?
[ $rc -eq 2 ] && grep -q "no article given" "$tmp/err" && ok || bad "no args: rc=$rc"
"$BYLINE" annotate --bogus "$ART" > /dev/null 2> "$tmp/err"; rc=$?
[ $rc -eq 2 ] && grep -q "unknown option" "$tmp/err" && ok || bad "bad option: rc=$rc"
"$BYLINE" annotate --date 2023-02-30 "$ART" > /dev/null 2> "$tmp/err"; rc=$?
[ $rc -eq 2 ] && grep -q "2023-02-30" "$tmp/err" && ok || bad "bad --date: rc=$rc $(cat "$tmp/err")"
"$BYLINE" annotate --date > /dev/null 2> "$tmp/err"; rc=$?
[ $rc -eq 2 ] && grep -q "needs a value" "$tmp/err" && ok || bad "--date without value: rc=$rc"
printf 'date 2020-13-01 Text.' > "$tmp/baddate.txt"
"$BYLINE" annotate "$tmp/baddate.txt" > /dev/null 2> "$tmp/err"; rc=$?
[ $rc -eq 2 ] && grep -q "baddate.txt" "$tmp/err" && ok || bad "bad date token: rc=$rc $(cat "$tmp/err")"
"$BYLINE" annotate -o "$tmp/no/such/dir/x.json" "$ART" 2> "$tmp/err"; rc=$?
[ $rc -eq 2 ] && grep -q "cannot write" "$tmp/err" && ok || bad "unwritable -o: rc=$rc"

# Hostile input never crashes.
head -c 20000 /dev/urandom > "$tmp/junk.txt"
"$BYLINE" annotate "$tmp/junk.txt" > /dev/null 2>&1; rc=$?
[ $rc -eq 0 ] && ok || bad "random bytes: rc=$rc"

# Two articles about one event: each one's analysis with its file name, and a comparison.
H="$SRC/quizzes/articles/practice-two-outlets-herald.txt"
V="$SRC/quizzes/articles/practice-two-outlets-voice.txt"
"$BYLINE" annotate "$H" "$V" > "$tmp/two.json" 2> "$tmp/err"; rc=$?
[ $rc -eq 0 ] && [ ! -s "$tmp/err" ] && ok || bad "two articles: rc=$rc $(cat "$tmp/err")"
$PY - "$tmp/two.json" "$H" "$V" <<'PYEOF' && ok || bad "two articles: output"
import json, sys
d = json.load(open(sys.argv[1]))
H, V = sys.argv[2], sys.argv[3]
texts = {H: open(H, encoding="utf-8").read(), V: open(V, encoding="utf-8").read()}
assert [a["file"] for a in d["articles"]] == [H, V], [a["file"] for a in d["articles"]]
assert d["articles"][0]["date"] == "2025-09-19" and d["articles"][1]["date"] == "2025-09-20"
assert set(d["articles"][0]) == {"file", "date", "quotes", "dates", "people", "claims"}
c = d["compare"]
who = {p["name"]: p for p in c["people"]}
assert who["Teresa Okafor"]["quoted_in"] == [H, V], who["Teresa Okafor"]
assert who["Daniel Whitcombe"]["quoted_in"] == [H] and who["Daniel Whitcombe"]["not_named_in"] == [V]
assert who["Rosa Delacroix"]["quoted_in"] == [V] and who["Rosa Delacroix"]["not_named_in"] == [H]
# "not named" is a promise: the surname is nowhere in that article
for p in c["people"]:
    for f in p["not_named_in"]:
        assert p["name"].split()[-1].lower() not in texts[f].lower(), (p["name"], f)
words = {w["text"]: w for w in c["quoted_words"]}
assert words["Residents can drink it straight from the tap again."]["not_in"] == [V], words
assert [w for w in c["quoted_words"] if w["text"].startswith("The water meets")][0]["in"] == [H, V]
fc = c["fact_and_claim"]
assert fc and fc[0]["attributed"]["file"] == V and fc[0]["as_fact"]["file"] == H, fc
assert "cracked valve" in fc[0]["as_fact"]["sentence"]
n = {x["noun"]: [y["number"] for y in x["counts"]] for x in c["numbers"]}
assert n == {"households": ["4,200", "6,000"]}, n
raw = open(H, "rb").read()
for x in c["numbers"]:
    y = x["counts"][0]
    assert raw[y["start"]:y["end"]].decode() == y["number"]
PYEOF
"$BYLINE" annotate --compact "$H" "$V" | wc -l | grep -qx 1 && ok || bad "two articles --compact"
# One of the files missing: exit 2, the message names it, nothing on standard output.
"$BYLINE" annotate "$H" "$tmp/gone.txt" > "$tmp/stdout" 2> "$tmp/err"; rc=$?
[ $rc -eq 2 ] && grep -q "gone.txt" "$tmp/err" && [ ! -s "$tmp/stdout" ] && ok \
    || bad "two articles, one missing: rc=$rc $(cat "$tmp/err")"
mkdir -p "$tmp/adir"
"$BYLINE" annotate "$tmp/adir" "$H" > "$tmp/stdout" 2> "$tmp/err"; rc=$?
[ $rc -eq 2 ] && grep -q "cannot read '$tmp/adir'" "$tmp/err" && [ ! -s "$tmp/stdout" ] && ok \
    || bad "two articles, one unreadable: rc=$rc $(cat "$tmp/err")"
"$BYLINE" annotate --date 2025-01-01 --date 2025-01-02 "$H" > /dev/null 2> "$tmp/err"; rc=$?
[ $rc -eq 2 ] && grep -q "more --date options than articles" "$tmp/err" && ok || bad "extra --date: rc=$rc"
"$BYLINE" annotate --compact --date 2025-09-22 "$H" "$V" | $PY -c '
import json, sys
d = json.load(sys.stdin)
assert d["articles"][0]["date"] == "2025-09-22" and d["articles"][1]["date"] == "2025-09-20", d' \
    && ok || bad "--date applies in file order"

# Help.
"$BYLINE" help annotate | grep -q "Usage: byline annotate" && ok || bad "help annotate"
"$BYLINE" annotate --help | grep -q "Usage: byline annotate" && ok || bad "annotate --help"

# The real article, when the shared folder is beside the clone.
SHARED="$SRC/../shared/articles/2020-04-02-sessions-letter.txt"
if [ -f "$SHARED" ]; then
    "$BYLINE" annotate "$SHARED" | $PY -c '
import json, sys
d = json.load(sys.stdin)
sp = [q["speaker"] for q in d["quotes"]]
assert sp == ["Michael Glassner"] * 3 + ["Gail Gitcho"] * 3, sp
assert [x["value"] for x in d["dates"]] == ["2020-03-31", "2020-03-31", "2020-07-14"], d["dates"]' \
        && ok || bad "shared article"
else
    echo "note: $SHARED not found; skipping the shared-article check"
fi

finish
