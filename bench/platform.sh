#!/usr/bin/env bash
# The real platform's numbers, berth beside compose v2 in one run:
#   1. cold build of both apps with an empty build cache (same Dockerfiles, same engine);
#   2. warm rebuild after one source edit in each app;
#   3. cold `up --wait` of the default stack (berth only: the stack file has berth's keys),
#      with each service's own readiness;
#   4. idle memory of each service after the stack settled.
# The apps are built from a scratch copy (the edits never touch the repository) under
# scratch tags; the harness's images are left as they are.
#
#   bench/platform.sh BERTH OUT_DIR [REPS]      (scripts/bench runs it; needs images.env)
set -euo pipefail
B=$1 OUT=$2 REPS=${3:-1}
ROOT=$(cd "$(dirname "$0")/.." && pwd)
SCRATCH=$(mktemp -d)
set -a
. "$ROOT/target/berth-test/images.env"
LOCALSTACK_PORT=44566 POSTGRES_PORT=45432 REDIS_PORT=46379 BACKEND_PORT=49000 STOREFRONT_PORT=48000
set +a
STACK=("$B" -f "$SCRATCH/stacks/ysh-b2b.yaml" -p bench-platform)
cleanup() {
    "${STACK[@]}" down -v >/dev/null 2>&1 || true
    docker image rm -f bench-platform/backend:berth bench-platform/storefront:berth \
        bench-platform/backend:compose bench-platform/storefront:compose >/dev/null 2>&1 || true
    rm -rf "$SCRATCH"
}
trap cleanup EXIT
mkdir -p "$SCRATCH/apps" "$SCRATCH/seed"
cp -r "$ROOT/stacks" "$SCRATCH/"
cp -r "$ROOT/seed/ysh-b2b-platform" "$SCRATCH/seed/"
for app in backend storefront; do
    # The sources, and npm's offline cache by hard link (as the harness leaves it).
    (cd "$ROOT/apps" && tar -cf - --exclude=node_modules --exclude=.medusa --exclude=.next --exclude=.npm-offline "$app") \
        | tar -xf - -C "$SCRATCH/apps"
    cp -al "$ROOT/apps/$app/.npm-offline" "$SCRATCH/apps/$app/"
done
cat >"$SCRATCH/compose.yaml" <<YAML
services:
  backend:
    image: bench-platform/backend:compose
    build: {context: ./apps/backend, args: {NODE_IMAGE: $NODE_IMAGE}}
  storefront:
    image: bench-platform/storefront:compose
    build: {context: ./apps/storefront, args: {NODE_IMAGE: $NODE_IMAGE}}
YAML
now() { date +%s.%N; }
secs() { python3 -c "print(f'{$2 - $1:.1f}')"; }
berth_build() { BACKEND_IMAGE=bench-platform/backend:berth STOREFRONT_IMAGE=bench-platform/storefront:berth "${STACK[@]}" build "$@"; }
compose_build() { DOCKER_BUILDKIT=1 "$COMPOSE_V2" -p bench-platform-compose -f "$SCRATCH/compose.yaml" build "$@"; }
timed() { local t0 t1; t0=$(now); "$@" >>"$OUT/platform-build.log" 2>&1; t1=$(now); secs "$t0" "$t1"; }
: >"$OUT/platform-build.log"
cold_b=() cold_c=() warm_b=() warm_c=()
for i in $(seq 1 "$REPS"); do
    docker builder prune -af >/dev/null
    cold_c+=("$(timed compose_build)")
    docker builder prune -af >/dev/null
    cold_b+=("$(timed berth_build)")
    # One edit in each app before each tool's rebuild: the engine's build cache is shared,
    # so an edit the other tool already built would be a free hit.
    edit() {
        printf '\n// bench edit %s\n' "$1" >>"$SCRATCH/apps/storefront/app/page.js"
        printf '\n// bench edit %s\n' "$1" >>"$SCRATCH/apps/backend/src/scripts/seed.ts"
    }
    edit "berth $i"
    warm_b+=("$(timed berth_build)")
    edit "compose $i"
    warm_c+=("$(timed compose_build)")
done
size() { docker image inspect -f '{{.Size}}' "$1" | python3 -c "import sys; print(f'{int(sys.stdin.read())/1e6:.0f} MB')"; }

# Cold up of the platform with the harness's images.
"${STACK[@]}" down -v >/dev/null 2>&1 || true
t0=$(now); "${STACK[@]}" up --wait --no-tui >"$OUT/platform-up.log" 2>&1; t1=$(now)
up=$(secs "$t0" "$t1")
ready=$(grep -E '\| ready in|\| completed' "$OUT/platform-up.log" | sed -E 's/ +\| /: /' | paste -sd ';' -)
sleep 30
memory=$(docker stats --no-stream --format '{{.Name}} {{.MemUsage}}' $(docker ps -q --filter label=dev.berth.stack=bench-platform) \
    | awk '{print $1": "$2}' | sed 's/bench-platform-//' | paste -sd ';' -)

python3 - "$OUT/platform.txt" "${cold_b[*]}" "${cold_c[*]}" "${warm_b[*]}" "${warm_c[*]}" "$up" "$ready" "$memory" \
    "$(size "$BACKEND_IMAGE")" "$(size "$STOREFRONT_IMAGE")" <<'PY'
import statistics, sys
out, cb, cc, wb, wc, up, ready, memory, backend_size, storefront_size = sys.argv[1:]
med = lambda s: statistics.median(float(x) for x in s.split())
lines = [
    f"Platform build, both apps, empty build cache: berth {med(cb):.1f} s, compose v2 {med(cc):.1f} s (ratio {med(cb)/med(cc):.2f}); runs berth [{cb}], compose [{cc}]",
    f"Platform rebuild after one edit in each app: berth {med(wb):.1f} s, compose v2 {med(wc):.1f} s (ratio {med(wb)/med(wc):.2f}); runs berth [{wb}], compose [{wc}]",
    f"Platform cold `up --wait` (berth, harness images): {float(up):.1f} s; {ready}",
    f"Platform idle memory after 30 s: {memory}",
    f"Platform image sizes: backend {backend_size}, storefront {storefront_size} (on the harness's Debian base)",
]
open(out, "w").write("\n".join(lines) + "\n")
print("\n".join(lines))
PY
