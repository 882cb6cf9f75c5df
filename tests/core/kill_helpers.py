"""Reading what a child process reported before it was killed.

Every other cycle of a kill test kills the child only after it has reported work (the first
report is read with a blocking read, however slow the machine is); the rest kill it at a
random moment, perhaps still unlocking. So how many kills land after finished work is fixed
by the test, not by the machine's speed or load.

A child that never reports is waited for until pytest-timeout ends the test. Once in a whole
run (CI, 2026-12-04) a purge child reported nothing for ten minutes and the failure showed
only the parent's wait; so a child forked after this module's import that has said nothing
for `QUIET_SECONDS` is asked for its threads' stacks (faulthandler, which answers from C
even when every Python thread is stuck), and they are printed into the test's output. The
wait goes on: this is a diagnosis, never a verdict on speed.
"""

from __future__ import annotations

import faulthandler
import os
import select
import signal
import sys
import tempfile

QUIET_SECONDS = 120.0
_ASK = getattr(signal, "SIGUSR1", None)
# Registered in the test process when this module is imported, so every child forked after it
# inherits the handler; the file is shared with them, each answer appended at its end.
_stacks = tempfile.TemporaryFile(prefix="kill-child-stacks-")  # noqa: SIM115 - open for the process's life
if _ASK is not None:
    faulthandler.register(_ASK, file=_stacks, all_threads=True)


def _say_where_it_is(child_pid: int) -> None:
    if _ASK is None:  # pragma: no cover - Windows
        return
    start = os.fstat(_stacks.fileno()).st_size
    try:
        os.kill(child_pid, _ASK)
    except ProcessLookupError:
        return
    select.select([], [], [], 2.0)  # let the handler write
    text = os.pread(_stacks.fileno(), 1 << 20, start).decode(errors="replace")
    print(f"child {child_pid} has reported nothing for {QUIET_SECONDS:.0f} s; its stacks:\n{text}",
          file=sys.stdout, flush=True)


def read_line(fd: int, child_pid: int | None = None) -> bytes:
    """One line from the pipe, waiting for it; b"" when the writer closed without one.
    `child_pid`: a child *forked* (not exec'd: SIGUSR1 would end it) after this module's import."""
    out = bytearray()
    asked = child_pid is None
    while True:
        if not asked and not select.select([fd], [], [], QUIET_SECONDS)[0]:
            asked = True
            _say_where_it_is(child_pid)  # type: ignore[arg-type]
            continue
        byte = os.read(fd, 1)
        if not byte or byte == b"\n":
            break
        out += byte
    return bytes(out) + (b"\n" if out else b"")


def read_all(fd: int, first: bytes = b"") -> list[str]:
    chunks = [first]
    while block := os.read(fd, 65536):
        chunks.append(block)
    return b"".join(chunks).decode().splitlines()
