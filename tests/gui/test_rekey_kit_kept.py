"""Replace every key leaves the vault without a kept Emergency Kit until its new kit's window is
done with (services/kit_kept.py), as the first run does.

Found by a walker (wtwo): Vault > Replace every key…, the new kit on screen, the app killed (a
power cut) before the kit was saved. The old recovery key no longer opens the vault, the new one
was shown once, and the next unlock said nothing: the replacement had marked the kit kept the
moment it finished. Now the replacement's own header write says "not kept" and the kit window's
Done (its box ticked) says kept; a kill in between leaves the reminder and the offer of a new
kit at every unlock. The command line prints (or writes) the key: its replacement counts as kept.
Real vault files, real replacement, real windows."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QMessageBox

from tests.conftest import PASSPHRASE, reopen
from tests.gui.conftest import _teardown, make_locked_vault, unlock, wait_ops
from tests.gui.yes_no_answered import answering
from vault_app.crypto.kdf import OWASP_FLOOR
from vault_app.gui import new_kit_dialog, vault_keys_dialogs
from vault_app.gui.controller import AppController
from vault_app.services import kit_kept, reminders, vault_rekey_runners

pytestmark = pytest.mark.gui


def _kit_window(unlocked_app: AppController, qtbot) -> vault_keys_dialogs.EmergencyKitDialog:
    window = unlocked_app.main_window
    assert window is not None
    dialog = window.open_rekey()
    dialog.current.setText(PASSPHRASE)
    dialog.rekey_button.click()
    wait_ops(qtbot)
    qtbot.waitUntil(lambda: bool(window.findChildren(vault_keys_dialogs.EmergencyKitDialog)), timeout=20_000)
    return window.findChildren(vault_keys_dialogs.EmergencyKitDialog)[0]


def test_the_kit_on_screen_is_not_kept_yet_then_done_keeps_it(unlocked_app: AppController, qtbot,
                                                              app_folder: Path) -> None:
    kit_window = _kit_window(unlocked_app, qtbot)
    # What a kill now (the kit on screen, not saved) leaves in the vault folder.
    vault = unlocked_app.vault
    assert vault is not None
    assert kit_kept.missing(vault)
    said = reminders.standing(vault)
    assert said is not None and "no Emergency Kit kept" in said
    kit_window.kept.setChecked(True)
    kit_window.done_button.click()
    wait_ops(qtbot)
    assert not kit_kept.missing(vault)
    unlocked_app.lock("test")
    wait_ops(qtbot)
    with reopen(app_folder) as again:
        assert not kit_kept.missing(again)


def test_closed_without_the_kit_the_reminder_stays(unlocked_app: AppController, qtbot, app_folder: Path,
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    kit_window = _kit_window(unlocked_app, qtbot)
    monkeypatch.setattr(new_kit_dialog, "ask_yes_no", answering(True))  # "Close anyway?" Yes
    kit_window.ask_to_close()
    wait_ops(qtbot)
    assert not kit_window.isVisible()
    unlocked_app.lock("test")
    wait_ops(qtbot)
    with reopen(app_folder) as vault:
        assert kit_kept.missing(vault)
        said = reminders.after_unlock(vault)
        assert said is not None and "no Emergency Kit kept" in said


def test_the_command_line_replacement_counts_as_kept(app_folder: Path, locked_vault_template: Path) -> None:
    """`vault-app rekey` prints the key or writes it to --recovery-key-out: nothing to remind,
    also where the first run had left the kit not kept."""
    make_locked_vault(app_folder, locked_vault_template)
    with reopen(app_folder) as vault:
        kit_kept.not_kept_yet(vault)
        vault_rekey_runners.replace_here(vault, PASSPHRASE)
        assert not kit_kept.missing(vault)


@pytest.fixture
def app_without_kit(qtbot, app_folder: Path, locked_vault_template: Path) -> Iterator[AppController]:
    from vault_app.gui.launcher import start

    make_locked_vault(app_folder, locked_vault_template)
    with reopen(app_folder) as vault:
        kit_kept.not_kept_yet(vault)  # as a kill while the kit was on screen leaves it
    controller = start(app_folder, kdf_params=OWASP_FLOOR)
    yield controller
    _teardown(controller, qtbot)


def test_done_takes_the_reminder_off_the_status_line(app_without_kit: AppController, qtbot) -> None:
    """Seen in the real app: the offer taken, the new kit done with, the status line still said
    "This vault has no Emergency Kit kept" until the next unlock."""
    window = unlock(app_without_kit, qtbot)
    qtbot.waitUntil(lambda: "no Emergency Kit kept" in window.status_label.text(), timeout=20_000)
    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, QMessageBox) and widget.objectName() == "kitOfferBox":
            widget.reject()  # "Later"; Replace every key from the menu instead
    kit_window = _kit_window(app_without_kit, qtbot)
    kit_window.kept.setChecked(True)
    kit_window.done_button.click()
    wait_ops(qtbot)
    qtbot.waitUntil(lambda: "Emergency Kit" not in window.status_label.text(), timeout=20_000)
