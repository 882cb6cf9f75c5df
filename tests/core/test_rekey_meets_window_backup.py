"""`vault-app rekey` in a terminal while the app's window, locked, is still making the backup it
began at the lock. Found: the command said only that "another program" was reading the vault, true
from its own process; the window's backup is journaled beside the vault (services/staging_journal.py),
so it is named, with what to do, and no traceback. The window is a real second process (Qt's widgets
loaded, as the app's are), its backup held at its start until the test lets it go (never a sleep)."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

from tests.conftest import PASSPHRASE
from tests.core.cli_helpers import cli_in_process
from vault_app.crypto.kdf import KdfParams
from vault_app.services import clients
from vault_app.services.vault import create_vault, open_vault

# The window's stand-in: widgets loaded, the vault unlocked, a change saved, then locked with its
# automatic backup, which waits at its start for a line on stdin.
WINDOW = textwrap.dedent(
    """
    import sys
    from pathlib import Path
    from PySide6.QtWidgets import QApplication
    app = QApplication(["vault-app", "-platform", "offscreen"])
    from vault_app.services import backup, backup_beside, clients
    from vault_app.services.vault import open_vault

    vault = open_vault(Path(sys.argv[1]), sys.argv[2])
    backup.configure(vault, target=sys.argv[3], auto=True, kind="file")
    clients.create_client(vault, "Perpetua Windowsworth")

    def held(step):
        if step == "start":
            print("held", flush=True)
            sys.stdin.readline()

    backup_beside.runner().checkpoint = held
    assert backup_beside.lock_with_backup(vault)
    backup_beside.runner().wait()
    print("made" if not backup_beside.runner().failures else "failed", flush=True)
    """
)


def test_rekey_from_a_terminal_names_the_windows_backup(tmp_path: Path, kdf_params: KdfParams) -> None:
    folder = tmp_path / "vault"
    made = create_vault(folder, PASSPHRASE, params=kdf_params, use_device_secret=False)
    clients.create_client(made.vault, "Ottoline Farquharson")
    made.vault.lock()
    with subprocess.Popen([sys.executable, "-c", WINDOW, str(folder), PASSPHRASE, str(tmp_path / "usb")],
                          stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True) as window:
        assert window.stdin is not None and window.stdout is not None
        try:
            assert window.stdout.readline().strip() == "held"
            refused = cli_in_process("--vault", str(folder), "rekey")
            window.stdin.write("go\n")
            window.stdin.flush()
            assert window.stdout.readline().strip() == "made"
            assert window.wait(timeout=120) == 0
        finally:
            if window.poll() is None:
                window.kill()
    assert refused.code != 0
    assert "app's window is making a backup of this vault" in refused.err, refused.err
    assert "Try again when that backup has finished" in refused.err
    assert "another program" not in refused.err and "Traceback" not in refused.err
    # Nothing changed, and once the backup is made the command replaces every key.
    assert cli_in_process("--vault", str(folder), "rekey").code == 0
    vault = open_vault(folder, PASSPHRASE)
    try:
        assert sorted(c.display_name for c in clients.list_clients(vault)) == [
            "Ottoline Farquharson", "Perpetua Windowsworth"]
    finally:
        vault.lock()
