"""Backups > Restore the selected backup… over the vault in use, and the unlock window's restore
(found by a reader, 2026-12-06): the restore is held to the file its question read (another
backup of the same vault put in its place before the answer is refused, nothing written), and
a dialog closed while the question's reading runs asks nothing afterwards and keeps no key.
Real vault, real backups, real widgets."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from tests.conftest import PASSPHRASE
from tests.gui.conftest import wait_ops
from tests.gui.yes_no_answered import answering
from vault_app.crypto.kdf import OWASP_FLOOR
from vault_app.gui import backup_restore_dialog
from vault_app.gui.backups import RestoreDialog
from vault_app.gui.controller import AppController
from vault_app.gui.restore_dialog import RestoreFromBackupDialog
from vault_app.services import backup, clients
from vault_app.services.vault import create_vault, open_vault

pytestmark = pytest.mark.gui


def _names(app: AppController) -> set[str]:
    assert app.vault is not None
    return {c.legal_name for c in clients.list_clients(app.vault)}


def _two_backups(app: AppController, tmp_path: Path) -> tuple[Path, Path]:
    assert app.vault is not None
    clients.create_client(app.vault, "Asked About", date_of_birth="1980-01-01")
    asked = Path(backup.create_backup(app.vault, tmp_path / "usb").path)
    clients.create_client(app.vault, "Put In Between", date_of_birth="1981-01-01")
    other = Path(backup.create_backup(app.vault, tmp_path / "usb2").path)
    return asked, other


def test_a_backup_swapped_while_the_question_is_shown_is_refused(
    unlocked_app: AppController, qtbot: object, tmp_path: Path, app_folder: Path, monkeypatch: pytest.MonkeyPatch,
) -> None:
    asked_path, other = _two_backups(unlocked_app, tmp_path)
    before = _names(unlocked_app)
    asked: list[tuple[object, ...]] = []

    def swap_then_yes() -> bool:
        shutil.copyfile(other, asked_path)  # another backup of this vault, while the question is read
        return True

    monkeypatch.setattr(backup_restore_dialog, "ask_yes_no", answering(swap_then_yes, asked))
    dialog = RestoreDialog(unlocked_app, asked_path)
    qtbot.addWidget(dialog)  # type: ignore[attr-defined]
    dialog.show()
    dialog.passphrase.setText(PASSPHRASE)
    dialog.replace.setChecked(True)
    dialog.restore()
    wait_ops(qtbot, timeout=60_000)
    assert [a[1] for a in asked] == ["Replace this vault?"]
    qtbot.waitUntil(lambda: "changed after you were asked" in dialog.message.text())  # type: ignore[attr-defined]
    assert "nothing was restored" in dialog.message.text() and "Choose it again." in dialog.message.text()
    assert unlocked_app.vault is not None  # not replaced, not locked
    assert _names(unlocked_app) == before
    assert list(app_folder.parent.glob(f"{app_folder.name}-before-restore-*")) == []
    assert not dialog._carried._kept


def test_escape_while_the_question_is_read_asks_nothing_and_keeps_no_key(
    unlocked_app: AppController, qtbot: object, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
) -> None:
    asked_path, _other = _two_backups(unlocked_app, tmp_path)
    asked: list[tuple[object, ...]] = []
    monkeypatch.setattr(backup_restore_dialog, "ask_yes_no", answering(False, asked))
    dialog = RestoreDialog(unlocked_app, asked_path)
    qtbot.addWidget(dialog)  # type: ignore[attr-defined]
    dialog.show()
    dialog.passphrase.setText(PASSPHRASE)
    dialog.replace.setChecked(True)
    dialog.restore()
    dialog.reject()  # Escape, before the reading on the worker has ended
    wait_ops(qtbot, timeout=60_000)
    assert asked == []  # no "Replace this vault?" on a closed dialog
    assert not dialog._carried._kept  # the key the worker kept after the close is wiped
    assert unlocked_app.vault is not None


def test_the_unlock_windows_restore_refuses_a_backup_swapped_while_it_asks(tmp_path: Path, qtbot: object) -> None:
    folder = tmp_path / "vault"
    mine = create_vault(folder, PASSPHRASE, params=OWASP_FLOOR, use_device_secret=False).vault
    clients.create_client(mine, "Asked About", date_of_birth="1980-01-01")
    asked_path = Path(backup.create_backup(mine, tmp_path / "usb").path)
    clients.create_client(mine, "Put In Between", date_of_birth="1981-01-01")
    other = Path(backup.create_backup(mine, tmp_path / "usb2").path)
    mine.lock()
    dialog = RestoreFromBackupDialog(folder, may_replace=True)
    qtbot.addWidget(dialog)  # type: ignore[attr-defined]
    dialog.show()
    dialog.backup.setText(str(asked_path))
    dialog.passphrase.setText(PASSPHRASE)
    dialog.restore_button.click()
    qtbot.waitUntil(lambda: dialog.question is not None and dialog.question.isVisible())  # type: ignore[attr-defined]
    box = dialog.question
    assert box is not None and box.windowTitle() == "Replace this vault?"
    shutil.copyfile(other, asked_path)  # while the question is shown
    (replace,) = [b for b in box.buttons() if b.text() == "&Replace"]
    replace.click()
    wait_ops(qtbot, timeout=60_000)
    assert dialog.report is None
    assert "The backup file changed after you were asked; nothing was restored." in dialog.message.text()
    with open_vault(folder, PASSPHRASE) as vault:
        assert {c.legal_name for c in clients.list_clients(vault)} == {"Asked About", "Put In Between"}
    assert list(tmp_path.glob("vault-before-restore-*")) == []
