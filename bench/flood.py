"""Prints LINES_PER_SEC lines of 120 bytes each second, for the log-flood benchmark."""
import os
import sys
import time

rate = int(os.environ.get("LINES_PER_SEC", "50000"))
line = ("flood " + "x" * 120)[:119] + "\n"
batch = max(1, rate // 100)
n = 0
start = time.monotonic()
while True:
    sys.stdout.write(line * batch)
    sys.stdout.flush()
    n += batch
    ahead = n / rate - (time.monotonic() - start)
    if ahead > 0:
        time.sleep(ahead)
