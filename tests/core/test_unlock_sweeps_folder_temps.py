"""A `.vault.header.tmp-PID` left in the vault folder by a process killed (SIGKILL) while it wrote
the header (a backup killed with `kill -9`) is swept at the next unlock; one of a live process is
never touched (walker wround2 #3: it stayed through the next unlocks, swept only at Quit). Real
processes: one that writes its temporary and kills itself, one alive beside the unlock."""

from __future__ import annotations

import signal
import subprocess
import sys
from pathlib import Path

from tests.core.cli_helpers import cli_in_process, init_vault


def _left_by_a_killed_process(folder: Path) -> Path:
    code = ("import os, signal, sys\n"
            "path = os.path.join(sys.argv[1], '.vault.header.tmp-%d' % os.getpid())\n"
            "open(path, 'wb').write(b'a header being written')\n"
            "os.kill(os.getpid(), signal.SIGKILL)\n")
    done = subprocess.run([sys.executable, "-c", code, str(folder)], check=False, timeout=60)
    assert done.returncode == -signal.SIGKILL
    (left,) = folder.glob(".vault.header.tmp-*")
    return left


def test_a_killed_writers_header_temporary_is_swept_at_unlock_a_live_ones_kept(
        tmp_path: Path) -> None:
    folder = tmp_path / "v"
    assert init_vault(folder).code == 0
    dead = _left_by_a_killed_process(folder)
    alive = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(600)"])
    try:
        live = folder / f".vault.header.tmp-{alive.pid}"
        live.write_bytes(b"being written now")
        listed = cli_in_process("client", "list", "--vault", str(folder))
        assert listed.code == 0, listed.err
        assert not dead.exists()
        assert live.exists()
    finally:
        alive.kill()
        alive.wait()
    listed = cli_in_process("client", "list", "--vault", str(folder))
    assert listed.code == 0, listed.err
    assert not live.exists()  # its process gone now: swept at this unlock
