#!/usr/bin/env bash
# Edit-to-ready under `berth up --watch` for the stand-in backend. The default stack, its
# apps and seed are copied to a scratch folder (the repository is never edited) and built
# under a scratch image name; then EDITS edits of apps/light/backend/app.py, each timed from the
# write to berth's "rebuild done, ready again" line. Writes one sentence to OUT/watch.txt.
#
#   bench/watch.sh BERTH OUT_DIR EDITS
set -euo pipefail
B=$1 OUT=$2 EDITS=$3
ROOT=$(cd "$(dirname "$0")/.." && pwd)
SCRATCH=$(mktemp -d)
STACK="$B -f $SCRATCH/stacks/ysh-b2b-light.yaml -p bench-watch"
pid=
cleanup() {
    [ -n "$pid" ] && kill -INT "$pid" 2>/dev/null && wait "$pid" 2>/dev/null
    $STACK down -v >/dev/null 2>&1 || true
    docker image rm -f bench-watch/backend:dev >/dev/null 2>&1 || true
    rm -rf "$SCRATCH"
}
trap cleanup EXIT
cp -r "$ROOT/stacks" "$ROOT/apps" "$ROOT/seed" "$SCRATCH/"
# The harness's backend image has the backend's Python packages: built on it, a rebuild
# is what a developer's rebuild is (the app layer), and the harness's own image is not retagged.
export APP_BASE_IMAGE=$LIGHT_BACKEND_IMAGE LIGHT_BACKEND_IMAGE=bench-watch/backend:dev
log=$OUT/watch.log
$STACK up --watch --no-tui --build >"$log" 2>&1 &
pid=$!
for _ in $(seq 1 600); do grep -q "watching" "$log" && break; sleep 0.5; done
grep -q "watching" "$log" || { echo "bench/watch.sh: the stack did not come up; see $log" >&2; exit 1; }
times=()
for i in $(seq 1 "$EDITS"); do
    before=$(grep -c "rebuild done" "$log" || true)
    t0=$(date +%s.%N)
    printf '\n# edit %s\n' "$i" >>"$SCRATCH/apps/light/backend/app.py"
    until [ "$(grep -c "rebuild done" "$log" || true)" -gt "$before" ]; do
        grep -q "watch action failed" "$log" && { echo "bench/watch.sh: a rebuild failed; see $log" >&2; exit 1; }
        sleep 0.05
    done
    t1=$(date +%s.%N)
    times+=("$(python3 -c "print(f'{$t1 - $t0:.3f}')")")
done
python3 - "$OUT/watch.txt" "${times[@]}" <<'PY'
import statistics, sys
out, xs = sys.argv[1], [float(x) for x in sys.argv[2:]]
line = (f"Watch (`berth up --watch`, light stack, stand-in backend, release build): edit of apps/light/backend/app.py "
        f"to the backend ready again after its rebuild: median {statistics.median(xs):.2f} s "
        f"(min {min(xs):.2f}, max {max(xs):.2f}, {len(xs)} edits).")
open(out, "w").write(line + "\n")
print(line)
PY
