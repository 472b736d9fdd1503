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
