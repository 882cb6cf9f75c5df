"""Escape on the New appointment and Move appointment forms asks before losing what was typed
(found in the real app: a start time typed, a stray Escape, and the form was gone without a
word, where every other typed form asks). An untouched form closes on Escape as before.
Real widgets over a real vault, real key events."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox, QWidget

from tests.gui.conftest import wait_ops
from tests.gui.test_agenda import _select
from tests.gui.test_agenda_keyboard import _open_agenda
from tests.gui.test_chart import add_client
from vault_app.gui.controller import AppController
from vault_app.gui.escape_guard import GuardedDialog
from vault_app.services import appointments

pytestmark = pytest.mark.gui


def _new(agenda, qtbot) -> GuardedDialog:  # type: ignore[no-untyped-def]
    # The keyboard back on the agenda first, as a person's N reaches it (one key at a time: before
    # the agenda takes the keyboard back, a second N is typing: agenda_keys.py).
    qtbot.waitUntil(lambda: QApplication.focusWidget() is agenda.table, timeout=10_000)
    qtbot.keyClick(agenda.table, Qt.Key.Key_N)
    dialog = agenda.dialog
    assert isinstance(dialog, GuardedDialog), "Escape would close it without a word"
    qtbot.waitExposed(dialog)
    wait_ops(qtbot)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.client, timeout=10_000)
    return dialog


def _close_without_saving(qtbot, dialog: GuardedDialog, where: QWidget) -> None:  # type: ignore[no-untyped-def]
    qtbot.keyClick(where, Qt.Key.Key_Escape)
    box = dialog.leave_box
    assert isinstance(box, QMessageBox) and box.isVisible()
    next(b for b in box.buttons() if b.text().replace("&", "") == "Close without saving").click()
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=10_000)
    wait_ops(qtbot)


def test_a_typed_new_appointment_asks_before_escape_closes_it(unlocked_app: AppController, qtbot) -> None:  # type: ignore[no-untyped-def]
    client_id = add_client(unlocked_app, qtbot, name="Odile Escapewise")
    vault = unlocked_app.vault
    assert vault is not None
    agenda = _open_agenda(unlocked_app, qtbot)

    untouched = _new(agenda, qtbot)
    qtbot.keyClick(untouched.client, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not untouched.isVisible(), timeout=10_000)
    assert untouched.leave_box is None, "an untouched form closes on Escape, without a question"
    wait_ops(qtbot)

    dialog = _new(agenda, qtbot)
    qtbot.keyClick(dialog.client, Qt.Key.Key_T, Qt.KeyboardModifier.AltModifier)  # Alt+T: Start
    assert QApplication.focusWidget() is dialog.start
    qtbot.keyClicks(dialog.start, "2:30 PM")
    typed = dialog.start.text()
    qtbot.keyClick(dialog.start, Qt.Key.Key_Escape)
    box = dialog.leave_box
    assert isinstance(box, QMessageBox) and box.isVisible() and dialog.isVisible()
    assert box.defaultButton() is box.escapeButton(), "Enter or Escape goes back to the form"
    qtbot.keyClick(box, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not box.isVisible(), timeout=10_000)
    assert dialog.isVisible() and dialog.start.text() == typed, "back to the form, the time still there"
    _close_without_saving(qtbot, dialog, dialog.start)
    assert appointments.list_for_client(vault, client_id) == []


@pytest.mark.parametrize("change", ["half-typed start", "length", "repeats", "date"])
def test_each_kind_of_change_counts(unlocked_app: AppController, qtbot, change: str) -> None:  # type: ignore[no-untyped-def]
    """A half-typed time (Qt still holds 9:00 AM), a length, a choice in a list or a date: each is
    something the therapist did, which Escape would throw away."""
    add_client(unlocked_app, qtbot, name="Pia Everyfield")
    agenda = _open_agenda(unlocked_app, qtbot)
    dialog = _new(agenda, qtbot)
    where: QWidget
    if change == "half-typed start":
        qtbot.keyClick(dialog.client, Qt.Key.Key_T, Qt.KeyboardModifier.AltModifier)
        where = dialog.start
        qtbot.keyClicks(where, "1")
    elif change == "length":
        where = dialog.minutes.lineEdit()
        where.selectAll()
        qtbot.keyClicks(where, "45")
    elif change == "repeats":
        where = dialog.repeat
        qtbot.keyClick(where, Qt.Key.Key_Down)
        assert dialog.repeat.currentData() == "weekly"
    else:
        qtbot.keyClick(dialog.client, Qt.Key.Key_D, Qt.KeyboardModifier.AltModifier)
        where = dialog.date
        assert QApplication.focusWidget() is where
        qtbot.keyClicks(where, "01/15/2027")
        assert dialog.date.date().toString("yyyy-MM-dd") == "2027-01-15", dialog.date.text()
    qtbot.keyClick(where, Qt.Key.Key_Escape)
    box = dialog.leave_box
    assert isinstance(box, QMessageBox) and box.isVisible() and dialog.isVisible(), change
    qtbot.keyClick(box, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not box.isVisible(), timeout=10_000)
    dialog.reject()  # the form's own Cancel closes at once, as on every guarded form
    wait_ops(qtbot)
    assert not dialog.isVisible()


def test_move_appointment_asks_too_and_untouched_closes(unlocked_app: AppController, qtbot) -> None:  # type: ignore[no-untyped-def]
    client_id = add_client(unlocked_app, qtbot, name="Quentin Movesoft")
    vault = unlocked_app.vault
    assert vault is not None
    day = date.today() + timedelta(days=1)
    (appt,) = appointments.schedule(vault, client_id, date=day, start="15:00")
    agenda = _open_agenda(unlocked_app, qtbot)
    agenda.show_day(day)
    wait_ops(qtbot)
    _select(agenda, appt.appointment_id)

    untouched = agenda.move_appointment()
    assert isinstance(untouched, GuardedDialog)
    qtbot.waitExposed(untouched)
    wait_ops(qtbot)
    qtbot.keyClick(untouched.date, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not untouched.isVisible(), timeout=10_000)
    assert untouched.leave_box is None
    wait_ops(qtbot)

    _select(agenda, appt.appointment_id)
    dialog = agenda.move_appointment()
    assert isinstance(dialog, GuardedDialog)
    qtbot.waitExposed(dialog)
    wait_ops(qtbot)
    dialog.minutes.lineEdit().selectAll()
    qtbot.keyClicks(dialog.minutes.lineEdit(), "30")
    _close_without_saving(qtbot, dialog, dialog.minutes.lineEdit())
    (kept,) = appointments.list_for_client(vault, client_id)
    assert kept.duration_minutes == appt.duration_minutes and kept.start_time == appt.start_time


def test_a_lock_while_the_question_is_asked_leaves_nothing_on_screen(unlocked_app: AppController, qtbot) -> None:  # type: ignore[no-untyped-def]
    """The appointment form is not held over a lock (it is a few choices, not writing): the lock
    closes it and its question, and nothing is left over the unlock window."""
    add_client(unlocked_app, qtbot, name="Rhea Lockstep")
    agenda = _open_agenda(unlocked_app, qtbot)
    dialog = _new(agenda, qtbot)
    dialog.minutes.setFocus()
    dialog.minutes.lineEdit().selectAll()
    qtbot.keyClicks(dialog.minutes.lineEdit(), "40")
    qtbot.keyClick(dialog.minutes.lineEdit(), Qt.Key.Key_Escape)
    box = dialog.leave_box
    assert isinstance(box, QMessageBox) and box.isVisible()
    unlocked_app.lock("idle")
    wait_ops(qtbot)
    shown = [w for w in QApplication.topLevelWidgets() if w.isVisible() and isinstance(w, QDialog | QMessageBox)]
    assert shown == [], shown
