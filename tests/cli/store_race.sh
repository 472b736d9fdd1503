#!/usr/bin/env bash
# store_race.sh BYLINE SRCDIR — many `play --text` processes starting at the same moment on a
# progress store that does not exist yet: every one of them plays and saves (none is refused as
# "not a Byline store" or "database is locked"), and the store ends up with every answer.
# Several rounds, each on a fresh store; BYLINE_RACE_PROCS and BYLINE_RACE_ROUNDS change the size.
set -u
BYLINE=$1
SRC=$2
source "$(dirname "$0")/lib/common.sh"
PACK="$SRC/tests/fixtures/good/harbor.json"
procs=${BYLINE_RACE_PROCS:-60}
rounds=${BYLINE_RACE_ROUNDS:-5}
command -v flock >/dev/null || { echo "store_race.sh: needs flock (util-linux)"; exit 1; }

for round in $(seq 1 "$rounds"); do
    dir="$tmp/r$round"
    mkdir -p "$dir/out"
    # The children wait for the lock the parent holds on the gate, so they open the store
    # together. Each opens the gate anew: a lock taken through the inherited descriptor would be
    # the parent's own lock (flock locks belong to the open file) and would not wait.
    exec 9>"$dir/gate"
    flock -x 9
    for i in $(seq 1 "$procs"); do
        (
            exec 9>&-
            flock -s "$dir/gate" true
            printf '2\n' | XDG_DATA_HOME="$dir/data" "$BYLINE" play --text --seed 1 \
                --name "Student $i" "$PACK" >"$dir/out/$i" 2>&1
            echo $? >"$dir/out/$i.rc"
        ) &
    done
    sleep 1
    [ -z "$(ls "$dir/out")" ] && ok || bad "round $round: processes started before the gate opened"
    flock -u 9
    exec 9>&-
    wait
    failed=0
    for i in $(seq 1 "$procs"); do
        rc=$(cat "$dir/out/$i.rc" 2>/dev/null || echo none)
        if [ "$rc" != 0 ] || grep -q "progress could not be saved\|not a Byline" "$dir/out/$i"; then
            failed=$((failed + 1))
            [ $failed -le 3 ] && echo "round $round, process $i: exit $rc: $(cat "$dir/out/$i")" | tail -n 3
        fi
    done
    [ $failed -eq 0 ] && ok || bad "round $round: $failed of $procs processes failed"
    rows=$(XDG_DATA_HOME="$dir/data" "$BYLINE" results --csv --no-bom | tail -n +2 | wc -l)
    [ "$rows" -eq "$procs" ] && ok || bad "round $round: $rows answers stored, expected $procs"
done

finish
