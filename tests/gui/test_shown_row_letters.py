"""Alt letters go to the rows shown, again as rows show or hide, a plain seen letter before a
FAINT or accented one; each pressed with Alt does its thing, in English and in Spanish. Found
in this round's walk: Settings' "&Jurisdiction settings…" had the faint J and Spanish
"Titulaci&ón" the ó (their plain letters held by rows hidden for the state chosen); the open
export's Spanish "Contrase&ña del PDF" the ñ; Jurisdiction settings and the new Emergency Kit
window (after Vault > Replace every key…) no letter at all."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog, QDialogButtonBox, QWidget

from tests.gui.conftest import unlock, wait_ops
from tests.gui.test_window_mnemonics import language  # noqa: F401  (the fixture: en, then es)
from vault_app.gui.controller import AppController
from vault_app.gui.widgets import FAINT, form_letters, mnemonic_of, underlined

pytestmark = pytest.mark.gui

ALT = Qt.KeyboardModifier.AltModifier


def _alt(qtbot, window: QWidget, text: str) -> None:  # type: ignore[no-untyped-def]
    """Alt and the underlined letter of `text`, pressed in the active `window`."""
    letter = mnemonic_of(text)
    assert letter and letter.isascii() and underlined(text) not in FAINT, text
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(QApplication.focusWidget() or window, Qt.Key(ord(letter.upper())), ALT)


def _shown_letters(window: QWidget) -> list[str]:
    return [letter for w, letter in form_letters(window) if letter and w.isVisibleTo(window)]


def _unique(window: QWidget) -> bool:
    letters = _shown_letters(window)
    return len(letters) == len(set(letters))


def test_settings_letters_follow_the_rows_shown(language: str, locked_app: AppController,  # noqa: F811
                                                qtbot) -> None:
    from vault_app.gui.decision_settings import JurisdictionDialog
    from vault_app.gui.settings_dialog import SettingsDialog

    window = unlock(locked_app, qtbot)
    dialog = window.open_settings()
    assert isinstance(dialog, SettingsDialog)
    wait_ops(qtbot)
    dialog.pages.setCurrentIndex(1)
    page = dialog.pages.currentWidget()
    qtbot.waitUntil(lambda: dialog.minor_consent.edit.isVisible())
    # No plain letter left to a hidden row: Spanish "Titulación" has its u, not the ó.
    credentials = dialog.profile["credentials"]
    label = next(w for w, _l in form_letters(dialog) if getattr(w, "buddy", lambda: None)() is credentials)
    assert underlined(label.text()).isascii(), label.text()
    box = dialog.minor_consent
    # A state whose minors' rule the app knows: its tick is shown, with a letter none shown has.
    dialog.license_state.setCurrentIndex(dialog.license_state.findData("CA"))
    qtbot.waitUntil(box.accept_rule.isVisible)
    qtbot.waitUntil(lambda: bool(mnemonic_of(box.accept_rule.text())) and _unique(dialog))
    assert underlined(box.accept_rule.text()) not in FAINT
    _alt(qtbot, dialog, box.accept_rule.text())
    qtbot.waitUntil(box.accept_rule.isChecked)
    # Hidden again (no state): its letter goes back to the rows shown.
    dialog.license_state.setCurrentIndex(0)
    qtbot.waitUntil(lambda: not box.accept_rule.isVisibleTo(dialog))
    qtbot.waitUntil(lambda: not mnemonic_of(box.accept_rule.text()))
    assert _unique(dialog), sorted(_shown_letters(page))
    # Jurisdiction settings… on a letter one sees, and Alt on it opens the window.
    _alt(qtbot, dialog, box.edit.text())
    qtbot.waitUntil(lambda: bool(dialog.findChildren(JurisdictionDialog)))
    opened = dialog.findChildren(JurisdictionDialog)[0]
    qtbot.waitExposed(opened)
    opened.reject()
    dialog.reject()
    wait_ops(qtbot)


def test_jurisdiction_settings_save_by_alt(language: str, locked_app: AppController, qtbot) -> None:  # noqa: F811
    from vault_app.gui.decision_settings import JurisdictionDialog
    from vault_app.services import practice

    window = unlock(locked_app, qtbot)
    vault = locked_app.vault
    assert vault is not None
    dialog = JurisdictionDialog(locked_app, practice.load(vault).jurisdiction, parent=window, license_state="CA")
    dialog.show()
    qtbot.waitExposed(dialog)
    wait_ops(qtbot)
    assert _unique(dialog), sorted(_shown_letters(dialog))
    # Alt on Age of consent's label goes to its field; the state's rule by Alt too.
    consent_label = next(w for w, _l in form_letters(dialog) if getattr(w, "buddy", lambda: None)() is dialog.consent)
    _alt(qtbot, dialog, consent_label.text())
    qtbot.waitUntil(lambda: dialog.consent.isAncestorOf(QApplication.focusWidget()) or
                    QApplication.focusWidget() is dialog.consent)
    _alt(qtbot, dialog, dialog.use_state_rule.text())
    qtbot.waitUntil(lambda: dialog.consent.value() == 12)
    qtbot.waitUntil(lambda: _unique(dialog))  # Use your state's rule hidden: letters given anew
    save = dialog.buttons.button(QDialogButtonBox.StandardButton.Save)
    assert save is not None
    _alt(qtbot, dialog, save.text())
    qtbot.waitUntil(lambda: dialog.result() == QDialog.DialogCode.Accepted)
    wait_ops(qtbot)
    assert practice.load(vault).jurisdiction.age_of_consent_for_treatment == 12


def test_open_export_password_by_alt(language: str, locked_app: AppController, qtbot) -> None:  # noqa: F811
    from vault_app.gui.open_export_dialog import OpenExportDialog
    from vault_app.services import clients, notes

    window = unlock(locked_app, qtbot)
    vault = locked_app.vault
    assert vault is not None
    client = clients.create_client(vault, "Olga Export", date_of_birth="1980-02-03")
    # An unsigned draft: "&Leave the drafts out" shows, its L given by hand, once the chart is read.
    notes.create_progress_note(vault, client.client_id, text="Draft.", note_date=date(2026, 12, 1))
    dialog = OpenExportDialog(locked_app, client.client_id, parent=window)
    dialog.show()
    qtbot.waitExposed(dialog)
    wait_ops(qtbot)
    qtbot.waitUntil(lambda: dialog.leave_out_drafts.isVisibleTo(dialog))
    qtbot.waitUntil(lambda: _unique(dialog))
    # Show beside the passwords has no letter (Sh&ow made Alt+O go there too in Spanish)
    assert not mnemonic_of(dialog.password.toggle.text()), dialog.password.toggle.text()
    label = next(w for w, _l in form_letters(dialog) if getattr(w, "buddy", lambda: None)() is dialog.password)
    _alt(qtbot, dialog, label.text())  # "Contraseña del &PDF", not the ñ
    qtbot.waitUntil(lambda: dialog.password.isAncestorOf(QApplication.focusWidget()))
    dialog.reject()
    wait_ops(qtbot)


def test_the_new_kit_window_by_alt(language: str, locked_app: AppController, qtbot,  # noqa: F811
                                   tmp_path: Path) -> None:
    from vault_app.gui.vault_keys_dialogs import EmergencyKitDialog
    from vault_app.services import backup
    from vault_app.services.key_replacement import kit_for

    window = unlock(locked_app, qtbot)
    vault = locked_app.vault
    assert vault is not None
    backup.configure(vault, target=str(tmp_path))
    dialog = EmergencyKitDialog(kit_for(vault, "X"), window, controller=locked_app)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert _unique(dialog), sorted(_shown_letters(dialog))
    assert mnemonic_of(dialog.save_button.text()), dialog.save_button.text()
    _alt(qtbot, dialog, dialog.backup_button.text())
    qtbot.waitUntil(lambda: str(tmp_path) in dialog.backed_up_label.text())
    _alt(qtbot, dialog, dialog.kept.text())
    qtbot.waitUntil(dialog.kept.isChecked)
    _alt(qtbot, dialog, dialog.done_button.text())
    qtbot.waitUntil(lambda: dialog.result() == QDialog.DialogCode.Accepted)
    wait_ops(qtbot)
