"""The destruction wizard by keyboard. Found in the real app: it opened with the keyboard on
Cancel (Next is greyed until the chart's facts are read), so Enter closed it and the words typed
next went into the main window; and unlocking the psychotherapy notes with Enter hid the
passphrase field under the keyboard, which fell to "< Back", so the next Enter went back to the
first page instead of on to the confirmation."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWizard

from tests.conftest import PASSPHRASE
from tests.gui.conftest import wait_ops
from tests.gui.test_change_notices import elsewhere
from tests.gui.test_chart import add_client
from tests.gui.test_destruction_basis import _wizard
from vault_app.gui.controller import AppController
from vault_app.services import sessions


def _unlock_by_keyboard(wizard: QWizard, qtbot) -> None:
    wizard.show()
    wizard.activateWindow()
    qtbot.waitUntil(wizard.isActiveWindow)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)  # the first page: Next
    assert wizard.currentPage() is wizard.basis_page  # type: ignore[attr-defined]
    field = wizard.basis_page.passphrase  # type: ignore[attr-defined]
    field.setFocus()
    typing = QApplication.focusWidget()
    assert typing is not None and field.isAncestorOf(typing)
    qtbot.keyClicks(typing, PASSPHRASE)
    qtbot.keyClick(typing, Qt.Key.Key_Return)
    wait_ops(qtbot)
    qtbot.waitUntil(lambda: not field.isVisible())


def test_enter_on_the_first_page_goes_on_not_cancel(unlocked_app: AppController, qtbot) -> None:
    client_id = add_client(unlocked_app, qtbot, "Keyboard Firstpage")
    wizard = _wizard(unlocked_app, qtbot, client_id)
    assert QApplication.focusWidget() is wizard.button(QWizard.WizardButton.NextButton)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    assert wizard.isVisible() and wizard.currentPage() is wizard.basis_page  # type: ignore[attr-defined]
    wizard.reject()
    wait_ops(qtbot)


def test_enter_after_the_unlock_goes_on_not_back(unlocked_app: AppController, qtbot) -> None:
    client_id = add_client(unlocked_app, qtbot, "Keyboard Retention")
    elsewhere(unlocked_app, qtbot, lambda v: sessions.add_session(v, client_id, date=date(2010, 1, 4),
                                                                  duration_minutes=50))
    wizard = _wizard(unlocked_app, qtbot, client_id)
    _unlock_by_keyboard(wizard, qtbot)
    back = wizard.button(QWizard.WizardButton.BackButton)
    assert QApplication.focusWidget() is not back
    assert QApplication.focusWidget() is wizard.basis_page.retention  # type: ignore[attr-defined]
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    assert wizard.currentPage() is wizard.confirm_page  # type: ignore[attr-defined]
    wizard.reject()
    wait_ops(qtbot)


def test_after_the_unlock_the_keyboard_is_on_the_reason_still_missing(unlocked_app: AppController, qtbot) -> None:
    client_id = add_client(unlocked_app, qtbot, "Keyboard Override")
    wizard = _wizard(unlocked_app, qtbot, client_id)  # no contact date: only an override or a request
    basis = wizard.basis_page  # type: ignore[attr-defined]
    basis.override.setChecked(True)
    _unlock_by_keyboard(wizard, qtbot)
    assert QApplication.focusWidget() is basis.reason
    qtbot.keyClicks(basis.reason, "Duplicate chart created in error")
    qtbot.keyClick(basis.reason, Qt.Key.Key_Return)
    assert wizard.currentPage() is wizard.confirm_page  # type: ignore[attr-defined]
    wizard.reject()
    wait_ops(qtbot)


def test_enter_on_the_certificate_page_finishes_not_save_again(unlocked_app: AppController, qtbot,
                                                                monkeypatch: pytest.MonkeyPatch) -> None:
    """Found in the real app: with the keyboard on "Save the signed certificate", Enter opened the
    file dialog again though Finish was drawn as the default button."""
    from vault_app.gui import destruction_wizard

    asked: list[str] = []
    # The one stand-in: the file dialog would wait for a person; it records that Save was asked.
    monkeypatch.setattr(destruction_wizard.file_dialogs, "save_file", lambda *a: asked.append(str(a[1])) or "")
    client_id = add_client(unlocked_app, qtbot, "Keyboard Certificate")
    wizard = _wizard(unlocked_app, qtbot, client_id)
    basis = wizard.basis_page  # type: ignore[attr-defined]
    basis.override.setChecked(True)
    _unlock_by_keyboard(wizard, qtbot)
    qtbot.keyClicks(basis.reason, "Duplicate chart created in error")
    qtbot.keyClick(basis.reason, Qt.Key.Key_Return)
    confirm = wizard.confirm_page  # type: ignore[attr-defined]
    confirm.confirm.setText(wizard.chart_number())  # type: ignore[attr-defined]
    wizard.button(QWizard.WizardButton.CommitButton).click()
    wait_ops(qtbot, timeout=60_000)
    page = wizard.certificate_page  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: wizard.currentPage() is page)
    finish = wizard.button(QWizard.WizardButton.FinishButton)
    page.save_button.click()  # saved once (the dialog answered nothing): the keyboard stays on Save
    assert asked == ["Save certificate"]
    page.save_button.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is page.save_button)
    assert finish.isDefault() and not page.save_button.isDefault()
    qtbot.keyClick(page.save_button, Qt.Key.Key_Return)
    assert asked == ["Save certificate"], "Enter opened Save again"
    qtbot.waitUntil(lambda: not wizard.isVisible())
    assert wizard.result() == QWizard.DialogCode.Accepted
    wait_ops(qtbot)
