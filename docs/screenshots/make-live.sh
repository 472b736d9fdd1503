#!/bin/sh
# Makes docs/screenshots/live-*.png: the live projector on a fake class (22 students, the bundled
# Mill Street Bridge pack), drawn headless by the UI test program in its --screenshots mode.
# Usage: docs/screenshots/make-live.sh [path/to/test_ui_live]   (default: build/test_ui_live)
set -e
here=$(cd "$(dirname "$0")" && pwd)
bin=${1:-"$here/../../build/test_ui_live"}
cd "$here/../.."
SDL_VIDEODRIVER=dummy "$bin" --screenshots "$here"
