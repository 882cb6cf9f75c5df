"""The export wizard by the keyboard alone, in English and in Spanish, with real key events: on
"Password and file", Tab from Confirm lands in "Save to" (its label has an Alt letter that lands
there too) and a path typed there is the file written; on the basis page, with the basis
"Treatment by another provider" ("El tratamiento por otro profesional"), "Who receives it" /
"Quién lo recibe" has its Alt letter and it lands in its choice. A walker of the round reported
both missing (Save to skipped by Tab, Quién lo recibe without a letter); real vault, real widgets,
the real es.ts."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QLabel, QWidget

from tests.gui.conftest import unlock, wait_ops
from tests.gui.test_export_and_lock import _chart_with_signed_note
from tests.gui.test_export_wizard_walk import _to_save_page
from tests.gui.test_window_mnemonics import language  # noqa: F401  (the fixture: en, then es)
from vault_app.gui.controller import AppController
from vault_app.gui.widgets import mnemonic_of

pytestmark = pytest.mark.gui


def _label_of(page: QWidget, field: QWidget) -> QLabel:
    return next(lab for lab in page.findChildren(QLabel)
                if lab.buddy() is field and lab.isVisibleTo(page))


def _alt(qtbot, window: QWidget, letter: str) -> None:  # type: ignore[no-untyped-def]
    key = QKeySequence(letter.upper())[0].key()
    qtbot.keyClick(window.focusWidget() or window, key, Qt.KeyboardModifier.AltModifier)


def test_save_to_is_reached_by_tab_and_alt_and_a_typed_path_is_used(
        language: str, locked_app: AppController, qtbot, tmp_path: Path) -> None:  # noqa: F811
    unlock(locked_app, qtbot)
    client_id = _chart_with_signed_note(locked_app, qtbot)
    wizard = _to_save_page(locked_app, qtbot, client_id)
    wizard.activateWindow()
    qtbot.waitUntil(wizard.isActiveWindow)
    save = wizard.save_page
    save.password.setFocus()
    qtbot.keyClicks(wizard.focusWidget(), "a long pdf password")
    qtbot.keyClick(wizard.focusWidget(), Qt.Key.Key_Tab)
    qtbot.keyClicks(wizard.focusWidget(), "a long pdf password")
    # Tab from Confirm: into Save to (a walker read Confirm -> Show -> Choose…)
    qtbot.keyClick(wizard.focusWidget(), Qt.Key.Key_Tab)
    qtbot.waitUntil(save.path.hasFocus, timeout=5_000)
    # Away, then back by the label's Alt letter
    save.password.setFocus()
    letter = mnemonic_of(_label_of(save, save.path).text())
    assert letter, _label_of(save, save.path).text()
    _alt(qtbot, wizard, letter)
    qtbot.waitUntil(save.path.hasFocus, timeout=5_000)
    typed = tmp_path / "typed by hand.pdf"
    qtbot.keyClick(save.path, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(save.path, str(typed))
    assert save.path.text() == str(typed)
    qtbot.keyClick(wizard.focusWidget(), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: save.result is not None, timeout=60_000)
    assert save.result is not None and Path(save.result.path) == typed and typed.is_file()
    wizard.close()
    wait_ops(qtbot)


def test_who_receives_it_has_its_letter_and_it_lands_in_the_choice(
        language: str, locked_app: AppController, qtbot) -> None:  # noqa: F811
    unlock(locked_app, qtbot)
    client_id = _chart_with_signed_note(locked_app, qtbot)
    wizard = _to_save_page(locked_app, qtbot, client_id)
    wizard.back()
    basis = wizard.basis_page
    form = basis.form
    # Another basis first (its many labels took letters), then treatment again
    form.basis.setCurrentIndex(form.basis.findData("court_order"))
    wait_ops(qtbot)
    form.basis.setCurrentIndex(form.basis.findData("treatment"))
    wait_ops(qtbot)
    wizard.activateWindow()
    qtbot.waitUntil(wizard.isActiveWindow)
    field = form.inputs["recipient_is"]
    label = _label_of(basis, field)
    assert label.text().replace("&", "") == ("Quién lo recibe:" if language == "es" else "Who receives it:")
    letter = mnemonic_of(label.text())
    assert letter, label.text()
    form.basis.setFocus()
    _alt(qtbot, wizard, letter)
    qtbot.waitUntil(field.hasFocus, timeout=5_000)
    wizard.close()
    wait_ops(qtbot)
