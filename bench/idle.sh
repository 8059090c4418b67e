#!/usr/bin/env bash
# Idle footprint: berth's UI attached to the running stack, quiet for SECS seconds.
# Writes one sentence to OUT/idle.txt.
#
#   bench/idle.sh "BERTH_COMMAND_WITH_STACK_ARGS" OUT_DIR SECS
set -euo pipefail
B=$1 OUT=$2 SECS=$3
ticks() { awk '{print $14+$15}' "/proc/$1/stat"; }
tmux kill-session -t bench-idle 2>/dev/null || true
tmux new-session -d -s bench-idle -x 120 -y 40 "$B ui; sleep 30"
sleep 3
pid=$(pgrep -n -f "$B ui")
c0=$(ticks "$pid"); t0=$(date +%s.%N)
sleep "$SECS"
c1=$(ticks "$pid"); t1=$(date +%s.%N)
rss_kib=$(awk '/VmRSS/ {print $2}' "/proc/$pid/status")
tmux send-keys -t bench-idle q Enter
sleep 1
tmux kill-session -t bench-idle 2>/dev/null || true
python3 -c "
c0, c1, t0, t1, hz, rss = $c0, $c1, $t0, $t1, $(getconf CLK_TCK), $rss_kib
print(f'Idle (\`berth ui\`, release build, default stack up and quiet for $SECS s): {rss / 1024:.1f} MiB resident, {(c1 - c0) / hz / (t1 - t0) * 100:.1f} % of one core.')
" >"$OUT/idle.txt"
cat "$OUT/idle.txt"
