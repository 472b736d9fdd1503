#!/usr/bin/env bash
# bench_ui.sh [BUILD_DIR] — the app's figures for docs/performance.md ("The app"), under Xvfb:
# time to first frame against a minimal SDL2 + SDL2_ttf program, frame cost, CPU used by an idle
# window, and peak memory after playing a whole pack. Needs xvfb-run.
set -euo pipefail
cd "$(dirname "$0")/.."
B=$(realpath "${1:-build}")
cmake --build "$B" --target byline bench_ui_first_frame bench_ui_frame bench_ui_article >/dev/null
X=(xvfb-run -a -s "-screen 0 1280x800x24")
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
export BYLINE_DATA_HOME=$tmp/home
mkdir -p "$BYLINE_DATA_HOME"

echo "== first frame (Xvfb, default renderer)"
"${X[@]}" "$B/bench_ui_first_frame" 15
echo
echo "== frame cost: software renderer on a 1280x800 surface"
"$B/bench_ui_frame" 300
echo
echo "== frame cost: a window under Xvfb (OpenGL renderer on Mesa llvmpipe: no GPU here)"
"${X[@]}" "$B/bench_ui_frame" 300 --window
echo

echo "== big articles: open -> first frame, background layout (software renderer, 1280x800)"
for kind in hostile long many; do
    python3 bench/gen_big_pack.py "$kind" "$tmp/$kind.json"
    SDL_VIDEODRIVER=dummy "$B/bench_ui_article" "$tmp/$kind.json" 3
done
for p in sessions-letter practice-two-outlets practice-river-bridge; do
    SDL_VIDEODRIVER=dummy "$B/bench_ui_article" "quizzes/$p.json" 9
done
echo

# Idle: the app after a whole quiz, on the results screen, waiting for input.
idle() { # idle LABEL [ENV=VALUE...]
    echo "== idle CPU and memory: $1 (Xvfb window, results screen of a 22-question pack)"
    shift
    rm -rf "$BYLINE_DATA_HOME"/*
    env "$@" sh -c 'echo $$ > "$0/pid"; exec "$@"' "$tmp" "${X[@]}" "$B/byline" --script \
        "profile Bench; open sessions-letter; start; play mixed; print" >"$tmp/out" 2>&1 &
    local runner=$!
    for _ in $(seq 1 200); do grep -q "screen=results" "$tmp/out" 2>/dev/null && break; sleep 0.1; done
    local pid
    pid=$(ps -o pid=,args= --ppid "$(cat "$tmp/pid")" | awk '/byline/ && !/xvfb-run/ {print $1; exit}')
    local hz t0 t1 s0 s1
    hz=$(getconf CLK_TCK)
    sleep 1
    t0=$(awk '{print $14 + $15}' "/proc/$pid/stat"); s0=$(date +%s.%N)
    sleep 10
    t1=$(awk '{print $14 + $15}' "/proc/$pid/stat"); s1=$(date +%s.%N)
    awk -v a="$t0" -v b="$t1" -v hz="$hz" -v s0="$s0" -v s1="$s1" \
        'BEGIN { printf "CPU while idle: %.3f s over %.1f s (%.2f%%)\n", (b-a)/hz, s1-s0, 100*(b-a)/hz/(s1-s0) }'
    grep -E "VmHWM|VmRSS" "/proc/$pid/status" | sed 's/^/memory: /'
    kill "$pid"
    wait "$runner" 2>/dev/null || true
    echo
}
idle "default renderer (OpenGL on llvmpipe)" BYLINE_BENCH=1
idle "software renderer, no OpenGL" SDL_RENDER_DRIVER=software SDL_FRAMEBUFFER_ACCELERATION=0
