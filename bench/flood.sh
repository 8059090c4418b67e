#!/usr/bin/env bash
# One log-flood run: a container printing RATE numbered lines/s of 120 bytes,
# berth's UI following it in tmux for SECS seconds while keys are pressed.
# Appends one Markdown table row to OUT/flood.rows:
#   rate | berth CPU | peak RSS | RSS at end | lines received | dropped | lag at quit | key→frame median/p95 | dockerd CPU for `docker logs -f`
#
#   bench/flood.sh BERTH_BINARY OUT_DIR RATE SECS
set -euo pipefail
B=$1 OUT=$2 RATE=$3 SECS=$4
now() { date +%s.%N; }
ticks() { awk '{print $14+$15}' "/proc/$1/stat"; }

DIR=$(mktemp -d)
trap 'rm -rf "$DIR"' EXIT
cp "$(dirname "$0")/flood.py" "$DIR/"
cat >"$DIR/stack.yaml" <<YAML
name: bench-flood
services:
  flood:
    image: \${BERTH_BASE_IMAGE}
    command: [python3, /bench/flood.py]
    environment: {LINES_PER_SEC: "$RATE"}
    volumes: ['./flood.py:/bench/flood.py:ro']
YAML
"$B" -f "$DIR/stack.yaml" up --wait >/dev/null
tmux kill-session -t bench-flood 2>/dev/null || true
tmux new-session -d -s bench-flood -x 120 -y 40 \
    "env BERTH_LATENCY_LOG=$DIR/latency.txt BERTH_LINES_LOG=$DIR/lines.txt $B -f $DIR/stack.yaml ui; sleep 30"
sleep 2
pid=$(pgrep -n -f "berth -f $DIR/stack.yaml ui")
c0=$(ticks "$pid"); t0=$(now)
for _ in $(seq 1 $((SECS * 2))); do
    tmux send-keys -t bench-flood PageUp; sleep 0.25
    tmux send-keys -t bench-flood End; sleep 0.25
done
c1=$(ticks "$pid"); t1=$(now)
peak_kib=$(awk '/VmHWM/ {print $2}' "/proc/$pid/status")
rss_kib=$(awk '/VmRSS/ {print $2}' "/proc/$pid/status")
printed=$(docker logs --tail 1 bench-flood-flood 2>/dev/null | awk '{print $2}')
tmux send-keys -t bench-flood q Enter
for _ in $(seq 1 50); do [ -s "$DIR/lines.txt" ] && break; sleep 0.1; done
tmux kill-session -t bench-flood 2>/dev/null || true

# Baseline: dockerd's CPU while `docker logs -f` follows the same container.
dpid=$(pgrep -o dockerd)
d0=$(ticks "$dpid"); s0=$(now)
timeout 10 docker logs -f bench-flood-flood >/dev/null 2>&1 || true
d1=$(ticks "$dpid"); s1=$(now)
"$B" -f "$DIR/stack.yaml" down -v >/dev/null

python3 - "$RATE" "$c0" "$c1" "$t0" "$t1" "$(getconf CLK_TCK)" "$peak_kib" "$rss_kib" "$d0" "$d1" "$s0" "$s1" \
    "$printed" "$DIR/lines.txt" "$DIR/latency.txt" >>"$OUT/flood.rows" <<'PY'
import statistics, sys
rate, c0, c1, t0, t1, hz, peak, rss, d0, d1, s0, s1, printed, lines, latency = sys.argv[1:]
rate, hz = int(rate), int(hz)
cpu = (int(c1) - int(c0)) / hz / (float(t1) - float(t0)) * 100
dcpu = (int(d1) - int(d0)) / hz / (float(s1) - float(s0)) * 100
service, received, first, last = open(lines).read().splitlines()[0].split("\t")
first_seq, last_seq = int(first.split()[1]), int(last.split()[1])
dropped = (last_seq - first_seq + 1) - int(received)
lag_ms = (int(printed) - last_seq) / rate * 1000
lat = sorted(float(x) for x in open(latency))
p95 = lat[min(len(lat) - 1, int(len(lat) * 0.95))]
print(f"| {rate:,} | {cpu:.1f}% | {int(peak) / 1024:.1f} MiB | {int(rss) / 1024:.1f} MiB | {int(received):,} | {dropped} "
      f"| {lag_ms:.0f} ms | {statistics.median(lat):.1f} / {p95:.1f} ms | {dcpu:.1f}% |")
PY
tail -1 "$OUT/flood.rows"
