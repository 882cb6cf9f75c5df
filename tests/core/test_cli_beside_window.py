"""Commands run from a terminal while the app's window has the vault unlocked (a real holder
process with Qt's widgets loaded, as the window has; storage/folder_lock.py tells the two
apart by that). Found walking the real app: every refused command was told to "use that
window instead; the vault opens in one window at a time", words for a second window, which
leave a scheduled `backup auto` or a terminal user nothing to do; and `backup verify` said
"Backup OK" while its check silently went unrecorded, the vault being held."""

from __future__ import annotations

import contextlib
import subprocess
import sys
import textwrap
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.conftest import PASSPHRASE
from tests.core.cli_helpers import cli_process, cli_processes
from vault_app.crypto.kdf import KdfParams
from vault_app.domain.errors import ExitCode
from vault_app.services import backup, backup_registry, clients
from vault_app.services.vault import create_vault, open_vault

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
