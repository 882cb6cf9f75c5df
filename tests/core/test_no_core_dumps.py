"""A crash of the app leaves no core dump: the process's memory (the passphrase as typed, the
compartments' keys, note text, which Python cannot wipe) never goes to disk that way.

Found by the attacker's walk (thirty-eighth round): the real app, locked, killed by SIGSEGV with the
core limit systemd gives every process on Fedora and Arch, left a 206 MB core holding the passphrase,
the records key and the note text; a second one, with the psychotherapy notes unlocked, read and
locked again, held their key. Real processes: a process's core limit and dumpable flag are the point.
"""

from __future__ import annotations

import json
import os
import resource
import signal
import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="POSIX core dumps")

# A run of the real entry point whose command reports the process's core limit and (Linux) its
# dumpable flag, as the command's own code would see them.
REPORT = r"""
import json, resource, sys
import vault_app.cli.main as cli_main

def run(argv):
    dumpable = None
    if sys.platform.startswith("linux"):
        import ctypes
        dumpable = ctypes.CDLL(None, use_errno=True).prctl(3, 0, 0, 0, 0)  # PR_GET_DUMPABLE
    print(json.dumps({"core_soft": resource.getrlimit(resource.RLIMIT_CORE)[0], "dumpable": dumpable}))
    return 0

cli_main.run = run
from vault_app.app import main
raise SystemExit(main(["info", "--vault", sys.argv[1]]))
"""

# A run of the real entry point whose command crashes as a native fault does (SIGSEGV); with
# "bare" the same crash without the app's start, to show this machine writes core files here.
CRASH = r"""
import os, signal, sys
if sys.argv[1] == "bare":
    os.kill(os.getpid(), signal.SIGSEGV)
import vault_app.cli.main as cli_main
cli_main.run = lambda argv: os.kill(os.getpid(), signal.SIGSEGV)
from vault_app.app import main
main(["info", "--vault", sys.argv[2]])
"""


def _core_limit_raised() -> None:
    """In the child before it runs: the core limit systemd-coredump's distributions give every process."""
    _soft, hard = resource.getrlimit(resource.RLIMIT_CORE)
    resource.setrlimit(resource.RLIMIT_CORE, (hard, hard))


def _cores(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name.startswith("core"))


def test_every_run_starts_with_core_dumps_forbidden(tmp_path: Path) -> None:
    done = subprocess.run([sys.executable, "-c", REPORT, str(tmp_path / "vault")], capture_output=True, text=True,
                          timeout=120, check=False, preexec_fn=_core_limit_raised)
    assert done.returncode == 0, done.stderr[-2000:]
    report = json.loads(done.stdout.strip().splitlines()[-1])
    assert report["core_soft"] == 0
    if sys.platform.startswith("linux"):
        assert report["dumpable"] == 0


def test_a_crash_after_the_start_writes_no_core_file(tmp_path: Path) -> None:
    pattern = Path("/proc/sys/kernel/core_pattern")
    if not pattern.is_file() or any(c in pattern.read_text() for c in "/|%"):
        pytest.skip("this machine's cores go to a crash handler or another folder, not the working folder")
    bare, app = tmp_path / "bare", tmp_path / "app"
    bare.mkdir()
    app.mkdir()
    crashed = subprocess.run([sys.executable, "-c", CRASH, "bare"], cwd=bare, capture_output=True, timeout=120,
                             check=False, preexec_fn=_core_limit_raised)
    assert crashed.returncode == -signal.SIGSEGV
    if not _cores(bare):
        pytest.skip("this machine writes no core file for a crash (its hard core limit is 0)")
    crashed = subprocess.run([sys.executable, "-c", CRASH, "app", str(tmp_path / "vault")], cwd=app,
                             capture_output=True, timeout=120, check=False, preexec_fn=_core_limit_raised)
    assert crashed.returncode == -signal.SIGSEGV
    assert _cores(app) == []


def test_forbidding_twice_is_harmless_and_says_nothing_missed() -> None:
    """What the entry point calls, in a child of its own (this test process keeps its limits)."""
    code = "from vault_app.no_core_dumps import forbid_core_dumps as f; print(f(), f())"
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60, check=False,
                          env=dict(os.environ))
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "[] []"
