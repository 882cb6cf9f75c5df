"""A note opened from the agenda still closes back onto the agenda's day after a lock: the vault
locked while the note was open, the unlock brings the note back (held_note), and its Close goes
to the agenda on the day the therapist was on, the appointment selected.

Found by the day's walker (round 45): the note came back after the unlock, but its Close left the
therapist on the client's chart, the agenda's way back lost at the lock. Real app window, real
lock and unlock, the real note window and its Close button."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtWidgets import QApplication

from tests.gui.conftest import unlock, wait_ops
from tests.gui.test_agenda import _editors, _select
from tests.gui.test_agenda_keyboard import _open_agenda
from tests.gui.test_agenda_note_back import _close_button
from tests.gui.test_chart import add_client
from tests.gui.test_held_dates import _quit_and_start_again, _reopened
from vault_app.gui.controller import AppController
from vault_app.gui.note_editor import NoteEditor
from vault_app.services import appointments

pytestmark = pytest.mark.gui


def _attended_note_open(app: AppController, qtbot, day: date) -> tuple[str, NoteEditor]:  # type: ignore[no-untyped-def]
    window = app.main_window
    assert window is not None
    client_id = add_client(app, qtbot, name="Rosa Overlock")
    vault = app.vault
    assert vault is not None
    (appt,) = appointments.schedule(vault, client_id, date=day, start="11:00")
    agenda = _open_agenda(app, qtbot)
    agenda.show_day(day)  # type: ignore[attr-defined]
    wait_ops(qtbot)
    _select(agenda, appt.appointment_id)
    agenda.mark_attended()  # type: ignore[attr-defined]
    wait_ops(qtbot)
    qtbot.waitUntil(lambda: len(_editors(window)) == 1, timeout=10_000)
    wait_ops(qtbot)
    editor = _editors(window)[0]
    qtbot.waitExposed(editor)
    subjective = editor.section_edits["subjective"]
    subjective.setFocus()
    qtbot.keyClicks(subjective, "Came in tired")
    editor.flush()
    wait_ops(qtbot)
    return appt.appointment_id, editor


@pytest.mark.parametrize("how", ["lock", "quit"])
def test_the_note_back_after_a_lock_still_closes_onto_the_agenda_day(  # type: ignore[no-untyped-def]
        unlocked_app: AppController, qtbot, how: str) -> None:
    day = date.today() - timedelta(days=3)  # not today: the agenda must come back on the day chosen
    appointment_id, editor = _attended_note_open(unlocked_app, qtbot, day)
    if how == "lock":
        unlocked_app.lock("Locked now.")
        wait_ops(qtbot)
        assert not any(isinstance(w, NoteEditor) and w.isVisible() for w in QApplication.topLevelWidgets())
        window = unlock(unlocked_app, qtbot)
    else:
        window = _quit_and_start_again(unlocked_app, editor, qtbot)  # Ctrl+Q in the note's window
    again = _reopened(window, NoteEditor, qtbot)
    assert isinstance(again, NoteEditor)
    qtbot.waitUntil(lambda: again.section_edits["subjective"].toPlainText() == "Came in tired", timeout=10_000)
    _close_button(again).click()
    wait_ops(qtbot)
    qtbot.waitUntil(lambda: not again.isVisible(), timeout=10_000)
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.agenda, timeout=10_000)
    agenda = window.agenda
    assert agenda.day == day
    wait_ops(qtbot)
    selected = agenda.selected()
    assert selected is not None and selected.item_id == appointment_id


def test_a_note_not_from_the_agenda_still_closes_onto_its_chart(unlocked_app: AppController, qtbot) -> None:  # type: ignore[no-untyped-def]
    window = unlocked_app.main_window
    assert window is not None
    add_client(unlocked_app, qtbot, name="Sami Chartonly")
    editor = window.chart.new_note()
    assert isinstance(editor, NoteEditor)
    qtbot.waitExposed(editor)
    wait_ops(qtbot)
    qtbot.keyClicks(editor.section_edits["subjective"], "Slept well")
    editor.flush()
    wait_ops(qtbot)
    unlocked_app.lock("Locked now.")
    wait_ops(qtbot)
    window = unlock(unlocked_app, qtbot)
    again = _reopened(window, NoteEditor, qtbot)
    _close_button(again).click()
    wait_ops(qtbot)
    qtbot.waitUntil(lambda: not again.isVisible(), timeout=10_000)
    qtbot.wait(100)
    assert window.stack.currentWidget() is window.chart
