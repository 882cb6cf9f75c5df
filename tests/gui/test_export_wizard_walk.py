"""What a day's walk through the real app found in the export wizard (screenshots 37-44):
on the password page Alt+C was Cancel and Confirm had Alt+O; Cancel closed three filled pages
without a word; the summary said "2 items of progress notes" and nothing of the outcome
measures ticked to go with them. Real vault, real gate, real widgets and key events."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QMessageBox, QWizard

from tests.gui.conftest import unlock, wait_ops
from tests.gui.test_chart import add_client
from tests.gui.test_export_and_lock import _chart_with_signed_note
from tests.gui.test_window_mnemonics import language  # noqa: F401  (the fixture: en, then es)
from vault_app.gui.controller import AppController
from vault_app.gui.export_wizard import ExportWizard
from vault_app.gui.widgets import mnemonic_of
from vault_app.services import export, notes, sessions

pytestmark = pytest.mark.gui


def _to_save_page(app: AppController, qtbot, client_id: str, *, measures: bool = False) -> ExportWizard:  # type: ignore[no-untyped-def]
    window = app.main_window
    assert window is not None
    window.open_chart(client_id)
    wizard = window.chart.start_export()
    assert isinstance(wizard, ExportWizard)
    qtbot.waitExposed(wizard)
    wait_ops(qtbot)
    what = wizard.what_page
    what.check_all()
    what.with_measures.setChecked(measures)
    what.recipient.setText("Dr. Receiving Psychiatrist")
    what.purpose.setText("continuity of care")
    wizard.next()
    basis = wizard.basis_page
    basis.form.basis.setCurrentIndex(basis.form.basis.findData("treatment"))
    basis.form.set_value("recipient_is", "provider")
    basis.form.set_value("provider_role", "psychiatrist")
    basis.check()
    wait_ops(qtbot)
    assert basis.isComplete()
    wizard.next()
    assert wizard.currentPage() is wizard.save_page
    return wizard


def test_confirm_has_its_own_letter_and_cancel_another(language: str, locked_app: AppController, qtbot) -> None:  # noqa: F811
    unlock(locked_app, qtbot)
    client_id = _chart_with_signed_note(locked_app, qtbot)
    wizard = _to_save_page(locked_app, qtbot, client_id)
    save = wizard.save_page
    confirm = next(lab for lab in save.findChildren(QLabel)
                   if lab.buddy() is not None
                   and (lab.buddy() is save.confirm or save.confirm.isAncestorOf(lab.buddy())))
    word = confirm.text().replace("&", "")
    assert word == ("Confirmar:" if language == "es" else "Confirm:"), word
    assert mnemonic_of(confirm.text()) == word[0].casefold(), confirm.text()  # Confirm's C, Confirmar's C
    cancel = wizard.button(QWizard.WizardButton.CancelButton).text()
    assert mnemonic_of(cancel) and mnemonic_of(cancel) != mnemonic_of(confirm.text()), cancel
    wizard.close()
    wait_ops(qtbot)


def test_cancel_asks_before_losing_what_was_chosen(unlocked_app: AppController, qtbot) -> None:  # type: ignore[no-untyped-def]
    client_id = _chart_with_signed_note(unlocked_app, qtbot)
    wizard = _to_save_page(unlocked_app, qtbot, client_id)
    cancel = wizard.button(QWizard.WizardButton.CancelButton)
    cancel.click()
    box = wizard.leave_box
    assert isinstance(box, QMessageBox) and box.isVisible() and wizard.isVisible()
    qtbot.keyClick(box, Qt.Key.Key_Escape)  # back to the wizard, all as it was
    qtbot.waitUntil(lambda: not box.isVisible(), timeout=10_000)
    assert wizard.isVisible() and wizard.currentPage() is wizard.save_page
    assert wizard.what_page.recipient.text() == "Dr. Receiving Psychiatrist"
    cancel.click()
    second = wizard.leave_box
    assert second is not None and second is not box and second.isVisible()
    next(b for b in second.buttons() if b.text().replace("&", "") == "Close without saving").click()
    qtbot.waitUntil(lambda: not wizard.isVisible(), timeout=10_000)
    wait_ops(qtbot)


def test_cancel_on_an_untouched_wizard_closes_it(unlocked_app: AppController, qtbot) -> None:  # type: ignore[no-untyped-def]
    window = unlocked_app.main_window
    assert window is not None
    _chart_with_signed_note(unlocked_app, qtbot)
    wizard = window.chart.start_export()
    qtbot.waitExposed(wizard)
    wait_ops(qtbot)
    wizard.button(QWizard.WizardButton.CancelButton).click()
    qtbot.waitUntil(lambda: not wizard.isVisible(), timeout=10_000)
    assert wizard.leave_box is None
    wait_ops(qtbot)


@pytest.mark.usefixtures("us_practice")
def test_the_summary_says_the_notes_and_the_measures_that_go(unlocked_app: AppController, qtbot) -> None:  # type: ignore[no-untyped-def]
    vault = unlocked_app.vault
    assert vault is not None
    client_id = add_client(unlocked_app, qtbot, "Sam Summary")
    for day in ("2026-11-16", "2026-11-30"):
        session = sessions.add_session(vault, client_id, date=day, duration_minutes=53)
        note = notes.create_progress_note(vault, client_id, sections={"subjective": "Better."},
                                          session_id=session.session_id)
        notes.sign_note(vault, note.note_id)
    wizard = _to_save_page(unlocked_app, qtbot, client_id, measures=True)
    said = wizard.save_page.preview.text()
    assert "2 progress notes (11/16/2026 to 11/30/2026)" in said, said
    assert "items of" not in said, said
    assert "outcome measures" in said, said
    wizard.close()
    wait_ops(qtbot)
    wizard = _to_save_page(unlocked_app, qtbot, client_id, measures=False)
    said = wizard.save_page.preview.text()
    assert "2 progress notes" in said and "outcome measures" not in said, said
    wizard.close()
    wait_ops(qtbot)


def test_a_save_to_path_of_no_user_is_said_on_the_page(unlocked_app: AppController, qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    client_id = _chart_with_signed_note(unlocked_app, qtbot)
    wizard = _to_save_page(unlocked_app, qtbot, client_id)
    save = wizard.save_page
    save.path.setText("~nosuchuser-k6/x.pdf")
    save.password.setText("send-by-phone-42")
    save.confirm.setText("send-by-phone-42")
    wizard.button(QWizard.WizardButton.CommitButton).click()
    wait_ops(qtbot)
    assert "no user" in save.message.text(), save.message.text()
    assert wizard.currentPage() is save
    vault = unlocked_app.vault
    assert vault is not None and export.disclosures(vault) == []
    wizard.close()
    wait_ops(qtbot)
