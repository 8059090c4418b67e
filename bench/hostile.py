"""Hostile stack files at the 16 MiB cap (and the shapes that blew up before):
each is given to `berth validate`, with its exit code, wall time and peak RSS.

usage: hostile.py BERTH [BERTH_BEFORE]   prints a Markdown table (rows: shape; columns per binary)
Every shape must end (exit 0, or 1–2 with a located error; never 101 or a signal) in under 1 s and 100 MB;
the script exits 1 when the first binary misses that.
"""
import os
import subprocess
import sys
import tempfile

CAP = 16 << 20


def fill(unit, header="", footer=""):
    """A text of about the cap made of `unit(i)` repeated."""
    parts, size, i = [header], len(header) + len(footer), 0
    while True:
        piece = unit(i)
        if size + len(piece) > CAP - 64:
            break
        parts.append(piece)
        size += len(piece)
        i += 1
    parts.append(footer)
    return "".join(parts)


SHAPES = {
    "duration out of range (1e20)": lambda: "services:\n  a:\n    image: x\n    healthcheck:\n      interval: 1e20\n",
    "nested defaults, 80 KB": lambda: "services:\n  a:\n    image: \"" + "${U:-" * 13_000 + "x" + "}" * 13_000 + "\"\n",
    "nested defaults, 16 MiB": lambda: "services:\n  a:\n    image: \"" + "${U:-" * 2_700_000 + "x" + "}" * 2_700_000 + "\"\n",
    "chain of 5,000 services": lambda: "services:\n  s0: {image: x}\n" + "".join(f"  s{i}: {{image: x, depends_on: [s{i - 1}]}}\n" for i in range(1, 5_000)),
    "chain of services, 16 MiB": lambda: fill(lambda i: f"  s{i + 1}: {{image: x, depends_on: [s{i}]}}\n", "services:\n  s0: {image: x}\n"),
    "100,000 flat services": lambda: "services:\n" + "".join(f"  s{i}: {{image: x}}\n" for i in range(100_000)),
    "flat services, 16 MiB": lambda: fill(lambda i: f"  s{i}: {{image: x}}\n", "services:\n"),
    "one 16 MiB string": lambda: "services:\n  a:\n    image: \"" + "x" * (CAP - 64) + "\"\n",
    "16 MiB of $A": lambda: "services:\n  a:\n    image: \"" + "$A" * ((CAP - 64) // 2) + "\"\n",
    "aliases, 1 MB": lambda: "x-a: &a {k: v}\nservices:\n  a:\n    image: x\n    labels: [" + ", ".join(["*a"] * 250_000) + "]\n",
    "aliases, 16 MiB": lambda: "x-a: &a [1, 2]\nx-b: [" + ", ".join(["*a"] * ((CAP - 64) // 4)) + "]\nservices: {}\n",
    "deep block nesting, 16 MiB": lambda: "x: " + "- " * ((CAP - 64) // 2) + "y\n",
    "deep flow nesting, 16 MiB": lambda: "x: " + "[" * ((CAP - 64) // 2) + "]" * ((CAP - 64) // 2) + "\n",
    "environment of 16 MiB": lambda: fill(lambda i: f"      K{i}: v\n", "services:\n  a:\n    image: x\n    environment:\n"),
    "ports, 16 MiB": lambda: fill(lambda i: f"      - \"127.0.0.1:{i % 60000 + 1}:80\"\n", "services:\n  a:\n    image: x\n    ports:\n"),
    "duplicate key after 100,000 keys": lambda: "x-m:\n" + "".join(f"  k{i}: v\n" for i in range(100_000)) + "  k5: again\nservices: {}\n",
}


def measure(berth, path):
    out = subprocess.run(["/usr/bin/time", "-f", "%e %M %x", "timeout", "30", berth, "-f", path, "validate"],
                         capture_output=True, text=True, env={**os.environ, "NO_COLOR": "1"})
    last = out.stderr.strip().splitlines()[-1].split()
    secs, kb, code = float(last[0]), int(last[1]), int(last[2])
    return code, secs, kb / 1024


def main():
    binaries = sys.argv[1:]
    rows, failed = [], False
    with tempfile.TemporaryDirectory() as tmp:
        for name, make in SHAPES.items():
            path = os.path.join(tmp, "compose.yaml")
            with open(path, "w") as f:
                f.write(make())
            size = os.path.getsize(path)
            cells = []
            for i, berth in enumerate(binaries):
                code, secs, mb = measure(berth, path)
                label = {124: "killed at 30 s", 101: "101 (panic)"}.get(code, str(code))
                cells.append(f"{label}, {secs:.2f} s, {mb:.0f} MB")
                if i == 0 and (code not in (0, 1, 2) or secs >= 1.0 or mb >= 100):
                    failed = True
            rows.append(f"| {name} | {size / 1024:,.0f} KiB | " + " | ".join(cells) + " |")
    labels = ["now", "before"]
    print("| shape | size | " + " | ".join(f"{labels[i] if i < 2 else b}: exit, time, peak RSS" for i, b in enumerate(binaries)) + " |")
    print("|---|---|" + "---|" * len(binaries))
    print("\n".join(rows))
    sys.exit(1 if failed else 0)


main()
