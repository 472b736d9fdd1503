#!/usr/bin/env bash
# setup.sh — installs what Byline needs to build, run and test, from Debian's packages.
# Installs only what is missing. Needs root (or sudo) to install; says so plainly otherwise.
set -euo pipefail

PACKAGES=(build-essential cmake pkg-config clang libclang-rt-dev
          libsdl2-dev libsdl2-ttf-dev libcjson-dev libsqlite3-dev libcmocka-dev
          libqrencode-dev libcivetweb-dev chromium fonts-dejavu-core python3 python3-jsonschema
          libxml2-utils xvfb xauth curl dpkg-dev lintian desktop-file-utils appstream man-db)

# The export tests parse GIFT with the gift-pegjs npm package, and the live classroom's browser
# tests (tests/web, run by tests/cli/web_live.sh) use playwright-core and axe-core from npm with
# Debian's chromium: Node.js from Debian unless present.
command -v node >/dev/null 2>&1 && command -v npm >/dev/null 2>&1 || PACKAGES+=(nodejs npm)

missing=()
for p in "${PACKAGES[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -eq 0 ]; then
    echo "setup: all build and test dependencies are installed"
    exit 0
fi
echo "setup: installing ${missing[*]}"
if [ "$(id -u)" -eq 0 ]; then
    SUDO=""
elif command -v sudo >/dev/null 2>&1; then
    SUDO="sudo"
else
    echo "setup: not root and no sudo; as root, run:" >&2
    echo "  apt-get update && apt-get install -y ${missing[*]}" >&2
    exit 1
fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"
