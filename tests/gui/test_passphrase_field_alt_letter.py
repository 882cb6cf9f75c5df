"""Alt and the letter of a PassphraseField's label lands in its password edit: in the export
wizard (its label's buddy is the field, a container) it did nothing, as Qt's label gives focus
to its buddy only if the buddy takes focus, and the container took none (its edit does). Real
vault, real wizard, a real Alt key press, in English and in Spanish (the real es.ts)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication, QLabel

from tests.gui.conftest import unlock, wait_ops
from tests.gui.test_export_and_lock import to_basis_page
from tests.gui.test_window_mnemonics import language  # noqa: F401  (the fixture: en, then es)
from vault_app.gui.controller import AppController
from vault_app.gui.passphrase import PassphraseField
from vault_app.gui.widgets import mnemonic_of

pytestmark = pytest.mark.gui


def test_alt_and_a_password_label_s_letter_lands_in_the_password(language: str, locked_app: AppController,  # noqa: F811
                                                                  qtbot, tmp_path) -> None:
    unlock(locked_app, qtbot)
    _window, wizard, basis = to_basis_page(locked_app, qtbot)
    basis.form.basis.setCurrentIndex(basis.form.basis.findData("treatment"))
    basis.form.set_value("recipient_is", "provider")
    basis.form.set_value("provider_role", "psychiatrist")
    basis.check()
    wait_ops(qtbot)
    assert basis.isComplete()
    wizard.next()
    page = wizard.save_page
    assert wizard.currentPage() is page
    qtbot.waitExposed(wizard)
    wizard.activateWindow()
    qtbot.waitUntil(wizard.isActiveWindow)
    page.path.setFocus()
    qtbot.waitUntil(page.path.hasFocus)
    words = {"en": ("Password:", "Confirm:"), "es": ("Contraseña:", "Confirmar:")}[language]
    for field, said in ((page.password, words[0]), (page.confirm, words[1]), (page.password, words[0])):
        label = next(lab for lab in page.findChildren(QLabel) if lab.buddy() in (field, field.edit))
        assert label.text().replace("&", "") == said
        letter = mnemonic_of(label.text())
        assert letter, label.text()
        key = QKeySequence(letter.upper())[0].key()
        qtbot.keyClick(QApplication.focusWidget() or wizard, key, Qt.KeyboardModifier.AltModifier)
        qtbot.waitUntil(lambda f=field: f.edit.hasFocus(), timeout=5_000)
        # The letter went to the focus, not into the password as a character.
        assert field.edit.text() == ""
    wizard.close()


def test_a_field_takes_the_keyboard_yet_tab_stops_once(qtbot) -> None:
    """The field takes focus as its edit (a label's letter needs that), and Tab and Shift+Tab
    still stop once, on the edit: not on the container, nor on Show."""
    from PySide6.QtWidgets import QLineEdit, QVBoxLayout, QWidget

    window = QWidget()
    before, after = QLineEdit(), QLineEdit()
    field = PassphraseField("Passphrase", "Passphrase")
    column = QVBoxLayout(window)
    for widget in (before, field, after):
        column.addWidget(widget)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    assert field.focusPolicy() != Qt.FocusPolicy.NoFocus
    before.setFocus()
    qtbot.waitUntil(before.hasFocus)
    qtbot.keyClick(before, Qt.Key.Key_Tab)
    qtbot.waitUntil(field.edit.hasFocus)
    qtbot.keyClick(field.edit, Qt.Key.Key_Tab)
    qtbot.waitUntil(after.hasFocus)
    qtbot.keyClick(after, Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
    qtbot.waitUntil(field.edit.hasFocus)
    qtbot.keyClick(field.edit, Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
    qtbot.waitUntil(before.hasFocus)
