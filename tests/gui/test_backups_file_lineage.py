"""The refusal of a folder whose newest single-file backup is of another copy
(services/backup_lineage.py), as the therapist sees it: Back up now says it in the error
dialog, the lock writes nothing, and the Backups dialog's summary says it. Real Qt widgets
(offscreen), real vaults, real backup files, a real restore."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from tests.conftest import PASSPHRASE
from tests.gui.conftest import wait_ops
from tests.gui.test_workflows import _open
from vault_app.gui.backups import BackupsDialog
from vault_app.gui.controller import AppController
from vault_app.services import backup, backup_beside, clients
from vault_app.services.vault import Vault, open_vault

pytestmark = pytest.mark.gui

REFUSAL = "is of another copy of this vault"


def test_back_up_now_and_the_lock_are_refused_after_another_copy_wrote_there(
    unlocked_app: AppController, qtbot: object, tmp_path: Path
) -> None:
    """The vault's newest file restored on a new computer, which backs up there (it continues
    the line); the old computer's vault (this window's) is then the other copy."""
    folder = tmp_path / "usb"
    made: list[Path] = []

    def first_backup(v: Vault) -> None:
        backup.configure(v, target=str(folder), kind="file", auto=True)
        clients.create_client(v, "Before The Move", date_of_birth="1980-01-01")
        made.append(Path(backup.create_backup(v, folder).path))

    unlocked_app.op(None, first_backup).run()
    wait_ops(qtbot, timeout=60_000)
    backup.restore_backup(made[0], tmp_path / "new-computer", passphrase=PASSPHRASE)
    with open_vault(tmp_path / "new-computer", PASSPHRASE) as moved:
        clients.create_client(moved, "After The Move", date_of_birth="1981-01-01")
        backup.create_backup(moved, folder)
    before = sorted(p.name for p in folder.iterdir())

    unlocked_app.op(None, lambda v: clients.create_client(v, "On The Old Laptop", date_of_birth="1982-01-01")).run()
    wait_ops(qtbot)
    window = unlocked_app.main_window
    assert window is not None
    dialog = _open(window, "backups")
    wait_ops(qtbot)
    assert isinstance(dialog, BackupsDialog)
    assert REFUSAL in dialog.summary.text()  # said before any backup is tried
    dialog.backup_now()
    wait_ops(qtbot, timeout=60_000)
    boxes = [w for w in QApplication.topLevelWidgets() if w.objectName() == "errorDialog" and w.isVisible()]
    assert boxes and REFUSAL in boxes[-1].text()  # type: ignore[attr-defined]
    # The unlock's advice first (restore the newest backup here), then how to keep this copy.
    hint = boxes[-1].informativeText()  # type: ignore[attr-defined]
    assert hint.startswith("Restore the newest backup here") and "choose another folder in Back up to" in hint
    for box in boxes:
        box.close()
    dialog.close()
    unlocked_app.lock("test")
    wait_ops(qtbot, timeout=60_000)
    assert backup_beside.runner().wait(120)
    assert sorted(p.name for p in folder.iterdir()) == before  # nothing written, no work folder left
