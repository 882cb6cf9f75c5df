"""A psychotherapy note's day (found by a walker: no date field; every note took the day it was
written, not the session's). A note is dated as chosen in its Date field; one written for a
session shows that session's day, which it took."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QDate

from tests.gui.conftest import wait_ops
from tests.gui.test_psychotherapy_typing import _open_tab_and_unlock
from vault_app.gui.controller import AppController
from vault_app.gui.dates import show_date
from vault_app.services import psychotherapy_notes as psy
from vault_app.services import sessions


def _notes(app: AppController, client_id: str) -> list[psy.NoteSummary]:
    assert app.vault is not None
    return list(psy.list_psychotherapy_notes(app.vault, client_id))


def test_a_note_takes_the_day_chosen_in_its_date_field(unlocked_app: AppController, qtbot) -> None:  # type: ignore[no-untyped-def]
    client_id = _open_tab_and_unlock(unlocked_app, qtbot)
    tab = unlocked_app.main_window.chart.psychotherapy  # type: ignore[union-attr]
    tab.new_note()
    qtbot.keyClicks(tab.editor, "Client spoke of the move.")
    tab.flush()
    wait_ops(qtbot)
    [note] = _notes(unlocked_app, client_id)
    assert note.note_date == date.today(), "today unless changed"
    session_day = date.today() - timedelta(days=3)
    tab.note_day.picker.setDate(QDate(session_day.year, session_day.month, session_day.day))
    tab.flush()
    wait_ops(qtbot)
    [note] = _notes(unlocked_app, client_id)
    assert note.note_date == session_day
    assert tab.status.text().startswith("Saved"), tab.status.text()
    tab.open_note(note.note_id)  # opened again: the field shows its day
    wait_ops(qtbot)
    assert tab.note_day.picker.date() == QDate(session_day.year, session_day.month, session_day.day)


def test_a_note_for_a_session_shows_the_sessions_day(unlocked_app: AppController, qtbot) -> None:  # type: ignore[no-untyped-def]
    client_id = _open_tab_and_unlock(unlocked_app, qtbot)
    vault = unlocked_app.vault
    assert vault is not None
    day = date.today() - timedelta(days=6)
    session = sessions.add_session(vault, client_id, date=day, duration_minutes=50)
    note = psy.create_psychotherapy_note(vault, client_id, "Written for the session.",
                                         session_id=session.session_id).note
    assert note.note_date == day
    tab = unlocked_app.main_window.chart.psychotherapy  # type: ignore[union-attr]
    tab.open_note(note.note_id)
    wait_ops(qtbot)
    assert tab.note_day.session_day.isVisibleTo(tab) and not tab.note_day.picker.isVisibleTo(tab)
    assert tab.note_day.session_day.text() == f"Written for the session of {show_date(day)}"
