"""A half-typed date is said next to its field, in every form (found walking the real app by
keyboard): only the agenda and the manual disclosure's "Made on" said anything; in the
request, payment, superbill and measure forms Enter on "12/0_/2026" did nothing, silently, and
a Save by click stored the last whole date Qt had kept: a day the therapist never typed. The
request form also kept its refusal of a date on screen after the date was fixed."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QApplication, QDialog, QLineEdit

from tests.gui.conftest import wait_ops
from tests.gui.date_forms import form_with_a_date
from tests.gui.test_chart import add_client
from vault_app.gui.controller import AppController
from vault_app.gui.date_field import DateField, unfinished_date
from vault_app.services import billing
from vault_app.services import requests as client_requests

pytestmark = [pytest.mark.gui, pytest.mark.usefixtures("us_practice")]


def _half_type(field: DateField, qtbot) -> None:
    """A time typed into the day, as in the agenda: the day is left unfinished."""
    field.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is field, timeout=10_000)
    field.setSelectedSection(field.sectionAt(0))
    qtbot.keyClick(field, Qt.Key.Key_Slash)  # a separator typed: into its day
    qtbot.keyClicks(field, "2:30 PM")
    assert not field.hasAcceptableInput(), field.lineEdit().text()


def _form(qtbot) -> tuple[QDialog, DateField, QLineEdit, list[str]]:
    return form_with_a_date(qtbot, "Date received", QDate(2026, 11, 20))


def test_enter_on_a_half_typed_date_is_said_next_to_it_and_keeps_the_keyboard(qtbot) -> None:
    _dialog, field, _after, _saved = _form(qtbot)
    _half_type(field, qtbot)
    qtbot.keyClick(field, Qt.Key.Key_Return)
    assert "not complete" in field.problem()
    assert QApplication.focusWidget() is field
    field.setSelectedSection(field.sectionAt(0))
    qtbot.keyClicks(field, "12/02/2026")
    assert field.date() == QDate(2026, 12, 2)
    assert field.problem() == ""  # fixed: the message goes


def test_a_save_after_leaving_a_half_typed_date_saves_nothing_until_it_is_seen(qtbot) -> None:
    _dialog, field, after, saved = _form(qtbot)
    _half_type(field, qtbot)
    after.setFocus()  # Tab on: Qt puts back the last whole date
    qtbot.waitUntil(lambda: QApplication.focusWidget() is after, timeout=10_000)
    assert field.hasAcceptableInput()  # a whole date again, but not the one typed
    assert "not complete" in field.problem()
    assert unfinished_date(field)
    assert saved == []
    assert QApplication.focusWidget() is field  # taken back to the date
    assert unfinished_date(field)  # a second Save by click: still held
    assert saved == []
    # Enter on the whole date now shown: the therapist means it, and it is saved as shown.
    qtbot.keyClick(field, Qt.Key.Key_Return)
    assert not unfinished_date(field)
    assert field.problem() == ""


def test_a_whole_date_saves_at_once(qtbot) -> None:
    _dialog, field, after, _saved = _form(qtbot)
    field.setFocus()
    after.setFocus()
    assert not unfinished_date(field)
    assert field.problem() == ""


def test_a_half_typed_payment_date_records_no_payment(unlocked_app: AppController, qtbot) -> None:
    from vault_app.gui.account_dialog import AccountDialog

    window = unlocked_app.main_window
    assert window is not None and unlocked_app.vault is not None
    client_id = add_client(unlocked_app, qtbot, name="Pia Halfdate")
    dialog = AccountDialog(unlocked_app, client_id, parent=window)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    wait_ops(qtbot)
    dialog.amount.setText("140")
    paid_on = dialog.paid_on
    assert isinstance(paid_on, DateField)
    _half_type(paid_on, qtbot)
    qtbot.keyClick(paid_on, Qt.Key.Key_Return)
    dialog.amount.setFocus()
    qtbot.keyClick(dialog.amount, Qt.Key.Key_Return)  # Record, from the amount
    wait_ops(qtbot)
    assert billing.account(unlocked_app.vault, client_id).payments == ()
    assert "not complete" in paid_on.problem()
    assert QApplication.focusWidget() is paid_on
    dialog.reject()


def test_the_request_form_says_a_half_typed_date_and_forgets_a_fixed_refusal(unlocked_app: AppController,
                                                                            qtbot) -> None:
    from vault_app.gui.requests_dialog import NewRequestDialog

    window = unlocked_app.main_window
    vault = unlocked_app.vault
    assert window is not None and vault is not None
    client_id = add_client(unlocked_app, qtbot, name="Pia Halfdate")
    dialog = NewRequestDialog(unlocked_app, client_id, parent=window)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    wait_ops(qtbot)
    dialog.description.setText("A copy of my notes")
    received = dialog.received
    assert isinstance(received, DateField)
    _half_type(received, qtbot)
    qtbot.keyClick(received, Qt.Key.Key_Return)
    dialog.save()
    wait_ops(qtbot)
    assert client_requests.list_requests(vault) == []
    assert "not complete" in received.problem()

    tomorrow = date.today() + timedelta(days=1)
    received.setDate(QDate(tomorrow.year, tomorrow.month, tomorrow.day))
    assert received.problem() == ""
    dialog.save()
    wait_ops(qtbot)
    assert dialog.message.text()  # a request is not received in the future: refused, said
    assert client_requests.list_requests(vault) == []
    received.setDate(QDate.currentDate())
    assert dialog.message.text() == ""  # the date fixed: the refusal goes with it
    dialog.save()
    wait_ops(qtbot)
    (request,) = client_requests.list_requests(vault)
    assert request.received_on == date.today()


def test_the_decision_wizard_holds_next_on_a_half_typed_event_date(vault, qtbot) -> None:
    from PySide6.QtWidgets import QWizard

    from tests.core.decision_helpers import make_chart
    from tests.gui.test_decision_dialog import open_dialog

    chart = make_chart(vault)
    dialog = open_dialog(vault, qtbot, chart.client_id, session_id=chart.session_id)
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    trigger = dialog.trigger_page
    trigger.buttons["child_abuse"].click()
    when = trigger.when
    assert isinstance(when, DateField)
    _half_type(when, qtbot)
    dialog.button(QWizard.WizardButton.NextButton).click()  # by click: the field is left, Qt puts a date back
    wait_ops(qtbot)
    assert dialog.currentPage() is trigger
    assert dialog.decision_id is None  # no draft with a day nobody typed
    assert "not complete" in when.problem()
    assert QApplication.focusWidget() is when
