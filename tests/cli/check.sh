#!/usr/bin/env bash
# check.sh BYLINE SRCDIR — `byline check` as a user sees it: output format, exit status, --json,
# help and version, and every bundled pack valid.
set -u
BYLINE=$1
SRC=$2
source "$(dirname "$0")/lib/common.sh"

# Every bundled pack is valid, with no warnings.
shopt -s nullglob
packs=("$SRC"/quizzes/*.json)
[ ${#packs[@]} -ge 3 ] && ok || bad "expected at least 3 bundled packs, found ${#packs[@]}"
for p in "${packs[@]}" "$SRC"/tests/fixtures/good/*.json; do
    out=$("$BYLINE" check "$p"); rc=$?
    if [ $rc -eq 0 ] && ! grep -q "warning" <<<"$out"; then ok; else bad "$p: rc=$rc: $out"; fi
done

# An invalid pack: exit 1, FILE:LINE:COL: PATH: message, and a summary.
sed 's/"answer": 1,/"answer": 7,/' "$SRC/tests/fixtures/good/harbor.json" > "$tmp/broken.json"
out=$("$BYLINE" check "$tmp/broken.json"); rc=$?
[ $rc -eq 1 ] && ok || bad "invalid pack: exit $rc, expected 1"
grep -qx "$tmp/broken.json:46:17: questions\[0\].answer: 7 is not a choice (0..2)" <<<"$out" && ok \
    || bad "diagnostic line format: $out"
grep -q "invalid: 1 error" <<<"$out" && ok || bad "summary: $out"

# Several files: each reported, a final tally, exit 1 if any is invalid.
out=$("$BYLINE" check "$SRC/tests/fixtures/good/harbor.json" "$tmp/broken.json"); rc=$?
[ $rc -eq 1 ] && grep -q "2 packs checked: 1 valid, 1 invalid" <<<"$out" && ok || bad "tally: rc=$rc $out"

# --json: the same findings, parseable.
"$BYLINE" check --json "$tmp/broken.json" > "$tmp/out.json"; rc=$?
[ $rc -eq 1 ] && ok || bad "--json exit $rc"
$PY - "$tmp/out.json" <<'PYEOF' && ok || bad "--json output"
import json, sys
d = json.load(open(sys.argv[1]))
f = d[0]["findings"][0]
assert d[0]["valid"] is False and d[0]["errors"] == 1, d
assert (f["line"], f["column"], f["path"], f["severity"]) == (46, 17, "questions[0].answer", "error"), f
assert "not a choice" in f["message"]
PYEOF

# Two articles (the bundled practice-two-outlets pack): check says which article each passage was
# found in, and refuses a passage both articles contain until it names its article.
TWO="$SRC/quizzes/practice-two-outlets.json"
out=$("$BYLINE" check "$TWO"); rc=$?
[ $rc -eq 0 ] && grep -Eq '2 articles; passages found: [0-9]+ in "herald", [0-9]+ in "voice"$' <<<"$out" \
    && ok || bad "two articles: summary counts passages per article: $out"
"$BYLINE" check --json "$TWO" > "$tmp/two.json"
$PY - "$TWO" "$tmp/two.json" <<'PYEOF' && ok || bad "--json passages name their article"
import json, sys
pack, out = json.load(open(sys.argv[1])), json.load(open(sys.argv[2]))[0]
qi = [q["id"] for q in pack["questions"]].index("which-quote-standard")
where = {p["path"]: p for p in out["passages"]}
n = sum(len(q["evidence"]) for q in pack["questions"]) + sum(len(e.get("evidence", [])) for e in pack["events"])
assert len(out["passages"]) == n, (len(out["passages"]), n)
a, b = where[f"questions[{qi}].evidence[0]"], where[f"questions[{qi}].evidence[1]"]
assert (a["article"], b["article"]) == ("herald", "voice"), (a, b)
body = "\n\n".join(pack["articles"][1]["paragraphs"]).encode()
assert body[b["start"]:b["end"]].decode().startswith("“The water meets every state standard,”"), b
PYEOF
# The same quotation without "article" is in both articles: an error at its line and column.
$PY - "$TWO" "$tmp/amb.json" <<'PYEOF' || bad "making the ambiguous pack"
import json, sys
pack = json.load(open(sys.argv[1]))
q = [q for q in pack["questions"] if q["id"] == "which-quote-standard"][0]
q["evidence"][0] = "“The water meets every state standard,” general manager Teresa Okafor"
json.dump(pack, open(sys.argv[2], "w"), ensure_ascii=False, indent=2)
PYEOF
out=$("$BYLINE" check "$tmp/amb.json"); rc=$?
line=$(grep -n '"“The water meets every state standard,” general manager Teresa Okafor",' "$tmp/amb.json" | cut -d: -f1)
[ $rc -eq 1 ] && grep -qx "$tmp/amb.json:$line:9: questions\[3\]\.evidence\[0\]: passage appears in 2 articles (\"herald\" and \"voice\"); add \"article\": \"herald\" (or \"article\": \"voice\") to say which" <<<"$out" \
    && ok || bad "passage in both articles: rc=$rc line=$line $out"

# Usage and I/O errors: exit 2 with a message on stderr.
"$BYLINE" check >/dev/null 2>"$tmp/err"; rc=$?
[ $rc -eq 2 ] && grep -q "no pack given" "$tmp/err" && ok || bad "no args: rc=$rc"
"$BYLINE" check --bogus x.json >/dev/null 2>"$tmp/err"; rc=$?
[ $rc -eq 2 ] && grep -q "unknown option" "$tmp/err" && ok || bad "bad option: rc=$rc"
out=$("$BYLINE" check "$tmp/missing.json"); rc=$?
[ $rc -eq 1 ] && grep -q "missing.json:0:0: \$: cannot open" <<<"$out" && ok || bad "missing file: rc=$rc $out"

# Hostile input never crashes (exit 1, not a signal).
head -c 4096 /dev/urandom > "$tmp/junk.json"
"$BYLINE" check "$tmp/junk.json" >/dev/null; rc=$?
[ $rc -eq 1 ] && ok || bad "random bytes: rc=$rc"
head -c 200000 /dev/zero | tr '\0' '[' > "$tmp/deep.json"
"$BYLINE" check "$tmp/deep.json" | grep -q "nested deeper" && ok || bad "deep nesting"

# Help and version behave as command-line users expect.
"$BYLINE" --version | grep -Eq '^byline [0-9]+\.[0-9]+\.[0-9]+$' && ok || bad "--version"
"$BYLINE" --help | grep -q "check" && ok || bad "--help lists commands"
"$BYLINE" help check | grep -q "Usage: byline check" && ok || bad "help check"
"$BYLINE" check --help | grep -q "Usage: byline check" && ok || bad "check --help"
"$BYLINE" frobnicate >/dev/null 2>&1; [ $? -eq 2 ] && ok || bad "unknown command exit"

finish
