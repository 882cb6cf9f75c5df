"""A folder given on the command line (`vault-app --vault DIR`) is for that start only.

Found by a walker: she opened a copy of her vault once with `vault-app --vault vault-future`,
closed it, and the next plain `vault-app` (the menu entry) opened the COPY, because every
unlock wrote its folder into app-settings.json; the command line still defaulted to the real
vault, and the copy's backup on lock went into the real vault's backup folder. Only the
therapist's own choice (Open another vault…, a restore into another folder, the first-run
wizard's folder changed) changes the folder a plain start opens (docs/gui.md).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import PASSPHRASE
from tests.gui.conftest import unlock, wait_ops
from vault_app.crypto.kdf import OWASP_FLOOR
from vault_app.gui import app_settings
from vault_app.gui.controller import AppController
from vault_app.services.vault import create_vault

pytestmark = pytest.mark.gui


def test_a_folder_opened_for_one_start_is_not_remembered(unlocked_app: AppController, qtbot: object) -> None:
    # unlocked_app was started on its folder as `vault-app --vault DIR` starts it (launcher.start)
    assert unlocked_app.vault is not None
    unlocked_app.lock("test")
    wait_ops(qtbot)
    assert app_settings.get("last_vault_folder") is None
    assert not app_settings.settings_path().exists()


def test_a_remembered_choice_survives_a_one_off_start(unlocked_app: AppController, qtbot: object,
                                                      tmp_path: Path) -> None:
    chosen = tmp_path / "chosen"
    app_settings.remember_vault_folder(chosen)  # as Open another vault… once chose it
    unlocked_app.lock("test")
    wait_ops(qtbot)
    unlock(unlocked_app, qtbot)
    assert app_settings.get("last_vault_folder") == str(chosen)


@pytest.mark.parametrize("changed", [True, False])
def test_the_first_run_wizard_remembers_only_a_folder_the_therapist_changed(
        fresh_app: AppController, qtbot: object, tmp_path: Path, app_folder: Path, changed: bool) -> None:
    folder = tmp_path / "typed-in-the-wizard" if changed else app_folder
    wizard = fresh_app.wizard
    assert wizard is not None
    wizard.vault_ready.emit(create_vault(folder, PASSPHRASE, params=OWASP_FLOOR).vault)  # as the wizard's Finish
    wait_ops(qtbot)
    assert fresh_app.vault is not None and fresh_app.folder == folder
    assert app_settings.get("last_vault_folder") == (str(folder) if changed else None)
