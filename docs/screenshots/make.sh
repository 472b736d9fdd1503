#!/usr/bin/env bash
# make.sh [BYLINE] — takes the screenshots in docs/screenshots/ with the app itself
# (`byline --script ... --screenshot FILE`), from the bundled packs, so they show the current
# program. Headless: SDL's dummy video driver and software renderer, 1280x800 unless noted.
# Each run starts from the progress the previous runs saved (a temporary data folder).
set -euo pipefail
cd "$(dirname "$0")/../.."
BYLINE=$(realpath "${1:-build/byline}")
out=docs/screenshots
home=$(mktemp -d)
trap 'rm -rf "$home"' EXIT
export BYLINE_DATA_HOME=$home SDL_VIDEODRIVER=dummy
shot() { # shot NAME [OPTIONS...] SCRIPT
    local name=$1; shift
    local script=${!#}
    "$BYLINE" "${@:1:$#-1}" --theme light --script "zoom 1; $script" --screenshot "$out/$name.png"
    echo "$out/$name.png"
}

# Some history first: two students, a finished attempt, an unfinished one, reviews due.
"$BYLINE" --theme light --script "profile Ben; quit"
"$BYLINE" --theme light --script "profile Ana; open practice-river-bridge; start; play mixed; \
    screen library; open practice-phone-ban; start; play right 3; quit"

shot profile            "screen profile"
shot library            "profile Ana; later 900"
shot read               "profile Ana; open sessions-letter; scroll 0"
shot question-choice    "profile Ana; open sessions-letter; start; key b"
shot feedback           "profile Ana; open practice-phone-ban; start; answer wrong; submit"
shot question-multi     "profile Ana; open sessions-letter; start; play right 6; key 1; key 3"
shot question-evidence  "profile Ana; open sessions-letter; start; play right 7; answer right"
shot feedback-evidence  "profile Ana; open sessions-letter; start; play right 14; answer wrong; submit"
shot question-order     "profile Ana; open sessions-letter; start; play right 17; key space; key Down"
shot question-text      "profile Ana; open sessions-letter; start; play right 12; text mislead"
shot results            "profile Ana; open sessions-letter; start; play mixed"
shot theme-dark         "profile Ana; theme dark; open practice-phone-ban; start; answer wrong; submit"
shot theme-contrast     "profile Ana; theme contrast; open practice-phone-ban; start; play right 7; answer right; submit"
shot narrow --size 800x600 "profile Ana; open practice-river-bridge; start; answer right; submit; key F6"
# Two outlets, one story (issue 13): side by side on a wide window, tabs on a narrow one.
shot two-outlets --size 1600x900 "profile Ana; open practice-two-outlets; start; play right 3; answer right; submit"
shot two-outlets-pick --size 1600x900 "profile Ana; open practice-two-outlets; start; play right 13; key Down; key Down"
shot two-outlets-tabs --size 900x700 "profile Ana; open practice-two-outlets; start; play right 3; answer right; submit; key F6"
shot text-size          "profile Ana; zoom 1.5; open practice-river-bridge; start; key 2"
# Cite questions (issue 9): the second step, and the feedback of a right answer with a wrong sentence.
cite=tests/ui/fixtures/cite.json
shot cite-step "$cite" "profile Ana; open harbor-cite; start; key 2; key Return; key Down; key Down"
shot cite-feedback "$cite" "profile Ana; open harbor-cite; start; answer guess; submit"

# A pack with mistakes: the checker's messages in the app.
bad=$home/broken-pack.json
sed 's/"answer": 1,/"answer": 7,/; 0,/"kind": "speaker"/s//"kind": "speakers"/' \
    tests/fixtures/good/harbor.json > "$bad"
shot problems "$bad" "profile Ana; open broken-pack.json"

# The teacher preview (--watch): a question with its answer and evidence, and a broken file's
# problems as the teacher sees them while editing.
shot preview quizzes/sessions-letter.json --watch "key ]; key ]"
shot preview-evidence quizzes/sessions-letter.json --watch "key End"
shot preview-problems "$bad" --watch "wait"

# Class results: a class of students on one pack (last, so the screens above keep their history).
plays() { "$BYLINE" --theme light --script "profile $1; open practice-river-bridge; start; $2; quit"; }
plays Ben "play right 12; play wrong"
plays Cy  "play wrong 4; play right"
plays Dee "play mixed 9; play right"
plays Eli "play right"
plays Fay "play right 3; play wrong 6; play right"
shot class-results      "profile Ms Ortiz; class practice-river-bridge"
shot class-results-open "profile Ms Ortiz; class practice-river-bridge; key Return"
shot class-results-kinds "profile Ms Ortiz; class practice-river-bridge; key End"
