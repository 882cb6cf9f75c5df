"""A note opened from the agenda closes back onto the agenda, on the day the therapist was on.

Found by a walker (round 44): Agenda > Attended opened the session's new note; its Close landed
on the client's chart, and the therapist had to go back to the agenda and page to the day again
for the next client. Real app window, real agenda, real note window and its Close button."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtWidgets import QPushButton

from tests.gui.conftest import wait_ops
from tests.gui.test_agenda import _editors, _select
from tests.gui.test_agenda_keyboard import _open_agenda
from tests.gui.test_chart import add_client
from vault_app.gui.controller import AppController
from vault_app.services import appointments

pytestmark = pytest.mark.gui


def _close_button(editor: object) -> QPushButton:
    (close,) = [b for b in editor.findChildren(QPushButton) if b.text().replace("&", "") == "Close"]  # type: ignore[attr-defined]
    return close


def test_closing_the_note_opened_by_attended_goes_back_to_the_agenda_day(unlocked_app: AppController,
                                                                        qtbot) -> None:
    window = unlocked_app.main_window
    assert window is not None
    client_id = add_client(unlocked_app, qtbot, name="Nadia Backtoday")
    vault = unlocked_app.vault
    assert vault is not None
    day = date.today() - timedelta(days=2)  # not today: the agenda must stay on the day chosen
    (appt,) = appointments.schedule(vault, client_id, date=day, start="11:00")
    agenda = _open_agenda(unlocked_app, qtbot)
    agenda.show_day(day)
    wait_ops(qtbot)
    _select(agenda, appt.appointment_id)
    agenda.mark_attended()
    wait_ops(qtbot)
    qtbot.waitUntil(lambda: len(_editors(window)) == 1, timeout=10_000)
    wait_ops(qtbot)
    editor = _editors(window)[0]
    qtbot.waitExposed(editor)
    assert window.stack.currentWidget() is window.chart  # the note is bound to its chart, shown behind it
    _close_button(editor).click()
    wait_ops(qtbot)
    qtbot.waitUntil(lambda: not editor.isVisible(), timeout=10_000)
    assert window.stack.currentWidget() is window.agenda, "closing the note left the therapist on the chart"
    assert agenda.day == day
    selected = agenda.selected()
    assert selected is not None and selected.item_id == appt.appointment_id


def test_a_note_closed_after_going_elsewhere_leaves_the_screen_where_it_is(unlocked_app: AppController,
                                                                          qtbot) -> None:
    """The therapist moved on (another client's chart) while the note was open: its Close does
    not pull the main window away from what they went to."""
    window = unlocked_app.main_window
    assert window is not None
    client_id = add_client(unlocked_app, qtbot, name="Omar Elsewhere")
    other_id = add_client(unlocked_app, qtbot, name="Pia Otherchart")
    vault = unlocked_app.vault
    assert vault is not None
    (appt,) = appointments.schedule(vault, client_id, date=date.today() - timedelta(days=1), start="10:00")
    agenda = _open_agenda(unlocked_app, qtbot)
    agenda.show_day(date.today() - timedelta(days=1))
    wait_ops(qtbot)
    _select(agenda, appt.appointment_id)
    agenda.mark_attended()
    wait_ops(qtbot)
    qtbot.waitUntil(lambda: len(_editors(window)) == 1, timeout=10_000)
    wait_ops(qtbot)
    editor = _editors(window)[0]
    window.open_chart(other_id)
    wait_ops(qtbot)
    _close_button(editor).click()
    wait_ops(qtbot)
    assert window.stack.currentWidget() is window.chart
    shown = window.chart.shown_client()
    assert shown is not None and shown.client_id == other_id
