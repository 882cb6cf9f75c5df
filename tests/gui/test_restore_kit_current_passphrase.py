"""The unlock window's restore with the Emergency Kit takes the current vault's passphrase, as
`vault-app backup restore --recovery-key-file` takes it beside the kit (VAULT_APP_PASSPHRASE,
--passphrase-file): a backup made before Replace every key, restored with the kit of then over her
own vault on the same computer. Without it the vault replaced does not open with the kit of then:
its destructions were not re-applied and a chart destroyed since came back, and the dialog had no
field to give it (found by a lead; the command line could). Real vaults, real keys, the real app."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.conftest import PASSPHRASE
from tests.core.destruction_helpers import seed_chart
from tests.gui.conftest import wait_ops
from tests.gui.test_restore_without_vault import _answer, _dialog
from vault_app.crypto.kdf import OWASP_FLOOR
from vault_app.gui.controller import AppController
from vault_app.services import backup, clients, destruction
from vault_app.services.vault import create_vault, open_vault
from vault_app.services.vault_rekey_runners import replace_here

pytestmark = pytest.mark.gui

AFTER_REKEY = "the passphrase chosen with the new keys 12"
RESTORED = "violet lantern drifts over quiet harbor"


@pytest.fixture
def rekeyed(tmp_path: Path, app_folder: Path, qtbot: object) -> Iterator[tuple[AppController, Path, str, str]]:
    """Her vault: a backup kept with the kit of then, every key replaced, then a chart destroyed."""
    from tests.gui.conftest import _teardown
    from vault_app.gui.launcher import start

    made = create_vault(app_folder, PASSPHRASE, params=OWASP_FLOOR)
    vault = made.vault
    vault.unlock_psychotherapy(PASSPHRASE)
    target, kept = seed_chart(vault, "T"), seed_chart(vault, "K")
    info = backup.create_backup(vault, tmp_path / "usb")
    offsite = tmp_path / "offsite" / Path(info.path).name
    offsite.parent.mkdir()
    shutil.copy2(info.path, offsite)  # no purge reaches it
    replace_here(vault, PASSPHRASE, AFTER_REKEY)
    destruction.destroy(vault, target.chart_number, basis="retention", confirm=target.chart_number)
    vault.lock()
    app = start(app_folder, kdf_params=OWASP_FLOOR)
    yield app, offsite, made.recovery_key, kept.client_id
    _teardown(app, qtbot)


def _restore_with_kit(app: AppController, offsite: Path, key: str, current: str, qtbot: object) -> object:
    window = app.unlock_window
    assert window is not None
    window.restore_button.click()
    dialog = _dialog(window)
    dialog.backup.setText(str(offsite))
    dialog.with_kit.setChecked(True)
    assert dialog.current.isVisible()  # beside the kit, as the command line takes it
    dialog.key.setText(key)
    dialog.first.setText(RESTORED)
    dialog.second.setText(RESTORED)
    dialog.current.setText(current)
    qtbot.waitUntil(dialog.restore_button.isEnabled)  # type: ignore[attr-defined]  # the meter judges on the worker
    dialog.restore_button.click()
    return dialog


def test_the_kit_with_the_current_passphrase_destroys_again_what_was_destroyed_since(
        rekeyed: tuple[AppController, Path, str, str], app_folder: Path, qtbot: object) -> None:
    app, offsite, key, kept = rekeyed
    dialog = _restore_with_kit(app, offsite, key, AFTER_REKEY, qtbot)
    _answer(dialog, qtbot, "replace")  # type: ignore[arg-type]
    wait_ops(qtbot, timeout=60_000)
    assert dialog.report is not None, dialog.message.text()  # type: ignore[attr-defined]
    said = dialog.done_text.text()  # type: ignore[attr-defined]
    assert "destroyed again: 1" in said and "does not open" not in said, said
    with open_vault(app_folder, RESTORED) as vault:
        assert [c.client_id for c in clients.list_clients(vault)] == [kept]


def test_without_it_the_question_and_the_summary_say_how_to_give_it(
        rekeyed: tuple[AppController, Path, str, str], app_folder: Path, qtbot: object) -> None:
    app, offsite, key, _kept = rekeyed
    dialog = _restore_with_kit(app, offsite, key, "", qtbot)
    wait_ops(qtbot, timeout=60_000)
    assert dialog.question is not None, dialog.message.text()  # type: ignore[attr-defined]
    asked = dialog.question.text()  # type: ignore[attr-defined]
    assert "does not open with this backup's keys" in asked and "Current passphrase" in asked, asked
    assert "VAULT_APP" not in asked and "--" not in asked
    _answer(dialog, qtbot, "replace")  # type: ignore[arg-type]
    wait_ops(qtbot, timeout=60_000)
    said = dialog.done_text.text()  # type: ignore[attr-defined]
    assert "its keys were replaced since" in said and "were not re-applied" in said, said
    assert "VAULT_APP" not in said and "--passphrase-file" not in said, said


def test_a_wrong_current_passphrase_is_said_as_the_command_line_says_it(
        rekeyed: tuple[AppController, Path, str, str], app_folder: Path, qtbot: object) -> None:
    app, offsite, key, _kept = rekeyed
    dialog = _restore_with_kit(app, offsite, key, "not her passphrase at all", qtbot)
    wait_ops(qtbot, timeout=60_000)
    assert dialog.question is not None, dialog.message.text()  # type: ignore[attr-defined]
    asked = dialog.question.text()  # type: ignore[attr-defined]
    assert "nor with the current passphrase typed" in asked, asked
    dialog.question.button(dialog.question.StandardButton.Cancel).click()  # type: ignore[attr-defined]
    assert dialog.message.text() == "Nothing was restored."  # type: ignore[attr-defined]


def test_the_kit_typed_where_the_passphrase_goes_is_taken_as_the_kit(
        rekeyed: tuple[AppController, Path, str, str], app_folder: Path, qtbot: object) -> None:
    """As `backup restore`'s prompt takes it: not refused as a wrong passphrase."""
    app, offsite, key, kept = rekeyed
    window = app.unlock_window
    assert window is not None
    window.restore_button.click()
    dialog = _dialog(window)
    dialog.backup.setText(str(offsite))
    dialog.passphrase.setText(key.lower().replace("-", " "))
    dialog.restore_button.click()
    assert dialog.with_kit.isChecked() and dialog.key.text() == key.lower().replace("-", " ")
    assert dialog.passphrase.text() == "" and "shape of your Emergency Kit" in dialog.message.text()
    assert dialog.question is None and dialog.report is None  # nothing read nor restored yet
    dialog.first.setText(RESTORED)
    dialog.second.setText(RESTORED)
    dialog.current.setText(AFTER_REKEY)
    qtbot.waitUntil(dialog.restore_button.isEnabled)  # type: ignore[attr-defined]
    dialog.restore_button.click()
    _answer(dialog, qtbot, "replace")
    wait_ops(qtbot, timeout=60_000)
    assert dialog.report is not None, dialog.message.text()
    with open_vault(app_folder, RESTORED) as vault:
        assert [c.client_id for c in clients.list_clients(vault)] == [kept]


def test_enter_after_the_kit_was_typed_as_the_passphrase_restores_not_cancels(
        rekeyed: tuple[AppController, Path, str, str], app_folder: Path, qtbot: object) -> None:
    """Found in the real app: the kit typed at the passphrase and Enter switched to the kit's fields,
    and Enter after the new passphrase pressed Cancel (its row hidden under the focus, Cancel had
    become the default button): the dialog closed with the recovery key typed in it."""
    from PySide6.QtCore import Qt

    app, offsite, key, _kept = rekeyed
    window = app.unlock_window
    assert window is not None
    window.restore_button.click()
    dialog = _dialog(window)
    qtbot.waitUntil(dialog.isActiveWindow)  # type: ignore[attr-defined]
    dialog.backup.setText(str(offsite))
    dialog.passphrase.edit.setFocus()
    qtbot.keyClicks(dialog.passphrase.edit, key)  # type: ignore[attr-defined]
    qtbot.keyClick(dialog.passphrase.edit, Qt.Key.Key_Return)  # type: ignore[attr-defined]
    assert dialog.with_kit.isChecked()
    qtbot.keyClicks(dialog.first.edit, RESTORED)  # type: ignore[attr-defined]
    dialog.second.edit.setFocus()
    qtbot.keyClicks(dialog.second.edit, RESTORED)  # type: ignore[attr-defined]
    qtbot.waitUntil(dialog.restore_button.isEnabled)  # type: ignore[attr-defined]
    qtbot.keyClick(dialog.second.edit, Qt.Key.Key_Return)  # type: ignore[attr-defined]
    assert dialog.isVisible() and dialog.key.text() == key
    wait_ops(qtbot, timeout=60_000)
    assert dialog.question is not None, dialog.message.text()  # Enter restored: the question is asked
    dialog.question.button(dialog.question.StandardButton.Cancel).click()
