"""The basis page's Alt letters against the wizard's own buttons (thirty-first walk of the real
app: on a court order's page Alt+C, taken for "The court:", opened "Close without exporting?"
and what was typed next went to the judge's field). Every label shown, for every basis, after a
signed order is attached too: its letter is no wizard button's, and Alt with it puts the
keyboard in its field, with no button pressed, no question asked and the page not left."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QWidget, QWizard

from tests.gui.conftest import unlock, wait_ops
from tests.gui.test_basis_court_page import PNG
from tests.gui.test_export_and_lock import to_basis_page
from tests.gui.test_window_mnemonics import language  # noqa: F401  (the fixture: en, then es)
from vault_app.gui.controller import AppController
from vault_app.gui.widgets import mnemonic_of

pytestmark = pytest.mark.gui

SHOWN_BUTTONS = (QWizard.WizardButton.BackButton, QWizard.WizardButton.NextButton,
                 QWizard.WizardButton.CancelButton)


def form_text(basis) -> str:  # type: ignore[no-untyped-def]
    return ' | '.join(w.text() for w in basis.findChildren(QLabel) + basis.findChildren(QAbstractButton)
                      if w.isVisibleTo(basis) and '&' in w.text())


def _walk_labels(wizard, basis, qtbot) -> list[str]:  # type: ignore[no-untyped-def]
    """Alt and each shown label's letter, from its field before; the labels walked."""
    buttons = {mnemonic_of(wizard.button(b).text()): wizard.button(b).text() for b in SHOWN_BUTTONS
               if wizard.button(b).isVisible()}
    walked = []
    labels = [lab for lab in basis.findChildren(QLabel)
              if lab.buddy() is not None and lab.isVisibleTo(basis) and lab.text().strip()
              and lab.buddy().isEnabled()]  # Authorization with none on file: greyed, Alt passes it by
    for label in labels:
        letter = mnemonic_of(label.text())
        assert letter, label.text()
        assert letter not in buttons, (label.text(), buttons[letter])
        target: QWidget = label.buddy()
        key = QKeySequence(letter.upper())[0].key()
        qtbot.keyClick(QApplication.focusWidget() or wizard, key, Qt.KeyboardModifier.AltModifier)
        try:
            qtbot.waitUntil(lambda t=target: t.hasFocus() or t.isAncestorOf(QApplication.focusWidget()),
                            timeout=5_000)
        except Exception as e:
            focus = QApplication.focusWidget()
            raise AssertionError((label.text(), form_text(basis), type(focus).__name__,
                                  focus and focus.objectName(), wizard.leave_box)) from e
        assert wizard.leave_box is None, label.text()
        assert wizard.isVisible() and wizard.currentPage() is basis, label.text()
        walked.append(label.text())
    return walked


def test_no_label_letter_of_the_basis_page_is_a_wizard_button_s(
        language: str, locked_app: AppController, qtbot, tmp_path, monkeypatch) -> None:  # noqa: F811
    from vault_app.gui import file_dialogs

    unlock(locked_app, qtbot)
    _window, wizard, basis = to_basis_page(locked_app, qtbot)
    wizard.activateWindow()
    qtbot.waitUntil(wizard.isActiveWindow)
    form = basis.form
    for i in range(form.basis.count()):
        form.basis.setCurrentIndex(i)
        wait_ops(qtbot)
        assert _walk_labels(wizard, basis, qtbot)
    # A court order with its signed copy attached: the rebuilt rows get their letters anew.
    scan = tmp_path / "signed-order.png"
    scan.write_bytes(PNG)
    monkeypatch.setattr(file_dialogs, "open_file", lambda *_a: str(scan))
    form.basis.setCurrentIndex(form.basis.findData("court_order"))
    wait_ops(qtbot)
    form.inputs["judge"].setText("Hon. J. Marsh")
    button = next(b for b in form.findChildren(QWidget) if b.objectName() == "attach_order_attachment_id")
    button.click()  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: form.evidence().get("order_attachment_id") is not None, timeout=10_000)
    wait_ops(qtbot)
    walked = _walk_labels(wizard, basis, qtbot)
    court = form.inputs["court"]
    assert any(lab.buddy() is court for lab in basis.findChildren(QLabel) if lab.text() in walked)
    # What the court's letter then typed goes to the court's field, not the judge's.
    court_label = next(lab for lab in basis.findChildren(QLabel) if lab.buddy() is court)
    key = QKeySequence(mnemonic_of(court_label.text()).upper())[0].key()
    qtbot.keyClick(QApplication.focusWidget() or wizard, key, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(court.hasFocus, timeout=5_000)
    qtbot.keyClicks(court, "Circuit Court")
    assert form.evidence()["judge"] == "Hon. J. Marsh"
    wizard.close()
