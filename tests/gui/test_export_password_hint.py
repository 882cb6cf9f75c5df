"""The export's last page says why Export is off, found on the real app (fifteenth round): a
confirmation mistyped by one character left Export greyed, Enter did nothing, and nothing on
the page said why."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWizard

from tests.gui.conftest import wait_ops
from tests.gui.test_export_and_lock import to_basis_page
from vault_app.gui.controller import AppController
from vault_app.services import export

pytestmark = pytest.mark.gui


def test_a_mistyped_confirmation_is_said_and_nothing_is_exported(unlocked_app: AppController, qtbot,
                                                                  tmp_path) -> None:
    _window, wizard, basis = to_basis_page(unlocked_app, qtbot)
    basis.form.basis.setCurrentIndex(basis.form.basis.findData("treatment"))
    basis.form.set_value("recipient_is", "provider")
    basis.form.set_value("provider_role", "psychiatrist")
    basis.check()
    wait_ops(qtbot)
    assert basis.isComplete()
    wizard.next()
    page = wizard.save_page
    assert wizard.currentPage() is page
    page.path.setText(str(tmp_path / "out.pdf"))
    qtbot.keyClicks(page.password.edit, "short")
    assert "at least 8 characters" in page.hint.text()
    page.password.edit.clear()
    qtbot.keyClicks(page.password.edit, "send-by-phone-42")
    assert page.hint.text() == ""
    qtbot.keyClicks(page.confirm.edit, "send-by-phone")  # still typing: nothing to say yet
    assert page.hint.text() == ""
    qtbot.keyClicks(page.confirm.edit, "-4x")
    assert "not the same" in page.hint.text()
    export_button = wizard.button(QWizard.WizardButton.CommitButton)
    assert not export_button.isEnabled()
    qtbot.keyClick(page.confirm.edit, Qt.Key.Key_Return)
    wait_ops(qtbot)
    vault = unlocked_app.vault
    assert vault is not None
    assert export.disclosures(vault) == []
    assert wizard.currentPage() is page
    page.confirm.edit.clear()
    qtbot.keyClicks(page.confirm.edit, "send-by-phone-42")
    assert page.hint.text() == ""
    assert export_button.isEnabled()
