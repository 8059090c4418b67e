"""Terminal restoration trials: berth's UI runs on a pseudo-terminal and is ended by
a fault (a panic in the render path, a panic in a background task, SIGTERM). The
terminal's settings (`stty -a`) must be the same afterwards as before, and the
alternate screen must have been left.

usage: terminal.py BERTH STACK_FILE RUNS
Prints one line per fault ("render: 20/20 restored ...") and exits 1 if any run
left the terminal changed.
"""
import os
import pty
import signal
import subprocess
import sys
import threading
import time

LEAVE_ALTERNATE_SCREEN = b"\x1b[?1049l"


def stty(tty):
    return subprocess.run(["stty", "-a", "-F", tty], capture_output=True, text=True).stdout


def trial(berth, stack, fault):
    master, slave = pty.openpty()
    tty = os.ttyname(slave)
    subprocess.run(["stty", "-F", tty, "sane", "rows", "30", "cols", "100"], check=True)
    before = stty(tty)
    env = dict(os.environ, NO_COLOR="1", RUST_BACKTRACE="0", TERM="xterm")
    if fault != "sigterm":
        env["BERTH_TEST_PANIC"] = fault
    proc = subprocess.Popen([berth, "-f", stack, "ui"], stdin=slave, stdout=slave, stderr=slave, env=env,
                            start_new_session=True)
    output = bytearray()

    def drain():
        # The UI blocks once the pty's buffer is full: keep reading until it is gone.
        while True:
            try:
                chunk = os.read(master, 65536)
            except OSError:
                return
            if not chunk:
                return
            output.extend(chunk)

    reader = threading.Thread(target=drain, daemon=True)
    reader.start()
    deadline = time.monotonic() + 20
    while "-icanon" not in stty(tty).split() and time.monotonic() < deadline and proc.poll() is None:
        time.sleep(0.05)
    raw = "-icanon" in stty(tty).split() or proc.poll() is not None
    if fault == "sigterm":
        time.sleep(0.5)
        proc.send_signal(signal.SIGTERM)
    try:
        code = proc.wait(timeout=30)
    except subprocess.TimeoutExpired:
        proc.kill()
        code = proc.wait()
    after = stty(tty)
    os.close(slave)
    reader.join(timeout=2)
    os.close(master)
    restored = raw and after == before and LEAVE_ALTERNATE_SCREEN in output
    return restored, code, "" if restored else f"before:\n{before}\nafter:\n{after}\noutput tail: {bytes(output[-400:])!r}"


def main():
    berth, stack, runs = sys.argv[1], sys.argv[2], int(sys.argv[3])
    failed = False
    for fault in ("render", "background", "sigterm"):
        ok, codes, detail = 0, set(), ""
        for _ in range(runs):
            restored, code, why = trial(berth, stack, fault)
            ok += restored
            codes.add(code)
            detail = detail or why
        print(f"{fault}: {ok}/{runs} restored (exit codes {sorted(codes)})", flush=True)
        if ok != runs:
            failed = True
            print(detail, flush=True)
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
