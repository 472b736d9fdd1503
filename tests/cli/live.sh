#!/usr/bin/env bash
# live.sh BYLINE SRCDIR — `byline live`: options and errors, then the teacher's terminal console
# (tests/tools/live_console.py) against a real server over loopback.
set -u
BYLINE=$1
SRC=$2
source "$(dirname "$0")/lib/common.sh"

out=$("$BYLINE" live --help); rc=$?
[ $rc -eq 0 ] && grep -q -- "--student-paced" <<<"$out" && ok || bad "help: rc=$rc"
out=$("$BYLINE" live 2>&1); rc=$?
[ $rc -eq 2 ] && grep -q "no pack given" <<<"$out" && ok || bad "no pack: rc=$rc $out"
out=$("$BYLINE" live --port 99999 "$SRC/quizzes/practice-phone-ban.json" 2>&1); rc=$?
[ $rc -eq 2 ] && grep -q "from 0 to 65535" <<<"$out" && ok || bad "bad port: rc=$rc $out"
out=$("$BYLINE" live --room "O0" --headless --no-store "$SRC/quizzes/practice-phone-ban.json" 2>&1 </dev/null); rc=$?
[ $rc -eq 2 ] && grep -q "room code" <<<"$out" && ok || bad "bad room code: rc=$rc $out"
echo '{"format_version": 1}' > "$tmp/broken.json"
out=$("$BYLINE" live "$tmp/broken.json" 2>&1); rc=$?
[ $rc -eq 1 ] && grep -q "broken.json:" <<<"$out" && ok || bad "invalid pack: rc=$rc $out"
out=$("$BYLINE" live --headless --no-store --data "$tmp/nowhere" "$SRC/quizzes/practice-phone-ban.json" 2>&1 </dev/null); rc=$?
[ $rc -eq 2 ] && grep -q "student page" <<<"$out" && ok || bad "missing web files: rc=$rc $out"

# The progress store: a $BYLINE_DATA_HOME or --store folder that does not exist yet is made (the
# class used to stop on "unable to open database file", or run on without its answers saved).
BYLINE_DATA_HOME="$tmp/home/not-yet" "$BYLINE" live --headless --bind 127.0.0.1 --port 0 \
    "$SRC/quizzes/practice-phone-ban.json" </dev/null >"$tmp/home.out" 2>&1
[ -f "$tmp/home/not-yet/progress.db" ] && ok || bad "BYLINE_DATA_HOME not made: $(cat "$tmp/home.out")"
"$BYLINE" live --headless --bind 127.0.0.1 --port 0 --store "$tmp/class/new/" \
    "$SRC/quizzes/practice-phone-ban.json" </dev/null >"$tmp/store.out" 2>&1
[ -f "$tmp/class/new/progress.db" ] && ok || bad "--store DIR/ not made: $(cat "$tmp/store.out")"

# The port in use: a clear message, exit 2.
mkfifo "$tmp/in"
"$BYLINE" live --headless --no-store --bind 127.0.0.1 --port 0 "$SRC/quizzes/practice-phone-ban.json" \
    <"$tmp/in" >"$tmp/first.out" 2>&1 &
pid=$!
exec 3>"$tmp/in"
for _ in $(seq 100); do grep -q "^live: http" "$tmp/first.out" && break; sleep 0.05; done
port=$(sed -n 's|^live: http://127.0.0.1:\([0-9]*\)/.*|\1|p' "$tmp/first.out")
out=$("$BYLINE" live --headless --no-store --bind 127.0.0.1 --port "$port" \
      "$SRC/quizzes/practice-phone-ban.json" 2>&1 </dev/null); rc=$?
[ $rc -eq 2 ] && grep -q "port" <<<"$out" && ok || bad "port in use: rc=$rc $out"
echo quit >&3
exec 3>&-
wait $pid && ok || bad "quit: exit $?"

if out=$(/usr/bin/python3 "$SRC/tests/tools/live_console.py" "$BYLINE" "$SRC" 2>&1); then ok; else bad "console: $out"; fi
echo "$out" | tail -1
finish
