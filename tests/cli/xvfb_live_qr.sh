#!/usr/bin/env bash
# xvfb_live_qr.sh BYLINE SRCDIR — the projector of `byline live` in a real X11 window: a phone's
# camera reading the join screen's QR code (zbarimg on the window's own screenshot) gets exactly
# the address the terminal printed, room code included. Skips without xvfb-run or zbarimg.
set -u
BYLINE=$1
SRC=$2
source "$(dirname "$0")/lib/common.sh"
for tool in xvfb-run zbarimg; do
    if ! command -v $tool >/dev/null 2>&1; then
        echo "SKIP: $tool is not installed (apt-get install xvfb zbar-tools)"
        exit 0
    fi
done
unset SDL_VIDEODRIVER
export SDL_RENDER_DRIVER=software SDL_FRAMEBUFFER_ACCELERATION=0
export LSAN_OPTIONS=suppressions=$SRC/tests/lsan.supp${LSAN_OPTIONS:+:$LSAN_OPTIONS}
for size in 1280x800 640x480; do
    xvfb-run -a -s "-screen 0 1920x1080x24" "$BYLINE" live "$SRC/quizzes/practice-phone-ban.json" \
        --bind 127.0.0.1 --port 0 --no-store --room QR7K --size "$size" --screenshot "$tmp/join-$size.png" \
        >"$tmp/out" 2>"$tmp/err"
    rc=$?
    [ $rc -eq 0 ] && ok || bad "$size: exit $rc: $(cat "$tmp/err")"
    url=$(sed -n 's|^live: \(http://127.0.0.1:[0-9]*/?room=QR7K\)$|\1|p' "$tmp/out")
    [ -n "$url" ] && ok || bad "$size: no address printed: $(cat "$tmp/out")"
    got=$(zbarimg -q --raw "$tmp/join-$size.png" 2>/dev/null)
    [ "$got" = "$url" ] && ok || bad "$size: the QR code reads '$got', expected '$url'"
done
finish
