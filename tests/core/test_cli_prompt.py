"""The passphrase prompt on a real terminal (a pseudo-terminal, a real process), as a person
meets it: Ctrl-D, Ctrl-C, Enter alone; and an empty passphrase from the environment or a
file. Found: Ctrl-D ended in "internal error (EOFError at getpass.py)", and an empty
passphrase was tried against the vault and counted as a failed unlock."""

from __future__ import annotations

import os
import pty
import select
import signal
import sys
import time
from pathlib import Path

import pytest

from tests.conftest import PASSPHRASE
from tests.core.cli_helpers import cli, cli_process, init_vault
from vault_app.domain.errors import ExitCode

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="a POSIX pseudo-terminal")


def _read_until(fd: int, wanted: bytes, seen: bytearray, timeout: float = 60.0) -> None:
    """Reads the terminal until `wanted` shows (or the process closes it). The timeout
    only ends a hung run; the test's assertions are on what was printed."""
    deadline = time.monotonic() + timeout
    while wanted not in seen and time.monotonic() < deadline:
        ready, _, _ = select.select([fd], [], [], 0.2)
        if ready:
            try:
                chunk = os.read(fd, 4096)
            except OSError:  # the process closed the terminal
                return
            if not chunk:
                return
            seen.extend(chunk)


def at_prompt(folder: Path, keys: bytes, *command: str) -> tuple[int, str]:
    """Runs `vault-app --vault folder command` on a terminal of its own, types `keys` at the
    passphrase prompt, and returns its exit code and everything it printed."""
    env = {k: v for k, v in os.environ.items() if k != "VAULT_APP_PASSPHRASE"}
    pid, fd = pty.fork()
    if pid == 0:  # pragma: no cover - the child
        # A terminal's shell starts a command with Ctrl-C's default; a suite run as a shell's
        # background job (CI) inherits SIGINT ignored, and the child then never heard the Ctrl-C.
        signal.signal(signal.SIGINT, signal.SIG_DFL)
        os.execve(sys.executable, [sys.executable, "-m", "vault_app", "--vault", str(folder), *command], env)  # noqa: S606 - argv, no shell
    seen = bytearray()
    try:
        _read_until(fd, b"passphrase: ", seen)
        os.write(fd, keys)
        _read_until(fd, b"\x00never", seen)  # to the end
    finally:
        _, status = os.waitpid(pid, 0)
        os.close(fd)
    return os.waitstatus_to_exitcode(status), seen.decode(errors="replace")


def _failed_unlocks(folder: Path) -> str:
    info = cli_process("info", "--vault", str(folder), "--json", passphrase=None)
    assert info.code == 0, info.err
    return str(info.json()["failed_unlocks_since_last_unlock"])


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    assert init_vault(tmp_path / "v").code == 0
    return tmp_path / "v"


def test_ctrl_d_at_the_prompt_is_a_sentence(folder: Path) -> None:
    code, shown = at_prompt(folder, b"\x04", "client", "list")
    assert code == ExitCode.USAGE, shown
    assert "No passphrase entered (the input ended)." in shown
    assert "internal error" not in shown and "Traceback" not in shown


def test_ctrl_c_at_the_prompt(folder: Path, capsys: pytest.CaptureFixture[str],
                              monkeypatch: pytest.MonkeyPatch) -> None:
    """In-process: the prompt's read ends in KeyboardInterrupt, as Python ends it when the
    terminal's Ctrl-C arrives. (Typed into a pseudo-terminal, the Ctrl-C was sometimes never
    delivered in a fresh-clone run, and the child waited at its prompt for the suite's
    timeout: the terminal's part, not the app's, so the app's part is tested here.)"""
    import getpass

    def ctrl_c(_prompt: str = "") -> str:
        raise KeyboardInterrupt

    monkeypatch.setattr(getpass, "getpass", ctrl_c)
    monkeypatch.setattr(sys.stdin, "isatty", lambda: True)  # a person at a terminal
    stopped = cli(capsys, monkeypatch, "client", "list", "--vault", str(folder), passphrase=None)
    assert stopped.code == 130, stopped.err
    assert "Stopped (Ctrl-C)." in stopped.err and "Traceback" not in stopped.err


def test_enter_alone_is_not_a_failed_unlock(folder: Path) -> None:
    code, shown = at_prompt(folder, b"\r", "client", "list")
    assert code == ExitCode.USAGE, shown
    assert "No passphrase entered." in shown and "does not unlock" not in shown
    assert _failed_unlocks(folder) == "0"
    code, shown = at_prompt(folder, PASSPHRASE.encode() + b"\r", "client", "list")
    assert code == 0, shown


def test_an_empty_passphrase_from_the_environment_or_a_file(folder: Path, tmp_path: Path,
                                                            capsys: pytest.CaptureFixture[str],
                                                            monkeypatch: pytest.MonkeyPatch) -> None:
    empty = cli(capsys, monkeypatch, "client", "list", "--vault", str(folder), passphrase="")
    assert empty.code == ExitCode.USAGE and "VAULT_APP_PASSPHRASE is set but empty." in empty.err
    blank = tmp_path / "pass.txt"
    blank.write_text("\n")
    from_file = cli(capsys, monkeypatch, "client", "list", "--vault", str(folder), "--passphrase-file", str(blank))
    assert from_file.code == ExitCode.USAGE and "The passphrase file is empty." in from_file.err
    assert _failed_unlocks(folder) == "0"
    wrong = cli(capsys, monkeypatch, "client", "list", "--vault", str(folder), passphrase="not the passphrase")
    assert wrong.code == ExitCode.WRONG_SECRET
    assert _failed_unlocks(folder) == "1"  # the count this test reads does move


def test_a_pipe_is_told_how_to_pass_the_passphrase(folder: Path) -> None:
    """Found: `echo "$PW" | vault-app client list` was told of a FILE only."""
    told = cli_process("client", "list", "--vault", str(folder), passphrase=None, stdin=PASSPHRASE + "\n")
    assert told.code == ExitCode.USAGE and "--passphrase-file - (one line on standard input)" in told.err
    piped = cli_process("client", "list", "--vault", str(folder), "--passphrase-file", "-", passphrase=None,
                        stdin=PASSPHRASE + "\n")
    assert piped.code == 0, piped.err
