"""Terminal restoration trials: berth runs on a pseudo-terminal (its controlling
terminal) and is ended by a fault. The terminal's settings (`stty -a`) must be the
same afterwards as before, and a UI must have left the alternate screen.

Faults, each ending a run of `berth ui` (render, background, sigterm) or of
`berth up` on a stack that takes long to become ready (the rest):
  render       a panic injected inside a draw (exit 101)
  background   a panic injected in a background task (exit 101)
  sigterm      SIGTERM to the UI (exit 0, stack left running)
  ctrl-c       Ctrl-C typed once during `up` in the UI (exit 130 once the up wound down)
  ctrl-c-twice Ctrl-C typed twice during `up` in the UI (exit 130 at once)
  sigint       Ctrl-C typed once during `up --no-tui` (the terminal sends SIGINT; exit 130)
  sigint-twice Ctrl-C typed twice during `up --no-tui` (exit 130 at once)
After each Ctrl-C run the stack is taken down, so every run interrupts a fresh up.

usage: terminal.py BERTH STACK_FILE RUNS FAULT...
Prints one line per fault ("render: 20/20 restored (exit codes [101]) ...") and
exits 1 if any run left the terminal changed or ended with another exit code.
"""
import fcntl
import os
import pty
import signal
import subprocess
import sys
import termios
import threading
import time

LEAVE_ALTERNATE_SCREEN = b"\x1b[?1049l"
CTRL_C = b"\x03"
EXPECTED = {"render": 101, "background": 101, "sigterm": 0, "ctrl-c": 130, "ctrl-c-twice": 130,
            "sigint": 130, "sigint-twice": 130}


def stty(tty):
    return subprocess.run(["stty", "-a", "-F", tty], capture_output=True, text=True).stdout


def controlling_terminal():
    # A session of its own with the pty as its terminal: Ctrl-C typed there is a SIGINT to berth.
    os.setsid()
    fcntl.ioctl(0, termios.TIOCSCTTY, 0)


def trial(berth, stack, fault):
    master, slave = pty.openpty()
    tty = os.ttyname(slave)
    subprocess.run(["stty", "-F", tty, "sane", "rows", "30", "cols", "100"], check=True)
    before = stty(tty)
    env = dict(os.environ, NO_COLOR="1", RUST_BACKTRACE="0", TERM="xterm")
    if fault in ("render", "background"):
        env["BERTH_TEST_PANIC"] = fault
    if fault in ("render", "background", "sigterm"):
        args = ["ui"]
    elif fault.startswith("ctrl-c"):
        args = ["up"]
    else:
        args = ["up", "--no-tui"]
    proc = subprocess.Popen([berth, "-f", stack] + args, stdin=slave, stdout=slave, stderr=slave, env=env,
                            preexec_fn=controlling_terminal)
    output = bytearray()

    def drain():
        # berth blocks once the pty's buffer is full: keep reading until it is gone.
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
    ui = args[-1] != "--no-tui"
    deadline = time.monotonic() + 20
    if ui:
        while "-icanon" not in stty(tty).split() and time.monotonic() < deadline and proc.poll() is None:
            time.sleep(0.05)
        started = "-icanon" in stty(tty).split() or proc.poll() is not None
    else:
        while b"started" not in output and time.monotonic() < deadline and proc.poll() is None:
            time.sleep(0.05)
        started = b"started" in output
    last_press = None
    if fault == "sigterm":
        time.sleep(0.5)
        proc.send_signal(signal.SIGTERM)
    elif fault in ("ctrl-c", "sigint", "ctrl-c-twice", "sigint-twice"):
        time.sleep(1.0)  # the up is waiting for its slow service now
        os.write(master, CTRL_C)
        last_press = time.monotonic()
        if fault.endswith("twice"):
            time.sleep(0.05)
            os.write(master, CTRL_C)
            last_press = time.monotonic()
    try:
        code = proc.wait(timeout=30)
    except subprocess.TimeoutExpired:
        proc.kill()
        code = proc.wait()
    took = time.monotonic() - last_press if last_press else 0.0
    after = stty(tty)
    os.close(slave)
    reader.join(timeout=2)
    os.close(master)
    if fault not in ("render", "background", "sigterm"):
        subprocess.run([berth, "-f", stack, "down"], capture_output=True)
    restored = started and after == before and (LEAVE_ALTERNATE_SCREEN in output or not ui)
    ok = restored and code == EXPECTED[fault]
    why = "" if ok else (f"exit {code}\nbefore:\n{before}\nafter:\n{after}\n"
                         f"output tail: {bytes(output[-600:])!r}")
    return restored, code, took, why


def main():
    berth, stack, runs, faults = sys.argv[1], sys.argv[2], int(sys.argv[3]), sys.argv[4:]
    failed = False
    for fault in faults:
        ok, codes, detail, slowest = 0, set(), "", 0.0
        for _ in range(runs):
            restored, code, took, why = trial(berth, stack, fault)
            ok += restored and code == EXPECTED[fault]
            codes.add(code)
            slowest = max(slowest, took)
            detail = detail or why
        exit_after = f", exited at most {slowest:.2f}s after the last Ctrl-C" if fault not in (
            "render", "background", "sigterm") else ""
        print(f"{fault}: {ok}/{runs} restored (exit codes {sorted(codes)}){exit_after}", flush=True)
        if ok != runs:
            failed = True
            print(detail, flush=True)
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
