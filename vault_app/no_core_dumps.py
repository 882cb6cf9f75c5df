"""No core dump of a process that holds the vault's keys.

Found by the attacker's walk (thirty-eighth round): a crash of the app (a native fault in Qt or
SQLCipher), even while it was locked, had the OS write its memory to disk. The core of a locked
window held the passphrase as typed, the records key and, after the psychotherapy notes had been
read and locked again, theirs (the hex of each PRAGMA key), and note text: Python cannot wipe them
(docs/SECURITY.md, "Honest limits"). systemd-coredump keeps such a file for days in
/var/lib/systemd/coredump (Fedora and Arch give every process an unlimited core limit); apport and
a plain `core` pattern write it into the working folder when the limit allows.

So every run, the desktop app's and each command's, first (app.main, before a passphrase is read):
- lowers its soft core-size limit to 0: the kernel writes no core file, and systemd-coredump and
  apport store none ("Resource limits disable core dumping");
- on Linux, makes itself not dumpable (prctl PR_SET_DUMPABLE 0): the kernel gives no core even to
  a crash handler that ignores the limit, and another process of the same user can no longer
  attach to it (ptrace) to read its memory where Yama's ptrace_scope would let it.
A program the app starts (the system's PDF viewer) is dumpable again after its exec and may raise
the limit it inherits. Windows Error Reporting is not covered (docs/SECURITY.md).
"""

from __future__ import annotations

import sys

_PR_SET_DUMPABLE = 4


def forbid_core_dumps() -> list[str]:
    """Forbid this process's core dumps; returns what could not be forbidden ("core limit",
    "dumpable"), empty when all held. Never raises: a run goes on without it."""
    missed: list[str] = []
    try:
        import resource
    except ImportError:  # Windows: no core limit
        return ["core limit"]
    try:
        _soft, hard = resource.getrlimit(resource.RLIMIT_CORE)
        resource.setrlimit(resource.RLIMIT_CORE, (0, hard))
    except (ValueError, OSError):
        missed.append("core limit")
    if sys.platform.startswith("linux") and not _not_dumpable():
        missed.append("dumpable")
    return missed


def _not_dumpable() -> bool:
    try:
        import ctypes

        return bool(ctypes.CDLL(None, use_errno=True).prctl(_PR_SET_DUMPABLE, 0, 0, 0, 0) == 0)
    except (OSError, AttributeError):
        return False


__all__ = ["forbid_core_dumps"]
