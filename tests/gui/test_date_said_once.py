"""A date the month does not have, refused once: by the date field, under itself. Found in the
real app: the appointment form, the revocation form and the form for a disclosure made outside
the app each put their own "The date is not complete" line beside the field's own "The date
typed does not exist: 04/31/2001", two messages for one slip, the less precise one in the form."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog, QLabel

from tests.core import disclosure_fixtures as fx
from tests.gui.conftest import wait_ops
from tests.gui.test_chart import add_client
from vault_app.gui.appointment_dialog import AppointmentDialog
from vault_app.gui.controller import AppController
from vault_app.gui.date_field import DateField
from vault_app.gui.field_problem import FieldProblem
from vault_app.gui.manual_disclosure import ManualDisclosureDialog
from vault_app.gui.revocation_dialog import RevocationDialog
from vault_app.services import appointments, authorizations, export

pytestmark = [pytest.mark.gui, pytest.mark.usefixtures("us_practice")]


def _said(dialog: QDialog) -> list[tuple[str, str]]:
    """Every visible line about the date: (who says it, what)."""
    return [(type(label).__name__, label.text()) for label in dialog.window().findChildren(QLabel)
            if label.isVisible() and ("not complete" in label.text() or "does not exist" in label.text())]


def _type_impossible_date(field: DateField, qtbot) -> None:
    field.setFocus()
    field.setSelectedSection(field.sectionAt(0))
    qtbot.keyClicks(field, "04/31/2001")


def _form(app: AppController, qtbot, client_id: str, form: str) -> tuple[QDialog, DateField, Callable[[], None]]:
    vault = app.vault
    assert vault is not None
    if form == "appointment":
        appt = AppointmentDialog(app, day=date(2026, 12, 7), client_id=client_id, parent=app.main_window)
        return appt, appt.date, appt.save_button.click
    if form == "revocation":
        auth = fx.add_auth(vault, client_id)
        revocation = RevocationDialog(app, auth.id, "summary", parent=app.main_window)
        return revocation, revocation.received, revocation.accept
    manual = ManualDisclosureDialog(app, client_id, parent=app.main_window)
    return manual, manual.made_on, manual.save


@pytest.mark.parametrize("form", ["appointment", "revocation", "manual disclosure"])
def test_one_message_for_a_date_that_does_not_exist(unlocked_app: AppController, qtbot, form: str) -> None:
    vault = unlocked_app.vault
    assert vault is not None
    client_id = add_client(unlocked_app, qtbot, name="Odette Once")
    dialog, field, save = _form(unlocked_app, qtbot, client_id, form)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitExposed(dialog)
    wait_ops(qtbot)
    _type_impossible_date(field, qtbot)
    save()
    wait_ops(qtbot)
    assert dialog.isVisible()
    assert _said(dialog) == [(FieldProblem.__name__,
                              "The date typed does not exist: 04/31/2001. Type it again or pick it from the calendar.")]
    qtbot.waitUntil(lambda: QApplication.focusWidget() is field, timeout=10_000)
    if form != "revocation":  # Enter in the field: the same one message
        qtbot.keyClick(field, Qt.Key.Key_Return)
        wait_ops(qtbot)
        assert len(_said(dialog)) == 1
    assert appointments.list_for_client(vault, client_id) == []
    assert all(a.revocation is None for a in authorizations.list_authorizations(vault, client_id))
    assert export.disclosures(vault, client_id) == []
    dialog.reject()
