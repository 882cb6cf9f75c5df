"""Tab leaves a date or time field (found walking the real app by keyboard): Qt's date edit
spent Tab on its own parts (month, day, year), so a therapist tabbing through a form landed
in the year and typed the next field's text into it. Now Tab and Shift+Tab go to the next
and previous field in every form; the date's parts are reached as it is typed (a complete
part moves on, a typed separator moves on) or by the arrow keys."""

from __future__ import annotations

from datetime import date, time, timedelta

import pytest
from PySide6.QtCore import QDate, Qt, QTime
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDateTimeEdit, QDialog, QLineEdit, QVBoxLayout, QWidget

from tests.gui.conftest import wait_ops
from tests.gui.test_agenda_keyboard import _open_agenda
from tests.gui.test_appointment_typing import _new_dialog
from tests.gui.test_chart import add_client
from tests.gui.test_date_message_space import FORMS, _forms
from vault_app.gui.controller import AppController
from vault_app.gui.date_field import DateField, TimeField, date_picker
from vault_app.gui.optional_date_field import OptionalDateField
from vault_app.services import appointments, clients

pytestmark = [pytest.mark.gui, pytest.mark.usefixtures("us_practice")]


def _focus() -> QWidget | None:
    return QApplication.focusWidget()


_kept: list[QDialog] = []


def _form(qtbot) -> tuple[QLineEdit, DateField, OptionalDateField, TimeField, QLineEdit]:
    dialog = QDialog()
    _kept[:] = [dialog]  # the fields live as long as their dialog
    qtbot.addWidget(dialog)
    before, after = QLineEdit(), QLineEdit()
    day = date_picker("Date received", QDate(2026, 1, 5))
    maybe = OptionalDateField("Authority ends on")
    at = TimeField(QTime(9, 0), "Start time")
    layout = QVBoxLayout(dialog)
    for widget in (before, day, maybe, at, after):
        layout.addWidget(widget)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    before.setFocus()
    qtbot.waitUntil(lambda: _focus() is before, timeout=10_000)
    return before, day, maybe, at, after


def test_tab_and_shift_tab_go_from_field_to_field_through_dates_and_times(qtbot) -> None:
    before, day, maybe, at, after = _form(qtbot)
    for expected in (day, maybe, at, after):
        QTest.keyClick(_focus(), Qt.Key.Key_Tab)
        assert _focus() is expected, f"Tab stopped in {_focus()!r}"
        if isinstance(expected, QDateTimeEdit):
            assert expected.currentSectionIndex() == 0  # at its first part, ready for a date typed
    for expected in (at, maybe, day, before):
        QTest.keyClick(_focus(), Qt.Key.Key_Backtab)
        assert _focus() is expected, f"Shift+Tab stopped in {_focus()!r}"
        if isinstance(expected, QDateTimeEdit):
            # Qt puts a field entered backwards at its last part (the year): typing a date overwrote it
            assert expected.currentSectionIndex() == 0
    assert (day.date(), maybe.text(), at.time()) == (QDate(2026, 1, 5), "", QTime(9, 0))  # nothing typed into them


@pytest.mark.parametrize(("typed", "meant"), [("1/5/2027", QDate(2027, 1, 5)), ("12/3/2026", QDate(2026, 12, 3)),
                                               ("02/03/1980", QDate(1980, 2, 3)), ("3/14/2027", QDate(2027, 3, 14))])
def test_a_date_typed_after_tab_fills_its_parts_in_order(qtbot, typed: str, meant: QDate) -> None:
    before, day, _maybe, _at, _after = _form(qtbot)
    QTest.keyClick(before, Qt.Key.Key_Tab)
    QTest.keyClicks(day, typed)
    assert _focus() is day  # a separator moves to the next part, never out of the field
    assert day.date() == meant, QDateTimeEdit.text(day)


def test_the_arrow_keys_still_move_between_parts(qtbot) -> None:
    before, day, _maybe, at, _after = _form(qtbot)
    QTest.keyClick(before, Qt.Key.Key_Tab)
    QTest.keyClick(day, Qt.Key.Key_Right, Qt.KeyboardModifier.ControlModifier)
    assert _focus() is day and day.currentSectionIndex() == 1
    QTest.keyClicks(day, "20")
    assert day.date() == QDate(2026, 1, 20)
    at.setFocus()
    QTest.keyClicks(at, "2:30 PM")
    assert at.time() == QTime(14, 30)


@pytest.mark.parametrize("form", FORMS)
def test_in_every_form_tab_leaves_each_date_and_time(unlocked_app: AppController, qtbot, form: str) -> None:
    client_id = add_client(unlocked_app, qtbot, "Tabitha Fieldwalker")
    dialog = _forms(unlocked_app, client_id)[form]()
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    wait_ops(qtbot)
    fields = [f for f in dialog.findChildren(QDateTimeEdit) if f.isVisible() and f.isEnabled()]
    assert fields, f"the {form} form has a date field"
    for field in fields:
        assert isinstance(field, DateField | TimeField), f"{field.accessibleName()!r} is Qt's own date edit"
        shown = QDateTimeEdit.text(field)
        for key in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab):
            field.setFocus()
            qtbot.waitUntil(lambda f=field: _focus() is f, timeout=10_000)
            QTest.keyClick(field, key)
            assert _focus() is not field, f"{form}: {field.accessibleName()!r} keeps the keyboard on {key.name}"
        assert QDateTimeEdit.text(field) == shown
    dialog.reject()
    wait_ops(qtbot)


def test_an_appointment_typed_field_by_field_with_tab(unlocked_app: AppController, qtbot) -> None:
    """Client, Tab, the date, Tab, the time, Enter: as a therapist books one without the mouse."""
    client_id = add_client(unlocked_app, qtbot, name="Tomas Tabbooked")
    vault = unlocked_app.vault
    assert vault is not None
    dialog = _new_dialog(_open_agenda(unlocked_app, qtbot), qtbot)
    later = date.today() + timedelta(days=10)
    QTest.keyClick(dialog.client, Qt.Key.Key_Tab)
    assert _focus() is dialog.date
    QTest.keyClicks(dialog.date, f"{later.month}/{later.day}/{later.year}")
    QTest.keyClick(dialog.date, Qt.Key.Key_Tab)
    assert _focus() is dialog.start  # not the date's day, where the time used to go
    QTest.keyClicks(dialog.start, "2:30 PM")
    QTest.keyClick(dialog.start, Qt.Key.Key_Tab)
    assert _focus() is dialog.minutes
    QTest.keyClick(dialog.minutes, Qt.Key.Key_Return)
    wait_ops(qtbot)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=10_000)
    (made,) = appointments.list_for_client(vault, client_id)
    assert (made.date, made.start_time) == (later, time(14, 30))


def test_client_details_tabbed_through_keeps_the_birth_date(unlocked_app: AppController, qtbot) -> None:
    """From the birth date Tab goes on to the next row, and what is typed there stays out of the year."""
    from vault_app.gui.client_details import ClientDetailsDialog

    client_id = add_client(unlocked_app, qtbot, "Bea Birthdate")
    vault = unlocked_app.vault
    assert vault is not None
    dialog = ClientDetailsDialog(unlocked_app, clients.get_client(vault, client_id), parent=unlocked_app.main_window)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    dialog.preferred_name.setFocus()
    qtbot.waitUntil(lambda: _focus() is dialog.preferred_name, timeout=10_000)
    QTest.keyClick(dialog.preferred_name, Qt.Key.Key_Tab)
    assert _focus() is dialog.sort_as  # beside the preferred name on its row
    QTest.keyClick(dialog.sort_as, Qt.Key.Key_Tab)
    assert _focus() is dialog.date_of_birth
    QTest.keyClick(dialog.date_of_birth, Qt.Key.Key_Tab)
    assert _focus() is dialog.died_on  # beside the birth date on its row
    QTest.keyClick(dialog.died_on, Qt.Key.Key_Backtab)
    QTest.keyClick(dialog.date_of_birth, Qt.Key.Key_Backtab)
    QTest.keyClick(dialog.sort_as, Qt.Key.Key_Backtab)
    assert _focus() is dialog.preferred_name
    QTest.keyClicks(dialog.preferred_name, "Bea")
    assert dialog.date_of_birth.text() == "1980-02-03" and dialog.preferred_name.text() == "Bea"
    dialog.reject()
    wait_ops(qtbot)
