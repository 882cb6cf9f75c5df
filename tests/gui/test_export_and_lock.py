"""Export through the wizard (refused without a basis, done with one) and the automatic lock."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QWizard

from tests.gui.auth_helpers import fill_authorization, signed_scan
from tests.gui.conftest import wait_ops
from tests.gui.test_chart import add_client
from vault_app.gui.controller import AppController
from vault_app.services import authorizations, export, notes, sessions

pytestmark = pytest.mark.gui

PDF_PASSWORD = "send-by-phone-42"


def _chart_with_signed_note(app: AppController, qtbot) -> str:
    client_id = add_client(app, qtbot)
    vault = app.vault
    assert vault is not None
    session = sessions.add_session(vault, client_id, date="2024-03-01", duration_minutes=53)
    note = notes.create_progress_note(vault, client_id, sections={"subjective": "Doing better."},
                                      session_id=session.session_id)
    notes.sign_note(vault, note.note_id)
    return client_id


def _fill_what(wizard, qtbot) -> None:
    wait_ops(qtbot)
    what = wizard.what_page
    assert what.items.topLevelItemCount() == 1
    what.check_all()
    what.recipient.setText("Dr. Receiving Psychiatrist")
    what.address.setText("1 Clinic Road")
    what.purpose.setText("continuity of care")
    assert what.isComplete()
    wizard.next()


def to_basis_page(app: AppController, qtbot) -> tuple[Any, Any, Any]:
    """A chart with one signed note, its export wizard on the basis page: (window, wizard, page)."""
    window = app.main_window
    assert window is not None
    _chart_with_signed_note(app, qtbot)
    wizard = window.chart.start_export()
    _fill_what(wizard, qtbot)
    return window, wizard, wizard.basis_page


def test_export_refused_without_authorization(unlocked_app: AppController, qtbot) -> None:
    _window, wizard, basis = to_basis_page(unlocked_app, qtbot)
    basis.form.basis.setCurrentIndex(basis.form.basis.findData("authorization"))
    basis.check()
    wait_ops(qtbot)
    assert basis.verdict is not None and not basis.verdict.allowed
    assert basis.verdict_title.text() == "Not allowed."
    assert basis.verdict.message in basis.verdict_text.text()
    assert not basis.isComplete(), "a refused disclosure cannot go on to the save page"
    assert not wizard.button(QWizard.WizardButton.NextButton).isEnabled()
    vault = unlocked_app.vault
    assert vault is not None
    assert export.disclosures(vault) == []


def test_export_with_authorization_writes_file_and_lists_disclosure(unlocked_app: AppController, qtbot,
                                                                   tmp_path: Path) -> None:
    window = unlocked_app.main_window
    assert window is not None
    client_id = _chart_with_signed_note(unlocked_app, qtbot)

    # Record the authorization through its dialog, with a scan.
    dialog = window.chart.authorizations.add()
    scan = signed_scan(tmp_path)
    fill_authorization(dialog, scan)
    dialog.save()
    wait_ops(qtbot)
    assert dialog.message.text() == "", dialog.message.text()
    vault = unlocked_app.vault
    assert vault is not None
    (auth,) = authorizations.list_authorizations(vault, client_id)

    wizard = window.chart.start_export()
    _fill_what(wizard, qtbot)
    basis = wizard.basis_page
    basis.form.basis.setCurrentIndex(basis.form.basis.findData("authorization"))
    basis.form.authorization.setCurrentIndex(basis.form.authorization.findData(auth.id))
    basis.check()
    wait_ops(qtbot)
    assert basis.verdict.allowed, basis.verdict_text.text()
    assert basis.verdict_title.text().startswith("Allowed")
    wizard.next()
    save = wizard.save_page
    out = tmp_path / "out" / "export.pdf"
    out.parent.mkdir()
    save.path.setText(str(out))
    save.password.setText(PDF_PASSWORD)
    save.confirm.setText(PDF_PASSWORD)
    assert save.isComplete()
    wizard.button(QWizard.WizardButton.CommitButton).click()
    wait_ops(qtbot)
    qtbot.waitUntil(lambda: wizard.currentPage() is wizard.receipt_page)
    result = save.result
    assert out.exists() and out.read_bytes().startswith(b"%PDF")
    assert result.disclosure_id in wizard.receipt_page.text.text()
    # The receipt shows the note's day as the app does everywhere (it said 2026-11-30).
    import re

    from vault_app.gui.dates import show_date
    days = re.findall(r"\d{4}-\d{2}-\d{2}", result.description)
    assert days, result.description
    for day in days:
        assert show_date(day) != day and show_date(day) in wizard.receipt_page.text.text()
        assert day not in wizard.receipt_page.text.text()
    # An authorized disclosure is not in the accounting (45 CFR 164.528(a)(1)(iv)); the receipt said it was.
    assert not basis.verdict.accountable
    assert "does not go in the client's accounting of disclosures" in wizard.receipt_page.text.text()

    from pypdf import PdfReader

    reader = PdfReader(str(out))
    assert reader.is_encrypted
    wizard.accept()
    wait_ops(qtbot)
    tab = window.chart.disclosures
    window.chart.tabs.setCurrentWidget(tab)
    wait_ops(qtbot)
    assert tab.tree.topLevelItemCount() == 1
    assert tab.tree.topLevelItem(0).text(5) == result.disclosure_id  # after "What it held" (access-retry round)


def test_auto_lock_after_idle_clears_widgets(unlocked_app: AppController, qtbot) -> None:
    window = unlocked_app.main_window
    assert window is not None
    add_client(unlocked_app, qtbot, "Idle Person")
    editor = window.chart.new_note()
    assert editor is not None
    editor.section_edits["subjective"].setPlainText("typed before walking away")
    vault = unlocked_app.vault
    assert vault is not None
    now = [1000.0]
    idle = unlocked_app.idle
    idle.clock = lambda: now[0]
    idle.wall_clock = lambda: now[0]
    idle.start()
    idle.check()
    assert unlocked_app.main_window is not None, "not idle yet"
    now[0] += 5 * 60 + 1  # five minutes without a key or mouse event
    idle.check()
    # Synchronously on lock: every widget showing client data is emptied and hidden...
    assert unlocked_app.main_window is None
    assert window.client_list.tree.topLevelItemCount() == 0
    assert window.chart.header.text() == ""
    assert window.chart.overview.fields["name"].text() == ""
    assert editor.section_edits["subjective"].toPlainText() == ""
    assert not window.isVisible() and not editor.isVisible()
    wait_ops(qtbot)
    qtbot.wait(50)
    # ...then destroyed, and the vault's connections closed.
    import shiboken6

    assert not shiboken6.isValid(window)
    assert unlocked_app.vault is None and not vault.is_open
    unlock_window = unlocked_app.unlock_window
    assert unlock_window is not None and unlock_window.isVisible()
    assert "without activity" in unlock_window.reason_label.text()


def test_the_receipt_says_the_accounting_only_for_an_accountable_disclosure(unlocked_app: AppController, qtbot,
                                                                           tmp_path: Path) -> None:
    _window, wizard, basis = to_basis_page(unlocked_app, qtbot)
    form = basis.form
    form.basis.setCurrentIndex(form.basis.findData("required_by_law"))
    form.set_value("law_kind", "child_abuse_report")
    form.set_value("agency", "County CPS")
    basis.check()
    wait_ops(qtbot)
    assert basis.verdict is not None and basis.verdict.allowed, basis.verdict_text.text()
    assert basis.verdict.accountable
    wizard.next()
    save = wizard.save_page
    save.path.setText(str(tmp_path / "report.pdf"))
    save.password.setText(PDF_PASSWORD)
    save.confirm.setText(PDF_PASSWORD)
    wizard.button(QWizard.WizardButton.CommitButton).click()
    wait_ops(qtbot)
    qtbot.waitUntil(lambda: wizard.currentPage() is wizard.receipt_page)
    assert "and in the accounting of disclosures" in wizard.receipt_page.text.text()
    wizard.accept()
    wait_ops(qtbot)
