"""The first-run wizard says in the vault whether its Emergency Kit was kept
(services/kit_kept.py): left with "Leave anyway" on the kit page, the vault says so at every
unlock until a new kit is shown; finished with the kit typed back, it says nothing. Real
wizard, real vault, the reminder the main window shows after the unlock."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QLabel, QWizard

from tests.conftest import reopen
from tests.gui.conftest import wait_ops
from tests.gui.first_run_helpers import walk_to_kit_page
from tests.gui.yes_no_answered import answering
from vault_app.gui import create_wizard
from vault_app.gui.controller import AppController
from vault_app.services import kit_kept, reminders

pytestmark = pytest.mark.gui


def test_leave_anyway_leaves_a_reminder_at_every_unlock(fresh_app: AppController, qtbot, app_folder: Path,
                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    wizard = fresh_app.wizard
    assert wizard is not None
    walk_to_kit_page(wizard, qtbot)
    # "Leave anyway?" answered Yes (its default is No: tests/gui/test_first_run_kit_leave.py).
    monkeypatch.setattr(create_wizard, "ask_yes_no", answering(True))
    wizard.reject()
    wait_ops(qtbot)
    with reopen(app_folder) as vault:
        assert kit_kept.missing(vault)
        said = reminders.after_unlock(vault)
        assert said is not None and "no Emergency Kit kept" in said


def test_a_kit_typed_back_leaves_no_reminder(fresh_app: AppController, qtbot) -> None:
    wizard = fresh_app.wizard
    assert wizard is not None
    walk_to_kit_page(wizard, qtbot)
    created = wizard.create_page.created
    assert created is not None
    assert kit_kept.missing(created.vault)  # from its creation until the kit is checked
    wizard.kit_page.kept.setChecked(True)
    wizard.button(QWizard.WizardButton.NextButton).click()
    wizard.check_page.answer.setText(created.recovery_key.rsplit("-", 1)[-1])
    wizard.button(QWizard.WizardButton.FinishButton).click()
    wait_ops(qtbot)
    qtbot.waitUntil(lambda: fresh_app.main_window is not None, timeout=20_000)
    wait_ops(qtbot)
    vault = fresh_app.vault
    assert vault is not None and not kit_kept.missing(vault)
    window = fresh_app.main_window
    assert window is not None
    assert "Emergency Kit" not in window.status_label.text()


def test_the_check_page_example_is_as_long_as_the_last_group(fresh_app: AppController, qtbot) -> None:
    """Found walking the first run in Spanish: the example "ABCDE" had five letters while the
    key's groups have four and its last one fewer; the example now has the last group's length,
    and the field its Alt letter."""
    wizard = fresh_app.wizard
    assert wizard is not None
    walk_to_kit_page(wizard, qtbot)
    created = wizard.create_page.created
    assert created is not None
    wizard.kit_page.kept.setChecked(True)
    wizard.button(QWizard.WizardButton.NextButton).click()
    last = created.recovery_key.rsplit("-", 1)[-1]
    example = wizard.check_page.answer.placeholderText().rsplit(" ", 1)[-1]
    assert len(example) == len(last) and example.isalpha() and example != last
    label = wizard.check_page.findChild(QLabel, "lastGroupLabel")
    assert label is not None and "&" in label.text() and label.buddy() is wizard.check_page.answer
    wizard.check_page.answer.setText(last)  # finished, as a therapist does (closing it asks "Leave anyway?")
    wizard.button(QWizard.WizardButton.FinishButton).click()
    wait_ops(qtbot)
    qtbot.waitUntil(lambda: fresh_app.main_window is not None, timeout=20_000)
