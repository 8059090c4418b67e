"""How much time the orchestrator itself adds to a cold up.

usage: overhead.py PROJECT T0 T1 PROBER.json UP.log

Each service's own readiness is measured outside the tool: from the moment
its container started (the engine's State.StartedAt) to the independent
prober's first successful check. The critical path is the slowest
infrastructure service, then the seed step (berth's own line, if any), then
the one-shot jobs (db-fixture, migrate: from start to exit), then the backend,
then the storefront — the dependency chain of the platform.
Overhead = (T1 - T0) - critical path. Prints seconds.
"""
import datetime
import json
import re
import subprocess
import sys

project, t0, t1, prober, log = sys.argv[1], float(sys.argv[2]), float(sys.argv[3]), sys.argv[4], sys.argv[5]
first_ok = json.load(open(prober))["first_ok"]


def started_at():
    ids = subprocess.run(["docker", "ps", "-aq"], capture_output=True, text=True, check=True).stdout.split()
    # Both tools put compose's project and service labels on their containers.
    fmt = ('{{index .Config.Labels "com.docker.compose.project"}} '
           '{{index .Config.Labels "com.docker.compose.service"}} '
           '{{.State.StartedAt}} {{.State.FinishedAt}} {{.State.Running}}')
    out = subprocess.run(["docker", "inspect", "-f", fmt, *ids], capture_output=True, text=True).stdout
    # RFC 3339 with nanoseconds: keep microseconds for fromisoformat.
    when = lambda s: datetime.datetime.fromisoformat(re.sub(r"(\.\d{6})\d*", r"\1", s).replace("Z", "+00:00")).timestamp()
    starts, jobs = {}, {}
    for line in out.splitlines():
        parts = line.split()
        if len(parts) == 5 and parts[0] == project:
            starts[parts[1]] = when(parts[2])
            if parts[4] == "false" and parts[1] in ("db-fixture", "migrate"):
                jobs[parts[1]] = when(parts[3]) - when(parts[2])
    return starts, jobs


starts, jobs = started_at()
own = {}
for name, ok in first_ok.items():
    if name not in starts:
        sys.exit(f"overhead: no container of project {project} for service {name}")
    own[name] = ok - starts[name]
seed = 0.0
for line in open(log):
    m = re.match(r"\s*seed\s*\| ready in ([\d.]+)(ms|s)", line)
    if m:
        seed = float(m.group(1)) / (1000 if m.group(2) == "ms" else 1)
missing = {"localstack", "postgres", "redis", "backend", "storefront"} - own.keys()
if missing:
    sys.exit(f"overhead: the prober never saw {sorted(missing)} ready")
critical = max(own["localstack"], own["postgres"], own["redis"]) + seed + sum(jobs.values()) + own["backend"] + own["storefront"]
print(f"{(t1 - t0) - critical:.3f}")
