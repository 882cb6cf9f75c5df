"""After the export, the receipt page offers Finish alone (found in the real app: Cancel stayed
enabled beside the receipt of an export already written and logged). Real wizard, real vault."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWizard

from tests.gui.conftest import wait_ops
from tests.gui.test_export_and_lock import PDF_PASSWORD, to_basis_page
from vault_app.gui.controller import AppController
from vault_app.services import export

pytestmark = pytest.mark.gui

W = QWizard.WizardButton


def _shown(wizard: QWizard) -> list[QWizard.WizardButton]:
    return [b for b in (W.BackButton, W.NextButton, W.CommitButton, W.FinishButton, W.CancelButton)
            if wizard.button(b).isVisible()]


def _exported(app: AppController, qtbot, tmp_path: Path) -> QWizard:
    _window, wizard, basis = to_basis_page(app, qtbot)
    basis.form.basis.setCurrentIndex(basis.form.basis.findData("required_by_law"))
    basis.form.set_value("law_kind", "child_abuse_report")
    basis.form.set_value("agency", "County CPS")
    basis.check()
    wait_ops(qtbot)
    assert basis.verdict is not None and basis.verdict.allowed, basis.verdict_text.text()
    wizard.next()
    save = wizard.save_page
    save.path.setText(str(tmp_path / "report.pdf"))
    save.password.setText(PDF_PASSWORD)
    save.confirm.setText(PDF_PASSWORD)
    assert W.CancelButton in _shown(wizard)  # before the export, Cancel still leaves without one
    wizard.button(W.CommitButton).click()
    wait_ops(qtbot)
    qtbot.waitUntil(lambda: wizard.currentPage() is wizard.receipt_page)
    return wizard


def test_the_receipt_offers_finish_alone(unlocked_app: AppController, qtbot, tmp_path: Path) -> None:
    wizard = _exported(unlocked_app, qtbot, tmp_path)
    assert _shown(wizard) == [W.FinishButton]
    finish = wizard.button(W.FinishButton)
    assert finish.isEnabled() and finish.text().replace("&", "") == "Finish"
    finish.click()
    wait_ops(qtbot)
    assert not wizard.isVisible()
    assert wizard.result() == QWizard.DialogCode.Accepted
    vault = unlocked_app.vault
    assert vault is not None
    assert len(export.disclosures(vault)) == 1  # the export stays, logged once


def test_escape_on_the_receipt_closes_without_asking(unlocked_app: AppController, qtbot, tmp_path: Path) -> None:
    wizard = _exported(unlocked_app, qtbot, tmp_path)
    qtbot.keyClick(wizard, Qt.Key.Key_Escape)
    wait_ops(qtbot)
    assert wizard.leave_box is None and not wizard.isVisible()


def test_the_receipt_gives_the_keyboard_to_something_on_screen(unlocked_app: AppController, qtbot,
                                                              tmp_path: Path) -> None:
    """Found walking by keyboard: on "Exported" the keyboard was in the legal-hold offer's details
    field, hidden (no subpoena here): nothing on screen had it, and a screen reader said "Hold
    details, edit". Enter from where the keyboard is still ends the wizard."""
    wizard = _exported(unlocked_app, qtbot, tmp_path)
    focused = wizard.focusWidget()
    assert focused is not None and focused.isVisible(), focused
    qtbot.keyClick(focused, Qt.Key.Key_Return)
    wait_ops(qtbot)
    assert not wizard.isVisible()
    assert wizard.result() == QWizard.DialogCode.Accepted
