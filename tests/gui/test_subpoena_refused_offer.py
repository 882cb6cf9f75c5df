"""A subpoena alone, refused at Check where the license state's privilege bars it (California,
New York): the refusal ended "Consider a legal hold on the chart", with no hold button and no way
to record that the subpoena came and was refused (found by a walker). The basis page now offers
the one-click hold, dated the day received typed in the form, and opens the decision record for
the subpoena at that day. Real vault, real gate, real widgets."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QAbstractButton, QLabel, QWizard

from tests.core import disclosure_fixtures as fx
from tests.gui.conftest import wait_ops
from tests.gui.test_chart import add_client
from vault_app.gui.controller import AppController
from vault_app.gui.dates import show_date
from vault_app.gui.wizard_letters import mnemonic_of
from vault_app.services import holds, notes, practice, sessions

pytestmark = pytest.mark.gui


def _refused_subpoena(app: AppController, qtbot, state: str, received_days_ago: int):  # type: ignore[no-untyped-def]
    window = app.main_window
    vault = app.vault
    assert window is not None and vault is not None
    client_id = add_client(app, qtbot, "Sam Subpoenaed")
    session = sessions.add_session(vault, client_id, date=fx.days_ago(20), duration_minutes=53)
    note = notes.create_progress_note(vault, client_id, sections={"subjective": "Better."},
                                      session_id=session.session_id)
    notes.sign_note(vault, note.note_id)
    practice.update(vault, clinician_name="Jordan Lee", license_state=state, license_number="PSY1")
    wizard = window.chart.start_export()
    wait_ops(qtbot)
    wizard.what_page.check_all()
    wizard.what_page.recipient.setText("Attorney X")
    wizard.what_page.purpose.setText("subpoena in case 24-CV-9")
    wizard.next()
    basis = wizard.basis_page
    basis.form.basis.setCurrentIndex(basis.form.basis.findData("subpoena"))
    basis.form.set_value("received_on", fx.days_ago(received_days_ago))
    basis.check()
    wait_ops(qtbot)
    assert basis.verdict is not None and not basis.verdict.allowed
    return vault, client_id, wizard, basis


@pytest.mark.parametrize("state", ["CA", "NY"])
def test_a_refused_subpoena_offers_the_hold_dated_the_day_received(unlocked_app: AppController, qtbot,
                                                                   state: str) -> None:
    vault, client_id, wizard, basis = _refused_subpoena(unlocked_app, qtbot, state, 3)
    offer = basis.refused_offer
    qtbot.waitUntil(lambda: offer.hold.isVisible())
    assert offer.hold.details.text() == f"subpoena received {show_date(fx.days_ago(3))}"
    assert "Decisions" in offer.note.text()
    # Each Alt letter once on the page: Record's R and the hold's H were a subpoena field's first.
    shown = [w for w in (*basis.findChildren(QAbstractButton), *basis.findChildren(QLabel)) if w.isVisibleTo(basis)]
    letters = [mnemonic_of(w.text()) for w in shown if mnemonic_of(w.text())]
    letters += [mnemonic_of(wizard.buttonText(b)) for b in (QWizard.WizardButton.BackButton,
                                                            QWizard.WizardButton.NextButton,
                                                            QWizard.WizardButton.CancelButton)]
    assert len(letters) == len(set(letters)), letters
    assert mnemonic_of(offer.record.text()) and mnemonic_of(offer.hold.button.text())
    assert holds.active_holds(vault, client_id) == []  # offered, not placed
    qtbot.mouseClick(offer.hold.button, Qt.MouseButton.LeftButton)
    wait_ops(qtbot)
    qtbot.waitUntil(lambda: len(holds.active_holds(vault, client_id)) == 1)
    (hold,) = holds.active_holds(vault, client_id)
    assert hold.reason == "subpoena" and hold.details == f"subpoena received {show_date(fx.days_ago(3))}"

    # The refusal documented: the decision record opens at the subpoena, dated the day it came.
    qtbot.mouseClick(offer.record, Qt.MouseButton.LeftButton)
    dialog = offer.decision_dialog
    assert dialog is not None
    qtbot.waitUntil(dialog.isVisible)
    assert dialog.client_id == client_id
    assert dialog.trigger_page.trigger() == "subpoena"
    day = fx.days_ago(3)
    assert dialog.trigger_page.when.date() == QDate(day.year, day.month, day.day)
    dialog.reject()

    # Another basis chosen: the offer goes with the refusal.
    basis.form.basis.setCurrentIndex(basis.form.basis.findData("court_order"))
    assert not offer.isVisible()
    wizard.reject()
    wait_ops(qtbot)


def test_a_day_received_after_today_is_not_made_a_hold(unlocked_app: AppController, qtbot) -> None:
    """The hold's day must stand (domain/subpoena.received_problems): a day received after today
    is said, and no hold is offered dated from it; recording the decision still is."""
    vault, client_id, wizard, basis = _refused_subpoena(unlocked_app, qtbot, "CA", -2)
    offer = basis.refused_offer
    qtbot.waitUntil(offer.isVisible)
    assert offer.record.isVisible()
    assert not offer.hold.isVisible()
    assert "after the day" in offer.note.text()
    assert holds.active_holds(vault, client_id) == []
    wizard.reject()
    wait_ops(qtbot)
