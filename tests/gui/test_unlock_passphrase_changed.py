"""The unlock window waiting while the passphrase was changed at a terminal (`passphrase change`,
`rekey` with a new one): the old passphrase is refused with the day it changed. Found: only
"That passphrase is not right." A change from before the window was shown is not news: not said."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from tests.conftest import OWASP_FLOOR, PASSPHRASE
from tests.gui.conftest import make_locked_vault, wait_ops
from vault_app.gui.controller import AppController
from vault_app.gui.dates import show_date
from vault_app.services.vault import open_vault

pytestmark = pytest.mark.gui

NEW = "a brand new passphrase 42 for the kit"


def _change(folder: Path) -> None:
    with open_vault(folder, PASSPHRASE) as vault:  # as the terminal's command does, in its own process
        vault.change_passphrase(PASSPHRASE, NEW, OWASP_FLOOR)


def _refused(app: AppController, qtbot: object) -> str:
    window = app.unlock_window
    assert window is not None
    window.passphrase.setText(PASSPHRASE)
    window.unlock_button.click()
    wait_ops(qtbot)
    assert app.main_window is None
    return window.message.text()


def test_the_old_passphrase_is_told_of_the_change(locked_app: AppController, qtbot: object, app_folder: Path) -> None:
    _change(app_folder)
    said = _refused(locked_app, qtbot)
    assert said.startswith("That passphrase is not right.")
    assert f"The passphrase was changed on {show_date(date.today())}." in said


def test_in_spanish(locked_app: AppController, qtbot: object, app_folder: Path, spanish: None) -> None:
    _change(app_folder)
    assert f"La frase de contraseña se cambió el {show_date(date.today())}." in _refused(locked_app, qtbot)


def test_a_change_from_before_the_window_is_not_news(qtbot: object, app_folder: Path,
                                                    locked_vault_template: Path) -> None:
    from vault_app.gui.launcher import start

    make_locked_vault(app_folder, locked_vault_template)
    _change(app_folder)
    app = start(app_folder, kdf_params=OWASP_FLOOR)
    try:
        said = _refused(app, qtbot)
        assert "not right" in said and "changed" not in said
    finally:
        from tests.gui.conftest import _teardown

        _teardown(app, qtbot)
