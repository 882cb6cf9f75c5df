"""The Backups dialog's check of a backup whose copy from before a destruction's purge was put
back in its place: it opens, so the check passes, but the dialog says what it is (it still
holds what was destroyed) instead of only "intact". Real Qt widgets (offscreen), real vault,
real backup file, real destruction."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

from tests.conftest import PASSPHRASE
from tests.core.destruction_helpers import seed_chart
from tests.gui.conftest import wait_ops
from tests.gui.test_backups_repo import _dialog
from vault_app.gui.backups import RestoreDialog
from vault_app.gui.controller import AppController
from vault_app.gui.restore_dialog import RestoreFromBackupDialog
from vault_app.services import backup, clients, destruction
from vault_app.services.vault import Vault, open_vault

pytestmark = pytest.mark.gui


def test_checking_an_older_copy_from_before_a_purge_says_what_it_holds(
    unlocked_app: AppController, qtbot: object, tmp_path: Path
) -> None:
    vault = unlocked_app.vault
    assert vault is not None
    doomed = seed_chart(vault, "T", psychotherapy=0)
    made = Path(backup.create_backup(vault, tmp_path / "usb").path)
    before_purge = tmp_path / "before-purge"
    shutil.copy2(made, before_purge)
    vault.unlock_psychotherapy(PASSPHRASE)  # a destruction takes the whole chart
    destruction.destroy(vault, doomed.chart_number, basis="retention", confirm=doomed.chart_number)
    shutil.copy2(before_purge, made)  # put back in its place

    dialog = _dialog(unlocked_app, qtbot)
    rows = [dialog.tree.topLevelItem(i) for i in range(dialog.tree.topLevelItemCount())]
    dialog.tree.setCurrentItem(next(r for r in rows if r is not None and r.text(1) == made.name))
    dialog.verify_selected()
    wait_ops(qtbot, timeout=60_000)
    said = dialog.result_label.text()
    assert said.startswith(made.name) and "older copy" in said and "destroyed" in said, said
    assert "is intact" not in said, said


def test_checking_an_older_copy_from_between_two_purges_says_what_it_holds(
    unlocked_app: AppController, qtbot: object, tmp_path: Path
) -> None:
    """Purged twice, its copy from between the two purges put back: it carries the first purge's
    record, and the dialog says it still holds the later destruction's chart (found: "intact")."""
    vault = unlocked_app.vault
    assert vault is not None
    first = seed_chart(vault, "T", psychotherapy=0)
    second = seed_chart(vault, "U", psychotherapy=0)
    made = Path(backup.create_backup(vault, tmp_path / "usb").path)
    vault.unlock_psychotherapy(PASSPHRASE)  # a destruction takes the whole chart
    destruction.destroy(vault, first.chart_number, basis="retention", confirm=first.chart_number)
    between = tmp_path / "between"
    shutil.copy2(made, between)
    destruction.destroy(vault, second.chart_number, basis="retention", confirm=second.chart_number)
    shutil.copy2(between, made)  # put back in its place

    dialog = _dialog(unlocked_app, qtbot)
    rows = [dialog.tree.topLevelItem(i) for i in range(dialog.tree.topLevelItemCount())]
    dialog.tree.setCurrentItem(next(r for r in rows if r is not None and r.text(1) == made.name))
    dialog.verify_selected()
    wait_ops(qtbot, timeout=60_000)
    said = dialog.result_label.text()
    assert said.startswith(made.name) and "between two destructions' purges" in said, said
    assert "later destruction" in said and "is intact" not in said, said


def _purged_twice_put_back_between(vault: Vault, tmp_path: Path, kind: str) -> tuple[Path, list[str]]:
    """A backup (a single file or a snapshot) two destructions purged, its copy from between the
    two purges put back in its place; the names of the later destruction's chart."""
    first = seed_chart(vault, "T", psychotherapy=0)
    second = seed_chart(vault, "U", psychotherapy=0)
    backup.configure(vault, target=str(tmp_path / "usb"), kind=kind, auto=False)
    made = Path(backup.create_to_target(vault, tmp_path / "usb").path)
    vault.unlock_psychotherapy(PASSPHRASE)  # a destruction takes the whole chart
    destruction.destroy(vault, first.chart_number, basis="retention", confirm=first.chart_number)
    between = tmp_path / "between"
    shutil.copy2(made, between)
    destruction.destroy(vault, second.chart_number, basis="retention", confirm=second.chart_number)
    shutil.copy2(between, made)  # put back in its place
    return made, second.names


def _restore_from_dialog(app: AppController, qtbot: object, made: Path, into: Path) -> RestoreDialog:
    dialog = _dialog(app, qtbot)
    rows = [dialog.tree.topLevelItem(i) for i in range(dialog.tree.topLevelItemCount())]
    dialog.tree.setCurrentItem(next(r for r in rows if r is not None and r.text(1) == made.name))
    dialog.restore_selected()
    restore = dialog.findChild(RestoreDialog)
    assert restore is not None and restore.path == made
    restore.passphrase.setText(PASSPHRASE)
    restore.folder.setText(str(into))
    restore.restore()
    wait_ops(qtbot, timeout=60_000)
    return restore


def test_restoring_a_snapshot_from_between_two_purges_says_what_it_is(
    unlocked_app: AppController, qtbot: object, tmp_path: Path
) -> None:
    """The Backups window's restore of such a snapshot is refused with the check's words (found:
    "The backup folder's snapshots are damaged", and to check the disk)."""
    vault = unlocked_app.vault
    assert vault is not None
    made, _names = _purged_twice_put_back_between(vault, tmp_path, "repo")
    restore = _restore_from_dialog(unlocked_app, qtbot, made, tmp_path / "restored")
    said = restore.message.text()
    assert restore.isVisible() and "between two destructions' purges" in said and made.name in said, said
    assert "cannot be restored" in said and "damaged" not in said and "disk" not in said, said
    assert not (tmp_path / "restored").exists()


def test_restoring_a_file_from_between_two_purges_says_it_destroys_the_chart_again(
    unlocked_app: AppController, qtbot: object, tmp_path: Path
) -> None:
    """The single file still holds the later destruction's chart: the restore destroys it again
    and says that one destruction (not every destruction the vault knows) was applied again."""
    vault = unlocked_app.vault
    assert vault is not None
    made, names = _purged_twice_put_back_between(vault, tmp_path, "file")
    restore = _restore_from_dialog(unlocked_app, qtbot, made, tmp_path / "restored")
    assert not restore.isVisible(), restore.message.text()
    (box,) = [b for b in restore.parentWidget().findChildren(QMessageBox) if b.windowTitle() == "Restored"]
    assert box.text().startswith(f"Restored into {tmp_path / 'restored'}. 1 destruction was applied again."), box.text()
    with open_vault(tmp_path / "restored", PASSPHRASE) as restored:
        shown = {c.legal_name for c in clients.list_clients(restored)}
    assert not shown & set(names), shown


def test_the_unlock_windows_restore_of_a_snapshot_from_between_two_purges_says_what_it_is(
    unlocked_app: AppController, app_folder: Path, qtbot: object, tmp_path: Path
) -> None:
    """The same snapshot restored with no vault open (Restore from a backup, in the unlock
    window): the vault's folder is where the restore reads the purges."""
    vault = unlocked_app.vault
    assert vault is not None
    made, _names = _purged_twice_put_back_between(vault, tmp_path, "repo")
    unlocked_app.lock("test")
    wait_ops(qtbot, timeout=60_000)
    dialog = RestoreFromBackupDialog(app_folder, may_replace=False)
    qtbot.addWidget(dialog)  # type: ignore[attr-defined]
    dialog.backup.setText(str(made))
    dialog.passphrase.setText(PASSPHRASE)
    dialog.folder.setText(str(tmp_path / "restored"))
    dialog.try_restore()
    wait_ops(qtbot, timeout=60_000)
    said = dialog.message.text()
    assert dialog.report is None and "between two destructions' purges" in said and "damaged" not in said, said
