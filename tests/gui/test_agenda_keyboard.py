"""The agenda's keyboard flow, where a therapist would trip: where the keyboard is when a
dialog opens, that Esc closes it without saving, that the keyboard comes back to the
agenda on the right appointment when it closes, and that the note opened by A takes the
typing where the writing starts."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from tests.gui.conftest import wait_ops
from tests.gui.test_agenda import _editors, _select
from tests.gui.test_chart import add_client
from vault_app.gui.controller import AppController
from vault_app.services import appointments, billing, plans, sessions

pytestmark = pytest.mark.gui


def _focus() -> object:
    return QApplication.focusWidget()


def _open_agenda(app: AppController, qtbot) -> object:
    window = app.main_window
    assert window is not None
    window.activateWindow()
    window.menu_actions["agenda"].trigger()
    wait_ops(qtbot)
    agenda = window.agenda
    qtbot.waitUntil(lambda: _focus() is agenda.table, timeout=10_000)
    return agenda


def test_new_appointment_by_keyboard_and_back_to_the_agenda(unlocked_app: AppController, qtbot) -> None:
    window = unlocked_app.main_window
    assert window is not None
    client_id = add_client(unlocked_app, qtbot, name="Ines Keyes")
    vault = unlocked_app.vault
    assert vault is not None
    before = date.today()
    agenda = _open_agenda(unlocked_app, qtbot)
    # The agenda opens on today (its own clock; a run crossing midnight may see the next day).
    assert before <= agenda.day <= date.today()

    # N: the keyboard starts on the client (not on Save, where Qt would put it)
    qtbot.keyClick(agenda.table, Qt.Key.Key_N)
    dialog = agenda.dialog
    qtbot.waitExposed(dialog)
    wait_ops(qtbot)
    qtbot.waitUntil(lambda: _focus() is dialog.client, timeout=10_000)
    assert dialog.client.currentData() == client_id

    # Esc closes it, nothing is saved, and the keyboard is back on the agenda
    qtbot.keyClick(dialog.client, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=10_000)
    assert appointments.list_for_client(vault, client_id) == []
    qtbot.waitUntil(lambda: _focus() is agenda.table, timeout=10_000)

    # Alt+L reaches the length (Tab inside the date steps through year, month, day)
    qtbot.keyClick(agenda.table, Qt.Key.Key_N)
    dialog = agenda.dialog
    qtbot.waitExposed(dialog)
    wait_ops(qtbot)
    qtbot.waitUntil(lambda: _focus() is dialog.client, timeout=10_000)
    qtbot.keyClick(dialog.client, Qt.Key.Key_L, Qt.KeyboardModifier.AltModifier)
    assert _focus() is dialog.minutes
    dialog.minutes.lineEdit().selectAll()
    qtbot.keyClicks(dialog.minutes.lineEdit(), "45")
    # Enter saves (the length field hands Enter to the dialog's Save)
    qtbot.keyClick(dialog.minutes.lineEdit(), Qt.Key.Key_Return)
    wait_ops(qtbot)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=10_000)
    (made,) = appointments.list_for_client(vault, client_id)
    assert made.duration_minutes == 45 and made.date == agenda.day

    # the keyboard is back on the agenda, on the new appointment: A works at once
    wait_ops(qtbot)
    qtbot.waitUntil(lambda: _focus() is agenda.table, timeout=10_000)
    selected = agenda.selected()
    assert selected is not None and selected.item_id == made.appointment_id


def test_the_note_opened_by_a_takes_the_typing(unlocked_app: AppController, qtbot) -> None:
    window = unlocked_app.main_window
    assert window is not None
    client_id = add_client(unlocked_app, qtbot, name="Jonas Writewell")
    vault = unlocked_app.vault
    assert vault is not None
    plans.update_plan(vault, client_id, diagnosis_codes=["F41.1"], goals=[{"description": "Sleep six hours"}])
    day = date.today() - timedelta(days=1)
    (appt,) = appointments.schedule(vault, client_id, date=day, start="10:00")
    agenda = _open_agenda(unlocked_app, qtbot)
    agenda.show_day(day)
    wait_ops(qtbot)
    _select(agenda, appt.appointment_id)
    agenda.table.setFocus()
    qtbot.keyClick(agenda.table, Qt.Key.Key_A)
    wait_ops(qtbot)
    qtbot.waitUntil(lambda: len(_editors(window)) == 1, timeout=10_000)
    wait_ops(qtbot)
    editor = _editors(window)[0]
    # the plan's goals prefill the Assessment; the keyboard is in the first empty section
    assert "Sleep six hours" in editor.section_edits["assessment"].toPlainText()
    first_empty = editor.section_edits["subjective"]
    assert first_empty.toPlainText() == ""
    editor.activateWindow()
    qtbot.waitUntil(lambda: _focus() is first_empty, timeout=10_000)
    qtbot.keyClicks(_focus(), "Slept better")
    assert first_empty.toPlainText() == "Slept better"
    assert "its note is open" in agenda.message.text()
    editor.close()
    wait_ops(qtbot)
    window.show_agenda()  # back on the agenda, the note closed: that news is gone
    assert agenda.message.text() == ""


def test_account_and_fees_dialogs_give_the_keyboard_back(unlocked_app: AppController, qtbot) -> None:
    window = unlocked_app.main_window
    assert window is not None
    client_id = add_client(unlocked_app, qtbot, name="Kai Returns")
    vault = unlocked_app.vault
    assert vault is not None
    (appt,) = appointments.schedule(vault, client_id, date=date.today(), start="16:00")
    agenda = _open_agenda(unlocked_app, qtbot)
    agenda.show_day(appt.date)  # its day, whatever the agenda's clock says now (midnight between)
    wait_ops(qtbot)
    _select(agenda, appt.appointment_id)
    agenda.table.setFocus()
    qtbot.keyClick(agenda.table, Qt.Key.Key_B)
    account = agenda.account_dialog
    qtbot.waitExposed(account)
    wait_ops(qtbot)
    qtbot.keyClick(account, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not account.isVisible(), timeout=10_000)
    qtbot.waitUntil(lambda: _focus() is agenda.table, timeout=10_000)
    qtbot.keyClick(agenda.table, Qt.Key.Key_F)
    fees = agenda.fees_dialog
    qtbot.waitExposed(fees)
    wait_ops(qtbot)
    assert _focus() is fees.code  # the keyboard starts on the CPT code
    qtbot.keyClick(fees.code, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not fees.isVisible(), timeout=10_000)
    qtbot.waitUntil(lambda: _focus() is agenda.table, timeout=10_000)
    selected = agenda.selected()
    assert selected is not None and selected.item_id == appt.appointment_id


def test_enter_in_the_prefilled_notes_code_fields_opens_nothing(unlocked_app: AppController, qtbot) -> None:
    """Qt makes a dialog's first button its default: in the note editor that was
    "Confidentiality decision…", so Enter after correcting a code opened it."""
    from vault_app.gui.decision_dialog import DecisionDialog

    window = unlocked_app.main_window
    assert window is not None
    client_id = add_client(unlocked_app, qtbot, name="Lena Entersafe")
    vault = unlocked_app.vault
    assert vault is not None
    day = date.today() - timedelta(days=1)
    (appt,) = appointments.schedule(vault, client_id, date=day, start="12:00")
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
    for field in (editor.icd, editor.cpt):
        field.setFocus()
        qtbot.keyClick(field, Qt.Key.Key_Return)
        wait_ops(qtbot)
    assert not [d for d in window.findChildren(DecisionDialog) if d.isVisible()]
    assert editor.isVisible()
    editor.close()
    wait_ops(qtbot)


def test_other_status_and_move_by_keyboard(unlocked_app: AppController, qtbot) -> None:
    """S opens the other statuses under the appointment (the first changes nothing; a no-show
    with a fee asks first, Enter alone cancelling; recorded without a note); M opens Move with
    the keyboard on the date; Esc leaves both without a change."""
    window = unlocked_app.main_window
    assert window is not None
    client_id = add_client(unlocked_app, qtbot, name="Mara Keystatus")
    vault = unlocked_app.vault
    assert vault is not None
    day = date.today() - timedelta(days=1)
    (appt,) = appointments.schedule(vault, client_id, date=day, start="14:00")
    agenda = _open_agenda(unlocked_app, qtbot)
    agenda.show_day(day)
    wait_ops(qtbot)
    _select(agenda, appt.appointment_id)
    agenda.table.setFocus()

    qtbot.keyClick(agenda.table, Qt.Key.Key_M)
    move = agenda.dialog
    qtbot.waitExposed(move)
    qtbot.waitUntil(lambda: _focus() is move.date, timeout=10_000)
    qtbot.keyClick(move.date, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not move.isVisible(), timeout=10_000)
    qtbot.waitUntil(lambda: _focus() is agenda.table, timeout=10_000)

    qtbot.keyClick(agenda.table, Qt.Key.Key_S)
    menu = agenda.status_menu
    qtbot.waitUntil(menu.isVisible, timeout=10_000)
    # The chargeable ones last (found by a walker: No-show was first, S+Enter charged a fee); the
    # first highlighted is the first that applies: "Back to scheduled" is greyed on a scheduled one
    # (a NY walker: Enter on it said "already scheduled").
    assert menu.activeAction() is not None and menu.activeAction().text() == "Cancelled by the client"
    assert not menu.actions()[0].isEnabled()
    assert [a.text() for a in menu.actions()][-1] == "No-show"
    qtbot.keyClick(menu, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not menu.isVisible(), timeout=10_000)
    assert appointments.get(vault, appt.appointment_id).status == "scheduled"

    # No-show with a fee set: asked first, and Enter alone answers Cancel
    billing.set_policy(vault, no_show="75.00")
    for answer, status in ((Qt.Key.Key_Return, "scheduled"), (None, "no_show")):
        agenda.table.setFocus()
        qtbot.keyClick(agenda.table, Qt.Key.Key_S)
        qtbot.waitUntil(menu.isVisible, timeout=10_000)
        qtbot.keyClick(menu, Qt.Key.Key_Up)  # round to the last item, No-show
        assert menu.activeAction().text() == "No-show"
        qtbot.keyClick(menu, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: getattr(agenda, "fee_question", None) is not None
                        and agenda.fee_question.isVisible(), timeout=10_000)
        box = agenda.fee_question
        assert "$75.00" in box.text() and "no-show" in box.text()
        if answer is not None:
            qtbot.keyClick(box, answer)
        else:
            charge = next(b for b in box.buttons() if b.text().replace("&", "") == "Charge the fee")
            charge.click()
        qtbot.waitUntil(lambda b=box: not b.isVisible(), timeout=10_000)
        wait_ops(qtbot)
        assert appointments.get(vault, appt.appointment_id).status == status
    assert appointments.get(vault, appt.appointment_id).fee_cents == 7500
    assert "no clinical note" in agenda.message.text()


def test_attended_or_no_show_before_the_start_is_refused_saying_when(unlocked_app: AppController, qtbot) -> None:
    """Found by a walker at 7:07: A on the 9:00 visit made a session (its note signed at 7:09), S and
    Enter charged a no-show fee for 10:00. Before the start (the agenda's clock, injected), both are
    refused with the day and time they become possible; from the start on, A records the visit."""
    window = unlocked_app.main_window
    vault = unlocked_app.vault
    assert window is not None and vault is not None
    client_id = add_client(unlocked_app, qtbot, name="Early Bird")
    billing.set_policy(vault, no_show="75.00")
    day = date(2030, 3, 12)
    (appt,) = appointments.schedule(vault, client_id, date=day, start="10:00")
    agenda = _open_agenda(unlocked_app, qtbot)
    agenda.day_watch.clock = lambda: datetime(2030, 3, 12, 7, 7).astimezone()
    agenda.show_day(day)
    wait_ops(qtbot)
    _select(agenda, appt.appointment_id)
    agenda.table.setFocus()
    qtbot.keyClick(agenda.table, Qt.Key.Key_A)
    wait_ops(qtbot)
    assert agenda.message.text().startswith(
        "This appointment starts on 03/12/2030 at 10:00 AM: it can be marked attended from then on.")
    # One key at a time (agenda_keys.py): after A, S is typing until Esc or an arrow key.
    qtbot.keyClick(agenda.table, Qt.Key.Key_S)
    assert not agenda.status_menu.isVisible() and agenda.keys.hint.isVisible()
    assert agenda.message.text().startswith("This appointment starts on"), "the refusal stays in view"
    qtbot.keyClick(agenda.table, Qt.Key.Key_Escape)
    qtbot.keyClick(agenda.table, Qt.Key.Key_S)
    qtbot.waitUntil(agenda.status_menu.isVisible, timeout=10_000)
    qtbot.keyClick(agenda.status_menu, Qt.Key.Key_Up)
    qtbot.keyClick(agenda.status_menu, Qt.Key.Key_Return)
    wait_ops(qtbot)
    assert getattr(agenda, "fee_question", None) is None  # refused before any question about a fee
    assert "it can be recorded as a no-show from then on." in agenda.message.text()
    assert appointments.get(vault, appt.appointment_id).status == "scheduled"
    assert sessions.list_sessions(vault, client_id) == [] and billing.account(vault, client_id).balance_cents == 0

    agenda.day_watch.clock = lambda: datetime(2030, 3, 12, 10, 0).astimezone()
    agenda.table.setFocus()
    qtbot.keyClick(agenda.table, Qt.Key.Key_A)
    wait_ops(qtbot)
    qtbot.waitUntil(lambda: len(_editors(window)) == 1, timeout=10_000)
    wait_ops(qtbot)
    assert appointments.get(vault, appt.appointment_id).status == "attended"
    _editors(window)[0].close()
    wait_ops(qtbot)
