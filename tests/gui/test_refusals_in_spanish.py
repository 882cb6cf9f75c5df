"""A refused form, in Spanish: the refusal is said in Spanish under the form and the keyboard is
on the field it is about, found by the refusal's field, not by its (English) first words.
Real services on a real vault; and refusal_focus on its own, by field and by words."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date, timedelta

import pytest
from PySide6.QtCore import QDate
from PySide6.QtWidgets import QApplication, QDialog, QLineEdit, QWidget

from tests.gui.amend_helpers import close_amend_dialog, open_amend_dialog
from tests.gui.conftest import wait_ops
from vault_app.domain.errors import InvalidInput, RefusedByPolicy
from vault_app.gui.controller import AppController
from vault_app.gui.refusal_focus import focus_refused

pytestmark = [pytest.mark.gui, pytest.mark.usefixtures("us_practice")]


@dataclass(frozen=True)
class Typed:
    name: str
    fill: Callable[[QDialog], None]
    field: str  # the widget that gets the keyboard
    said: str  # the Spanish, as es.ts has it


def _tomorrow(dialog: QDialog) -> None:
    tomorrow = date.today() + timedelta(days=1)  # read when the test types it, not at import (tests/one_day.py)
    dialog.date_of_birth.setDate(QDate(tomorrow.year, tomorrow.month, tomorrow.day))  # type: ignore[attr-defined]


CLIENT_FORM = [
    Typed("a birth tomorrow", lambda d: (d.legal_name.setText("Tobías Mañana"), _tomorrow(d)),  # type: ignore[attr-defined]
          "date_of_birth", "La fecha de nacimiento está en el futuro. Indique el día en que ocurrió: hoy o antes."),
    Typed("no legal name", lambda d: d.preferred_name.setText("Tobi"), "legal_name",  # type: ignore[attr-defined]
          "Falta el nombre legal."),
    Typed("a legal name too long", lambda d: d.legal_name.setText("Tobías " * 40), "legal_name",  # type: ignore[attr-defined]
          "Acorte el nombre legal: admite como máximo 200 caracteres."),
    Typed("a chart number that cannot be one",
          lambda d: (d.legal_name.setText("Tobías Mañana"), d.chart_number.setText("#12 b")),  # type: ignore[attr-defined]
          "chart_number", "El número de expediente no es válido. Use de 1 a 32 letras, dígitos, puntos, guiones o "
                          "guiones bajos, empezando por una letra o un dígito."),
]


@pytest.mark.parametrize("typed", CLIENT_FORM, ids=[t.name for t in CLIENT_FORM])
def test_a_refused_new_client_is_said_in_spanish_at_its_field(unlocked_app: AppController, qtbot, spanish: None,
                                                              typed: Typed) -> None:
    from vault_app.gui.client_dialog import ClientDialog

    dialog = ClientDialog(unlocked_app, parent=unlocked_app.main_window)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitExposed(dialog)
    assert dialog.windowTitle() == "Nuevo cliente"  # the form itself is in Spanish
    typed.fill(dialog)
    dialog.part2.setFocus()  # elsewhere: the refusal must move the keyboard
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.part2, timeout=10_000)
    dialog.save()
    wait_ops(qtbot)
    assert dialog.message.text() == typed.said
    assert dialog.isVisible()
    field = getattr(dialog, typed.field)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is field or field.isAncestorOf(QApplication.focusWidget()),
                    timeout=10_000)
    dialog.reject()


def test_a_refused_amendment_is_said_in_spanish_at_its_reason(unlocked_app: AppController, qtbot,
                                                               spanish: None) -> None:
    """A note form: an amendment with no reason, on a signed progress note."""
    editor, dialog = open_amend_dialog(unlocked_app, qtbot, "Ada Enmienda")
    dialog.change.setCurrentIndex(dialog.change.findData("amendment"))
    dialog.text.setPlainText("La fecha de la sesión era el martes.")
    dialog.text.setFocus()
    dialog.save()
    wait_ops(qtbot)
    assert dialog.message.text() == "Una enmienda necesita un motivo. Diga por qué se corrige la nota firmada."
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.reason, timeout=10_000)
    close_amend_dialog(qtbot, editor, dialog)


def test_a_client_s_email_that_cannot_be_one_is_refused_in_spanish(unlocked_app: AppController, qtbot,
                                                                  spanish: None) -> None:
    """Refused by the form before the worker (gui/client_details), in the core's words by code."""
    from tests.gui.test_client_email import _details

    _client_id, dialog = _details(unlocked_app, qtbot, "Juana Correo")
    dialog.email.setText("juana@")
    dialog.save()
    wait_ops(qtbot)
    assert dialog.email_refused() == ("Esa dirección de correo electrónico no es válida. Corrija la dirección de "
                                      "correo electrónico o déjela vacía.")
    assert QApplication.focusWidget() is dialog.email
    dialog.reject()


def test_an_appointment_status_refused_says_the_statuses_in_spanish(qtbot, spanish: None) -> None:  # type: ignore[no-untyped-def]
    """The agenda's status menu offers every status; the rules refuse some, naming them."""
    from vault_app.domain.appointments import check_transition
    from vault_app.gui.refusal_words import refusal_text

    with pytest.raises(InvalidInput) as already:
        check_transition("no_show", "no_show")
    assert refusal_text(already.value) == "La cita ya está en estado «inasistencia»."
    with pytest.raises(RefusedByPolicy) as not_directly:
        check_transition("late_cancel", "no_show")
    assert refusal_text(not_directly.value) == ("Una cita en estado «cancelación tardía» no puede pasar directamente "
                                                "a «inasistencia». Vuelva a ponerla primero como programada.")


# -- refusal_focus on its own ---------------------------------------------------------------

@pytest.fixture
def form(qtbot) -> Iterator[dict[str, QLineEdit]]:  # type: ignore[no-untyped-def]
    dialog = QDialog()
    qtbot.addWidget(dialog)
    fields = {key: QLineEdit(dialog) for key in ("legal_name", "date_of_birth", "payment")}
    for key, field in fields.items():
        field.setObjectName(key)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    yield fields  # the dialog, and so its fields, live until the test ends


@pytest.mark.parametrize(("refusal", "focused"), [
    (InvalidInput("Whatever the words.", field="date_of_birth"), "date_of_birth"),
    (InvalidInput("La fecha de nacimiento está en el futuro.", code="date.future", field="date_of_birth"),
     "date_of_birth"),
    (InvalidInput("The payment date is in the future.", field="legal_name"), "legal_name"),  # the field, not words
    (InvalidInput("The payment is odd."), "payment"),  # no field: its first words
    (InvalidInput("The payment is odd.", field="session_fee"), "payment"),  # a field not on this form: words
    (InvalidInput("Something is odd.", field="session_fee"), None),
    (InvalidInput("Then the payment is odd."), None),
])
def test_the_keyboard_goes_to_the_refusal_s_field(form: dict[str, QLineEdit], qtbot, refusal: InvalidInput,
                                                  focused: str | None) -> None:
    found = focus_refused(refusal, form, named={"payment": form["payment"]})
    assert (found.objectName() if found is not None else None) == focused
    if found is not None:
        qtbot.waitUntil(lambda: QApplication.focusWidget() is found, timeout=10_000)


def test_a_disabled_field_is_not_given_the_keyboard(form: dict[str, QLineEdit]) -> None:
    form["legal_name"].setEnabled(False)
    assert focus_refused(InvalidInput("Too long.", field="legal_name"), form) is None


def test_without_named_the_form_s_keys_are_read_as_words(qtbot) -> None:  # type: ignore[no-untyped-def]
    """The forms not yet keyed by field (their refusals have none) keep working as before."""
    dialog = QDialog()
    qtbot.addWidget(dialog)
    widget: QWidget = QLineEdit(dialog)
    assert focus_refused(InvalidInput("The date of the request is in the future."),
                         {"date of the request": widget}) is widget
