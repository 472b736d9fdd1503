#!/usr/bin/env bash
# live_crash.sh BYLINE SRCDIR — kill -9 a live class mid-question; it resumes from the store.
exec /usr/bin/python3 "$2/tests/tools/live_crash.py" "$1" "$2"
