"""Copies stdin to stdout, each line prefixed with the wall-clock time it arrived."""
import sys
import time

for line in sys.stdin:
    sys.stdout.write(f"{time.time():.4f} {line}")
    sys.stdout.flush()
