#!/usr/bin/env bash
# Crash-consistency trials: `berth up --wait` is killed with SIGKILL at a random
# moment (create, start, probe, seed), then `berth up --wait` must converge to a
# ready stack whose fixtures are in place (`berth seed --plan`: nothing to do),
# and `berth down -v` must leave no container, network or volume with the
# stack's labels.
#
#   tests/reliability/kill9.sh BERTH STACK_FILE STACK_NAME TRIALS MAX_DELAY_SECS
# Prints one line per trial and a summary; exits 1 if any trial failed.
set -uo pipefail
B=$1 FILE=$2 NAME=$3 TRIALS=$4 MAX_DELAY=$5
LOG=$(mktemp)
trap 'rm -f "$LOG"' EXIT
converged=0 seeded=0 clean=0
declare -A phases
labelled() {
    local filter="label=dev.berth.stack=$NAME"
    { docker ps -aq --filter "$filter"; docker network ls -q --filter "$filter"; docker volume ls -q --filter "$filter"; } | wc -l
}
for i in $(seq 1 "$TRIALS"); do
    delay=$(python3 -c "import random; print(f'{random.uniform(0.1, $MAX_DELAY):.2f}')")
    "$B" -f "$FILE" up --wait --no-tui >"$LOG" 2>&1 &
    pid=$!
    sleep "$delay"
    kill -9 "$pid" 2>/dev/null
    wait "$pid" 2>/dev/null
    # What berth was doing when it was killed: the last progress line it printed.
    phase=$(tail -n 1 "$LOG" | sed -E 's/^[^|]*\| *//' | awk '{print $1}')
    phase=${phase:-starting}
    phases[$phase]=$(( ${phases[$phase]:-0} + 1 ))
    ok_up=no ok_seed=no ok_clean=no
    if "$B" -f "$FILE" up --wait --no-tui --wait-timeout 120 >"$LOG" 2>&1; then
        ok_up=yes; converged=$((converged + 1))
        if "$B" -f "$FILE" seed --plan 2>&1 | grep -q "nothing to do"; then ok_seed=yes; seeded=$((seeded + 1)); fi
    else
        tail -n 20 "$LOG"
    fi
    "$B" -f "$FILE" down -v >/dev/null 2>&1
    if [ "$(labelled)" -eq 0 ]; then ok_clean=yes; clean=$((clean + 1)); fi
    echo "trial $i: killed after ${delay}s during '$phase'; up again: $ok_up; fixtures in place: $ok_seed; nothing left after down: $ok_clean"
done
summary="kill -9 during up: $TRIALS trials; converged $converged/$TRIALS, fixtures in place $seeded/$TRIALS, clean after down $clean/$TRIALS; interrupted during:"
for p in "${!phases[@]}"; do summary+=" $p×${phases[$p]}"; done
echo "$summary"
[ "$converged" -eq "$TRIALS" ] && [ "$seeded" -eq "$TRIALS" ] && [ "$clean" -eq "$TRIALS" ]
