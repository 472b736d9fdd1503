#!/usr/bin/env bash
# draft.sh BYLINE SRCDIR — `byline draft` on every article we have: the draft always passes
# `byline check`, asks about all three kinds, and bad input gets exit 2 with a message.
set -u
BYLINE=$1
SRC=$2
source "$(dirname "$0")/lib/common.sh"
shopt -s nullglob

articles=("$SRC"/quizzes/articles/*.txt "$SRC"/tests/fixtures/articles/*.txt)
shared="$SRC/../shared/articles/2020-04-02-sessions-letter.txt"
[ -f "$shared" ] && articles+=("$shared")
[ ${#articles[@]} -ge 2 ] && ok || bad "expected articles to draft from, found ${#articles[@]}"
for a in "${articles[@]}"; do
    name=$(basename "$a" .txt)
    if ! "$BYLINE" draft "$a" --date 2024-05-01 -o "$tmp/$name.json" 2>"$tmp/err"; then
        # fixtures without a speaker or date may legitimately yield nothing; say so
        grep -q "found nothing to ask" "$tmp/err" && { ok; continue; }
        bad "$name: draft failed: $(cat "$tmp/err")"
        continue
    fi
    out=$("$BYLINE" check "$tmp/$name.json"); rc=$?
    [ $rc -eq 0 ] && ! grep -q warning <<<"$out" && ok || bad "$name: draft does not pass check: $out"
done

# The practice articles carry their own date line and give every kind of question.
for a in "$SRC"/quizzes/articles/*.txt; do
    "$BYLINE" draft "$a" > "$tmp/d.json" 2>/dev/null || { bad "$a: draft"; continue; }
    $PY - "$tmp/d.json" <<'PYEOF' && ok || bad "$a: kinds and evidence"
import json, sys
p = json.load(open(sys.argv[1]))
kinds = {q["kind"] for q in p["questions"]}
assert kinds == {"speaker", "claim", "timeline"}, kinds
assert all(q["evidence"] and q["explanation"] for q in p["questions"])
assert p["articles"][0]["date"] != "", p["articles"][0]
PYEOF
done

# The real article: Gitcho's "she said" quote is attributed to Gail Gitcho.
if [ -f "$shared" ]; then
    "$BYLINE" draft "$shared" > "$tmp/s.json" 2>/dev/null
    $PY - "$tmp/s.json" <<'PYEOF' && ok || bad "shared article: attribution of 'No one can change that'"
import json, sys
p = json.load(open(sys.argv[1]))
qs = [q for q in p["questions"] if q["format"] == "choice" and "No one can change that" in q["prompt"]]
assert qs and qs[0]["choices"][qs[0]["answer"]] == "Gail Gitcho", qs
PYEOF
fi

# Answer keys come only from sure attributions; prompts quote the article verbatim; every
# question says why it was drafted.
cat > "$tmp/two-men.txt" <<'EOF'
date 2024-05-06

Governor Tom Reyes met Mayor Dan Ortiz at the depot on Monday.

“The money is there,” he said.

“We are not going to reopen a bridge we can't stand behind,” Ortiz said. “The steel under the deck has to be replaced first.”

“The vote is on Friday,” said council member Ann Polk.

“We stand by our reporting,” the Harbor Gazette said.

Ann Polk called the schedule “too slow” in her remarks.
EOF
"$BYLINE" draft "$tmp/two-men.txt" -o "$tmp/tm.json" 2>"$tmp/err" || bad "two men: draft failed: $(cat "$tmp/err")"
grep -q "left out 1 quotation whose speaker annotate was not sure of" "$tmp/err" && ok || bad "two men: unsure quote not reported: $(cat "$tmp/err")"
$PY - "$tmp/tm.json" <<'PYEOF' && ok || bad "two men: answer keys, verbatim prompts, notes"
import json, sys
p = json.load(open(sys.argv[1]))
qs = p["questions"]
assert not [q for q in qs if "The money is there" in q["prompt"]], "a guessed speaker became an answer key"
split = [q for q in qs if q["format"] == "choice" and "reopen a bridge" in q["prompt"]]
assert split, [q["prompt"] for q in qs]
pr = split[0]["prompt"]
assert "behind \u2026 The steel" in pr and "behind, The" not in pr, pr
assert split[0]["choices"][split[0]["answer"]] == "Dan Ortiz"
assert all(q.get("note") for q in qs), [q["id"] for q in qs if not q.get("note")]
assert "confidence-high" in split[0]["tags"], split[0]["tags"]
# a word or two in quote marks makes no "Who said" question
assert not [q for q in qs if "too slow" in q["prompt"]], [q["prompt"] for q in qs]
# a person for a person: the newspaper is never a distractor for a person
assert not [q for q in qs if q["format"] == "choice" and "Harbor Gazette" in q.get("choices", [])], qs
PYEOF
"$BYLINE" check "$tmp/tm.json" | grep -q warning && bad "two men: check warns" || ok
# the draft (with its "note" fields) is valid under docs/pack.schema.json, where jsonschema is
if /usr/bin/python3 -c 'import jsonschema' 2>/dev/null; then
    out=$(/usr/bin/python3 "$SRC/tests/tools/schema_check.py" --schema "$SRC/docs/pack.schema.json" "$tmp/tm.json" 2>&1) \
        && ok || bad "two men: draft fails the schema: $out"
fi
"$BYLINE" draft "$tmp/two-men.txt" --min-confidence low -o "$tmp/tl.json" 2>/dev/null
$PY -c 'import json,sys; assert [q for q in json.load(open(sys.argv[1]))["questions"] if "The money is there" in q["prompt"]]' "$tmp/tl.json" && ok || bad "--min-confidence low keeps the guess"
"$BYLINE" draft "$tmp/two-men.txt" --min-confidence sure >/dev/null 2>"$tmp/err"; rc=$?
[ $rc -eq 2 ] && grep -q "min-confidence" "$tmp/err" && ok || bad "bad --min-confidence: rc=$rc"

# A passage quoted from another article names the speaker of the quotation inside it in the
# third person: it is not his, and a "Who said" about it would print its answer.
cat > "$tmp/excerpt.txt" <<'EOF'
date 2024-05-06

As the Harbor Gazette reported on Friday, the city still would not say when the depot reopens:

“The city is still reluctant to call the closure permanent, citing the ongoing inspection of the pier.

“At the depot today, reporters questioned harbor spokesman Carl Menzies about the inspection and its cost.

“We do not want to talk about the closure while the inspection goes on,” Menzies said.

“The ferry will run again in May, whatever the inspectors find,” said council member Ann Polk.
EOF
"$BYLINE" draft "$tmp/excerpt.txt" -o "$tmp/ex.json" 2>"$tmp/err" || bad "excerpt: draft failed: $(cat "$tmp/err")"
$PY - "$tmp/ex.json" <<'PYEOF' && ok || bad "excerpt: a quotation naming its own speaker made an answer key"
import json, sys
qs = [q for q in json.load(open(sys.argv[1]))["questions"] if q["prompt"].startswith("Who said")]
assert not [q for q in qs if "still reluctant" in q["prompt"]], [q["prompt"] for q in qs]
assert [q for q in qs if "The ferry will run again" in q["prompt"]], [q["prompt"] for q in qs]
PYEOF

# Two articles about one event: one pack with both, each one's questions, and comparison
# questions whose keys hold in the texts.
H="$SRC/quizzes/articles/practice-two-outlets-herald.txt"
V="$SRC/quizzes/articles/practice-two-outlets-voice.txt"
"$BYLINE" draft "$H" "$V" --outlet "The Marlow Bay Herald" --outlet "The Eastside Voice" \
    --title "Notice lifted" -o "$tmp/two.json" 2>"$tmp/err" || bad "two articles: $(cat "$tmp/err")"
grep -q "compare) written to" "$tmp/err" && ok || bad "two articles: summary: $(cat "$tmp/err")"
out=$("$BYLINE" check "$tmp/two.json"); rc=$?
[ $rc -eq 0 ] && ! grep -q warning <<<"$out" && ok || bad "two articles: check: $out"
$PY - "$tmp/two.json" "$H" "$V" <<'PYEOF' && ok || bad "two articles: pack"
import json, re, sys
p = json.load(open(sys.argv[1]))
texts = [open(f, encoding="utf-8").read() for f in sys.argv[2:4]]
arts = p["articles"]
assert [a["outlet"] for a in arts] == ["The Marlow Bay Herald", "The Eastside Voice"], arts
assert arts[0]["title"] == "Notice lifted" and arts[1]["title"] != "Notice lifted"
assert [a["date"] for a in arts] == ["2025-09-19", "2025-09-20"]
ids = [a["id"] for a in arts]
qs = p["questions"]
cmp = [q for q in qs if "compare" in q["tags"]]
assert len(cmp) >= 8, [q["prompt"] for q in cmp]
for q in qs + p["events"]:
    for e in q["evidence"]:
        assert e["article"] in ids, e
for q in qs:
    if "compare" not in q["tags"]:
        assert q["prompt"].startswith("In The "), q["prompt"]
outlet = {a["outlet"]: k for k, a in enumerate(arts)}
seen = set()
for q in cmp:
    m = re.match(r"Which article quotes (.*)\?$", q["prompt"])
    if not m:
        continue
    last = m.group(1).split()[-1]
    right = q["choices"][q["answer"]]
    named = [last in t for t in texts]
    if right == "Both":
        assert all(named), q
    else:
        assert not named[1 - outlet[right]], ("named in the other article", q)
    seen.add(right)
assert seen == {"Both", "The Marlow Bay Herald", "The Eastside Voice"}, seen
fact = [q for q in cmp if "as a fact" in q["prompt"]]
assert fact and fact[0]["choices"][fact[0]["answer"]] == "The Marlow Bay Herald", fact
# Okafor is one person of the pack
assert [x["name"] for x in p["people"]].count("Teresa Okafor") == 1
PYEOF
if /usr/bin/python3 -c 'import jsonschema' 2>/dev/null; then
    out=$(/usr/bin/python3 "$SRC/tests/tools/schema_check.py" --schema "$SRC/docs/pack.schema.json" "$tmp/two.json" 2>&1) \
        && ok || bad "two articles: draft fails the schema: $out"
fi
# Three articles: every pair compared, prompts name the pair, and the draft still passes check.
"$BYLINE" draft "$H" "$V" "$SRC/quizzes/articles/practice-river-bridge.txt" --outlet Herald --outlet Voice \
    --outlet Bridge -o "$tmp/three.json" 2>"$tmp/err" || bad "three articles: $(cat "$tmp/err")"
out=$("$BYLINE" check "$tmp/three.json"); rc=$?
[ $rc -eq 0 ] && ! grep -q warning <<<"$out" && grep -q "3 articles" <<<"$out" && ok || bad "three articles: check: $out"
grep -q '"Of Herald and Bridge, which quotes' "$tmp/three.json" && ok || bad "three articles: pair not named"
# Without outlets the file names tell the articles apart, and the command says so.
"$BYLINE" draft "$H" "$V" -o "$tmp/two2.json" 2>"$tmp/err" && grep -q "have no --outlet" "$tmp/err" \
    && "$BYLINE" check "$tmp/two2.json" >/dev/null && ok || bad "two articles without outlets: $(cat "$tmp/err")"
# Failures: a missing or dateless file is named; one outlet for both; too many options.
"$BYLINE" draft "$H" "$tmp/gone.txt" >"$tmp/out" 2>"$tmp/err"; rc=$?
[ $rc -eq 2 ] && grep -q "gone.txt" "$tmp/err" && [ ! -s "$tmp/out" ] && ok || bad "missing second: rc=$rc"
mkdir -p "$tmp/adir"
"$BYLINE" draft "$H" "$tmp/adir" >"$tmp/out" 2>"$tmp/err"; rc=$?
[ $rc -eq 2 ] && grep -q "cannot read '$tmp/adir'" "$tmp/err" && [ ! -s "$tmp/out" ] && ok || bad "unreadable second: rc=$rc"
printf '\342\200\234We are ready,\342\200\235 said Ann Lee.\n' > "$tmp/nodate2.txt"
"$BYLINE" draft "$H" "$tmp/nodate2.txt" >/dev/null 2>"$tmp/err"; rc=$?
[ $rc -eq 2 ] && grep -q "nodate2.txt: the article has no date line" "$tmp/err" && ok \
    || bad "dateless second: rc=$rc $(cat "$tmp/err")"
{ echo "date 2024-05-01"; for i in $(seq 600); do printf 'Jo Park said the bridge will close, part %d.\n\n' "$i"; done; } > "$tmp/long.txt"
"$BYLINE" draft "$H" "$tmp/long.txt" >/dev/null 2>"$tmp/err"; rc=$?
[ $rc -eq 2 ] && grep -q "long.txt: the draft is invalid at articles\[1\].paragraphs" "$tmp/err" && ok \
    || bad "too long second article: rc=$rc $(cat "$tmp/err")"
"$BYLINE" draft "$H" "$V" --outlet Post --outlet "the post" >/dev/null 2>"$tmp/err"; rc=$?
[ $rc -eq 2 ] && grep -q "same outlet" "$tmp/err" && ok || bad "same outlet: rc=$rc $(cat "$tmp/err")"
"$BYLINE" draft "$H" --outlet A --outlet B >/dev/null 2>"$tmp/err"; rc=$?
[ $rc -eq 2 ] && grep -q "more --outlet options than articles" "$tmp/err" && ok || bad "extra --outlet: rc=$rc"
# Fast: both practice articles drafted in well under a second.
start=$(date +%s%N)
"$BYLINE" draft "$H" "$V" >/dev/null 2>&1
ms=$(( ($(date +%s%N) - start) / 1000000 ))
[ "$ms" -lt 1000 ] && ok || bad "two articles took $ms ms"
# --cite: every speaker and claim question that is not an evidence question asks for its
# evidence ("cite": true), nothing else does, the draft still checks, and the count is said.
a1=$(ls "$SRC"/quizzes/articles/*.txt | head -n 1)
"$BYLINE" draft "$a1" --cite -o "$tmp/cite.json" 2>"$tmp/err" && "$BYLINE" check --quiet "$tmp/cite.json" \
&& $PY - "$tmp/cite.json" "$tmp/err" <<'PYEOF2' && ok || bad "--cite: $(cat "$tmp/err")"
import json, re, sys
qs = json.load(open(sys.argv[1]))["questions"]
want = [q["id"] for q in qs if q["kind"] != "timeline" and q["format"] != "evidence"]
got = [q["id"] for q in qs if q.get("cite")]
assert want and got == want, (got, want)
assert all(q.get("cite") in (None, True) for q in qs)
n = re.search(r"(\d+) questions? also asks? for the sentence", open(sys.argv[2]).read())
assert n and int(n.group(1)) == len(got), open(sys.argv[2]).read()
PYEOF2
"$BYLINE" draft "$a1" -o "$tmp/nocite.json" 2>/dev/null && ! grep -q '"cite"' "$tmp/nocite.json" \
    && ok || bad "without --cite nothing cites"

# Errors: no date, missing file, no arguments.
printf 'Jo Park said the bridge "will close soon," on Tuesday.\n' > "$tmp/nodate.txt"
"$BYLINE" draft "$tmp/nodate.txt" >/dev/null 2>"$tmp/err"; rc=$?
[ $rc -eq 2 ] && grep -q "date" "$tmp/err" && ok || bad "no date: rc=$rc $(cat "$tmp/err")"
"$BYLINE" draft "$tmp/missing.txt" >/dev/null 2>"$tmp/err"; rc=$?
[ $rc -eq 2 ] && grep -q "missing.txt" "$tmp/err" && ok || bad "missing file: rc=$rc"
"$BYLINE" draft >/dev/null 2>&1; [ $? -eq 2 ] && ok || bad "no args"
"$BYLINE" help draft | grep -q "Usage: byline draft" && ok || bad "help draft"

# An article with a NUL byte (a word-processor file, UTF-16) is not text: said so, with where,
# instead of a draft cut short at the NUL or a misleading "evidence not in article".
a1=$(ls "$SRC"/quizzes/articles/*.txt | head -n 1)
{ head -c 1780 "$a1"; printf '\0'; tail -c +1781 "$a1"; } > "$tmp/nul.txt"
"$BYLINE" draft "$tmp/nul.txt" >/dev/null 2>"$tmp/err"; rc=$?
[ $rc -eq 2 ] && grep -q "not a text file: a NUL byte at line" "$tmp/err" && ok \
    || bad "NUL byte: rc=$rc $(cat "$tmp/err")"
printf 'date 2024-05-01 Jo Park said the bridge "will\0 close soon," on Tuesday.\n' > "$tmp/nul2.txt"
"$BYLINE" draft "$tmp/nul2.txt" >/dev/null 2>"$tmp/err"; rc=$?
[ $rc -eq 2 ] && grep -q "NUL byte at line 1, column 46" "$tmp/err" && ok || bad "NUL byte 2: rc=$rc $(cat "$tmp/err")"

finish
