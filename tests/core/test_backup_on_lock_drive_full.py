"""The backup on lock into a full backup drive is said as that drive being full, with what is free
and what a backup needs, at the next unlock and after a restart (services/backup_beside.py,
services/backup_disk_full.py, services/backup_beside_control.py).

Found by a walker (wtwo): Back up now and `backup create` said "The drive of the backup folder … is
full (60 KiB free; a backup of this vault needs up to about 784 KiB)", but the backup at the lock
(the one a therapist relies on) was not wrapped in those words: the next unlock said only "The
automatic backup at the last lock was not made: The disk is full." Real vault, real small file
system (tmpfs, as root; skipped where none can be mounted), real backup on lock."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from tests.conftest import reopen
from tests.core.test_faults_diskfull import _fill, small_filesystem
from vault_app.services import attachments, backup_beside, backup_beside_control, backup_registry, clients
from vault_app.services.backup_beside_control import BESIDE_NAME, KEPT_KEY
from vault_app.services.vault import Vault


@pytest.mark.parametrize("kind", ["file", "repo"])
def test_the_backup_on_lock_says_the_drive_is_full(vault: Vault, tmp_path: Path, kind: str) -> None:
    client_id = clients.create_client(vault, "Theodora Quillfeather").client_id
    attachments.add_attachment(vault, client_id, b"%PDF-1.4\n" + os.urandom(300_000), kind="consent",
                               filename="scan.pdf")
    folder = vault.folder
    with small_filesystem(tmp_path / "usb", "2m") as drive:
        target = drive / "vault-backups"
        target.mkdir()
        backup_registry.configure(vault, target=str(target), kind=kind)
        _fill(drive, 60_000)
        backup_beside_control.take_last_failure()
        runner = backup_beside.runner()
        assert backup_beside.lock_with_backup(vault)
        assert runner.wait(120)
        failure = backup_beside_control.last_failure()
        assert failure is not None
        text, _when, code = failure
        assert code == "backup.drive_full", text
        assert text.startswith(f"The drive of the backup folder {target} is full (") and "KiB free" in text
        params = backup_beside_control.last_params()
        assert params["folder"] == str(target) and params["free"].endswith("KiB") and params["needed"]
        # Kept beside the locked vault with what the words need, and said so after a restart.
        beside = json.loads((folder / BESIDE_NAME).read_text())
        assert beside["code"] == "backup.drive_full" and beside["free"] == params["free"]
        backup_beside_control.take_last_failure()  # Quit from the lock screen
        with reopen(folder) as again:
            kept = again.header.settings[KEPT_KEY]
            assert kept["code"] == "backup.drive_full"
            assert kept["text"].startswith(f"The drive of the backup folder {target} is full ("), kept["text"]
            assert kept["params"]["needed"] == params["needed"]
            assert "Theodora" not in json.dumps(kept)
