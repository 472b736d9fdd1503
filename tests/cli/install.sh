#!/usr/bin/env bash
# install.sh BYLINE SRCDIR — installing Byline like any other program:
#  1. `cmake --install` into a prefix that is then moved: the program finds its packs and fonts
#     next to itself ($BYLINE_DATA_DIR and --data still win); the desktop entry, AppStream
#     metainfo and manual page validate, and the manual lists every command and option;
#  2. `cpack -G DEB`: the package has dependencies from the ELF, a description, a copyright file;
#     it links to fonts-dejavu-core's fonts (a Depends) instead of copying them; unpacked into a
#     temporary root (dpkg-deb -x, so the test machine is left alone) it runs
#     --version, checks its bundled packs and, under Xvfb, opens a bundled pack and takes a
#     screenshot; lintian (when installed) reports no error.
# The build tree is the directory of BYLINE (CMake puts the executable at its top).
set -u
BYLINE=$(realpath "$1")
SRC=$(realpath "$2")
BUILD=$(dirname "$BYLINE")
. "$SRC/tests/cli/lib/common.sh"
export BYLINE_DATA_HOME=$tmp/home LSAN_OPTIONS=suppressions=$SRC/tests/lsan.supp${LSAN_OPTIONS:+:$LSAN_OPTIONS}
unset BYLINE_DATA_DIR
export XDG_DATA_DIRS=$tmp/no-such-dir
mkdir -p "$BYLINE_DATA_HOME"
has_ui=0; "$BYLINE" --help | grep -q "App options" && has_ui=1

# Opens bundled pack $2 with program $1 in the app (no --data) and prints the state line.
open_pack() {
    local prog=$1 id=$2; shift 2
    SDL_VIDEODRIVER=dummy SDL_AUDIODRIVER=dummy "$prog" "$@" --script "profile Ana; open $id; expect read; print; quit"
}
valid_png() {
    /usr/bin/python3 -c 'import sys; d=open(sys.argv[1],"rb").read(); sys.exit(d[:8]!=b"\x89PNG\r\n\x1a\n" or len(d)<1000)' "$1"
}

# --- 1. cmake --install, then the prefix moved ---------------------------------------------------
cmake --install "$BUILD" --prefix "$tmp/prefix" >"$tmp/install.log" 2>&1 && ok || bad "cmake --install: $(tail -5 "$tmp/install.log")"
mv "$tmp/prefix" "$tmp/moved"
P=$tmp/moved
for f in bin/byline share/byline/quizzes/sessions-letter.json share/byline/quizzes/articles/practice-phone-ban.txt \
         share/byline/assets/fonts/DejaVuSans.ttf share/byline/assets/fonts/LICENSE-DejaVu.txt \
         share/doc/byline/README.md share/doc/byline/docs/pack-format.md share/doc/byline/copyright \
         share/man/man1/byline.1.gz share/applications/org.bylinequiz.Byline.desktop \
         share/metainfo/org.bylinequiz.Byline.metainfo.xml share/icons/hicolor/scalable/apps/byline.svg \
         share/icons/hicolor/48x48/apps/byline.png share/icons/hicolor/256x256/apps/byline.png; do
    [ -e "$P/$f" ] && ok || bad "not installed: $f"
done
# every file of the student page, its script modules too (a module missing is a page that does not start)
for f in "$SRC"/assets/web/* "$SRC"/assets/web/js/*; do
    [ -f "$f" ] || continue
    rel=${f#"$SRC"/}
    cmp -s "$f" "$P/share/byline/$rel" && ok || bad "not installed (or not the same): share/byline/$rel"
done
(cd "$tmp" && "$P/bin/byline" --version) | grep -qx "byline [0-9.]*" && ok || bad "--version from the moved prefix"
"$P/bin/byline" check "$P"/share/byline/quizzes/*.json >"$tmp/check.out" 2>&1 && ok || bad "check installed packs: $(cat "$tmp/check.out")"
# The live classroom serves its student page from the moved prefix.
if command -v curl >/dev/null; then
    { sleep 3; echo quit; } | "$P/bin/byline" live --headless --no-store --bind 127.0.0.1 --port 0 \
        "$P"/share/byline/quizzes/practice-phone-ban.json >"$tmp/live.out" 2>&1 &
    for _ in $(seq 40); do grep -q "^live: http" "$tmp/live.out" && break; sleep 0.05; done
    url=$(sed -n 's|^live: \(http://127.0.0.1:[0-9]*/\).*|\1|p' "$tmp/live.out")
    curl -sf "$url" | grep -qi "<!doctype html" && ok || bad "live page from the moved prefix: $(cat "$tmp/live.out")"
    curl -sfI "${url}js/view.js" | grep -qi "^content-type: text/javascript" && ok \
        || bad "a script module from the moved prefix is not served as text/javascript"
    wait
fi
if [ $has_ui -eq 1 ]; then
    (cd "$tmp" && open_pack "$P/bin/byline" sessions-letter) >"$tmp/open.out" 2>&1
    grep -q "screen=read .*pack=sessions-letter" "$tmp/open.out" && ok || bad "moved prefix: bundled pack not found: $(cat "$tmp/open.out")"
    # $BYLINE_DATA_DIR and --data win over the folder next to the program.
    (cd "$tmp" && BYLINE_DATA_DIR=$tmp/empty open_pack "$P/bin/byline" sessions-letter) >"$tmp/env.out" 2>&1
    grep -q "$tmp/empty" "$tmp/env.out" && ok || bad "BYLINE_DATA_DIR ignored: $(cat "$tmp/env.out")"
    (cd "$tmp" && BYLINE_DATA_DIR=$tmp/empty open_pack "$P/bin/byline" sessions-letter --data "$P/share/byline") >"$tmp/data.out" 2>&1
    grep -q "pack=sessions-letter" "$tmp/data.out" && ok || bad "--data does not win over BYLINE_DATA_DIR: $(cat "$tmp/data.out")"
    # A copy with no share/byline beside it finds the data through $XDG_DATA_DIRS (unless the
    # compiled-in install prefix, searched first, holds an installed copy).
    mkdir -p "$tmp/lone" && cp "$P/bin/byline" "$tmp/lone/byline"
    if [ ! -d "$(cmake -L -N "$BUILD" 2>/dev/null | sed -n 's/^CMAKE_INSTALL_PREFIX:PATH=//p')/share/byline" ]; then
        (cd "$tmp" && XDG_DATA_DIRS=$tmp/nothing:$P/share open_pack "$tmp/lone/byline" sessions-letter) >"$tmp/xdg.out" 2>&1
        grep -q "pack=sessions-letter" "$tmp/xdg.out" && ok || bad "XDG_DATA_DIRS not searched: $(cat "$tmp/xdg.out")"
    fi
fi

# Desktop entry, AppStream, manual page.
if command -v desktop-file-validate >/dev/null; then
    desktop-file-validate "$P/share/applications/org.bylinequiz.Byline.desktop" >"$tmp/dfv" 2>&1 && [ ! -s "$tmp/dfv" ] \
        && ok || bad "desktop-file-validate: $(cat "$tmp/dfv")"
else echo "SKIP: desktop-file-validate (apt-get install desktop-file-utils)"; fi
if command -v appstreamcli >/dev/null; then
    appstreamcli validate --no-net "$P/share/metainfo/org.bylinequiz.Byline.metainfo.xml" >"$tmp/asv" 2>&1 \
        && ok || bad "appstreamcli validate: $(cat "$tmp/asv")"
else echo "SKIP: appstreamcli (apt-get install appstream)"; fi
if command -v man >/dev/null; then
    LC_ALL=C.UTF-8 MANWIDTH=80 man --warnings -E UTF-8 -l "$P/share/man/man1/byline.1.gz" >"$tmp/man.txt" 2>"$tmp/man.err"
    [ $? -eq 0 ] && [ ! -s "$tmp/man.err" ] && ok || bad "man -l warns: $(cat "$tmp/man.err")"
    # Every command of --help, and every option of every help text, is in the manual.
    cmds=$("$BYLINE" --help | awk '/^Commands:/ {on=1; next} /^$/ {on=0} on {print $1}')
    [ -n "$cmds" ] && ok || bad "no commands in --help"
    for c in $cmds; do
        grep -q "^   byline $c" "$tmp/man.txt" && ok || bad "man page: no section for command '$c'"
        opts=$("$BYLINE" help "$c" | grep -o -- '--[a-z][a-z-]*\|^  -[a-z]\b\|[ ,]-[a-z],' | grep -o -- '-\{1,2\}[a-z][a-z-]*' | sort -u)
        for o in $opts; do grep -q -- "$o" "$tmp/man.txt" && ok || bad "man page: '$c' option $o missing"; done
    done
    for o in $("$BYLINE" --help | grep -o -- '--[a-z][a-z-]*' | sort -u); do
        grep -q -- "$o" "$tmp/man.txt" && ok || bad "man page: option $o missing"
    done
else echo "SKIP: man (apt-get install man-db)"; fi

# --- 2. the Debian package -----------------------------------------------------------------------
if ! command -v cpack >/dev/null || ! command -v dpkg-deb >/dev/null || ! command -v dpkg-shlibdeps >/dev/null; then
    echo "SKIP: cpack, dpkg-deb or dpkg-shlibdeps missing (apt-get install cmake dpkg-dev)"
    finish; exit
fi
(cd "$tmp" && cpack -G DEB --config "$BUILD/CPackConfig.cmake" -B "$tmp/pkg") >"$tmp/cpack.log" 2>&1 \
    && ok || bad "cpack: $(tail -20 "$tmp/cpack.log")"
deb=$(ls "$tmp"/pkg/byline_*.deb 2>/dev/null | head -1)
if [ -z "$deb" ]; then bad "no .deb"; finish; exit; fi
dpkg-deb -f "$deb" Depends | grep -q "libsqlite3-0" && ok || bad "Depends lacks libsqlite3-0: $(dpkg-deb -f "$deb" Depends)"
[ $has_ui -eq 0 ] || dpkg-deb -f "$deb" Depends | grep -q "libsdl2-ttf" && ok || bad "Depends lacks SDL2_ttf"
[ "$(dpkg-deb -f "$deb" Section)" = education ] && ok || bad "section"
dpkg-deb -f "$deb" Description | grep -q "supporting passage" && ok || bad "no long description"
dpkg-deb -c "$deb" | grep "./usr/share/doc/byline/copyright$" >/dev/null && ok || bad "no copyright file"
dpkg-deb -f "$deb" Depends | grep -q "fonts-dejavu-core" && ok || bad "Depends lacks fonts-dejavu-core"
dpkg-deb -x "$deb" "$tmp/root" && ok || bad "dpkg-deb -x"
R=$tmp/root/usr
# The package links to fonts-dejavu-core's fonts instead of shipping copies; in the unpacked root
# that dependency comes from the host (setup.sh installs it).
[ "$(readlink "$R/share/byline/assets/fonts/DejaVuSans.ttf")" = ../../../fonts/truetype/dejavu/DejaVuSans.ttf ] \
    && ok || bad "packaged font is not a link to fonts-dejavu-core"
mkdir -p "$R/share/fonts" && ln -s /usr/share/fonts/truetype "$R/share/fonts/truetype"
"$R/bin/byline" --version | grep -qx "byline [0-9.]*" && ok || bad "packaged --version"
"$R/bin/byline" check "$R"/share/byline/quizzes/*.json >"$tmp/pcheck" 2>&1 && ok || bad "packaged check: $(cat "$tmp/pcheck")"
if [ $has_ui -eq 1 ]; then
    if command -v xvfb-run >/dev/null; then
        (unset SDL_VIDEODRIVER; cd "$tmp" && SDL_RENDER_DRIVER=software SDL_FRAMEBUFFER_ACCELERATION=0 \
            xvfb-run -a -s "-screen 0 1280x800x24" "$R/bin/byline" --script \
            "profile Ana; open practice-phone-ban; expect read; print; screenshot $tmp/pkg.png; quit") >"$tmp/x.out" 2>&1
        grep -q "pack=practice-phone-ban" "$tmp/x.out" && valid_png "$tmp/pkg.png" && ok \
            || bad "packaged app under Xvfb: $(cat "$tmp/x.out")"
    else echo "SKIP: xvfb-run (apt-get install xvfb)"; fi
fi
if command -v lintian >/dev/null; then
    lintian --tag-display-limit 0 "$deb" >"$tmp/lintian" 2>&1
    grep -q "^E:" "$tmp/lintian" && bad "lintian errors: $(grep '^E:' "$tmp/lintian")" || ok
else echo "SKIP: lintian (apt-get install lintian)"; fi
finish
