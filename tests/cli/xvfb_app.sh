#!/usr/bin/env bash
# xvfb_app.sh BYLINE SRCDIR — the app as a real X11 window under Xvfb: it starts, plays a pack to
# the results and quits with status 0; killed with SIGKILL mid-quiz, it offers to resume where the
# student was; its own screenshot is a valid PNG of the window. Skips (exit 0) without xvfb-run.
set -u
BYLINE=$1
SRC=$2
if ! command -v xvfb-run >/dev/null 2>&1; then
    echo "SKIP: xvfb-run is not installed (apt-get install xvfb)"
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
# The software renderer straight to the X11 window (no OpenGL underneath): stable pixels, and
# no Mesa driver whose leaks LeakSanitizer would report for an ASan build.
export SDL_RENDER_DRIVER=software SDL_FRAMEBUFFER_ACCELERATION=0
export LSAN_OPTIONS=suppressions=$SRC/tests/lsan.supp${LSAN_OPTIONS:+:$LSAN_OPTIONS}
PACK=$SRC/tests/ui/fixtures/all-formats.json
XVFB=(xvfb-run -a -s "-screen 0 1280x800x24")

# 1. A whole quiz in a real window, then quit.
"${XVFB[@]}" "$BYLINE" "$PACK" --only --script \
    "profile Xavier; open harbor-all-formats; start; play mixed; expect results; print; screenshot $tmp/results.png; quit" \
    >"$tmp/out1" 2>"$tmp/err1"
rc=$?
[ $rc -eq 0 ] && ok || bad "play to results: exit $rc: $(cat "$tmp/err1")"
grep -q "screen=results profile=Xavier pack=harbor-all-formats" "$tmp/out1" && ok || bad "results state: $(cat "$tmp/out1")"
/usr/bin/python3 - "$tmp/results.png" <<'PYEOF' && ok || bad "screenshot is not a valid 1280x800 PNG"
import struct, sys, zlib
data = open(sys.argv[1], "rb").read()
assert data[:8] == b"\x89PNG\r\n\x1a\n"
pos, idat, dims = 8, b"", None
while pos < len(data):
    n, kind = struct.unpack(">I4s", data[pos:pos + 8])
    body = data[pos + 8:pos + 8 + n]
    crc = struct.unpack(">I", data[pos + 8 + n:pos + 12 + n])[0]
    assert zlib.crc32(kind + body) & 0xFFFFFFFF == crc, kind
    if kind == b"IHDR": dims = struct.unpack(">II", body[:8])
    if kind == b"IDAT": idat += body
    pos += 12 + n
w, h = dims
raw = zlib.decompress(idat)
assert (w, h) == (1280, 800) and len(raw) == h * (1 + 3 * w), (w, h, len(raw))
PYEOF

# 2. Killed mid-quiz (SIGKILL: no cleanup at all), then reopened: resume where it stopped.
sh -c 'echo $$ > "$0/pid"; exec "$@"' "$tmp" "${XVFB[@]}" "$BYLINE" "$PACK" --only --script \
    "profile Yara; open harbor-all-formats; start; answer right; submit; next; answer wrong; submit; print" \
    >"$tmp/out2" 2>"$tmp/err2" &
runner=$!
for _ in $(seq 1 100); do grep -q "screen=quiz" "$tmp/out2" 2>/dev/null && break; sleep 0.1; done
grep -q "screen=quiz" "$tmp/out2" && ok || bad "mid-quiz state never printed: $(cat "$tmp/err2")"
# xvfb-run's child is the app: find it among the runner's descendants by its command line.
app_pid=$(ps -o pid=,args= --ppid "$(cat "$tmp/pid")" | awk '/byline/ && !/xvfb-run/ {print $1; exit}')
if [ -n "$app_pid" ]; then kill -KILL "$app_pid"; ok; else bad "could not find the app's pid"; fi
wait "$runner" 2>/dev/null
"${XVFB[@]}" "$BYLINE" "$PACK" --only --script \
    "profile Yara; open harbor-all-formats; expect read; resume; expect quiz; print; quit" \
    >"$tmp/out3" 2>"$tmp/err3"
rc=$?
[ $rc -eq 0 ] && ok || bad "reopen: exit $rc: $(cat "$tmp/err3")"
grep -q "question=3/7" "$tmp/out3" && ok || bad "did not resume at question 3: $(cat "$tmp/out3")"

# 3. Bad options are refused with status 2.
"$BYLINE" --theme purple >/dev/null 2>&1; [ $? -eq 2 ] && ok || bad "--theme purple accepted"

echo "xvfb_app.sh: $pass passed, $fail failed"
[ $fail -eq 0 ]
