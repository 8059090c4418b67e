#!/usr/bin/env bash
# berth on a Docker Swarm against `docker stack deploy`, on the test cluster
# (`scripts/harness swarm-up 2`: two engines in containers, a registry beside them; no
# routing mesh, so the gated file publishes in host mode with dnsrr endpoints).
#
#  1. The default stack, cold (`down -v` first): time to ready with `berth up --wait` on one
#     engine and on the Swarm.
#  2. A dependant that gives up when its dependency is not answering yet (the dependency
#     takes SLOW_SECS to listen): time until every service answers and the task restarts it
#     took, berth (readiness-gated) vs `docker stack deploy` of the same file. Swarm's own
#     schema (compose file v3) refuses the long form of depends_on, so the peer gets the
#     list form; nothing else differs.
#
#   bench/swarm.sh BERTH OUT_DIR REPS
set -euo pipefail
B=$1 OUT=$2 REPS=$3
ROOT=$(cd "$(dirname "$0")/.." && pwd)
STATE=${BERTH_TEST_DIR:-$ROOT/target/berth-test}
[ -f "$STATE/swarm.env" ] || { echo "bench/swarm.sh: no test swarm; run scripts/harness swarm-up 2" >&2; exit 1; }
set -a
. "$STATE/images.env"
. "$STATE/swarm.env"
set +a
SLOW_SECS=${SLOW_SECS:-8}
SCRATCH=$(mktemp -d)
cleanup() {
    DOCKER_HOST=$SWARM_MANAGER docker stack rm bench-peer >/dev/null 2>&1 || true
    DOCKER_HOST=$SWARM_MANAGER BERTH_ENGINE=swarm $B -f "$SCRATCH/slow.yaml" -p bench-gated down -v >/dev/null 2>&1 || true
    DOCKER_HOST=$SWARM_MANAGER $B -f "$ROOT/stacks/ysh-b2b-light.yaml" -p bench-swarm down -v >/dev/null 2>&1 || true
    $B -f "$ROOT/stacks/ysh-b2b-light.yaml" -p bench-one down -v >/dev/null 2>&1 || true
    rm -rf "$SCRATCH"
}
trap cleanup EXIT
now() { date +%s.%N; }
secs() { python3 -c "print(f'{$2 - $1:.2f}')"; }

p=$SWARM_PORTS_FROM
one=() swarm=()
for i in $(seq 1 "$REPS"); do
    # Ports outside the swarm's range on one engine, inside it on the swarm.
    export LOCALSTACK_PORT=24566 POSTGRES_PORT=25432 REDIS_PORT=26379 BACKEND_PORT=29000 STOREFRONT_PORT=28000
    $B -f "$ROOT/stacks/ysh-b2b-light.yaml" -p bench-one down -v >/dev/null 2>&1 || true
    t0=$(now); $B -f "$ROOT/stacks/ysh-b2b-light.yaml" -p bench-one up --wait >"$OUT/swarm-one-$i.log" 2>&1; t1=$(now)
    one+=("$(secs "$t0" "$t1")")
    $B -f "$ROOT/stacks/ysh-b2b-light.yaml" -p bench-one down -v >/dev/null 2>&1
    export LOCALSTACK_PORT=$p POSTGRES_PORT=$((p + 1)) REDIS_PORT=$((p + 2)) BACKEND_PORT=$((p + 3)) STOREFRONT_PORT=$((p + 4))
    export DOCKER_HOST=$SWARM_MANAGER BERTH_REGISTRY=$SWARM_REGISTRY
    $B -f "$ROOT/stacks/ysh-b2b-light.yaml" -p bench-swarm down -v >/dev/null 2>&1 || true
    t0=$(now); $B --engine swarm -f "$ROOT/stacks/ysh-b2b-light.yaml" -p bench-swarm up --wait >"$OUT/swarm-swarm-$i.log" 2>&1; t1=$(now)
    swarm+=("$(secs "$t0" "$t1")")
    $B -f "$ROOT/stacks/ysh-b2b-light.yaml" -p bench-swarm down -v >/dev/null 2>&1
    unset DOCKER_HOST BERTH_REGISTRY
done

# The gated pair. The dependant checks its dependency once at start and exits 1 if it does
# not answer: what a service without retry logic does against a database still starting.
gated() {
    local depends=$1
    cat <<YAML
version: "3.9"
services:
  slow:
    image: $REDIS_IMAGE
    command: ["sh", "-c", "sleep $SLOW_SECS; exec redis-server --protected-mode no"]
    # This cluster has no routing mesh (no IPVS): a host-mode port and DNS round robin, as
    # any file for it must say.
    ports: [{target: 6379, published: $((p + 5)), mode: host}]
    deploy: {endpoint_mode: dnsrr}
    healthcheck:
      test: ["CMD", "redis-cli", "ping"]
      interval: 1s
      start_period: 60s
  app:
    image: $REDIS_IMAGE
    command: ["sh", "-c", "redis-cli -h slow ping | grep -q PONG || { echo slow is not up; exit 1; }; echo connected; exec sleep 100000"]
$depends
YAML
}
gated "    depends_on:
      slow: {condition: service_healthy}" >"$SCRATCH/slow.yaml"
gated "    depends_on: [slow]" >"$SCRATCH/peer.yaml"
export DOCKER_HOST=$SWARM_MANAGER
restarts() { docker service ps -q "$1" | wc -l | awk '{print $1 - 1}'; }
berth_t=() berth_r=() peer_t=() peer_r=()
for i in $(seq 1 "$REPS"); do
    t0=$(now)
    BERTH_ENGINE=swarm $B -f "$SCRATCH/slow.yaml" -p bench-gated up --wait >"$OUT/swarm-gated-$i.log" 2>&1
    t1=$(now)
    berth_t+=("$(secs "$t0" "$t1")")
    berth_r+=("$(restarts bench-gated-app)")
    BERTH_ENGINE=swarm $B -f "$SCRATCH/slow.yaml" -p bench-gated down -v >/dev/null 2>&1

    t0=$(now)
    docker stack deploy --resolve-image never -c "$SCRATCH/peer.yaml" bench-peer >"$OUT/swarm-peer-$i.log" 2>&1
    # Every service answers: slow on its port (host mode: on the node its task runs on, which
    # the harness publishes at 127.0.0.N), and the app's running task connected.
    answered=
    for _ in $(seq 1 600); do
        node=$(docker service ps bench-peer_slow --filter desired-state=running --format '{{.Node}}' 2>/dev/null | head -1)
        if [ -n "$node" ] && redis-cli -h "127.0.0.${node##*-}" -p $((p + 5)) ping 2>/dev/null | grep -q PONG \
            && docker service logs bench-peer_app 2>/dev/null | grep -q connected; then
            answered=1
            break
        fi
        sleep 0.1
    done
    [ -n "$answered" ] || { echo "bench/swarm.sh: the peer's stack never answered" >&2; exit 1; }
    t1=$(now)
    peer_t+=("$(secs "$t0" "$t1")")
    peer_r+=("$(restarts bench-peer_app)")
    docker stack rm bench-peer >/dev/null
    for _ in $(seq 1 100); do [ -z "$(docker ps -q --filter label=com.docker.stack.namespace=bench-peer)" ] && break; sleep 0.2; done
    docker network rm bench-peer_default >/dev/null 2>&1 || true
done
unset DOCKER_HOST

python3 - "$OUT/swarm.txt" "$SLOW_SECS" "${one[*]}" "${swarm[*]}" "${berth_t[*]}" "${berth_r[*]}" "${peer_t[*]}" "${peer_r[*]}" <<'PY'
import statistics, sys
out, slow = sys.argv[1], sys.argv[2]
one, swarm, bt, pt = ([float(x) for x in sys.argv[i].split()] for i in (3, 4, 5, 7))
br, pr = ([int(x) for x in sys.argv[i].split()] for i in (6, 8))
med = statistics.median
lines = [
    f"Default stack, cold, `berth up --wait`: one engine median {med(one):.1f} s (min {min(one):.1f}, max {max(one):.1f}); "
    f"two-node Swarm (built images pushed to the cluster's registry) median {med(swarm):.1f} s (min {min(swarm):.1f}, max {max(swarm):.1f}); "
    f"ratio Swarm/one engine {med(swarm) / med(one):.2f}.",
    f"A dependant of a service that listens after {slow} s, on the Swarm, until every service answers: "
    f"berth median {med(bt):.1f} s with {sum(br)} task restarts in {len(br)} runs; "
    f"`docker stack deploy` median {med(pt):.1f} s with {sum(pr)} task restarts in {len(pr)} runs "
    f"(ratio berth/peer {med(bt) / med(pt):.2f}).",
]
open(out, "w").write("\n".join(lines) + "\n")
print("\n".join(lines))
PY
