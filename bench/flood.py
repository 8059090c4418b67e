"""Prints LINES_PER_SEC numbered lines of 120 bytes each second, for the log-flood benchmark.

Each line carries its sequence number, so a follower can tell a gap (a dropped line) from lag.
"""
import os
import sys
import time

rate = int(os.environ.get("LINES_PER_SEC", "50000"))
pad = "x" * 120
batch = max(1, rate // 100)
n = 0
start = time.monotonic()
while True:
    sys.stdout.write("".join(f"flood {i:010d} {pad}"[:119] + "\n" for i in range(n, n + batch)))
    sys.stdout.flush()
    n += batch
    ahead = n / rate - (time.monotonic() - start)
    if ahead > 0:
        time.sleep(ahead)
