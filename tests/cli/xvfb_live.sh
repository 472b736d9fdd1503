#!/usr/bin/env bash
# xvfb_live.sh BYLINE SRCDIR — the live projector as a real X11 window under Xvfb, through its own
# loop (ui_live_run) and --script, on the fake class of test_ui_live --run (five students): the
# teacher locks the room, starts, reveals, shows the leaderboard, resizes to 640x480; the window's
# screenshot is a valid PNG of that size; a failing `expect` exits 1. Skips without xvfb-run or
# without the test program (built next to byline).
set -u
BYLINE=$1
SRC=$2
PROG=$(dirname "$BYLINE")/test_ui_live
if ! command -v xvfb-run >/dev/null 2>&1; then
    echo "SKIP: xvfb-run is not installed (apt-get install xvfb)"
    exit 0
fi
if [ ! -x "$PROG" ]; then
    echo "SKIP: $PROG is not built"
    exit 0
fi
pass=0 fail=0
ok() { pass=$((pass + 1)); }
bad() { fail=$((fail + 1)); echo "FAIL: $*"; }
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
export BYLINE_DATA_HOME=$tmp/home
mkdir -p "$BYLINE_DATA_HOME"
unset SDL_VIDEODRIVER
export SDL_RENDER_DRIVER=software SDL_FRAMEBUFFER_ACCELERATION=0
export LSAN_OPTIONS=suppressions=$SRC/tests/lsan.supp${LSAN_OPTIONS:+:$LSAN_OPTIONS}
XVFB=(xvfb-run -a -s "-screen 0 1280x800x24")
cd "$SRC" || exit 1

"${XVFB[@]}" "$PROG" --run "key l; expect lobby; key Return; expect asking; key space; expect revealed; key s; expect leaderboard; size 640 480" \
    "$tmp/board.png" >"$tmp/out1" 2>"$tmp/err1"
rc=$?
[ $rc -eq 0 ] && ok || bad "scripted class: exit $rc: $(cat "$tmp/err1")"
grep -q "phase 5, 5 present, status 0" "$tmp/out1" && ok || bad "state: $(cat "$tmp/out1")"
/usr/bin/python3 - "$tmp/board.png" <<'PYEOF' && ok || bad "screenshot is not a valid 640x480 PNG"
import struct, sys
data = open(sys.argv[1], "rb").read()
assert data[:8] == b"\x89PNG\r\n\x1a\n"
w, h = struct.unpack(">II", data[16:24])
assert (w, h) == (640, 480), (w, h)
PYEOF

"${XVFB[@]}" "$PROG" --run "expect asking" >"$tmp/out2" 2>"$tmp/err2"
rc=$?
[ $rc -eq 1 ] && ok || bad "a failing expect: exit $rc"
grep -q "expected another phase; in lobby" "$tmp/err2" && ok || bad "expect message: $(cat "$tmp/err2")"

echo "xvfb_live: $pass passed, $fail failed"
[ $fail -eq 0 ]
