"""The restore dialog given a backup folder whose older backups were written while the computer's clock
ran ahead (found by a walker): "newest first" by the time each file was written put them first and chose
one, so a restore on a new computer went back to before the clock was set right. A file written after
now cannot be the newest: it is listed after the others, and says why."""

from __future__ import annotations

import os
import time
from pathlib import Path

import pytest

from tests.conftest import PASSPHRASE
from vault_app.crypto.kdf import OWASP_FLOOR
from vault_app.gui.restore_dialog import RestoreFromBackupDialog
from vault_app.services import backup, backups_in_folder, clients
from vault_app.services.vault import create_vault

pytestmark = pytest.mark.gui


def test_a_backup_written_after_now_is_not_chosen_as_the_newest(tmp_path: Path, qtbot: object) -> None:
    vault = create_vault(tmp_path / "old-laptop", PASSPHRASE, params=OWASP_FLOOR).vault
    drive = tmp_path / "backup-drive"
    clients.create_client(vault, "First Client", date_of_birth="1975-05-05")
    ahead = Path(backup.create_backup(vault, drive, verify=True, rotate_old=False).path)
    clients.create_client(vault, "Second Client", date_of_birth="1980-06-06")
    drive_files = set(drive.iterdir())
    newest = Path(backup.create_backup(vault, drive, verify=True, rotate_old=False).path)
    assert newest not in drive_files
    vault.lock()
    later = time.time() + 400 * 86400  # written while the clock ran a year and more ahead
    os.utime(ahead, (later, later))
    assert backups_in_folder.backups_in(drive) == [newest, ahead]

    dialog = RestoreFromBackupDialog(tmp_path / "new-laptop", may_replace=False)
    qtbot.addWidget(dialog)  # type: ignore[attr-defined]
    dialog.show()
    dialog.backup.setText(str(drive))
    qtbot.waitUntil(dialog.in_folder.isVisible)  # type: ignore[attr-defined]
    assert dialog.chosen_backup() == newest
    assert "after today on this computer's clock" in dialog.in_folder.itemText(1)
    assert "after today" not in dialog.in_folder.itemText(0)
