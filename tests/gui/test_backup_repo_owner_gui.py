"""Another vault's backup folder refused on the screens (services/backup_repo_owner.py):
the first-run wizard's backup page cannot finish with it, and the Backups dialog does not
save it. Real Qt widgets (offscreen), real vaults, real repositories."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from tests.conftest import PASSPHRASE
from tests.gui.conftest import wait_ops
from tests.gui.test_workflows import _open
from vault_app.crypto.kdf import KdfParams
from vault_app.gui.backups import BackupsDialog
from vault_app.gui.controller import AppController
from vault_app.services import backup, backup_repo, clients
from vault_app.services.vault import create_vault

pytestmark = pytest.mark.gui

MESSAGE = "This backup folder belongs to another vault; choose another folder."


def _others_repository(tmp_path: Path, kdf_params: KdfParams) -> Path:
    made = create_vault(tmp_path / "other-vault", PASSPHRASE, params=kdf_params)
    try:
        clients.create_client(made.vault, "Perpetua Sallowby")
        backup_repo.create_incremental(made.vault, tmp_path / "repo", rotate_old=False)
    finally:
        made.vault.lock()
    return tmp_path / "repo"


def test_the_wizard_cannot_finish_with_another_vaults_folder(qtbot, tmp_path: Path, kdf_params: KdfParams) -> None:
    from vault_app.gui.create_wizard_backup import BackupPage

    repo = _others_repository(tmp_path, kdf_params)
    page = BackupPage(lambda: tmp_path / "vault")
    qtbot.addWidget(page)
    page.target.setText(str(repo))
    assert page.isComplete()  # not looked at yet
    page._look_at_folder()
    wait_ops(qtbot)
    assert not page.isComplete() and page.problem.text() == MESSAGE
    assert MESSAGE not in page.notes.text()  # said once, as the refusal
    page.target.setText(str(tmp_path / "a-new-folder"))
    page._look_at_folder()
    wait_ops(qtbot)
    assert page.isComplete() and page.problem.text().strip() == ""


def test_the_backups_dialog_refuses_to_save_another_vaults_folder(
    unlocked_app: AppController, qtbot: object, tmp_path: Path, kdf_params: KdfParams
) -> None:
    repo = _others_repository(tmp_path, kdf_params)
    window = unlocked_app.main_window
    assert window is not None
    dialog = _open(window, "backups")
    wait_ops(qtbot)
    assert isinstance(dialog, BackupsDialog)
    dialog.target.setText(str(repo))
    dialog.kind.setCurrentIndex(dialog.kind.findData("repo"))
    dialog.save_settings()
    wait_ops(qtbot)
    boxes = [w for w in QApplication.topLevelWidgets() if w.objectName() == "errorDialog" and w.isVisible()]
    assert boxes and boxes[-1].text() == MESSAGE  # type: ignore[attr-defined]
    saved: dict[str, object] = {}
    unlocked_app.op(None, lambda v: saved.update(backup.settings(v))).run()
    wait_ops(qtbot)
    assert saved.get("target") != str(repo.resolve())
    for box in boxes:
        box.close()
