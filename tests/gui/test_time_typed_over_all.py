"""A start time typed as a therapist types it, found on the real app (explore round, Xvfb).

In the new-appointment form "10:00 AM" typed into the start time showed "9:00 M", and Enter
said "The start time is not complete" and put 9:00 AM back: the Shift pressed again for the
"M" of "AM" made the field forget the "A" it had taken. Typed over the whole field after
Ctrl+A, "2:30 PM" even became 9:30 PM. Both now read as typed.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, Qt, QTime
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QWidget

from vault_app.gui import dates
from vault_app.gui.date_field import TimeField

pytestmark = pytest.mark.gui


def select_all(field: QWidget) -> None:
    """Ctrl+A as X11 sends it: the text is the control character, not "a" (QTest would send
    "a", which the field rightly takes as the A of AM)."""
    for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
        QApplication.sendEvent(field, QKeyEvent(kind, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier, "\x01"))


@pytest.mark.parametrize(("typed", "meant"), [("10:00 AM", QTime(10, 0)), ("2:30 PM", QTime(14, 30)),
                                               ("14:30", QTime(14, 30)), ("9:15 am", QTime(9, 15))])
def test_a_time_typed_over_the_selected_whole_field(qtbot, typed: str, meant: QTime) -> None:
    dates.set_practice_locale("en_US")
    try:
        field = TimeField(QTime(9, 0), "Start time")
        qtbot.addWidget(field)
        field.show()
        field.setFocus()
        qtbot.waitUntil(field.hasFocus)
        select_all(field)
        assert field.lineEdit().selectedText() == field.text()  # the whole time, as on screen
        qtbot.keyClicks(field, typed)
        assert field.hasAcceptableInput(), field.text()
        assert field.time() == meant, field.text()
    finally:
        dates.set_practice_locale(None)


@pytest.mark.parametrize(("typed", "meant"), [("7 PM", QTime(19, 0)), ("11a", QTime(11, 0)),
                                               ("9:15 AM", QTime(9, 15)), ("16", QTime(16, 0))])
def test_the_old_minutes_go_with_the_rest_of_the_selected_time(qtbot, typed: str, meant: QTime) -> None:
    """Found in the real app (explore round 2): the overlap refusal left the keyboard in the
    start time, "2:45 PM"; Ctrl+A and "7 PM" booked 7:45 PM, the old minutes kept under a time
    typed whole."""
    dates.set_practice_locale("en_US")
    try:
        field = TimeField(QTime(14, 45), "Start time")
        qtbot.addWidget(field)
        field.show()
        field.setFocus()
        qtbot.waitUntil(field.hasFocus)
        select_all(field)
        qtbot.keyClicks(field, typed)
        assert field.hasAcceptableInput(), field.text()
        assert field.time() == meant, field.text()
    finally:
        dates.set_practice_locale(None)


def test_a_date_typed_over_the_selected_whole_field(qtbot) -> None:
    """Its neighbour in the same form, checked the same way (it was already right)."""
    from PySide6.QtCore import QDate

    from vault_app.gui.date_field import date_picker

    dates.set_practice_locale("en_US")
    try:
        field = date_picker("Date", QDate(2026, 12, 4))
        qtbot.addWidget(field)
        field.show()
        field.setFocus()
        qtbot.waitUntil(field.hasFocus)
        select_all(field)
        qtbot.keyClicks(field, "12/15/2026")
        assert field.hasAcceptableInput(), field.text()
        assert field.date() == QDate(2026, 12, 15), field.text()
    finally:
        dates.set_practice_locale(None)


def test_after_the_half_typed_refusal_one_enter_books_the_time_typed_again(unlocked_app, qtbot) -> None:
    """The real app's next step: "The start time is not complete" said, "10:00 AM" typed
    again on the hour it selects, then Enter."""
    from datetime import time

    from tests.gui.conftest import wait_ops
    from tests.gui.test_agenda_keyboard import _open_agenda
    from tests.gui.test_appointment_typing import _new_dialog
    from tests.gui.test_chart import add_client
    from vault_app.services import appointments

    client_id = add_client(unlocked_app, qtbot, name="Paloma Twicetyped")
    vault = unlocked_app.vault
    dialog = _new_dialog(_open_agenda(unlocked_app, qtbot), qtbot)
    qtbot.keyClick(dialog.client, Qt.Key.Key_T, Qt.KeyboardModifier.AltModifier)  # Alt+T: Start
    qtbot.keyClicks(dialog.start, "02:3")
    qtbot.keyClick(dialog.start, Qt.Key.Key_Return)
    wait_ops(qtbot)
    assert dialog.isVisible() and "start time is not complete" in dialog.error.text()
    assert QApplication.focusWidget() is dialog.start
    qtbot.keyClicks(dialog.start, "10:00 AM")
    assert dialog.start.hasAcceptableInput(), dialog.start.text()
    qtbot.keyClick(dialog.start, Qt.Key.Key_Return)
    wait_ops(qtbot)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=10_000)
    (made,) = appointments.list_for_client(vault, client_id)
    assert made.start_time == time(10, 0)


def _key(field: QWidget, key: Qt.Key, text: str = "", shift: bool = False) -> None:
    """One key as X11 sends it: press and release, Shift itself a key of its own."""
    mods = Qt.KeyboardModifier.ShiftModifier if shift else Qt.KeyboardModifier.NoModifier
    for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
        QApplication.sendEvent(field, QKeyEvent(kind, key, mods, text))


def _typed_with_shift(field: QWidget, text: str) -> None:
    """`text` typed as xdotool (and a therapist who taps Shift for each capital) types it:
    Shift down, the letter, Shift up, for every capital letter."""
    for ch in text:
        if ch.isupper():
            QApplication.sendEvent(field, QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_Shift,
                                                    Qt.KeyboardModifier.ShiftModifier, ""))
            _key(field, Qt.Key(ord(ch)), ch, shift=True)
            QApplication.sendEvent(field, QKeyEvent(QEvent.Type.KeyRelease, Qt.Key.Key_Shift,
                                                    Qt.KeyboardModifier.NoModifier, ""))
        elif ch == " ":
            _key(field, Qt.Key.Key_Space, " ")
        elif ch == ":":
            _key(field, Qt.Key.Key_Colon, ":")
        else:
            _key(field, Qt.Key(ord(ch.upper())), ch)


@pytest.mark.parametrize(("typed", "meant"), [("2:30 PM", QTime(14, 30)), ("10:00 AM", QTime(10, 0))])
def test_am_pm_typed_with_a_shift_for_each_letter(qtbot, typed: str, meant: QTime) -> None:
    """Found in the real app: "2:30 PM" typed with Shift pressed again for the M showed
    "2:30 M", and Enter said the time was not complete."""
    dates.set_practice_locale("en_US")
    try:
        field = TimeField(QTime(9, 0), "Start time")
        qtbot.addWidget(field)
        field.show()
        field.setFocus()
        qtbot.waitUntil(field.hasFocus)
        field.setSelectedSection(field.sectionAt(0))  # where Tab or Alt+T puts the keyboard
        _typed_with_shift(field, typed)
        assert field.hasAcceptableInput(), field.text()
        assert field.time() == meant, field.text()
    finally:
        dates.set_practice_locale(None)


@pytest.mark.parametrize(("typed", "meant"), [("3:15 p.m.", QTime(15, 15)), ("10:00 a. m.", QTime(10, 0)),
                                               ("3:15 P.M.", QTime(15, 15)), ("3:15 pm", QTime(15, 15))])
def test_a_time_typed_as_a_spanish_us_practice_writes_it(qtbot, typed: str, meant: QTime) -> None:
    """Found in the real app (explore round 2, a new vault whose dates are Spanish (United
    States)): the field shows "9:00 A.M."; "3:15 p.m." typed as it is written showed "3:15 M."
    and Enter said the start time was not complete."""
    dates.set_practice_locale("es_US")
    try:
        field = TimeField(QTime(9, 0), "Start time")
        qtbot.addWidget(field)
        field.show()
        field.setFocus()
        qtbot.waitUntil(field.hasFocus)
        select_all(field)
        qtbot.keyClicks(field, typed)
        assert field.hasAcceptableInput(), field.text()
        assert field.time() == meant, field.text()
        assert not field.half_typed(), field.text()
    finally:
        dates.set_practice_locale(None)
