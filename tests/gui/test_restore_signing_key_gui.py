"""Vault > Backups…, restoring over the vault in use a backup made before Replace every key: the
restored vault keeps the signing key in use now, the earlier key stays retired, and the box the
unlock window shows says so (with the fingerprints) and that the kit of then opens the restored
vault. Real vault, real backup, real keys, real widgets."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

from tests.conftest import PASSPHRASE
from tests.gui.conftest import wait_ops
from tests.gui.test_restore import _restore_dialog
from tests.gui.yes_no_answered import answering
from vault_app.crypto import signing
from vault_app.gui import backup_restore_dialog
from vault_app.gui.controller import AppController
from vault_app.services import backup, signing_keys
from vault_app.services.vault_rekey_runners import replace_here
from vault_app.storage import header as header_io

pytestmark = pytest.mark.gui


def _in_use(folder: Path) -> tuple[str, list[str]]:
    header = header_io.read(folder)
    return (signing.fingerprint(header_io.unb64(header.signing_public_key)),
            [k.fingerprint for k in signing_keys.retired(header)])


def test_a_backup_from_before_replace_every_key_keeps_the_key_in_use(
    unlocked_app: AppController, qtbot: object, tmp_path: Path, app_folder: Path, monkeypatch: pytest.MonkeyPatch,
) -> None:
    target = tmp_path / "usb-drive"
    target.mkdir()
    old_fp = _in_use(app_folder)[0]
    unlocked_app.op(None, lambda v: backup.create_backup(v, target, verify=True)).run()
    wait_ops(qtbot, timeout=60_000)
    (made,) = target.glob("*.vaultbackup")
    unlocked_app.op(None, lambda v: replace_here(v, PASSPHRASE)).run()
    wait_ops(qtbot, timeout=60_000)
    new_fp, retired = _in_use(app_folder)
    assert new_fp != old_fp and retired == [old_fp]

    dialog = _restore_dialog(unlocked_app, qtbot, made)
    dialog.replace.setChecked(True)
    monkeypatch.setattr(backup_restore_dialog, "ask_yes_no", answering(True))
    dialog.restore()
    wait_ops(qtbot, timeout=60_000)
    assert unlocked_app.vault is None and unlocked_app.unlock_window is not None

    assert _in_use(app_folder) == (new_fp, [old_fp])
    [box] = [b for b in unlocked_app.unlock_window.findChildren(QMessageBox) if b.windowTitle() == "Restored"]
    said = box.text()
    assert f"keeps the signing key in use now (fingerprint {new_fp})" in said, said
    assert f"The backup's key (fingerprint {old_fp}) stays retired" in said, said
    assert "Replace every key" in said and "Emergency Kit of the backup's time" in said, said
    box.close()


def test_restored_where_no_other_copy_is_read_the_summary_names_the_key_to_compare(
    qtbot: object, tmp_path: Path, vault_dir: Path, vault: object,
) -> None:
    """Restore from a backup… on a new computer (the unlock window's, the first-run wizard's): the
    backup's header is all there is; the summary says the key to compare with the latest kit."""
    from vault_app.gui import restore_summary
    from vault_app.services import backup_restore
    from vault_app.services.vault import Vault

    assert isinstance(vault, Vault)
    made = backup.create_backup(vault, tmp_path / "usb").path
    fp = signing.fingerprint(vault.public_key)
    vault.lock()
    report = backup_restore.restore_backup(Path(made), tmp_path / "new-computer", passphrase=PASSPHRASE)
    said, _next = restore_summary.lines(report, None)
    [line] = [s for s in said if fp in s]
    assert "most recent Emergency Kit" in line and "Replace every key" in line, said
