#!/usr/bin/env bash
# gift_roundtrip.sh BYLINE SRCDIR — what docs/export.md promises: every bundled pack exported as
# GIFT and imported back passes `byline check` once the event dates (which GIFT cannot carry) are
# added, with the same questions in the same formats. Needs only python3 (no npm).
set -u
BYLINE=$1
SRC=$2
. "$SRC/tests/cli/lib/common.sh"
for pack in "$SRC"/quizzes/*.json; do
    name=$(basename "$pack" .json)
    "$BYLINE" export --format gift "$pack" -o "$tmp/$name.gift" 2>/dev/null && ok || bad "$name: export"
    "$BYLINE" import --format gift "$tmp/$name.gift" -o "$tmp/$name.back.json" 2>"$tmp/$name.warn" \
        && ok || bad "$name: import: $(cat "$tmp/$name.warn")"
    # Add the dates (taken from the original events, matched by their text); nothing else.
    $PY - "$pack" "$tmp/$name.back.json" "$tmp/$name.dated.json" <<'PYEOF' >"$tmp/$name.py" 2>&1 \
        && ok || bad "$name: $(cat "$tmp/$name.py")"
import json, sys
orig, back = (json.load(open(p, encoding="utf-8")) for p in sys.argv[1:3])
dates = {e["text"]: e["date"] for e in orig.get("events", [])}
for e in back.get("events", []):
    assert e["date"].startswith("TODO"), e
    e["date"] = dates[e["text"]]
fmt = lambda p: [(q["id"], q["format"]) for q in p["questions"]]
assert fmt(orig) == fmt(back), (fmt(orig), fmt(back))
json.dump(back, open(sys.argv[3], "w", encoding="utf-8"), ensure_ascii=False, indent=1)
PYEOF
    "$BYLINE" check "$tmp/$name.dated.json" >"$tmp/$name.check" 2>&1 && ok \
        || bad "$name: the round trip does not pass byline check: $(grep -v '^$' "$tmp/$name.check" | head -20)"
done

# Two articles, one passage in both: each passage's feedback names its outlet and headline, and the
# import gives it its "article" back, so the pack passes check (docs/pack-format.md's example).
$PY - "$SRC/docs/pack-format.md" "$tmp/two.json" <<'PYEOF' && ok || bad "two articles: example not found"
import sys
s = open(sys.argv[1], encoding="utf-8").read()
i = s.index("## Two articles about one event")
j = s.index("```json", i) + 8
open(sys.argv[2], "w", encoding="utf-8").write(s[j:s.index("```", j)])
PYEOF
"$BYLINE" export --format gift "$tmp/two.json" -o "$tmp/two.gift" 2>/dev/null && ok || bad "two articles: export"
grep -q 'byline-source"><em>The Bay Gazette\\: Harbor vote put off again</em>' "$tmp/two.gift" && ok \
    || bad "two articles: feedback does not name the outlet"
"$BYLINE" import --format gift "$tmp/two.gift" -o "$tmp/two.back.json" 2>/dev/null && ok || bad "two articles: import"
"$BYLINE" check "$tmp/two.back.json" >"$tmp/two.check" 2>&1 && ok \
    || bad "two articles: the round trip does not pass byline check: $(cat "$tmp/two.check")"
$PY -c '
import json, sys
q = json.load(open(sys.argv[1]))["questions"][0]
assert [type(e) for e in q["evidence"]] == [dict, dict], q["evidence"]
assert q["evidence"][0]["article"] != q["evidence"][1]["article"], q["evidence"]' "$tmp/two.back.json" \
    && ok || bad "two articles: passages lost their article"
finish
