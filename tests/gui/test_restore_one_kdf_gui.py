"""The GUI's restores over a vault derive the backup's key once (kdf.Carried): the question read
on the worker derived it, and the restore after the answer derived it again (two Argon2 runs
at the vault's setting, seconds each on a laptop). Both ways in: the unlock window's Restore
from a backup (gui/restore_dialog.py) and the Backups screen's restore over the vault in use
(gui/backup_restore_dialog.py). Every real Argon2 run is counted; the tests' memo is off."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from argon2.low_level import hash_secret_raw

from tests.conftest import PASSPHRASE
from tests.gui.conftest import wait_ops
from tests.gui.test_restore import _backed_up_then_changed, _names, _restore_dialog
from tests.gui.test_restore_without_vault import _answer, _dialog, _rolled_back_with_backup, _unlock_window
from tests.gui.yes_no_answered import answering
from vault_app.crypto import kdf
from vault_app.crypto.kdf import OWASP_FLOOR
from vault_app.gui import backup_restore_dialog
from vault_app.gui.controller import AppController

pytestmark = [pytest.mark.gui, pytest.mark.real_kdf]


@pytest.fixture
def argon2_runs(monkeypatch: pytest.MonkeyPatch) -> list[bytes]:
    runs: list[bytes] = []

    def counted(**given: object) -> bytes:
        salt = given["salt"]
        assert isinstance(salt, bytes)
        if salt != bytes(kdf.SALT_LEN):  # the calibration's, if any
            runs.append(salt)
        return hash_secret_raw(**given)  # type: ignore[arg-type]

    monkeypatch.setattr(kdf, "hash_secret_raw", counted)
    return runs


@pytest.fixture
def rolled_back_app(tmp_path: Path, app_folder: Path, qtbot: object) -> Iterator[tuple[AppController, Path]]:
    from tests.gui.conftest import _teardown
    from vault_app.gui.launcher import start

    made = _rolled_back_with_backup(app_folder, tmp_path / "usb")
    app = start(app_folder, kdf_params=OWASP_FLOOR)
    yield app, made
    _teardown(app, qtbot)


def test_the_unlock_windows_restore_derives_the_backups_key_once(
    rolled_back_app: tuple[AppController, Path], app_folder: Path, qtbot: object, argon2_runs: list[bytes]
) -> None:
    app, made = rolled_back_app
    window = _unlock_window(app, qtbot)
    window.restore_button.click()
    dialog = _dialog(window)
    dialog.backup.setText(str(made))
    dialog.passphrase.setText(PASSPHRASE)
    argon2_runs.clear()
    dialog.restore_button.click()
    _answer(dialog, qtbot, "replace")
    wait_ops(qtbot, timeout=60_000)
    assert dialog.report is not None, dialog.message.text()
    assert len(argon2_runs) == 1, f"{len(argon2_runs)} Argon2 runs for one restore"
    assert dialog._carried.get(PASSPHRASE, argon2_runs[0], OWASP_FLOOR) is None  # wiped once restored


def test_the_backups_screens_restore_over_the_vault_derives_its_key_once(
    unlocked_app: AppController, qtbot: object, tmp_path: Path, app_folder: Path,
    monkeypatch: pytest.MonkeyPatch, argon2_runs: list[bytes],
) -> None:
    made = _backed_up_then_changed(unlocked_app, qtbot, tmp_path)
    dialog = _restore_dialog(unlocked_app, qtbot, made)
    dialog.replace.setChecked(True)
    monkeypatch.setattr(backup_restore_dialog, "ask_yes_no", answering(True))
    argon2_runs.clear()
    dialog.restore()
    wait_ops(qtbot, timeout=60_000)
    assert unlocked_app.vault is None, dialog.message.text()  # replaced, and locked
    assert len(argon2_runs) == 1, f"{len(argon2_runs)} Argon2 runs for one restore"
    assert _names(app_folder) == {"Before Backup"}
