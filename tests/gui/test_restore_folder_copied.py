"""The restore window given a backup folder copied without its files' times (found by a walker: a retiring
therapist's drive copied for her records custodian with `cp -r`): the snapshots were listed in the order the
copy went, the oldest first and chosen, each "written" at the minute of the copy. Listed and chosen by when
each was made, as its name says."""

from __future__ import annotations

import os
import shutil
import time
from pathlib import Path

import pytest

from tests.conftest import PASSPHRASE
from vault_app.crypto.kdf import OWASP_FLOOR
from vault_app.gui.dates import show_moment
from vault_app.gui.restore_dialog import RestoreFromBackupDialog
from vault_app.services import backup_repo, clients
from vault_app.services.vault import create_vault

pytestmark = pytest.mark.gui


def test_a_copied_backup_folder_offers_its_newest_snapshot(tmp_path: Path, qtbot: object) -> None:
    vault = create_vault(tmp_path / "old-laptop", PASSPHRASE, params=OWASP_FLOOR).vault
    drive, infos = tmp_path / "usb-drive", []
    for name in ("First Client", "Second Client", "Last Client"):
        clients.create_client(vault, name, date_of_birth="1975-05-05")
        infos.append(backup_repo.create_incremental(vault, drive, rotate_old=False))
    vault.lock()
    copy = tmp_path / "custodian-drive"
    shutil.copytree(drive, copy, copy_function=shutil.copyfile)  # as `cp -r`: the copy's times
    now = time.time()
    for i, info in enumerate(infos):  # the copy went newest first: the oldest has the latest time
        os.utime(copy / "snapshots" / Path(info.path).name, (now - i, now - i))

    dialog = RestoreFromBackupDialog(tmp_path / "custodian-laptop", may_replace=False)
    qtbot.addWidget(dialog)  # type: ignore[attr-defined]
    dialog.show()
    dialog.backup.setText(str(copy))
    qtbot.waitUntil(dialog.in_folder.isVisible)  # type: ignore[attr-defined]
    newest = infos[-1]
    assert dialog.chosen_backup() == copy / "snapshots" / Path(newest.path).name
    assert show_moment(newest.created) in dialog.in_folder.itemText(0)
