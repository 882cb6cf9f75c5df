"""The unlock window waiting while the passphrase was changed at a terminal (`passphrase change`,
`rekey` with a new one): the old passphrase is refused saying it was changed. Found: only
"That passphrase is not right." Then (a walker): a change from before the window was shown, or
before a restart, was not said at all; the Emergency Kit never named however often it failed.
Then (another walker): the day was said to anyone typing any wrong passphrase, telling whoever
holds an old one that it changed and when: the day is no longer said."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from tests.conftest import OWASP_FLOOR, PASSPHRASE
from tests.core.cli_helpers import FAST_KDF, cli_process
from tests.gui.conftest import _teardown, make_locked_vault, wait_ops
from vault_app.gui.controller import AppController
from vault_app.gui.dates import show_date
from vault_app.services.vault import open_vault

pytestmark = pytest.mark.gui

NEW = "a brand new passphrase 42 for the kit"


def _change(folder: Path) -> None:
    with open_vault(folder, PASSPHRASE) as vault:  # as the terminal's command does, in its own process
        vault.change_passphrase(PASSPHRASE, NEW, OWASP_FLOOR)


def _refused(app: AppController, qtbot: object, typed: str = PASSPHRASE) -> str:
    window = app.unlock_window
    assert window is not None
    window.passphrase.setText(typed)
    window.unlock_button.click()
    wait_ops(qtbot)
    assert app.main_window is None
    return window.message.text()


def test_the_old_passphrase_is_told_of_the_change(locked_app: AppController, qtbot: object, app_folder: Path) -> None:
    _change(app_folder)
    said = _refused(locked_app, qtbot)
    assert said.startswith("That passphrase is not right.")
    assert "This vault's passphrase has been changed: type the newest one" in said, said
    assert show_date(date.today()) not in said and str(date.today()) not in said  # not when


def test_in_spanish(locked_app: AppController, qtbot: object, app_folder: Path, spanish: None) -> None:
    _change(app_folder)
    said = _refused(locked_app, qtbot)
    assert "La frase de contraseña de esta bóveda se ha cambiado" in said, said
    assert show_date(date.today()) not in said


def _in_another_process(folder: Path) -> None:
    """`vault-app passphrase change` at a terminal, as the walker's recovery elsewhere did."""
    done = cli_process("passphrase", "change", "--vault", str(folder), *FAST_KDF,
                       extra_env={"VAULT_APP_NEW_PASSPHRASE": NEW})
    assert done.code == 0, done.err


def _started(folder: Path, qtbot: object) -> AppController:
    from vault_app.gui.launcher import start

    app = start(folder, kdf_params=OWASP_FLOOR)
    assert app.unlock_window is not None
    app.unlock_window.finish_setup()  # the failed-attempts count read, as after the first paint
    wait_ops(qtbot)
    return app


def test_a_change_from_before_the_window_is_said_and_after_a_restart(
        qtbot: object, app_folder: Path, locked_vault_template: Path) -> None:
    """Found by a walker: changed before the window appeared (a recovery, another process),
    the old passphrase was met with "not right" only, on the third try too, and after a restart."""
    make_locked_vault(app_folder, locked_vault_template)
    _in_another_process(app_folder)
    day = "This vault's passphrase has been changed: type the newest one"
    app = _started(app_folder, qtbot)
    try:
        first = _refused(app, qtbot)
        assert first.startswith("That passphrase is not right.") and day in first
        assert "Emergency Kit" not in first  # one slip: the day is enough
        _refused(app, qtbot)
        third = _refused(app, qtbot)
        assert day in third and "Recover with Emergency Kit" in third
    finally:
        _teardown(app, qtbot)
    app = _started(app_folder, qtbot)  # a restart: the failures were counted on disk
    try:
        again = _refused(app, qtbot)
        assert day in again and "Recover with Emergency Kit" in again
    finally:
        _teardown(app, qtbot)


def test_repeated_failures_name_the_kit_in_spanish(qtbot: object, app_folder: Path,
                                                   locked_vault_template: Path) -> None:
    from vault_app.gui import i18n

    make_locked_vault(app_folder, locked_vault_template)
    _in_another_process(app_folder)
    app = _started(app_folder, qtbot)
    assert i18n.install("es") == "es"  # after the start, which installs the environment's language
    try:
        first = _refused(app, qtbot)
        assert "La frase de contraseña de esta bóveda se ha cambiado" in first, first
        _refused(app, qtbot)
        third = _refused(app, qtbot)
        assert "Recuperar con el Kit de emergencia" in third and "Emergency" not in third, third
    finally:
        i18n.install("en")
        _teardown(app, qtbot)


def test_never_changed_the_kit_after_repeated_failures(locked_app: AppController, qtbot: object) -> None:
    first = _refused(locked_app, qtbot, NEW)
    assert "changed" not in first and "Emergency Kit" not in first
    _refused(locked_app, qtbot, NEW)
    third = _refused(locked_app, qtbot, NEW)
    assert "changed" not in third and "Recover with Emergency Kit" in third
