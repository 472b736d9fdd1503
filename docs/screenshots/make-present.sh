#!/usr/bin/env bash
# make-present.sh [BYLINE] — takes the presenter-mode screenshots in docs/screenshots/ with the
# program itself (`byline present --script ... --screenshot FILE`) on a bundled pack. Headless:
# SDL's dummy video driver and software renderer, 1280x800; the script's clock is a fake one that
# only `later` moves, so the countdowns shown are always the same. Nothing is saved (--no-store).
set -euo pipefail
cd "$(dirname "$0")/../.."
BYLINE=$(realpath "${1:-build/byline}")
out=docs/screenshots
export SDL_VIDEODRIVER=dummy
PACK=quizzes/practice-river-bridge.json
TEAMS="Owls,Foxes,Bears,Hawks"
shot() { # shot NAME THEME SCRIPT [OPTIONS...]
    local name=$1 theme=$2 script=$3
    shift 3
    "$BYLINE" present --no-store --theme "$theme" --teams "$TEAMS" "$@" --script "$script" \
        --screenshot "$out/$name.png" "$PACK"
    echo "$out/$name.png"
}

# Three teams have answered question 1, the fourth is being entered; 12 s have gone.
asking="key Return; later 4; answer 1 right; later 3; answer 2 wrong; later 5; answer 3 right; key 4"
# Question 1 revealed, then its evidence; on to question 2 for the scoreboard.
revealed="$asking; key b; key space"
second="$revealed; key Right; later 6; answer 1 right; answer 2 right; later 9; answer 3 wrong; answer 4 right; key space"

shot present-setup      light "wait" --speed-bonus
shot present-question   light "$asking"
shot present-revealed   light "$revealed"
shot present-evidence   light "$revealed; key e"
shot present-scoreboard light "$second; key s" --speed-bonus
shot present-podium     light "$second; key Right; answer 1 right; answer 3 right; key space; key Escape" --speed-bonus
shot present-evidence-question light "key Return; key k; key k; key k; key k; key k; answer 1 right; key 2; key Down; key Down"
shot present-turns-dark dark "key Return; later 20; answer 1 right" --turns
shot present-contrast   contrast "$revealed; key e"
# Two outlets, one story (issue 13): after E, each passage under its outlet.
"$BYLINE" present --no-store --theme light --teams "$TEAMS" --script "key Return; key k; key k; key k; key space; key e" \
    --screenshot "$out/present-two-outlets.png" quizzes/practice-two-outlets.json
echo "$out/present-two-outlets.png"
# A cite question (issue 9): the teams have answered, the class names the sentence.
PACK=tests/ui/fixtures/cite.json TEAMS="Owls,Foxes,Bears" shot present-cite-pick light \
    "key Return; answer 1 right; answer 2 wrong; answer 3 right; cite wrong"
# Two outlets, an evidence question: Ctrl+Tab shows the other article; the Owls pick there.
K=$(printf 'key k; %.0s' $(seq 13))
"$BYLINE" present --no-store --theme light --teams "$TEAMS" --script "key Return; $K key ctrl+Tab; key 1; key Down; key Down" \
    --screenshot "$out/present-other-article.png" quizzes/practice-two-outlets.json
echo "$out/present-other-article.png"
