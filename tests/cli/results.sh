#!/usr/bin/env bash
# results.sh BYLINE SRCDIR — `byline results`: sessions saved by `byline play --text` are listed,
# and the CSV parses back with Python's csv module (an independent reader) with the right rows,
# quoting, UTF-8 and formula neutralising.
set -u
BYLINE=$1
SRC=$2
source "$(dirname "$0")/lib/common.sh"
export XDG_DATA_HOME="$tmp/data"
PACK="$SRC/tests/fixtures/good/harbor.json"

# Nothing saved yet: a clear message, exit 0, and no store created.
out=$("$BYLINE" results 2>&1); rc=$?
[ $rc -eq 0 ] && grep -q "no saved results yet" <<<"$out" && [ ! -e "$tmp/data/byline/progress.db" ] \
    && ok || bad "empty: rc=$rc $out"

# Three students play; one has a comma, quotes and an accent in the name, one looks like a formula.
printf '2\n1 2\n' | "$BYLINE" play --text --seed 1 --name 'Zoë "Z", Ortiz' "$PACK" >/dev/null || bad "play 1"
printf '1\n2 1\n' | "$BYLINE" play --text --seed 1 --name '=HYPERLINK("x")' "$PACK" >/dev/null || bad "play 2"
printf '2\n' | "$BYLINE" play --text --seed 1 --name 'Ana' "$PACK" >/dev/null || bad "play 3"

out=$("$BYLINE" results); rc=$?
[ $rc -eq 0 ] && [ "$(grep -c harbor-vote <<<"$out")" -eq 3 ] && grep -q unfinished <<<"$out" \
    && ok || bad "list: $out"

"$BYLINE" results --csv -o "$tmp/all.csv"; rc=$?
[ $rc -eq 0 ] && ok || bad "csv exit $rc"
head -c 3 "$tmp/all.csv" | od -An -tx1 | grep -q "ef bb bf" && ok || bad "csv BOM"
$PY - "$tmp/all.csv" <<'PYEOF' && ok || bad "csv content"
import csv, sys
with open(sys.argv[1], newline="", encoding="utf-8-sig") as f:
    rows = list(csv.DictReader(f))
assert list(rows[0].keys()) == ["student", "pack", "question", "kind", "answer", "correct",
                                "points", "max_points", "seconds", "timestamp", "session", "mode",
                                "answer_correct", "evidence_correct", "evidence"]
# harbor.json asks for no evidence: the cite columns are empty
assert all(r["answer_correct"] == r["evidence_correct"] == r["evidence"] == "" for r in rows)
assert len(rows) == 5, len(rows)                   # 2 + 2 + 1 answers
zoe = [r for r in rows if r["student"] == 'Zoë "Z", Ortiz']
assert len(zoe) == 2 and zoe[0]["correct"] == "yes" and zoe[0]["points"] == "1", zoe
assert zoe[0]["answer"] == "B. Dana Obi" and zoe[0]["kind"] == "speaker"
f = [r for r in rows if "HYPERLINK" in r["student"]]
assert f and all(r["student"].startswith("'=") for r in f), f   # not a live formula
assert all(r["timestamp"].endswith("Z") and r["pack"] == "harbor-vote" for r in rows)
assert {r["mode"] for r in rows} == {"text"}
PYEOF

# Filters.
n=$("$BYLINE" results --csv --student Ana | $PY -c 'import csv,sys; print(len(list(csv.reader(sys.stdin)))-1)')
[ "$n" = 1 ] && ok || bad "--student filter: $n rows"
n=$("$BYLINE" results --csv --session 1 | $PY -c 'import csv,sys; print(len(list(csv.reader(sys.stdin)))-1)')
[ "$n" = 2 ] && ok || bad "--session filter: $n rows"
n=$("$BYLINE" results --csv --pack nope | $PY -c 'import csv,sys; print(len(list(csv.reader(sys.stdin)))-1)')
[ "$n" = 0 ] && ok || bad "--pack filter: $n rows"

# Summary, as a table and as CSV.
"$BYLINE" results --summary | grep -q "Ana" && ok || bad "summary table"
"$BYLINE" results --summary --csv | $PY -c '
import csv, sys
rows = list(csv.DictReader(sys.stdin.read().lstrip("\ufeff").splitlines()))
ana = [r for r in rows if r["student"] == "Ana"][0]
assert ana["answered"] == "1" and ana["correct"] == "1" and ana["percent"] == "100", ana
' && ok || bad "summary csv"

# Comparison questions (tagged "compare") on their own. Cam plays the bundled two-outlets pack
# answering "1" to everything; the compare columns and table must agree with the per-answer CSV
# and the pack's tags (read independently here).
TWO="$SRC/quizzes/practice-two-outlets.json"
yes 1 | head -100 | "$BYLINE" play --text --seed 2 --name Cam "$TWO" >/dev/null || bad "play two-outlets"
# compare_check SUMMARY.csv ANSWERS.csv TABLE.txt PACK.json... — every student's compare counts
# in the CSV summary and in the table equal those counted from the answers and the pack tags.
compare_check() {
    $PY - "$@" <<'PYEOF'
import csv, json, re, sys
summary, answers, table, packs = sys.argv[1], sys.argv[2], sys.argv[3], sys.argv[4:]
tagged = {(p["id"], q["id"]) for p in map(lambda f: json.load(open(f)), packs)
          for q in p["questions"] if "compare" in q.get("tags", [])}
want = {}
for r in csv.DictReader(open(answers, encoding="utf-8-sig")):
    if (r["pack"], r["question"]) in tagged:
        a, c = want.get((r["student"], r["pack"]), (0, 0))
        want[(r["student"], r["pack"])] = (a + 1, c + (r["correct"] == "yes"))
assert want, "no answers to compare-tagged questions"
rows = list(csv.DictReader(open(summary, encoding="utf-8-sig")))
for r in rows:
    a, c = want.get((r["student"], r["pack"]), (0, 0))
    got = (int(r["compare_answered"]), int(r["compare_correct"]))
    assert got == (a, c), (r, a, c)
    assert int(r["compare_percent"]) == (round(100 * c / a) if a else 0), r
text = open(table, encoding="utf-8").read()
assert 'Comparison questions (tagged "compare"):' in text, text
section = text.split('Comparison questions (tagged "compare"):')[1].strip().splitlines()[1:]
assert len(section) == len(want), (section, want)
for (student, pack), (a, c) in want.items():
    student = student[1:] if student.startswith("'=") else student   # the CSV's formula guard
    line = [l for l in section if l.startswith(student[:24]) and pack[:24] in l]
    assert line and re.search(r"\b%d +%d +%d%%$" % (a, c, round(100 * c / a)), line[0]), (line, a, c)
PYEOF
}
"$BYLINE" results --summary --csv -o "$tmp/sum.csv" && "$BYLINE" results --csv -o "$tmp/ans.csv" \
    && "$BYLINE" results --summary > "$tmp/table.txt" && compare_check "$tmp/sum.csv" "$tmp/ans.csv" "$tmp/table.txt" "$TWO" \
    && ok || bad "compare breakdown of the bundled pack: $(cat "$tmp/table.txt")"
grep -q "^Cam .*practice-two-outlets" "$tmp/table.txt" && ok || bad "Cam in the table"
# A pack without compare tags gets no comparison table.
"$BYLINE" results --summary --pack harbor-vote | grep -q "Comparison questions" && bad "table without compare answers" || ok
# --packs reads the tags from a pack the teacher names: harbor.json with its order question tagged.
$PY -c '
import json, sys
p = json.load(open(sys.argv[1]))
[q for q in p["questions"] if q["id"] == "order"][0]["tags"] = ["compare"]
json.dump(p, open(sys.argv[2], "w"))' "$PACK" "$tmp/harbor-compare.json"
"$BYLINE" results --summary --csv --pack harbor-vote --packs "$tmp/harbor-compare.json" -o "$tmp/hsum.csv" \
    && "$BYLINE" results --csv --pack harbor-vote -o "$tmp/hans.csv" \
    && "$BYLINE" results --summary --pack harbor-vote --packs "$tmp" > "$tmp/htable.txt" \
    && compare_check "$tmp/hsum.csv" "$tmp/hans.csv" "$tmp/htable.txt" "$tmp/harbor-compare.json" \
    && ok || bad "--packs: $(cat "$tmp/htable.txt")"

# Two-part cite items (tests/fixtures/good/cite.json, read with --packs): the CSV has both parts
# and the cited sentence; --summary counts guesses and misreadings per student and per question.
CITE="$SRC/tests/fixtures/good/cite.json"
printf '2\n2\n2\n' | "$BYLINE" play --text --seed 1 --name Gia "$CITE" >/dev/null || bad "play cite 1"
printf '2\n1\n' | "$BYLINE" play --text --seed 1 --name Hal "$CITE" >/dev/null || bad "play cite 2"
printf '1\n2\n' | "$BYLINE" play --text --seed 1 --name Ivy "$CITE" >/dev/null || bad "play cite 3"
"$BYLINE" results --csv --pack alder-start-cite --packs "$CITE" -o "$tmp/cite.csv" \
&& $PY - "$tmp/cite.csv" <<'PYEOF' && ok || bad "cite csv: $(cat "$tmp/cite.csv")"
import csv, sys
rows = list(csv.DictReader(open(sys.argv[1], newline="", encoding="utf-8-sig")))
by = {(r["student"], r["question"]): r for r in rows}
assert len(rows) == 4, rows
gia, hal, ivy = (by[(n, "who-half-asleep")] for n in ("Gia", "Hal", "Ivy"))
assert (gia["answer_correct"], gia["evidence_correct"], gia["correct"], gia["points"]) == ("yes", "yes", "yes", "2"), gia
assert "Teenagers learn better" in gia["evidence"], gia
assert (hal["answer_correct"], hal["evidence_correct"], hal["correct"], hal["points"]) == ("yes", "no", "no", "1"), hal
assert hal["evidence"].startswith("The Greenfield school board voted"), hal
assert (ivy["answer_correct"], ivy["evidence_correct"], ivy["points"]) == ("no", "yes", "1"), ivy
role = by[("Gia", "reyes-role")]   # "cite": false in the pack
assert role["answer_correct"] == role["evidence_correct"] == role["evidence"] == "", role
PYEOF
"$BYLINE" results --summary --csv --pack alder-start-cite --packs "$CITE" | $PY -c '
import csv, sys
rows = {r["student"]: r for r in csv.DictReader(sys.stdin.read().lstrip("\ufeff").splitlines())}
got = {n: (r["cited"], r["guesses"], r["misreadings"]) for n, r in rows.items()}
assert got == {"Gia": ("1", "0", "0"), "Hal": ("1", "1", "0"), "Ivy": ("1", "0", "1")}, got
' && ok || bad "cite summary csv"
out=$("$BYLINE" results --summary --pack alder-start-cite --packs "$CITE")
grep -Eq "^who-half-asleep +alder-start-cite +3 +1 +1$" <<<"$out" && grep -Eq "^Hal +alder-start-cite +1 +1 +0$" <<<"$out" \
    && ok || bad "cite summary tables: $out"
"$BYLINE" results --summary --pack harbor-vote | grep -q "ask for the evidence" && bad "cite table without cite answers" || ok

# Errors.
"$BYLINE" results --session x >/dev/null 2>&1; [ $? -eq 2 ] && ok || bad "bad --session"
head -c 2048 /dev/urandom > "$tmp/junk.db"
cp "$tmp/junk.db" "$tmp/junk.orig"
"$BYLINE" results --store "$tmp/junk.db" >/dev/null 2>"$tmp/err"; rc=$?
[ $rc -eq 2 ] && grep -q "junk.db" "$tmp/err" && cmp -s "$tmp/junk.db" "$tmp/junk.orig" && ok \
    || bad "damaged store: rc=$rc $(cat "$tmp/err")"

# Points to two decimals, as docs/scoring.md says (⅓ of a point was "3.33333").
ALL="$SRC/tests/ui/fixtures/all-formats.json"
printf '2\nt\nA\n2 1 3\nx\n1\n1\n' | "$BYLINE" play --text --seed 1 --name 'Cy' "$ALL" >/dev/null || bad "play 4"
out=$("$BYLINE" results --student Cy)
grep -Eq "Cy +3\.33/8" <<<"$out" && ! grep -q "3\.333" <<<"$out" && ok || bad "two decimals: $out"
out=$("$BYLINE" results --summary --student Cy)
grep -q " 3\.33/8 " <<<"$out" && ok || bad "two decimals in the summary: $out"

# --store takes the store file or its folder (the app's --store DIR), and only reads it: no
# -wal/-shm files are left behind.
store="$tmp/data/byline/progress.db"
[ -e "$store-wal" ] || [ -e "$store-shm" ] && bad "play left -wal/-shm files" || ok
a=$("$BYLINE" results --store "$store"); b=$("$BYLINE" results --store "$tmp/data/byline")
[ -n "$a" ] && [ "$a" = "$b" ] && grep -q "Cy" <<<"$b" && ok || bad "--store DIR: $b"
[ ! -e "$store-wal" ] && [ ! -e "$store-shm" ] && ok || bad "results left $(ls "$tmp/data/byline")"
"$BYLINE" results --store "$tmp/nothing-here" >/dev/null 2>"$tmp/err"; rc=$?
[ $rc -eq 0 ] && grep -q "no saved results yet" "$tmp/err" && [ ! -e "$tmp/nothing-here" ] && ok \
    || bad "--store that does not exist: rc=$rc $(cat "$tmp/err")"

# A full disk: results still reads (it used to fail with "disk I/O error" opening read-write).
# A small tmpfs filled up when we may mount one (root), else a file-size limit of 0, under which
# every write fails too.
full="$tmp/full"
mkdir -p "$full"
if mount -t tmpfs -o size=512k tmpfs "$full" 2>/dev/null; then
    mounted=1
    cp "$store" "$full/progress.db"
    dd if=/dev/zero of="$full/fill" bs=4k 2>/dev/null
    out=$("$BYLINE" results --store "$full/progress.db" 2>&1); rc=$?
else
    mounted=0
    cp "$store" "$full/progress.db"
    out=$(trap '' XFSZ; ulimit -f 0; "$BYLINE" results --store "$full/progress.db" 2>&1); rc=$?
fi
[ $rc -eq 0 ] && grep -q "Cy" <<<"$out" && ok || bad "results on a full disk (tmpfs=$mounted): rc=$rc $out"
[ ! -e "$full/progress.db-wal" ] && [ ! -e "$full/progress.db-shm" ] && ok || bad "full disk: -wal/-shm left"
[ $mounted -eq 1 ] && umount "$full"

finish
