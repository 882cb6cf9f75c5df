"""Leaving the first-run wizard on its Emergency Kit page (sixteenth round, in the real app):
Escape asked "Leave without your Emergency Kit?" with Yes under the keyboard, so Escape then
Enter, a reflex, left without the kit (never shown again) and closed the app."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QWizard

from tests.gui.conftest import wait_ops
from tests.gui.first_run_helpers import walk_to_kit_page
from vault_app.gui.controller import AppController

pytestmark = pytest.mark.gui


def test_enter_on_the_leave_question_keeps_the_kit_on_screen(fresh_app: AppController, qtbot) -> None:
    wizard = fresh_app.wizard
    assert wizard is not None
    walk_to_kit_page(wizard, qtbot)
    next_button = wizard.button(QWizard.WizardButton.NextButton)

    asked: list[str] = []

    def press_enter() -> None:
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox)
        asked.append(box.text())
        default = box.defaultButton()
        asked.append(box.standardButton(default).name if default is not None else "none")
        focused = QApplication.focusWidget() or box
        qtbot.keyClick(focused, Qt.Key.Key_Return)

    QTimer.singleShot(200, press_enter)
    wizard.reject()  # what Escape does
    # Opened, not waited on (gui/confirm.ask_yes_no): answered once Enter reached it.
    qtbot.waitUntil(lambda: len(asked) == 2 and wizard.leave_box is None)
    assert "Emergency Kit will not be shown again" in asked[0]
    assert wizard.isVisible(), "Enter left the wizard without the kit"
    assert asked[1] == "No"
    assert wizard.currentPage() is wizard.kit_page
    created = wizard.create_page.created
    assert created is not None
    assert wizard.kit_page.key_label.text().replace("\n", "-") == created.recovery_key

    # The kit kept after all: the wizard ends as it should (and the app goes on to the vault).
    wizard.kit_page.kept.setChecked(True)
    next_button.click()
    wizard.check_page.answer.setText(created.recovery_key.rsplit("-", 1)[-1])
    wizard.button(QWizard.WizardButton.FinishButton).click()
    wait_ops(qtbot)
    qtbot.waitUntil(lambda: fresh_app.main_window is not None, timeout=20_000)


def test_escape_with_details_typed_asks_before_the_first_run_closes(fresh_app: AppController, qtbot) -> None:
    """Found walking the real app (explore round 2): the name typed on About you, a stray
    Escape, and the first-run wizard and the app closed without a word, the typing gone. Asked
    as a typed form asks (gui/escape_guard.py); Escape on the question goes back."""
    wizard = fresh_app.wizard
    assert wizard is not None
    wizard.button(QWizard.WizardButton.NextButton).click()
    assert wizard.currentPage() is wizard.about_page
    name = wizard.about_page.name
    name.setFocus()
    qtbot.keyClicks(name, "Jordan Lee")
    qtbot.keyClick(name, Qt.Key.Key_Escape)
    box = wizard.leave_box
    assert isinstance(box, QMessageBox) and box.isVisible() and wizard.isVisible()
    qtbot.keyClick(box, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not box.isVisible(), timeout=10_000)
    assert wizard.isVisible() and wizard.currentPage() is wizard.about_page
    assert name.text() == "Jordan Lee"
