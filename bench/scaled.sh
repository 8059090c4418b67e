#!/usr/bin/env bash
# The scaled fixture set for the benchmarks: 5 buckets × 1,000 objects of 1 KiB,
# 50 secrets, 10 queues, 10,000 Redis keys. Times the first apply (as part of
# `berth up`) and a `berth reset --yes`, and prints objects/s.
#   bench/scaled.sh BERTH OUT_DIR
set -euo pipefail
B=$1 OUT=$2
DIR=$(mktemp -d)
trap 'rm -rf "$DIR"' EXIT
python3 - "$DIR" <<'PY'
import os, sys
d = sys.argv[1]
for b in range(1, 6):
    os.makedirs(f"{d}/seed/s3/scaled-bucket-{b}")
    for o in range(1000):
        with open(f"{d}/seed/s3/scaled-bucket-{b}/object-{o:04d}.txt", "wb") as f:
            f.write((f"{b}:{o}:".encode() + b"x" * 1024)[:1024])
with open(f"{d}/seed/secrets.yaml", "w") as f:
    for i in range(50):
        f.write(f"/scaled/secret-{i:02d}:\n  value: value-{i:02d}-{'s' * 32}\n")
with open(f"{d}/seed/sqs.yaml", "w") as f:
    for i in range(10):
        f.write(f"queue-{i}:\n  visibility_timeout: 30\n")
with open(f"{d}/seed/redis.yaml", "w") as f:
    for i in range(10000):
        f.write(f"\"key:{i:05d}\": {{string: \"v{i}\"}}\n")
with open(f"{d}/stack.yaml", "w") as f:
    f.write("""name: bench-scaled
seed: ./seed
services:
  localstack:
    image: ${LOCALSTACK_IMAGE}
    ports: ["127.0.0.1:34566:4566"]
    environment: {SERVICES: "s3,secretsmanager,sqs", EAGER_SERVICE_LOADING: "1"}
    probe: {localstack: {services: [s3, secretsmanager, sqs]}}
  redis:
    image: ${REDIS_IMAGE}
    ports: ["127.0.0.1:36379:6379"]
""")
PY
$B -f "$DIR/stack.yaml" down -v >/dev/null 2>&1 || true
$B -f "$DIR/stack.yaml" up --wait >"$OUT/scaled-up.log" 2>&1
seed_secs=$(grep -E '^seed +\| ready in' "$OUT/scaled-up.log" | sed -E 's/.*ready in ([0-9.]+)s/\1/')
t0=$(date +%s.%N)
$B -f "$DIR/stack.yaml" seed --plan >"$OUT/scaled-plan.log" 2>&1
t1=$(date +%s.%N)
$B -f "$DIR/stack.yaml" reset --yes >"$OUT/scaled-reset.log" 2>&1
t2=$(date +%s.%N)
$B -f "$DIR/stack.yaml" down -v >/dev/null 2>&1
python3 - "$seed_secs" "$t0" "$t1" "$t2" >"$OUT/scaled.txt" <<'PY'
import sys
seed, t0, t1, t2 = (float(x) for x in sys.argv[1:])
print(f"scaled fixtures (5,000 objects of 1 KiB, 50 secrets, 10 queues, 10,000 Redis keys): first apply {seed:.2f} s "
      f"({5000 / seed:.0f} objects/s with everything else), plan against the seeded sandbox {t1 - t0:.2f} s, "
      f"reset (diff, purge, flush and reload) {t2 - t1:.2f} s")
PY
cat "$OUT/scaled.txt"
