"""Test-only fault injection: the process kills itself at a named step boundary, as a
power cut would. Nothing sets the variable outside the test suite."""

from __future__ import annotations

import os
import signal

CRASH_ENV = "VAULT_APP_TEST_CRASH_AT"


def crash_point(name: str) -> None:
    if os.environ.get(CRASH_ENV) == name:
        if hasattr(signal, "SIGKILL"):
            os.kill(os.getpid(), signal.SIGKILL)
        os._exit(137)
