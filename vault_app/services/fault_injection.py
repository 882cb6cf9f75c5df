"""Test-only fault injection: the process kills itself at a named step boundary, as a
power cut would. Nothing sets the variable outside the test suite."""

from __future__ import annotations

import os
import signal
import threading

CRASH_ENV = "VAULT_APP_TEST_CRASH_AT"


def crash_point(name: str) -> None:
    if os.environ.get(CRASH_ENV) == name:
        if hasattr(signal, "SIGKILL"):
            os.kill(os.getpid(), signal.SIGKILL)
        os._exit(137)


PAUSE_ENV = "VAULT_APP_TEST_PAUSE_AT"
_paused: set[str] = set()
_pausing = threading.Lock()  # two threads at the point: one stop only


def pause_point(name: str) -> None:
    """The process stops itself (SIGSTOP) the first time it reaches `name`, so a test can
    signal it at exactly that point (a Ctrl-C during a copy) and then let it go on (SIGCONT)."""
    if os.environ.get(PAUSE_ENV) != name or not hasattr(signal, "SIGSTOP"):
        return
    with _pausing:
        if name in _paused:
            return
        _paused.add(name)
    os.kill(os.getpid(), signal.SIGSTOP)
