"""The passphrase typed into "Your name" (walk-life round 31, item 9): Passphrase, Tab, Confirm, Tab
landed on "< Back"; the confirmation typed there pressed Back with its first space, and the rest
of the passphrase went into Your name, frozen in signed notes and printed PDFs. Tab from Confirm
now goes to Next, and a name that holds part of the passphrase typed is refused (compared in
memory only). Real wizard, real widgets, real keys."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWizard

from tests.conftest import PASSPHRASE
from tests.gui.conftest import wait_ops
from vault_app.gui.controller import AppController
from vault_app.gui.create_wizard_about import shares_passphrase

pytestmark = pytest.mark.gui


def _to_passphrase_page(fresh_app: AppController) -> QWizard:
    wizard = fresh_app.wizard
    assert wizard is not None
    next_button = wizard.button(QWizard.WizardButton.NextButton)
    next_button.click()
    wizard.about_page.name.setText("Dana Rivera")
    next_button.click()
    assert wizard.currentPage() is wizard.passphrase_page
    return wizard


def test_tab_from_confirm_goes_to_next_not_back(fresh_app: AppController, qtbot) -> None:
    wizard = _to_passphrase_page(fresh_app)
    page = wizard.passphrase_page
    wizard.activateWindow()
    page.first.edit.setFocus()
    qtbot.keyClicks(page.first.edit, PASSPHRASE)
    qtbot.keyClick(page.first.edit, Qt.Key.Key_Tab)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is page.second.edit, timeout=10_000)
    qtbot.keyClicks(page.second.edit, PASSPHRASE)
    qtbot.keyClick(page.second.edit, Qt.Key.Key_Tab)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not page.second.edit, timeout=10_000)
    assert QApplication.focusWidget() is wizard.button(QWizard.WizardButton.NextButton)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Space)
    wait_ops(qtbot)
    assert wizard.currentPage() is wizard.keyring_page  # went on, not back


def test_tab_never_reaches_back_before_the_passphrase_is_confirmed(fresh_app: AppController, qtbot) -> None:
    """Found on Xvfb (round 34): Passphrase typed, Tab, Tab (Confirm still empty, so Next greyed)
    landed on "< Back", and the passphrase typed then pressed Back with its space. Until both are
    typed and match, Tab and Shift+Tab go between the two fields; real key events."""
    wizard = _to_passphrase_page(fresh_app)
    page = wizard.passphrase_page
    wizard.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is wizard, timeout=10_000)
    page.first.edit.setFocus()
    qtbot.keyClicks(page.first.edit, PASSPHRASE)
    qtbot.keyClick(page.first.edit, Qt.Key.Key_Tab)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is page.second.edit, timeout=10_000)
    qtbot.keyClick(page.second.edit, Qt.Key.Key_Tab)  # Confirm empty: not on to Back
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not page.second.edit, timeout=10_000)
    assert QApplication.focusWidget() is page.first.edit, QApplication.focusWidget()
    qtbot.keyClick(page.first.edit, Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is page.second.edit, timeout=10_000)
    qtbot.keyClicks(page.second.edit, PASSPHRASE[:-1])  # not yet the same: still the two fields
    qtbot.keyClick(page.second.edit, Qt.Key.Key_Tab)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is page.first.edit, timeout=10_000)
    assert wizard.currentPage() is page and page.first.text() == PASSPHRASE
    qtbot.keyClick(page.first.edit, Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is page.second.edit, timeout=10_000)
    qtbot.keyClick(page.second.edit, Qt.Key.Key_End)
    qtbot.keyClicks(page.second.edit, PASSPHRASE[-1])
    qtbot.keyClick(page.second.edit, Qt.Key.Key_Tab)  # done: on to Next, as before
    qtbot.waitUntil(lambda: QApplication.focusWidget() is wizard.button(QWizard.WizardButton.NextButton),
                    timeout=10_000)


def test_a_name_holding_the_passphrase_is_refused(fresh_app: AppController, qtbot) -> None:
    wizard = _to_passphrase_page(fresh_app)
    page = wizard.passphrase_page
    page.first.setText(PASSPHRASE)
    page.second.setText(PASSPHRASE)
    wizard.back()  # the space that pressed Back
    about = wizard.about_page
    assert wizard.currentPage() is about and about.isComplete()
    about.name.setText("Dana Rivera" + PASSPHRASE.split(" ", 1)[1])
    assert not about.isComplete()
    said = about.problem.text()
    assert "passphrase" in said
    assert PASSPHRASE.split(" ", 1)[1] not in said  # the passphrase itself is never said
    about.name.setText("Dana Rivera")
    assert about.isComplete() and about.problem.text().strip() == ""


@pytest.mark.parametrize(("name", "passphrase", "shares"), [
    ("Dana Riverahorse battery staple 42", "correct horse battery staple 42", True),
    ("correct horse battery staple 42", "correct horse battery staple 42", True),
    ("Dana Rivera HORSE", "correct horse battery staple", True),  # a word of four or more, any case
    ("Jo cat is 42", "my cat is 42", True),  # the tail a space on Back leaves, though its words are short
    ("Dana Rivera", "correct horse battery staple", False),
    ("Dana Rivera", "", False),
    ("Al Cat", "my cat is 42", False),  # a short word alone is no sign
    ("", "correct horse battery staple", False),
])
def test_shares_passphrase_both_sides(name: str, passphrase: str, shares: bool) -> None:
    assert shares_passphrase(name, passphrase) is shares
