#!/usr/bin/env bash
# present.sh BYLINE SRCDIR — `byline present` as a teacher's machine sees it: help, usage errors,
# a broken pack reported like `byline check` (exit 1), and a scripted session under SDL's dummy
# video driver that saves a screenshot (a real PNG of the window's size) and the session in a
# store, which `byline results` then lists as one classroom session.
set -u
BYLINE=$1
SRC=$2
source "$(dirname "$0")/lib/common.sh"
HARBOR=$SRC/tests/fixtures/good/harbor.json
# Never touch a real store or settings.
export HOME=$tmp/home BYLINE_DATA_HOME=$tmp/data SDL_VIDEODRIVER=dummy SDL_AUDIODRIVER=dummy
unset XDG_DATA_HOME
mkdir -p "$HOME" "$BYLINE_DATA_HOME"

# Help, from both spellings.
out=$("$BYLINE" present --help); rc=$?
[ $rc -eq 0 ] && grep -q "^Usage: byline present" <<<"$out" && ok || bad "present --help: rc=$rc"
grep -q -- "--teams" <<<"$out" && grep -q -- "--turns" <<<"$out" && grep -q -- "--speed-bonus" <<<"$out" \
    && ok || bad "help lists the options"
"$BYLINE" help present | grep -q "^Usage: byline present" && ok || bad "byline help present"
"$BYLINE" --help | grep -q "^  present " && ok || bad "present in the command list"

# Usage errors: exit 2 with a message.
"$BYLINE" present 2>"$tmp/err"; rc=$?
[ $rc -eq 2 ] && grep -q "no pack given" "$tmp/err" && ok || bad "no pack: rc=$rc $(cat "$tmp/err")"
"$BYLINE" present --bogus "$HARBOR" 2>"$tmp/err"; rc=$?
[ $rc -eq 2 ] && grep -q "unknown option '--bogus'" "$tmp/err" && ok || bad "unknown option: rc=$rc"
"$BYLINE" present --teams "a,b,c,d,e,f,g,h,i" "$HARBOR" 2>"$tmp/err"; rc=$?
[ $rc -eq 2 ] && grep -q "at most 8 teams" "$tmp/err" && ok || bad "nine teams: rc=$rc"
"$BYLINE" present --theme sepia "$HARBOR" 2>"$tmp/err"; rc=$?
[ $rc -eq 2 ] && ok || bad "unknown theme: rc=$rc"

# A broken pack: its problems as `byline check` prints them, exit 1, no window.
sed 's/"answer": 1,/"answer": 7,/' "$HARBOR" > "$tmp/broken.json"
"$BYLINE" present "$tmp/broken.json" 2>"$tmp/err" >"$tmp/out"; rc=$?
[ $rc -eq 1 ] && ok || bad "broken pack: exit $rc, expected 1"
grep -qx "$tmp/broken.json:46:17: questions\[0\].answer: 7 is not a choice (0..2)" "$tmp/err" \
    && ok || bad "broken pack: diagnostic: $(cat "$tmp/err")"
grep -q "invalid: 1 error" "$tmp/err" && ok || bad "broken pack: summary"
"$BYLINE" present "$tmp/missing.json" 2>"$tmp/err"; rc=$?
[ $rc -eq 1 ] && [ -s "$tmp/err" ] && ok || bad "missing pack: exit $rc"

# A scripted session: three teams, two answers, the reveal, the evidence; a screenshot.
script="key Return; expect asking; answer 1 right; later 5; answer 2 wrong; key space; print; key e; expect evidence"
out=$("$BYLINE" present --store "$tmp/p.db" --teams "Owls, Foxes ,Bears" --script "$script" \
      --screenshot "$tmp/shot.png" "$HARBOR" 2>"$tmp/err"); rc=$?
[ $rc -eq 0 ] && ok || bad "scripted session: exit $rc: $(cat "$tmp/err")"
grep -qx "phase=revealed question=1/2 Owls=1 Foxes=0 Bears=0" <<<"$out" && ok || bad "print: $out"
$PY - "$tmp/shot.png" <<'PYEOF' && ok || bad "screenshot is not a 1280x800 PNG"
import struct, sys
b = open(sys.argv[1], "rb").read()
assert b[:8] == b"\x89PNG\r\n\x1a\n" and b[12:16] == b"IHDR", b[:16]
w, h = struct.unpack(">II", b[16:24])
assert (w, h) == (1280, 800), (w, h)
PYEOF

# The session is in the store: one classroom session, the answers of the two teams.
"$BYLINE" results --csv --no-bom --store "$tmp/p.db" >"$tmp/results.csv"; rc=$?
csv=$(tr -d '\r' <"$tmp/results.csv")
[ $rc -eq 0 ] && ok || bad "results: exit $rc"
# (mode is followed by the three cite columns, empty: harbor.json asks for no evidence)
[ "$(grep -c ',present,,,$' <<<"$csv")" -eq 2 ] && ok || bad "two stored answers in mode present: $csv"
grep -q '^Owls,harbor-vote,who-more-time,speaker,B. Dana Obi,yes,1,1' <<<"$csv" && grep -q '^Foxes,harbor' <<<"$csv" && ok || bad "team rows: $csv"
[ "$(cut -d, -f11 <<<"$csv" | tail -n +2 | sort -u | wc -l)" -eq 1 ] && ok || bad "one session id: $csv"

# Turns mode and a script that fails: exit 1 with the reason.
"$BYLINE" present --no-store --turns --teams "A,B" --script "key Return; expect podium" "$HARBOR" \
    2>"$tmp/err"; rc=$?
[ $rc -eq 1 ] && grep -q "expected another phase; in asking" "$tmp/err" && ok || bad "failing script: rc=$rc"
# A team named instead of numbered: the reason says what TEAM is.
"$BYLINE" present --no-store --teams "Owls,Foxes" --script "key Return; answer Owls right" "$HARBOR" \
    2>"$tmp/err"; rc=$?
[ $rc -eq 1 ] && grep -q "TEAM is the team's number (1 for the first team), not Owls right" "$tmp/err" \
    && ok || bad "team by name: rc=$rc $(cat "$tmp/err")"
"$BYLINE" present --no-store --turns --teams "A,B" --script "key Return; answer 2 right" "$HARBOR" \
    2>"$tmp/err"; rc=$?
[ $rc -eq 1 ] && grep -q "cannot answer for team 2" "$tmp/err" && ok || bad "not their turn: rc=$rc"

# --script numbers are bounded (exit 1 with the command, not a 40 GB window or an overflow).
for cmd in "size 100000 100000" "later 1e300" "answer 2147483648 right" "click 99999999999 1"; do
    timeout 60 "$BYLINE" present --no-store --teams "A,B" --script "key Return; $cmd; quit" "$HARBOR" \
        >/dev/null 2>"$tmp/err"; rc=$?
    word=${cmd%% *}
    [ $rc -eq 1 ] && grep -q "script: $word" "$tmp/err" && ok || bad "present script '$cmd': exit $rc: $(cat "$tmp/err")"
done
# With the speed bonus, results never shows a score over the maximum ("Owls 2.775/2"): SCORE is
# points of points possible, WITH BONUS the team's total; two decimals. --store takes a folder too.
mkdir -p "$tmp/bonus"
"$BYLINE" present --store "$tmp/bonus" --speed-bonus --turns --teams "Owls,Foxes" --script \
    "key Return; later 10; answer 1 right; key space; key n; later 20; answer 2 right; key space; key Escape; quit" \
    "$HARBOR" >/dev/null 2>"$tmp/err"; rc=$?
[ $rc -eq 0 ] && [ -s "$tmp/bonus/progress.db" ] && ok || bad "bonus session: rc=$rc $(cat "$tmp/err")"
# $BYLINE_DATA_HOME that does not exist yet is made, as the app does: the session is saved there.
BYLINE_DATA_HOME="$tmp/new/data" "$BYLINE" present --script "quit" \
    "$HARBOR" >/dev/null 2>"$tmp/err"; rc=$?
[ $rc -eq 0 ] && [ -s "$tmp/new/data/progress.db" ] && ok || bad "present, new BYLINE_DATA_HOME: rc=$rc $(cat "$tmp/err")"
out=$("$BYLINE" results --store "$tmp/bonus")
grep -Eq "Owls +1/1 +1\.38$" <<<"$out" && grep -Eq "Foxes +1/1 +1\.25$" <<<"$out" && ok \
    || bad "bonus in its own column: $out"
out=$("$BYLINE" results --store "$tmp/bonus" --summary)
grep -Eq "Owls .* 1/1 +100% .* \+0\.38$" <<<"$out" && ok || bad "summary bonus column: $out"
# Together, the speed bonus does not depend on the order the teacher types the answers in (the
# same right answer used to earn 1.43 typed first and 1.41 typed second): there is none.
out=$("$BYLINE" present --no-store --speed-bonus --teams "Owls,Foxes" --script \
    "key Return; later 7; answer 2 right; later 3; answer 1 right; key space; print; quit" "$HARBOR")
grep -q "Owls=1 Foxes=1$" <<<"$out" && ok || bad "together, typing order decides the bonus: $out"
finish
