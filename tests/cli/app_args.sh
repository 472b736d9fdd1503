#!/usr/bin/env bash
# app_args.sh BYLINE SRCDIR — the app's command line as main.c and app_main.c read it: `byline
# --help` lists the commands and the app's options; a bare word naming a folder (`byline quizzes`)
# opens the app on it, any other bare word is an unknown command; `--watch` opens the teacher
# preview of one pack file and refuses a folder or several packs. Headless (SDL's dummy driver).
set -u
BYLINE=$1
SRC=$2
. "$SRC/tests/cli/lib/common.sh"
export SDL_VIDEODRIVER=dummy BYLINE_DATA_HOME=$tmp/home
export LSAN_OPTIONS=suppressions=$SRC/tests/lsan.supp${LSAN_OPTIONS:+:$LSAN_OPTIONS}
mkdir -p "$BYLINE_DATA_HOME"
PACK=$SRC/tests/ui/fixtures/all-formats.json

# --help: the commands, then the app's options (kept in app_main.c)
out=$("$BYLINE" --help) && ok || bad "--help failed"
grep -q "^Commands:" <<<"$out" && ok || bad "--help has no commands"
grep -q "^App options" <<<"$out" && ok || bad "--help has no app options"
grep -q -- "--watch" <<<"$out" && ok || bad "--help does not list --watch"
grep -q -- "--screenshot FILE.png" <<<"$out" && ok || bad "--help does not list --screenshot"
"$BYLINE" "$PACK" --help | grep -q "^App options" && ok || bad "the app's own --help"

# a bare word: a folder of that name opens the app on it; otherwise an unknown command
mkdir -p "$tmp/work/quizzes"
cp "$PACK" "$tmp/work/quizzes/"
(cd "$tmp/work" && "$BYLINE" quizzes --only --script "profile Ann; open harbor-all-formats; print; quit") \
    >"$tmp/out" 2>"$tmp/err"
rc=$?
[ $rc -eq 0 ] && ok || bad "byline quizzes: exit $rc: $(cat "$tmp/err")"
grep -q "screen=read profile=Ann pack=harbor-all-formats" "$tmp/out" && ok || bad "byline quizzes: $(cat "$tmp/out")"
(cd "$tmp/work" && "$BYLINE" quizes) >/dev/null 2>"$tmp/err"
rc=$?
[ $rc -eq 2 ] && ok || bad "a mistyped command: exit $rc"
grep -q "unknown command 'quizes'" "$tmp/err" && ok || bad "a mistyped command: $(cat "$tmp/err")"

# --watch: the teacher preview of one file
"$BYLINE" "$PACK" --watch --script "key ]; key ]; print; quit" >"$tmp/out" 2>"$tmp/err"
rc=$?
[ $rc -eq 0 ] && ok || bad "--watch: exit $rc: $(cat "$tmp/err")"
grep -q "screen=quiz pack=harbor-all-formats preview=3/7 id=claims-not-facts" "$tmp/out" && ok ||
    bad "--watch state: $(cat "$tmp/out")"
"$BYLINE" "$tmp/work/quizzes" --watch >/dev/null 2>"$tmp/err"
[ $? -eq 2 ] && grep -q "one pack file" "$tmp/err" && ok || bad "--watch on a folder: $(cat "$tmp/err")"
"$BYLINE" "$PACK" "$PACK" --watch >/dev/null 2>"$tmp/err"
[ $? -eq 2 ] && ok || bad "--watch with two packs"
# --script numbers are bounded: no 40 GB window, no overflow in a drag's steps or the clock; the
# script stops with the command it could not take (exit 1).
for cmd in "size 100000 100000" "drag 2147483647 0 -2147483647 0" "wheel 10 10 2147483647" \
           "later 9223372036854775807" "missed 2147483648" "scroll 99999999999" "zoom nan" \
           "click 12 x"; do
    timeout 60 "$BYLINE" "$PACK" --only --script "profile Ann; $cmd; print; quit" >"$tmp/out" 2>"$tmp/err"
    rc=$?
    word=${cmd%% *}
    [ $rc -eq 1 ] && grep -q "script: $word" "$tmp/err" && ok || bad "script '$cmd': exit $rc: $(cat "$tmp/err")"
done
"$BYLINE" "$PACK" --only --script "profile Ann; size 900 700; drag 10 10 300 300; wheel 10 10 -3; later 60; print; quit" \
    >"$tmp/out" 2>"$tmp/err" && ok || bad "script with numbers in range: $(cat "$tmp/err")"
# --store DIR that does not exist yet is made, and progress is saved in DIR/progress.db; a
# --store FILE.db is the store itself (the same rule as present and results).
"$BYLINE" "$PACK" --only --store "$tmp/new/store dir" --script "profile Ann; open harbor-all-formats; start; answer right; print; quit" \
    >"$tmp/out" 2>"$tmp/err"; rc=$?
[ $rc -eq 0 ] && [ -s "$tmp/new/store dir/progress.db" ] && ok || bad "--store new DIR: rc=$rc $(cat "$tmp/err"); $(ls -R "$tmp/new" 2>&1)"
grep -q "store=none" "$tmp/out" && bad "--store new DIR: not saving: $(cat "$tmp/out")" || ok
"$BYLINE" "$PACK" --only --store "$tmp/file-store/mine.db" --script "profile Bo; print; quit" >"$tmp/out" 2>"$tmp/err"
[ -s "$tmp/file-store/mine.db" ] && ! grep -q "store=none" "$tmp/out" && ok || bad "--store FILE.db: $(cat "$tmp/err")"
# When saving is impossible the student is told before starting (the profile screen, and on
# stderr), not only by a cut-off line in the footer.
echo "not a database" > "$tmp/junk.db"
"$BYLINE" "$PACK" --only --store "$tmp/junk.db" --script "print; quit" >"$tmp/out" 2>"$tmp/err"; rc=$?
[ $rc -eq 0 ] && grep -q "screen=profile store=none" "$tmp/out" && ok || bad "unusable store: rc=$rc $(cat "$tmp/out")"
grep -q "progress will NOT be saved: $tmp/junk.db is not a Byline progress store" "$tmp/err" && ok \
    || bad "unusable store on stderr: $(cat "$tmp/err")"
# $BYLINE_DATA_HOME naming a folder that does not exist yet is made, like --store DIR: saved
# progress is never silently lost. One that cannot be made is said on stderr and in the app.
BYLINE_DATA_HOME="$tmp/fresh/home" "$BYLINE" "$PACK" --only --script "profile Ann; open harbor-all-formats; start; answer right; print; quit" \
    >"$tmp/out" 2>"$tmp/err"; rc=$?
[ $rc -eq 0 ] && [ -s "$tmp/fresh/home/progress.db" ] && ok || bad "new BYLINE_DATA_HOME: rc=$rc $(cat "$tmp/err"); $(ls -R "$tmp/fresh" 2>&1)"
grep -q "store=none" "$tmp/out" && bad "new BYLINE_DATA_HOME: not saving: $(cat "$tmp/out")" || ok
BYLINE_DATA_HOME="$tmp/junk.db/home" "$BYLINE" "$PACK" --only --script "print; quit" >"$tmp/out" 2>"$tmp/err"; rc=$?
[ $rc -eq 0 ] && grep -q "screen=profile store=none" "$tmp/out" && ok || bad "unmakeable BYLINE_DATA_HOME: rc=$rc $(cat "$tmp/out")"
grep -q "BYLINE_DATA_HOME.*cannot make the folder $tmp/junk.db" "$tmp/err" && ok \
    || bad "unmakeable BYLINE_DATA_HOME on stderr: $(cat "$tmp/err")"
finish
