"""The app's unlock of a folder where `backup restore --overwrite` was killed half-way through
its renames: the unlock finishes the restore and the status bar says so until the lock. Found: such a
folder held compartments of both vaults, and the unlock window refused it as rolled back."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.conftest import PASSPHRASE
from tests.gui.conftest import _teardown, make_locked_vault, unlock, wait_ops
from vault_app.crypto.kdf import OWASP_FLOOR
from vault_app.gui.controller import AppController
from vault_app.services import backup, clients
from vault_app.services.fault_injection import CRASH_ENV
from vault_app.services.vault import open_vault
from vault_app.storage.layout import RESTORE_JOURNAL_NAME


@pytest.fixture
def interrupted(qtbot: object, app_folder: Path, locked_vault_template: Path, tmp_path: Path) -> Iterator[Path]:
    """The app's folder after a restore of an earlier backup was killed after its first rename."""
    make_locked_vault(app_folder, locked_vault_template)
    with open_vault(app_folder, PASSPHRASE) as vault:
        made = backup.create_backup(vault, tmp_path / "backups", rotate_old=False)
        clients.create_client(vault, "Added After The Backup")
    env = dict(os.environ, VAULT_APP_PASSPHRASE=PASSPHRASE, **{CRASH_ENV: "restore:moved:records.db"})
    killed = subprocess.run([sys.executable, "-m", "vault_app", "backup", "restore", made.path, "--to",
                             str(app_folder), "--overwrite", "--vault", str(app_folder)],
                            env=env, capture_output=True, text=True, timeout=300, check=False)
    assert killed.returncode == -signal.SIGKILL, killed.stderr[-2000:]
    assert (app_folder / RESTORE_JOURNAL_NAME).exists()
    yield app_folder


def test_the_unlock_finishes_an_interrupted_restore_and_says_so(interrupted: Path, qtbot: object) -> None:
    from vault_app.gui.launcher import start

    controller: AppController = start(interrupted, kdf_params=OWASP_FLOOR)
    try:
        assert controller.unlock_window is not None  # a folder with a journal holds a vault
        window = unlock(controller, qtbot)
        # Still there after the vault-wide notice that follows every unlock (it replaced the line).
        wait_ops(qtbot)
        assert "interrupted; it has been completed" in window.status_label.text()
        assert not (interrupted / RESTORE_JOURNAL_NAME).exists()
        assert controller.vault is not None
        names = [c.legal_name for c in clients.list_clients(controller.vault)]
        assert "Added After The Backup" not in names  # the backup's state, whole
    finally:
        _teardown(controller, qtbot)
