#!/usr/bin/env python3
"""For measuring only: where the e2e half's CPU goes, by kind of child process
(docs/testing.md, "Fourth round, second part: the e2e half's CPU by process").

Linked under a tool's name in a folder put first on PATH (Xvfb, openbox, xdotool, import,
convert, tesseract, qpdf; `vault-app` through E2E_VAULT_APP), it runs the real tool as its
child, passes SIGTERM/SIGINT/SIGHUP on (the fixtures stop Xvfb and openbox that way), and when
the tool has exited appends a line to $CPU_LOG: the tool, its first argument ("app" for
`vault-app` with none), its user and system CPU-seconds (rusage, so its own children too).
The wrapper's own start-up (~0.02 CPU-s a call) is not in the line. Since the fourteenth round
tesseract reads inside the pytest worker (tests/e2e/ocr_engine.py): its CPU is the worker's,
and a `tesseract` link here sees no calls.
"""

from __future__ import annotations

import os
import signal
import sys
from types import FrameType


def real_tool(name: str) -> str:
    here = os.path.dirname(os.path.abspath(__file__))
    named = os.environ.get("CPU_REAL_" + name.replace("-", "_"))
    if named:
        return named
    for folder in os.environ["PATH"].split(os.pathsep):
        path = os.path.join(folder, name)
        if os.path.abspath(folder) != here and os.access(path, os.X_OK):
            return path
    raise SystemExit(f"{name}: not found on PATH")


def main() -> int:
    name = os.path.basename(sys.argv[0])
    tool = real_tool(name)
    child = os.fork()
    if child == 0:
        os.execv(tool, [tool, *sys.argv[1:]])  # noqa: S606 (the tool as PATH found it, its own arguments)

    def forward(signum: int, _frame: FrameType | None) -> None:
        os.kill(child, signum)

    for signum in (signal.SIGTERM, signal.SIGINT, signal.SIGHUP):
        signal.signal(signum, forward)
    _pid, status, usage = os.wait4(child, 0)  # PEP 475: retried after a forwarded signal
    first = sys.argv[1] if len(sys.argv) > 1 else "-"
    if name == "vault-app":
        first = "app" if len(sys.argv) == 1 else f"cli {first}"
    with open(os.environ["CPU_LOG"], "a") as log:
        log.write(f"{name}\t{first}\t{usage.ru_utime:.3f}\t{usage.ru_stime:.3f}\n")
    return os.waitstatus_to_exitcode(status)


if __name__ == "__main__":
    sys.exit(main())
