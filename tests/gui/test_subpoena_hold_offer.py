"""A subpoena in the export wizard: refused for a New York practice with the state's words, allowed
elsewhere only with counsel's advice ticked, and the receipt offers a legal hold that one click places
(nothing placed before it). Real vault, real gate, real PDF."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QCheckBox, QWizard

from tests.core import disclosure_fixtures as fx
from tests.gui.conftest import wait_ops
from tests.gui.test_chart import add_client
from vault_app.domain.state_privilege import COUNSEL_FIELD
from vault_app.gui.controller import AppController
from vault_app.gui.dates import show_date
from vault_app.services import attachments, export, holds, notes, practice, sessions

pytestmark = pytest.mark.gui


def test_a_subpoena_export_is_weighed_by_the_state_and_offers_a_hold(unlocked_app: AppController, qtbot,
                                                                     tmp_path: Path) -> None:
    window = unlocked_app.main_window
    vault = unlocked_app.vault
    assert window is not None and vault is not None
    client_id = add_client(unlocked_app, qtbot, "Sam Subpoenaed")
    session = sessions.add_session(vault, client_id, date=fx.days_ago(20), duration_minutes=53)
    note = notes.create_progress_note(vault, client_id, sections={"subjective": "Better."},
                                      session_id=session.session_id)
    notes.sign_note(vault, note.note_id)
    statement = attachments.add_attachment(vault, client_id, fx.SCAN, kind="other", filename="assurance.pdf")
    practice.update(vault, clinician_name="Jordan Lee", license_state="NY", license_number="L-1")
    wizard = window.chart.start_export()
    wait_ops(qtbot)
    wizard.what_page.check_all()
    wizard.what_page.recipient.setText("Attorney X")
    wizard.what_page.purpose.setText("subpoena in case 24-CV-9")
    wizard.next()
    basis = wizard.basis_page
    form = basis.form
    form.basis.setCurrentIndex(form.basis.findData("subpoena"))
    for name, value in {"assurance": "notice_to_client", "assurance_attachment_id": statement.attachment_id,
                        "notice_sent_on": fx.days_ago(40), "notice_sufficient": True,
                        "objection_deadline": fx.days_ago(10), "objections_resolved": True}.items():
        form.set_value(name, value)
    # New York's bar is not lifted by counsel's advice here: the tick is not offered.
    assert form.license_state == "NY" and COUNSEL_FIELD not in form.inputs
    basis.check()
    wait_ops(qtbot)
    assert basis.verdict is not None and not basis.verdict.allowed
    assert "New York law bars releasing these records on a subpoena alone" in basis.verdict_text.text()
    assert "CPLR 4507" in basis.verdict_text.text()
    # The long verdict scrolls into view below the fields, which keep their height (it squeezed them
    # into each other, unreadable, in the real app on Xvfb).
    boxes = [w for w in form.inputs.values() if w.isVisible()]
    qtbot.waitUntil(lambda: all(w.height() >= w.minimumSizeHint().height() for w in boxes))
    view = basis.area.viewport()
    qtbot.waitUntil(lambda: view.rect().contains(basis.verdict_title.mapTo(view, QPoint(0, 0))))

    practice.update(vault, license_state="TX", license_number="L-1")
    wizard.what_page.reload()  # as the wizard opened anew: the chart's facts read again
    wait_ops(qtbot)
    wizard.what_page.check_all()
    counsel = form.inputs[COUNSEL_FIELD]
    assert isinstance(counsel, QCheckBox) and not counsel.isChecked()  # never pre-ticked
    assert form.evidence()["assurance_attachment_id"] == statement.attachment_id  # what was typed stays
    basis.check()
    wait_ops(qtbot)
    assert basis.verdict is not None and not basis.verdict.allowed
    assert "The app lists no privilege rule for Texas" in basis.verdict_text.text()
    counsel.setChecked(True)
    basis.check()
    wait_ops(qtbot)
    assert basis.verdict is not None and basis.verdict.allowed, basis.verdict_text.text()
    wizard.next()
    save = wizard.save_page
    save.path.setText(str(tmp_path / "subpoena.pdf"))
    save.password.setText(fx.PASSWORD)
    save.confirm.setText(fx.PASSWORD)
    wizard.button(QWizard.WizardButton.CommitButton).click()
    wait_ops(qtbot)
    qtbot.waitUntil(lambda: wizard.currentPage() is wizard.receipt_page)
    offer = wizard.receipt_page.hold
    qtbot.waitUntil(offer.isVisible)
    assert offer.details.text() == f"subpoena received {show_date(fx.days_ago(0))}"
    assert holds.active_holds(vault, client_id) == []  # offered, not placed
    qtbot.mouseClick(offer.button, Qt.MouseButton.LeftButton)
    wait_ops(qtbot)
    qtbot.waitUntil(lambda: len(holds.active_holds(vault, client_id)) == 1)
    (hold,) = holds.active_holds(vault, client_id)
    assert hold.reason == "subpoena" and hold.details == offer.details.text()
    assert not offer.button.isVisible()
    wizard.accept()
    wait_ops(qtbot)


def test_a_court_order_export_offers_a_litigation_hold(unlocked_app: AppController, qtbot, tmp_path: Path) -> None:
    """Found by a walker: the receipt of a court-order export offered no hold, though a court order
    means litigation (docs/retention.md)."""
    window = unlocked_app.main_window
    vault = unlocked_app.vault
    assert window is not None and vault is not None
    client_id = add_client(unlocked_app, qtbot, "Olive Ordered")
    session = sessions.add_session(vault, client_id, date=fx.days_ago(20), duration_minutes=53)
    note = notes.create_progress_note(vault, client_id, sections={"subjective": "Better."},
                                      session_id=session.session_id)
    notes.sign_note(vault, note.note_id)
    order = attachments.add_attachment(vault, client_id, fx.SCAN, kind="other", filename="order.pdf")
    wizard = window.chart.start_export()
    wait_ops(qtbot)
    wizard.what_page.check_all()
    wizard.what_page.recipient.setText("Court Clerk")
    wizard.what_page.purpose.setText("court order")
    wizard.next()
    basis = wizard.basis_page
    form = basis.form
    form.basis.setCurrentIndex(form.basis.findData("court_order"))
    for name, value in {"judge": "Hon. J", "court": "Superior Court", "case_number": "24-1",
                        "order_date": fx.days_ago(3), "order_attachment_id": order.attachment_id,
                        "covers": ["progress"]}.items():
        form.set_value(name, value)
    # The day it was received: today unless changed; the hold is dated from it, not the export's day.
    assert form.evidence()["received_on"] == fx.days_ago(0).isoformat()
    form.set_value("received_on", fx.days_ago(2))
    basis.check()
    wait_ops(qtbot)
    assert basis.verdict is not None and basis.verdict.allowed, basis.verdict_text.text()
    wizard.next()
    save = wizard.save_page
    save.path.setText(str(tmp_path / "order.pdf"))
    save.password.setText(fx.PASSWORD)
    save.confirm.setText(fx.PASSWORD)
    wizard.button(QWizard.WizardButton.CommitButton).click()
    wait_ops(qtbot)
    qtbot.waitUntil(lambda: wizard.currentPage() is wizard.receipt_page)
    offer = wizard.receipt_page.hold
    qtbot.waitUntil(offer.isVisible)
    assert offer.details.text() == f"court order {show_date(fx.days_ago(2))}"
    assert "court order" in offer.note.text()
    assert holds.active_holds(vault, client_id) == []  # offered, not placed
    qtbot.mouseClick(offer.button, Qt.MouseButton.LeftButton)
    wait_ops(qtbot)
    qtbot.waitUntil(lambda: len(holds.active_holds(vault, client_id)) == 1)
    (hold,) = holds.active_holds(vault, client_id)
    assert hold.reason == "litigation" and hold.details == offer.details.text()
    (record,) = export.disclosures(vault, client_id)
    assert record.basis_summary.endswith(f", received {fx.days_ago(2).isoformat()}")
    wizard.accept()
    wait_ops(qtbot)
