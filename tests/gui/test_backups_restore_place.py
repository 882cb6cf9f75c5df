"""The Backups window's own restore (gui/backup_restore_dialog.py) refuses a folder where a
restored vault would be lost or mixed up: inside the vault in use (its `blobs/`), inside another
vault's folder, inside the backup folder (the repository itself, not only its snapshots), and
through a link to any of them; said in the dialog's message line, in the screen's language,
nothing written, the dialog left open to type another folder (services/restore_place.py,
services/kept_places.py). Real vault, real backups, real widgets."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from tests.conftest import PASSPHRASE
from tests.gui.conftest import wait_ops
from tests.gui.test_backups_repo import _dialog
from vault_app.gui.backup_restore_dialog import RestoreDialog
from vault_app.gui.controller import AppController

pytestmark = pytest.mark.gui


def _restore_dialog(app: AppController, qtbot: object, repo: Path) -> RestoreDialog:
    dialog = _dialog(app, qtbot)
    dialog.target.setText(str(repo))
    dialog.kind.setCurrentIndex(dialog.kind.findData("repo"))
    dialog.save_settings()
    wait_ops(qtbot)
    dialog.backup_now()
    wait_ops(qtbot, timeout=60_000)  # type: ignore[arg-type]
    dialog.tree.setCurrentItem(dialog.tree.topLevelItem(0))
    dialog.restore_selected()
    restore = dialog.findChild(RestoreDialog)
    assert restore is not None
    return restore


def _refused(restore: RestoreDialog, qtbot: object, folder: Path) -> str:
    restore.passphrase.setText(PASSPHRASE)
    restore.folder.setText(str(folder))
    restore.restore()
    wait_ops(qtbot, timeout=60_000)  # type: ignore[arg-type]
    assert restore.isVisible(), "refused: the dialog stays for another folder"
    return restore.message.text()


def test_a_restore_into_a_vault_or_a_backup_folder_is_refused_in_the_dialog(
        unlocked_app: AppController, qtbot: object, tmp_path: Path) -> None:
    from vault_app.crypto.kdf import OWASP_FLOOR
    from vault_app.services.vault import create_vault

    repo = tmp_path / "usb" / "repo"
    restore = _restore_dialog(unlocked_app, qtbot, repo)
    own = unlocked_app.folder
    (own / "blobs").mkdir(exist_ok=True)  # a folder of the vault's (its attachments' store, once one is added)
    other = tmp_path / "other-vault"
    create_vault(other, PASSPHRASE, params=OWASP_FLOOR).vault.lock()
    link = tmp_path / "innocent"
    os.symlink(own / "blobs", link)
    before = {p: sorted(x.name for x in p.iterdir()) for p in (own, own / "blobs", other, repo)}
    cases = [
        (own / "blobs" / "restored", f"inside the vault folder {own.resolve()}"),
        (own / "restored", f"inside the vault folder {own.resolve()}"),
        (other / "restored", f"inside the vault folder {other.resolve()}"),
        (link / "restored", f"inside the vault folder {own.resolve()}"),
        (repo / "restored", f"inside the backup folder {repo.resolve()}"),
        (repo, f"inside the backup folder {repo.resolve()}"),
    ]
    for folder, said in cases:
        words = _refused(restore, qtbot, folder)
        assert said in words and "nothing was restored" in words, (folder, words)
        assert not folder.exists() or folder == repo, folder
    assert {p: sorted(x.name for x in p.iterdir()) for p in before} == before, "nothing written anywhere"
    # A folder of its own beside them is restored into: the refusal was the place, not the backup.
    restore.passphrase.setText(PASSPHRASE)
    restore.folder.setText(str(tmp_path / "restored"))
    restore.restore()
    wait_ops(qtbot, timeout=60_000)  # type: ignore[arg-type]
    assert not restore.isVisible(), restore.message.text()


def test_the_refusal_is_said_in_spanish(unlocked_app: AppController, qtbot: object, tmp_path: Path,
                                        spanish: None) -> None:
    restore = _restore_dialog(unlocked_app, qtbot, tmp_path / "repo")
    words = _refused(restore, qtbot, unlocked_app.folder / "blobs" / "x")
    assert "nothing was restored" not in words and unlocked_app.folder.name in words, words


def test_a_single_file_backups_folder_is_refused_and_never_offered(
        unlocked_app: AppController, qtbot: object, tmp_path: Path) -> None:
    """The folder of single-file backups is a backup folder too (marked by the vault). The dialog
    offered a folder beside the backup, that is inside it: its own offer was refused."""
    folder = tmp_path / "usb" / "backups"
    dialog = _dialog(unlocked_app, qtbot)
    dialog.target.setText(str(folder))
    dialog.kind.setCurrentIndex(dialog.kind.findData("file"))
    dialog.save_settings()
    wait_ops(qtbot)
    dialog.backup_now()
    wait_ops(qtbot, timeout=60_000)  # type: ignore[arg-type]
    dialog.tree.setCurrentItem(dialog.tree.topLevelItem(0))
    dialog.restore_selected()
    restore = dialog.findChild(RestoreDialog)
    assert restore is not None and restore.path.parent == folder
    offered = Path(restore.folder.text())
    words = _refused(restore, qtbot, folder / "restored")
    assert f"inside the backup folder {folder.resolve()}" in words, words
    assert offered.parent == folder.parent, offered  # beside the backup folder, not in it
    restore.passphrase.setText(PASSPHRASE)
    restore.folder.setText(str(offered))
    restore.restore()
    wait_ops(qtbot, timeout=60_000)  # type: ignore[arg-type]
    assert not restore.isVisible(), restore.message.text()
    assert offered.is_dir()
