"""The older of two copies, kept (gui/older_copy.py): once another backup folder is chosen for it
(the message's own "if you know this older copy is the one to keep"), its exports are allowed
again (services/older_copy_refusal.kept), yet its unlock went on saying "This is the older copy of
this vault", titled the window "Older copy" and kept the Today card's warning, at every unlock.
The unlock now says what is true: a copy kept is the vault she goes on with, nothing to warn of.
Two real vault copies, a real snapshot repository, the real app's unlock."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QMessageBox

from tests.conftest import PASSPHRASE
from tests.gui.conftest import unlock, wait_ops
from vault_app.gui.controller import AppController
from vault_app.services import backup, backup_repo, clients, older_copy_refusal
from vault_app.services.backup_repo_restore import restore_snapshot
from vault_app.services.vault import open_vault


def _two_copies(app_folder: Path, tmp_path: Path) -> Path:
    """The app's vault made older than the backup folder's newest snapshot (another copy's)."""
    target = tmp_path / "usb"
    old = open_vault(app_folder, PASSPHRASE)
    try:
        backup.configure(old, target=str(target), kind="repo")
        made = Path(backup_repo.create_incremental(old, target, verify=True).path)
        clients.create_client(old, "Only On The Old Laptop")
    finally:
        old.lock()
    restore_snapshot(made, tmp_path / "new-computer", passphrase=PASSPHRASE)
    second = open_vault(tmp_path / "new-computer", PASSPHRASE)
    try:
        backup_repo.create_incremental(second, target, verify=True)
    finally:
        second.lock()
    return target


def test_a_copy_kept_in_another_backup_folder_is_not_called_the_older_copy(
    locked_app: AppController, app_folder: Path, tmp_path: Path, qtbot: object
) -> None:
    _two_copies(app_folder, tmp_path)
    old = open_vault(app_folder, PASSPHRASE)
    try:
        assert older_copy_refusal.older_copy(old) is not None
        backup.configure(old, target=str(tmp_path / "kept"), kind="repo")  # she keeps this copy
        assert older_copy_refusal.older_copy(old) is None  # its exports allowed again
    finally:
        old.lock()

    window = unlock(locked_app, qtbot)
    wait_ops(qtbot)  # the unlock's check of the backup folders has run
    window.show_dashboard()
    wait_ops(qtbot)
    shown = [b.text() for b in window.findChildren(QMessageBox) if b.objectName() == "olderCopyMessage"]
    assert shown == []
    assert window.windowTitle() != "Older copy"
    assert window.dashboard.cards["backup"].value.text() != "Older copy"


def test_choosing_another_backup_folder_after_the_unlock_ends_the_warning_at_once(
    locked_app: AppController, app_folder: Path, tmp_path: Path, qtbot: object
) -> None:
    """Kept while unlocked (Vault > Backups…, another folder saved): the title and the Today card
    went on saying "Older copy" until the next unlock, the exports being allowed already."""
    _two_copies(app_folder, tmp_path)
    window = unlock(locked_app, qtbot)
    qtbot.waitUntil(lambda: window.windowTitle() == "Older copy")  # type: ignore[attr-defined]
    window.show_dashboard()
    wait_ops(qtbot)
    card = window.dashboard.cards["backup"]
    assert card.value.text() == "Older copy"

    def keep(v: object) -> None:
        backup.configure(v, target=str(tmp_path / "kept"), kind="repo")  # type: ignore[arg-type]

    locked_app.op(None, keep).run()
    qtbot.waitUntil(lambda: window.windowTitle() == "Therapy Vault")  # type: ignore[attr-defined]
    wait_ops(qtbot)
    assert card.value.text() != "Older copy"
    assert not [b for b in window.findChildren(QMessageBox) if b.objectName() == "olderCopyMessage" and b.isVisible()]
