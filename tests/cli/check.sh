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

# A word longer than any screen's line (issue 11.11): valid, with a warning naming the limit.
word=$(head -c 5000 /dev/zero | tr '\0' 'w')
sed "s/\"The Millbrook council on Tuesday/\"$word The Millbrook council on Tuesday/" \
    "$SRC/tests/fixtures/good/harbor.json" > "$tmp/longword.json"
out=$("$BYLINE" check "$tmp/longword.json"); rc=$?
[ $rc -eq 0 ] && grep -q "paragraphs\[0\]: warning: a word of 5000 characters .*PACK_MAX_WORD_CHARS (60)" <<<"$out" \
    && ok || bad "long word: rc=$rc $out"
# Typed dates (docs/scoring.md): an accepted date that is not the event's date, read by the pack's
# date_order (dmy), or whose weekday is wrong, is an error at that accepted form.
typed="$SRC/tests/fixtures/good/typed-answers.json"
sed 's#"3/4/2025"#"4/3/2025"#' "$typed" > "$tmp/date.json"
out=$("$BYLINE" check "$tmp/date.json"); rc=$?
[ $rc -eq 1 ] && grep -qx "$tmp/date.json:35:34: questions\[0\].accept\[1\]: accepted answer \"4/3/2025\" reads as the date 2025-03-04, but the question's event is on 2025-04-03" <<<"$out" \
    && ok || bad "accepted date not the event's: rc=$rc $out"
sed 's#"3 April 2025", #"Monday, 3 April 2025", #' "$typed" > "$tmp/weekday.json"
out=$("$BYLINE" check "$tmp/weekday.json"); rc=$?
[ $rc -eq 1 ] && grep -q "questions\[0\].accept\[0\]: accepted answer \"Monday, 3 April 2025\": 2025-04-03 is a Thursday, not a Monday" <<<"$out" \
    && ok || bad "accepted date on the wrong weekday: rc=$rc $out"

# typos on a question whose answers are all too short to forgive a slip: a warning, still valid.
sed 's#"accept": \["the Mill Street bridge", "the bridge"\],#"accept": ["span", "Span!"], "typos": 1,#' "$typed" > "$tmp/typos.json"
out=$("$BYLINE" check "$tmp/typos.json"); rc=$?
[ $rc -eq 0 ] && grep -q "questions\[2\].typos: warning: no accepted answer has 6 or more letters, so no spelling slip is forgiven" <<<"$out" \
    && ok || bad "typos without a long answer: rc=$rc $out"

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
[ $rc -eq 1 ] && grep -qx "$tmp/missing.json: cannot open: No such file or directory" <<<"$out" && ok \
    || bad "missing file: rc=$rc $out"
grep -q ":0:0" <<<"$out" && bad "missing file: a made-up position: $out" || ok
out=$("$BYLINE" check "$tmp"); rc=$?
[ $rc -eq 1 ] && grep -qx "$tmp: is a directory, not a pack file" <<<"$out" && ok || bad "directory: rc=$rc $out"
if [ "$(id -u)" != 0 ]; then # root reads anything
    echo '{}' > "$tmp/locked.json"; chmod 000 "$tmp/locked.json"
    out=$("$BYLINE" check "$tmp/locked.json"); rc=$?
    [ $rc -eq 1 ] && grep -qx "$tmp/locked.json: cannot open: Permission denied" <<<"$out" && ok \
        || bad "no permission: rc=$rc $out"
fi
# --json: no position either (null), the same message
out=$("$BYLINE" check --json "$tmp/missing.json"); rc=$?
[ $rc -eq 1 ] && grep -qF '"line":null,"column":null,"path":null,"severity":"error","message":"cannot open: No such file or directory"' <<<"$out" \
    && ok || bad "missing file --json: rc=$rc $out"

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

# Terminal control characters: refused in pack text (an error at FILE:LINE:COL: PATH like the
# others), and never printed raw — not from a pack, not from a file name.
has_ctl() { LC_ALL=C grep -q $'[\x01-\x08\x0b-\x1f\x7f]' "$1"; }
sed 's/"prompt": "Who said/"prompt": "\\u001b[2J\\u001b]0;pwned\\u0007Who said/' \
    "$SRC/tests/fixtures/good/harbor.json" > "$tmp/esc.json"
"$BYLINE" check "$tmp/esc.json" > "$tmp/out" 2>&1; rc=$?
[ $rc -eq 1 ] && ok || bad "ESC in a prompt: exit $rc, expected 1"
grep -q "^$tmp/esc.json:44:17: questions\[0\].prompt: control character U+001B" "$tmp/out" && ok \
    || bad "ESC in a prompt: $(cat -v "$tmp/out")"
has_ctl "$tmp/out" && bad "check printed a raw control character: $(cat -v "$tmp/out")" || ok
sed 's/"title": "The Harbor/"title": "\\u009b2JThe Harbor/' "$SRC/tests/fixtures/good/harbor.json" > "$tmp/c1.json"
"$BYLINE" check "$tmp/c1.json" | grep -q "control character U+009B" && ok || bad "C1 CSI in a title"
"$BYLINE" play --text "$tmp/esc.json" < /dev/null > "$tmp/out" 2>&1; rc=$?
[ $rc -eq 1 ] && ! has_ctl "$tmp/out" && ok || bad "play --text on ESC: rc=$rc $(cat -v "$tmp/out")"
evil="$tmp/"$'\e]0;pwned\a\e[2J'"x.json"
cp "$tmp/esc.json" "$evil"
"$BYLINE" check "$evil" > "$tmp/out" 2>&1
has_ctl "$tmp/out" && bad "check printed a file name raw: $(cat -v "$tmp/out")" || ok
grep -qF '\x1B]0;pwned\x07\x1B[2Jx.json:44:17' "$tmp/out" && ok || bad "escaped file name: $(cat -v "$tmp/out")"
"$BYLINE" play --text "$evil.missing" < /dev/null > "$tmp/out" 2>&1
has_ctl "$tmp/out" && bad "play printed a file name raw: $(cat -v "$tmp/out")" || ok
for cmd in "$BYLINE $'\e[2J'" "$BYLINE export --format gift $'\e]0;x\a.json'" \
           "$BYLINE draft $'\e[2J.txt'" "$BYLINE results --store $'\e[2J.db'" \
           "$BYLINE play --text $'--\e[2J'"; do
    eval "$cmd" < /dev/null > "$tmp/out" 2>&1
    has_ctl "$tmp/out" && bad "printed raw: $cmd: $(cat -v "$tmp/out")" || ok
done
"$BYLINE" check $'--\e[2J' > "$tmp/out" 2>&1
has_ctl "$tmp/out" && bad "check printed an option raw: $(cat -v "$tmp/out")" || ok

# What is not a regular file is refused at once (a FIFO used to hang in fopen); '-' reads
# standard input.
mkfifo "$tmp/fifo.json"
timeout 10 "$BYLINE" check "$tmp/fifo.json" > "$tmp/out" 2>&1; rc=$?
[ $rc -eq 1 ] && grep -q "fifo.json: is not a regular file (a FIFO)" "$tmp/out" && ok \
    || bad "FIFO: rc=$rc $(cat "$tmp/out")"
for cmd in "play --text" "export --format gift"; do
    timeout 10 "$BYLINE" $cmd "$tmp/fifo.json" < /dev/null > "$tmp/out" 2>&1; rc=$?
    [ $rc -eq 1 ] && grep -q "not a regular file (a FIFO)" "$tmp/out" && ok || bad "$cmd on a FIFO: rc=$rc $(cat "$tmp/out")"
done
timeout 10 "$BYLINE" check /dev/null > "$tmp/out" 2>&1; rc=$?
[ $rc -eq 1 ] && grep -q "not a regular file (a device)" "$tmp/out" && ok || bad "device: rc=$rc $(cat "$tmp/out")"
timeout 10 "$BYLINE" check - < "$SRC/tests/fixtures/good/harbor.json" > "$tmp/out" 2>&1; rc=$?
[ $rc -eq 0 ] && grep -q "ok: \"The Harbor Vote\"" "$tmp/out" && ok || bad "check -: rc=$rc $(cat "$tmp/out")"
timeout 10 "$BYLINE" check - < "$tmp/broken.json" > "$tmp/out" 2>&1; rc=$?
[ $rc -eq 1 ] && grep -q ":46:17: questions\[0\].answer: 7 is not a choice" "$tmp/out" && ok \
    || bad "check - on a broken pack: rc=$rc $(cat "$tmp/out")"

finish
