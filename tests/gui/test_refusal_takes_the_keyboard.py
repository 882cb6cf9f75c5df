"""A refusal at Save that names a date takes the keyboard to that date, as a form's own refusals
do. Found in the real app: a new client's date of birth in the future was refused under the
form while the keyboard stayed by the Save button (disabled during the save, so on Cancel, and
the next Space closed the form). Every form that sends a date the services refuse in the future
(or before another date), with real services on a real vault. The revocation's and the
restriction forms' dates cannot be set after today (their calendars end there)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta

import pytest
from PySide6.QtCore import QDate
from PySide6.QtWidgets import QApplication, QDialog, QLabel, QWidget

from tests.core import disclosure_fixtures as fx
from tests.gui.conftest import wait_ops
from tests.gui.test_chart import add_client
from vault_app.gui.controller import AppController
from vault_app.gui.date_field import DateField
from vault_app.gui.refusal_focus import focus_named

pytestmark = [pytest.mark.gui, pytest.mark.usefixtures("us_practice")]


def _tomorrow() -> date:
    """Read when a test asks, not at import (tests/one_day.py)."""
    return date.today() + timedelta(days=1)


@dataclass(frozen=True)
class Form:
    name: str
    field: str  # the date field's attribute
    said: str  # the refusal, in part
    save: str = "save"  # the method Save calls
    message: str = "message"


FORMS = [
    Form("new client", "date_of_birth", "The date of birth is in the future."),
    Form("client details", "date_of_birth", "The date of birth is in the future."),
    Form("client details: consent", "consent_signed", "The consent signature date is in the future."),
    Form("disclosure made outside the app", "made_on", "The date of the disclosure is in the future."),
    Form("revocation before the signing", "received", "The revocation date is before the authorization was signed.",
         save="accept"),
    Form("payment", "paid_on", "The payment date is in the future.", save="record_payment"),
    Form("measure", "when", "The date the measure was taken is in the future."),
    Form("request", "received", "The date the request was received is in the future."),
    Form("authorization", "signed_on", "The signature date is in the future."),
]


def _open(app: AppController, qtbot, form: Form) -> tuple[QDialog, DateField]:  # type: ignore[no-untyped-def]
    from vault_app.gui.account_dialog import AccountDialog
    from vault_app.gui.auth_dialog import AuthorizationDialog
    from vault_app.gui.client_details import ClientDetailsDialog
    from vault_app.gui.client_dialog import ClientDialog
    from vault_app.gui.manual_disclosure import ManualDisclosureDialog
    from vault_app.gui.measure_dialog import MeasureDialog
    from vault_app.gui.requests_dialog import NewRequestDialog
    from vault_app.gui.revocation_dialog import RevocationDialog
    from vault_app.services import clients

    window = app.main_window
    vault = app.vault
    assert vault is not None
    client_id = add_client(app, qtbot, name="Tobias Tomorrow")
    auth = fx.add_auth(vault, client_id) if form.name.startswith("revocation") else None
    makers: dict[str, Callable[[], QDialog]] = {
        "new client": lambda: ClientDialog(app, parent=window),
        "client details": lambda: ClientDetailsDialog(app, clients.get_client(vault, client_id), parent=window),
        "disclosure made outside the app": lambda: ManualDisclosureDialog(app, client_id, parent=window),
        "revocation": lambda: RevocationDialog(app, auth.id if auth else "", "summary", parent=window),
        "payment": lambda: AccountDialog(app, client_id, parent=window),
        "measure": lambda: MeasureDialog(app, client_id, parent=window),
        "request": lambda: NewRequestDialog(app, client_id, parent=window),
        "authorization": lambda: AuthorizationDialog(app, client_id, parent=window),
    }
    dialog = makers[next(k for k in makers if form.name.startswith(k))]()
    dialog.show()
    dialog.activateWindow()
    qtbot.waitExposed(dialog)
    wait_ops(qtbot)
    field = getattr(dialog, form.field)
    assert isinstance(field, DateField)
    day = _tomorrow() if auth is None or "before" not in form.name else auth.signed_on - timedelta(days=1)
    field.setDate(QDate(day.year, day.month, day.day))
    return dialog, field


def _fill(dialog: QDialog, form: Form) -> None:
    """What else the form needs, so the date is what is refused."""
    for name, text in (("legal_name", "Tobias Tomorrow"), ("recipient", "Dr. Ruth Reader"),
                       ("purpose", "continuity of care"), ("description", "the client's words"),
                       ("amount", "10")):
        widget = getattr(dialog, name, None)
        if widget is not None and hasattr(widget, "setText"):
            widget.setText(text)
    boxes = getattr(dialog, "answer_boxes", None)
    if boxes:
        dialog.set_answers([0] * len(boxes))  # type: ignore[attr-defined]


@pytest.mark.parametrize("form", FORMS, ids=[f.name for f in FORMS])
def test_a_refused_date_takes_the_keyboard(unlocked_app: AppController, qtbot, form: Form) -> None:
    dialog, field = _open(unlocked_app, qtbot, form)
    _fill(dialog, form)
    elsewhere = next(w for w in dialog.findChildren(QWidget) if w is not field and w.focusPolicy() and w.isVisible()
                     and not isinstance(w, QLabel) and not field.isAncestorOf(w))
    elsewhere.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not field, timeout=10_000)
    getattr(dialog, form.save)()
    wait_ops(qtbot)
    message = getattr(dialog, form.message)
    assert form.said in message.text() and dialog.isVisible()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is field, timeout=10_000)
    dialog.reject()


@pytest.mark.parametrize(("said", "named"), [
    ("The date of birth is in the future.", "birth"), ("The decision is dated before the request.", "decision"),
    ("The decision date is in the future.", "decision"), ("The payment date is in the future.", "payment date"),
    ('The payment "85,50" is not written the way this practice writes amounts: write 85.50.', "payment"),
    ("The dates are wrong.", None), ("Then the date of birth is in the future.", None),
])
def test_the_field_named_is_the_one_the_refusal_begins_with(qtbot, said: str, named: str | None) -> None:  # type: ignore[no-untyped-def]
    from vault_app.domain.errors import InvalidInput
    from vault_app.gui.date_field import date_picker

    dialog = QDialog()
    qtbot.addWidget(dialog)
    fields = {"date of birth": date_picker("birth"), "decision": date_picker("decision"),
              "payment date": date_picker("payment date"), "payment": date_picker("payment")}
    for field in fields.values():
        field.setParent(dialog)
    found = focus_named(InvalidInput(said), fields)
    assert (found.accessibleName() if found is not None else None) == named
