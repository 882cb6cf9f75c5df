"""Commands run from a terminal while the app's window has the vault unlocked (a real holder
process with Qt's widgets loaded, as the window has; storage/folder_lock.py tells the two
apart by that). Found walking the real app: every refused command was told to "use that
window instead; the vault opens in one window at a time", words for a second window, which
leave a scheduled `backup auto` or a terminal user nothing to do; and `backup verify` said
"Backup OK" while its check silently went unrecorded, the vault being held."""

from __future__ import annotations

import contextlib
import os
import pty
import select
import signal
import subprocess
import sys
import textwrap
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.conftest import PASSPHRASE
from tests.core.cli_helpers import FAST_KDF, cli_process, cli_processes
from vault_app.crypto.kdf import KdfParams
from vault_app.domain.errors import ExitCode
from vault_app.services import backup, backup_registry, clients
from vault_app.services.vault import create_vault, open_vault

NEW_PASSPHRASE = "a brand new passphrase 42 for the kit"

# The window's stand-in: Qt's widgets loaded, the vault unlocked, "ready"; on "add" a client
# is added (the window goes on working beside the refusals), on any other line it locks.
WINDOW = textwrap.dedent(
    """
    import sys
    from pathlib import Path
    from PySide6.QtWidgets import QApplication
    app = QApplication(["vault-app", "-platform", "offscreen"])
    from vault_app.services import clients
    from vault_app.services.vault import open_vault

    vault = open_vault(Path(sys.argv[1]), sys.argv[2])
    print("ready", flush=True)
    for line in sys.stdin:
        if line.strip() != "add":
            break
        clients.create_client(vault, "Perpetua Windowsworth")
        print("added", flush=True)
    vault.lock()
    """
)


@pytest.fixture
def folder(tmp_path: Path, kdf_params: KdfParams) -> Path:
    path = tmp_path / "vault"
    made = create_vault(path, PASSPHRASE, params=kdf_params, use_device_secret=False)
    clients.create_client(made.vault, "Ottoline Farquharson")
    made.vault.lock()
    return path


@contextlib.contextmanager
def _window(folder: Path) -> Iterator[subprocess.Popen[str]]:
    with subprocess.Popen([sys.executable, "-c", WINDOW, str(folder), PASSPHRASE],
                          stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True) as proc:
        try:
            assert proc.stdout is not None and proc.stdin is not None
            assert proc.stdout.readline().strip() == "ready"
            yield proc
            proc.stdin.write("lock\n")
            proc.stdin.flush()
            assert proc.wait(timeout=60) == 0
        finally:
            if proc.poll() is None:
                proc.kill()


def _tell(proc: subprocess.Popen[str], line: str) -> str:
    assert proc.stdin is not None and proc.stdout is not None
    proc.stdin.write(line + "\n")
    proc.stdin.flush()
    return proc.stdout.readline().strip()


def test_a_command_refused_by_the_window_is_told_to_lock_it_there(folder: Path, tmp_path: Path) -> None:
    with _window(folder) as window:
        refused = cli_processes(
            ("unlock-check", "--vault", str(folder)),
            ("backup", "create", "--vault", str(folder), "--to", str(tmp_path / "backups")),
            ("client", "add", "Kestrel Vantongeren", "--vault", str(folder)),
        )
        # The window goes on: it still writes into the vault it holds.
        assert _tell(window, "add") == "added"
    for result in refused:
        assert result.code == ExitCode.ENVIRONMENT, result
        assert f"The vault is open in another window of the app (process {window.pid}, since " in result.err
        # What a terminal user can do: lock it there (a locked window holds nothing), or quit.
        assert "Lock the vault in that window" in result.err, result.err
        assert "Use that window instead" not in result.err
        assert "Traceback" not in result.err
    assert not (tmp_path / "backups").exists() or not any((tmp_path / "backups").iterdir())
    with open_vault(folder, PASSPHRASE) as vault:
        assert sorted(c.legal_name for c in clients.list_clients(vault)) == [
            "Ottoline Farquharson", "Perpetua Windowsworth"]


def test_backup_verify_beside_the_window_says_its_check_went_unrecorded(folder: Path, tmp_path: Path) -> None:
    with open_vault(folder, PASSPHRASE) as vault:
        made = backup.create_backup(vault, tmp_path / "backups")
    file = Path(made.path)
    with _window(folder) as window:
        checked = cli_process("backup", "verify", str(file), "--vault", str(folder))
    # The backup is checked all the same (it is a file of its own) ...
    assert checked.code == 0, checked
    assert "Backup OK" in checked.out
    # ... but the vault, held by the window, could not learn of it: said, with what to do.
    assert "not recorded in the vault" in checked.err, checked.err
    assert f"process {window.pid}" in checked.err
    assert "Check the selected backup" in checked.err
    with open_vault(folder, PASSPHRASE) as vault:
        entry = backup_registry.find(vault, file)
        assert entry is not None and entry.verified_at is None
    # Without the window the same command records it, and says nothing of the kind.
    again = cli_process("backup", "verify", str(file), "--vault", str(folder))
    assert again.code == 0, again
    assert "not recorded" not in again.err
    with open_vault(folder, PASSPHRASE) as vault:
        entry = backup_registry.find(vault, file)
        assert entry is not None and entry.verified_at is not None


def _on_a_terminal(args: tuple[str, ...], answers: dict[str, str]) -> tuple[int, str]:
    """The CLI on a terminal of its own (a pty, its controlling terminal, so getpass prompts
    there as for a therapist at a terminal; test_cli_prompt.py answers one prompt, this any
    number); each prompt seen is answered from `answers` (by the prompt's words). The exit
    code and the transcript."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("VAULT_APP_")}
    pid, fd = pty.fork()
    if pid == 0:  # pragma: no cover - the child: nothing but the exec (this process has threads)
        os.execve(sys.executable, [sys.executable, "-m", "vault_app", *args], env)  # noqa: S606 - argv, no shell
    transcript, answered, ended = "", 0, False
    try:
        while True:
            ready, _, _ = select.select([fd], [], [], 120)
            assert ready, f"the command neither ended nor asked anything: {transcript!r}"
            try:
                chunk = os.read(fd, 4096).decode(errors="replace")
            except OSError:  # EIO: the child ended and closed the terminal
                chunk = ""
            if not chunk:
                ended = True
                break
            transcript += chunk
            # A prompt is the tail of what was said since the last answer.
            tail = transcript[answered:].rstrip()
            prompt = next((p for p in answers if tail.endswith(p)), None)
            if prompt is not None:
                os.write(fd, (answers[prompt] + "\n").encode())
                answered = len(transcript)
    finally:
        if not ended:  # an assertion above: the command still waits for an answer
            os.kill(pid, signal.SIGKILL)
        _, status = os.waitpid(pid, 0)
        os.close(fd)
    return os.waitstatus_to_exitcode(status), transcript


@pytest.mark.parametrize("command", [("unlock-check",), ("recover",), ("rekey", "--recovery-key-out", "kit.txt")])
def test_a_command_at_a_terminal_is_refused_before_asking_for_secrets(
    folder: Path, tmp_path: Path, command: tuple[str, ...], monkeypatch: pytest.MonkeyPatch
) -> None:
    """Found: `unlock-check` asked for the passphrase, then said the window held the vault;
    `recover` asked for the recovery key and a new passphrase twice before saying so."""
    monkeypatch.chdir(tmp_path)
    answers = {"Vault passphrase:": PASSPHRASE, "Recovery key:": "AAAA-BBBB", "New passphrase:": NEW_PASSPHRASE,
               "Repeat to confirm:": NEW_PASSPHRASE}
    with _window(folder) as window:
        code, said = _on_a_terminal((*command, "--vault", str(folder)), answers)
    assert code == ExitCode.ENVIRONMENT, said
    assert f"(process {window.pid}, since " in said, said
    assert not any(prompt in said for prompt in answers), said
    assert not (tmp_path / "kit.txt").exists()
    with open_vault(folder, PASSPHRASE) as vault:  # nothing changed, the passphrase still opens it
        assert [c.legal_name for c in clients.list_clients(vault)] == ["Ottoline Farquharson"]


@pytest.mark.parametrize("command", [("rekey", "--recovery-key-out", "kit.txt", *FAST_KDF),
                                     ("passphrase", "change", *FAST_KDF)])
def test_the_passphrase_is_asked_once_on_a_terminal(
    folder: Path, tmp_path: Path, command: tuple[str, ...], monkeypatch: pytest.MonkeyPatch
) -> None:
    """Found on the way: `rekey` and `passphrase change` asked "Vault passphrase:" twice (once
    for the unlock, once for the change), with nothing saying why."""
    monkeypatch.chdir(tmp_path)
    answers = {"Vault passphrase:": PASSPHRASE, "New passphrase:": NEW_PASSPHRASE,
               "Repeat to confirm:": NEW_PASSPHRASE}
    code, said = _on_a_terminal((*command, "--vault", str(folder)), answers)
    assert code == 0, said
    assert said.count("Vault passphrase:") == 1, said
    with open_vault(folder, NEW_PASSPHRASE if command[0] == "passphrase" else PASSPHRASE) as vault:
        assert [c.legal_name for c in clients.list_clients(vault)] == ["Ottoline Farquharson"]
