#!/usr/bin/env bash
# play_text.sh BYLINE SRCDIR — `byline play --text` end to end: answers piped in, the transcript,
# the final score line, re-asking unreadable answers, end of input mid-quiz, saving progress under
# --name (in a temporary HOME), and the exit statuses.
set -u
BYLINE=$1
SRC=$2
HARBOR=$SRC/tests/fixtures/good/harbor.json
MINIMAL=$SRC/tests/fixtures/good/minimal.json
pass=0 fail=0
ok() { pass=$((pass + 1)); }
bad() { fail=$((fail + 1)); echo "FAIL: $*"; }
tmp=$(mktemp -d)
trap 'chmod -R u+w "$tmp"; rm -rf "$tmp"' EXIT
# Never touch a real store: every run gets an empty HOME and no XDG_DATA_HOME.
export HOME=$tmp/home
unset XDG_DATA_HOME
mkdir -p "$HOME"

# play INPUT ARGS... — runs byline play --text with INPUT on stdin; output in $out, status in $rc.
play() {
    local input=$1
    shift
    out=$(printf "$input" | "$BYLINE" play --text "$@" 2>"$tmp/err"); rc=$?
}
last_line() { tail -n 1 <<<"$out"; }

# Typed answers (typed-answers.json, day-first): a date typed another way is right; a near miss
# says how near (docs/scoring.md, "Typed answers").
TYPED=$SRC/tests/fixtures/good/typed-answers.json
play 'Thursday 3rd April\nGonzales ONeill\n' "$TYPED"
[ "$(grep -c '^Right! (1/1 point)$' <<<"$out")" -eq 2 ] && ok || bad "typed date and slip: $out"
play 'Monday, 3 April\nGonzales ONeil\n' "$TYPED"
grep -qx "Not quite: close — that date is not on the weekday you typed. (0/1 point)" <<<"$out" \
    && ok || bad "wrong weekday is a near miss: $out"
grep -qx "Not quite: close — check the spelling. (0/1 point)" <<<"$out" \
    && ok || bad "two slips is a near miss: $out"

# An all-right run of harbor.json (question 1: Dana Obi is choice 2; question 2: two events are
# always listed in the wrong order, so "2 1" is right).
play '2\n2 1\n' --seed 1 "$HARBOR"
[ $rc -eq 0 ] && ok || bad "all right: exit $rc"
[ "$(last_line)" = "Score: 2/2 (2 of 2 right)" ] && ok || bad "all right: last line: $(last_line)"
[ "$(grep -c '^Right! (1/1 point)$' <<<"$out")" -eq 2 ] && ok || bad "all right: two Right! lines"
grep -qx "Question 1 of 2 (speaker, 1 point)" <<<"$out" && ok || bad "question header: $out"
grep -qx "  2) Dana Obi" <<<"$out" && ok || bad "numbered choices"
# the right choice by the number it was listed with, not a letter the terminal never showed
grep -A1 -x "The answer:" <<<"$out" | grep -qx "  2) Dana Obi" && ok || bad "correct answer shown"
! grep -q "B\. Dana Obi" <<<"$out" && ok || bad "a letter for a numbered choice"
grep -qx "The quote is attributed to council chair Dana Obi." <<<"$out" && ok || bad "explanation"
grep -qx "> “We need more time to read the numbers,” council chair Dana Obi said." <<<"$out" \
    && ok || bad "supporting passage quoted"
grep -qx "The Millbrook Ledger, 2025-03-14" <<<"$out" && grep -qx "By Jo Park" <<<"$out" \
    && ok || bad "article header"
grep -qx "Mayor Lee Grant said the delay would cost the town money." <<<"$out" && ok \
    || bad "article paragraphs"
grep -q "^Your answer: 2 1$" <<<"$out" && ok || bad "piped answers are echoed"
/usr/bin/python3 -c 'import sys; sys.exit(any(len(l) > 72 for l in sys.stdin.read().split("\n")))' \
    <<<"$out" && ok || bad "lines wrapped to 72 columns (characters)"
grep -q $'\033' <<<"$out" && bad "colour codes on a pipe" || ok
grep -q "\[1\]" <<<"$out" && bad "sentence numbers without an evidence question" || ok
grep -q "^(Article 1 of" <<<"$out" && bad "one article is not labelled as one of several" || ok

# Wrong answers: "Not quite." and no points.
play '1\n1 2\n' --seed 1 "$HARBOR"
[ $rc -eq 0 ] && [ "$(last_line)" = "Score: 0/2 (0 of 2 right)" ] && ok || bad "all wrong: $(last_line)"
grep -qx "Not quite. (0/1 point)" <<<"$out" && ok || bad "Not quite line"
grep -qx "  1) The council delays the vote" <<<"$out" && ok || bad "right order shown"

# Letters work for choices, CRLF line ends are fine.
play 'b\r\n2,1\r\n' --seed 1 "$HARBOR"
[ "$(last_line)" = "Score: 2/2 (2 of 2 right)" ] && ok || bad "letters and CRLF: $(last_line)"

# Unreadable answers are re-asked with a hint, then the right answer still counts.
play 'x\n9\n\n2\n1 1\n2 1\n' --seed 1 "$HARBOR"
[ $rc -eq 0 ] && [ "$(last_line)" = "Score: 2/2 (2 of 2 right)" ] && ok || bad "re-ask: $(last_line)"
[ "$(grep -c '^Type one number from 1 to 3 (or a letter, A to C).$' <<<"$out")" -eq 3 ] && ok \
    || bad "choice hint shown for each bad answer: $out"
grep -q "^Type each number from 1 to 2 once" <<<"$out" && ok || bad "order hint"

# After three re-asks the question is skipped.
play 'x\ny\nz\nw\n2 1\n' --seed 1 "$HARBOR"
grep -qx "Skipping this question." <<<"$out" && grep -qx "Skipped. (0/1 point)" <<<"$out" && ok \
    || bad "skip after re-asks: $out"
[ "$(last_line)" = "Score: 1/2 (1 of 2 right)" ] && ok || bad "skip score: $(last_line)"

# The input ends mid-quiz: a clean stop with the score so far.
play '2\n' --seed 1 "$HARBOR"
[ $rc -eq 0 ] && ok || bad "EOF: exit $rc"
grep -qx "Stopped after 1 of 2 questions (end of input)." <<<"$out" && ok || bad "EOF message"
[ "$(last_line)" = "Score: 1/1 (1 of 1 right)" ] && ok || bad "EOF score: $(last_line)"
play '' --seed 1 "$HARBOR"
[ $rc -eq 0 ] && [ "$(last_line)" = "Score: 0/0 (0 of 0 right)" ] && ok || bad "no input: $(last_line)"

# Every format (minimal.json): choice, choice, multi, true/false, order, text, evidence. With
# seed 3 the order question lists request, start, vote.
play 'B\n2\nA,B\nf\n1 3 2\n  ada LIN \n1\n' --seed 3 "$MINIMAL"
[ $rc -eq 0 ] && [ "$(last_line)" = "Score: 8/8 (7 of 7 right)" ] && ok \
    || bad "every format right: $(last_line)"
grep -q "^\[1\] The Greenfield school board" <<<"$out" && ok || bad "numbered sentences"
grep -qx "The evidence is in sentence 1." <<<"$out" && ok || bad "evidence feedback"
# nothing is clicked in a terminal: the app's "Click the sentence" prompt is reworded
grep -qx "Find the sentence that tells when the new start time begins." <<<"$out" && ok \
    || bad "evidence prompt for the terminal"
! grep -q "Click" <<<"$out" && ok || bad "a terminal asked to click"
grep -qx "  claim     2/2 points, 2 of 2 right" <<<"$out" && ok || bad "breakdown by kind: $out"
# Partial credit: one right pick of two, one swap in the order.
play 'B\n2\n1\ntrue\n2 1 3\nLinn\n2\n' --seed 3 "$MINIMAL"
[ "$(last_line)" = "Score: 3.83/8 (2 of 7 right)" ] && ok || bad "partial credit: $(last_line)"
grep -qx "Not quite. (0.5/1 point)" <<<"$out" && ok || bad "multi half point"
grep -qx "Not quite. (0.33/1 point)" <<<"$out" && ok || bad "order third of a point"
# The same seed gives the same shuffle; the option is checked.
a=$(printf '' | "$BYLINE" play --text --seed 3 "$MINIMAL")
b=$(printf '' | "$BYLINE" play --text --seed 3 "$MINIMAL")
[ "$a" = "$b" ] && ok || bad "seeded runs differ"

# Two articles (the bundled practice-two-outlets pack, cut to two evidence questions: one whose
# evidence is in one article, one with evidence in both): every article says which sentence
# numbers are its own, the instructions map numbers to outlets, and the feedback names the article
# of each sentence and passage.
/usr/bin/python3 - "$SRC/quizzes/practice-two-outlets.json" "$tmp/two.json" <<'PYEOF' || bad "two-article pack"
import json, sys
p = json.load(open(sys.argv[1]))
qs = {q["id"]: q for q in p["questions"]}
both = dict(qs["which-quote-standard"], id="find-standard", format="evidence")
del both["choices"], both["answers"]
p["questions"] = [qs["find-neighbor"], both]
json.dump(p, open(sys.argv[2], "w"), ensure_ascii=False)
PYEOF
play '1\n1\n' --seed 1 "$tmp/two.json"
[ $rc -eq 0 ] && ok || bad "two articles: exit $rc $(cat "$tmp/err")"
grep -Eqx "\(Article 1 of 2, sentences \[1\] to \[[0-9]+\]\)" <<<"$out" \
    && grep -Eqx "\(Article 2 of 2, sentences \[[0-9]+\] to \[[0-9]+\]\)" <<<"$out" \
    && ok || bad "two articles: each says which sentence numbers are its own: $out"
tr '\n' ' ' <<<"$out" | grep -Eq "Type the number of the sentence \(1-[0-9]+: The Marlow Bay Herald; [0-9]+-[0-9]+: The Eastside Voice\)\." \
    && ok || bad "two articles: instructions name the outlets"
neighbor=$(grep -o '\[[0-9]*\] “We found out' <<<"$out" | tr -dc 0-9)
standard=($(grep -o '\[[0-9]*\] “The water meets' <<<"$out" | tr -dc '0-9 '))
grep -qx "The evidence is in sentence $neighbor (The Eastside Voice)." <<<"$out" \
    && ok || bad "two articles: evidence in one article names it (sentence $neighbor)"
tr '\n' ' ' <<<"$out" | grep -qF "The evidence is in sentence ${standard[0]} (The Marlow Bay Herald) and sentence ${standard[1]} (The Eastside Voice). " \
    && ok || bad "two articles: evidence in both names both (sentences ${standard[*]})"
grep -A1 -x "In The Eastside Voice:" <<<"$out" | grep -q "^> “We found out" \
    && grep -A1 -x "In The Marlow Bay Herald:" <<<"$out" | grep -q "^> “The water meets" \
    && ok || bad "two articles: quoted passages are introduced by their outlet"
/usr/bin/python3 -c 'import sys; sys.exit(any(len(l) > 72 for l in sys.stdin.read().split("\n")))' \
    <<<"$out" && ok || bad "two articles: lines wrapped to 72 columns"

# Progress under --name goes to ~/.local/share/byline/progress.db (or $XDG_DATA_HOME).
play '2\n2 1\n' --name Ana --seed 1 "$HARBOR"
db=$HOME/.local/share/byline/progress.db
[ $rc -eq 0 ] && [ -s "$db" ] && ok || bad "--name: exit $rc, store $db: $(cat "$tmp/err")"
play '2\n' --name Ana --no-save --seed 1 "$HARBOR"
XDG_DATA_HOME=$tmp/xdg play '2\n2 1\n' --name Ben --seed 1 "$HARBOR"
[ -s "$tmp/xdg/byline/progress.db" ] && ok || bad "XDG_DATA_HOME store"
if command -v sqlite3 >/dev/null; then
    n=$(sqlite3 "$db" "SELECT count(*) FROM answer a JOIN attempt t ON t.id = a.attempt
                       JOIN profile p ON p.id = t.profile WHERE p.name = 'Ana' AND t.finished > 0")
    [ "$n" = 2 ] && ok || bad "--name saved $n answers (--no-save must add none)"
fi
# A skip is stored as a skip ("-"), an answer in the answer codec (docs in answer.h).
play 'x\ny\nz\nw\n2 1\n' --name Cy --seed 1 "$HARBOR"
if command -v sqlite3 >/dev/null; then
    rows=$(sqlite3 "$db" "SELECT a.question_id, a.answer, a.answer_data, a.correct FROM answer a
                          JOIN attempt t ON t.id = a.attempt JOIN profile p ON p.id = t.profile
                          WHERE p.name = 'Cy' ORDER BY a.id")
    [ "$rows" = $'who-more-time|(skipped)|-|0\norder|1. The council delays the vote; 2. The council votes on the bond|o:0,1|1' ] && ok \
        || bad "stored answers: $rows"
fi
rm -rf "$HOME/.local"
play '2\n' --name Ana --no-save --seed 1 "$HARBOR"
[ ! -e "$db" ] && ok || bad "--no-save created a store"

# A store file that is not a store: refused (exit 2, named), and left as it was.
mkdir -p "$HOME/.local/share/byline"
head -c 3000 /dev/urandom > "$db"
cp "$db" "$tmp/junk.copy"
play '2\n2 1\n' --name Ana "$HARBOR"
[ $rc -eq 2 ] && grep -q "$db" "$tmp/err" && ok || bad "junk store: exit $rc: $(cat "$tmp/err")"
cmp -s "$db" "$tmp/junk.copy" && ok || bad "junk store was changed"

# An invalid pack: exit 1 and the problems as `byline check` prints them.
sed 's/"answer": 1,/"answer": 7,/' "$HARBOR" > "$tmp/broken.json"
play '2\n' "$tmp/broken.json"
[ $rc -eq 1 ] && ok || bad "invalid pack: exit $rc"
grep -qx "$tmp/broken.json:46:17: questions\[0\].answer: 7 is not a choice (0..2)" "$tmp/err" \
    && ok || bad "invalid pack diagnostics: $(cat "$tmp/err")"

# Usage and I/O errors: exit 2 with a message.
play '' "$tmp/missing.json"
[ $rc -eq 2 ] && grep -q "cannot open" "$tmp/err" && ok || bad "missing pack: exit $rc"
play ''
[ $rc -eq 2 ] && grep -q "no pack given" "$tmp/err" && ok || bad "no pack: exit $rc"
out=$(printf '' | "$BYLINE" play "$HARBOR" 2>"$tmp/err"); rc=$?
[ $rc -eq 2 ] && grep -q -- "--text" "$tmp/err" && ok || bad "without --text: exit $rc"
play '' --seed abc "$HARBOR"
[ $rc -eq 2 ] && ok || bad "bad seed: exit $rc"
play '' --bogus "$HARBOR"
[ $rc -eq 2 ] && grep -q "bad option" "$tmp/err" && ok || bad "unknown option: exit $rc"
# The disk fills up during a game: the score screen says which answers were not saved, and the
# exit status is not 0 (it used to be 0 with no word on the score screen). A file-size limit
# stands in for the full disk (writes past it fail, as on a full disk; no root needed): the store
# exists, and its write-ahead log outgrows the limit a few answers in.
ALL="$SRC/tests/ui/fixtures/all-formats.json"
export XDG_DATA_HOME=$tmp/full
play '2\n' --name Ann --seed 1 "$ALL"
out=$(trap '' XFSZ; ulimit -f 64; printf '2\nt\nA\n2 1 3\nx\n1\n1\n' |
      "$BYLINE" play --text --seed 1 --name Bo "$ALL" 2>"$tmp/err"); rc=$?
[ $rc -eq 2 ] && ok || bad "full disk: exit $rc, expected 2: $(cat "$tmp/err")"
n=$(sed -n 's/^NOT SAVED: \([0-9]*\) answers\{0,1\}, from question [0-9]* on, could not be saved.*/\1/p' <<<"$out")
saved=$("$BYLINE" results --csv --student Bo | tail -n +2 | wc -l)
[ -n "$n" ] && [ "$n" -gt 0 ] && [ $((n + saved)) -eq 7 ] && ok \
    || bad "full disk: NOT SAVED '$n' + saved $saved != 7: $(tail -n 4 <<<"$out")"
grep -q "answers\{0,1\} not saved" "$tmp/err" && ok || bad "full disk: stderr: $(cat "$tmp/err")"
unset XDG_DATA_HOME

# Two-part cite items (cite.json: question 1, a 2-point choice, asks for its evidence; sentence 2
# is the quote, sentence 1 another): after the answer "Which sentence shows it?", no feedback in
# between, both parts in the feedback, the split of the points (docs/scoring.md).
CITE=$SRC/tests/fixtures/good/cite.json
play '2\n2\n' --seed 1 "$CITE"
grep -qx "Which sentence shows it?" <<<"$out" && ok || bad "cite: the second part is asked: $out"
[ "$(grep -m1 -A1 -x 'Your answer: 2' <<<"$out" | tail -n 1)" = "Which sentence shows it?" ] \
    && ok || bad "cite: no feedback between the parts"
grep -qx "Right! (2/2 points)" <<<"$out" && ok || bad "cite: both right: $out"
grep -qx "Answer: right. Sentence 2: the evidence." <<<"$out" && ok || bad "cite: both parts shown"
grep -qx "The evidence is in sentence 2." <<<"$out" && ok || bad "cite: the real sentence named"
play '2\n1\n' --seed 1 "$CITE"
grep -qx "Not quite. (1/2 points)" <<<"$out" && ok || bad "cite: guess earns half: $out"
grep -qx "Answer: right. Sentence 1: not the evidence. Right answer, wrong reason." <<<"$out" \
    && ok || bad "cite: guess named"
grep -qx "> “Teenagers learn better when they are not half asleep,” board" <<<"$out" \
    && ok || bad "cite: the real passage quoted"
play '1\n2\n' --seed 1 "$CITE"
grep -qx "Not quite. (1/2 points)" <<<"$out" && \
    grep -qx "Answer: wrong. Sentence 2: the evidence. Right place, misread." <<<"$out" \
    && ok || bad "cite: misreading: $out"
play '2\n0\nx\n99\n1 2\n' --seed 1 "$CITE"
grep -qx "Skipping the sentence; your answer still counts." <<<"$out" && \
    grep -qx "Not quite. (1/2 points)" <<<"$out" && grep -qx "Answer: right. No sentence cited." <<<"$out" \
    && ok || bad "cite: unreadable sentences skip the second part only: $out"
[ "$(grep -c '^Type the number of one sentence, 1 to 6' <<<"$out")" -eq 4 ] && ok \
    || bad "cite: each unreadable sentence re-asked with a hint"
# Question 2 opts out ("cite": false): no second part.
play '2\n2\n2\n' --seed 1 "$CITE"
[ "$(grep -c '^Which sentence shows it?$' <<<"$out")" -eq 1 ] && ok || bad "cite: opt-out asks once: $out"
grep -qx "Right! (1/1 point)" <<<"$out" && ok || bad "cite: opt-out question graded as before"
play '2\n' --seed 1 "$CITE"
[ "$(last_line)" = "Score: 0/0 (0 of 0 right)" ] && ok || bad "cite: input ends in the second part: $(last_line)"

"$BYLINE" help play | grep -q "Usage: byline play --text" && ok || bad "help play"
"$BYLINE" --help | grep -q "play" && ok || bad "--help lists play"

echo "play_text.sh: $pass passed, $fail failed"
[ $fail -eq 0 ]
