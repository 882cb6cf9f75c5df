"""The agenda and the worklist on the real app: schedule a weekly series by keyboard, mark one
attended (the note opens prefilled), record a no-show without a note, open an unsigned note
from the worklist, and the dashboard's count leads there."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

import pytest
from PySide6.QtCore import Qt

from tests.core.payable_practice import diagnosed, payable
from tests.gui.conftest import wait_ops
from tests.gui.test_chart import add_client
from vault_app.gui.controller import AppController
from vault_app.gui.note_editor import NoteEditor
from vault_app.services import appointments, notes, plans, sessions

pytestmark = pytest.mark.gui


def _editors(window) -> list[NoteEditor]:
    return [e for e in window.findChildren(NoteEditor) if e.isVisible()]


def _select(agenda, appointment_id: str) -> None:
    for r in range(agenda.table.rowCount()):
        for c in range(agenda.table.columnCount()):
            item = agenda.table.item(r, c)
            if item is not None and item.data(Qt.ItemDataRole.UserRole).item_id == appointment_id:
                agenda.table.setCurrentCell(r, c)
                return
    raise AssertionError("appointment not on the agenda")


def test_schedule_series_attend_opens_prefilled_note_and_no_show(unlocked_app: AppController, qtbot) -> None:
    window = unlocked_app.main_window
    assert window is not None
    client_id = add_client(unlocked_app, qtbot, name="Petra Vellacott")
    vault = unlocked_app.vault
    assert vault is not None
    plans.update_plan(vault, client_id, diagnosis_codes=["F41.1"], goals=[{"description": "Return to work"}])
    before = date.today()
    window.menu_actions["agenda"].trigger()
    wait_ops(qtbot)
    agenda = window.agenda
    assert window.stack.currentWidget() is agenda
    # The week the agenda opened on: its own "today" (a run crossing midnight may see the next day).
    assert before <= agenda.day <= date.today()
    monday = agenda.day - timedelta(days=agenda.day.weekday())

    # N on the table opens the form; a weekly series of 4 from Monday two weeks ago, 10:00
    agenda.table.setFocus()
    agenda.table.setCurrentCell(0, 0)
    qtbot.keyClick(agenda.table, Qt.Key.Key_N)
    dialog = agenda.dialog
    assert dialog is not None and dialog.isVisible()
    wait_ops(qtbot)
    assert dialog.client.currentData() == client_id
    assert dialog.date.date().toPython() == monday
    start = monday - timedelta(weeks=2)
    dialog.date.setDate(start)
    dialog.start.setTime(dialog.start.time().fromString("10:00", "HH:mm"))
    dialog.minutes.setValue(45)
    dialog.repeat.setCurrentIndex(dialog.repeat.findData("weekly"))
    dialog.count.setValue(4)
    dialog.save_button.click()
    # a series begun in the past is asked about first (gui/appointment_dialog.py): booked anyway
    qtbot.waitUntil(lambda: dialog.past_box.isVisible(), timeout=10_000)
    (anyway,) = [b for b in dialog.past_box.buttons() if b.text().replace("&", "") == "Book it anyway"]
    anyway.click()
    wait_ops(qtbot)
    made = appointments.list_for_client(vault, client_id)
    assert [a.date for a in made] == [start + timedelta(days=7 * i) for i in range(4)]
    wait_ops(qtbot)
    cell = agenda.table.item(0, 0)
    assert cell is not None and "10:00" in cell.text() and "Petra Vellacott" in cell.text()

    # privacy mode: initials only
    window.toggle_privacy()
    assert "P.V." in agenda.table.item(0, 0).text() and "Petra" not in agenda.table.item(0, 0).text()
    window.toggle_privacy()

    # A marks it attended: a session, and the note editor opens on a prefilled draft
    agenda.table.setFocus()
    qtbot.keyClick(agenda.table, Qt.Key.Key_PageUp)
    qtbot.keyClick(agenda.table, Qt.Key.Key_PageUp)
    wait_ops(qtbot)
    _select(agenda, made[0].appointment_id)
    agenda.table.setFocus()
    qtbot.keyClick(agenda.table, Qt.Key.Key_A)
    wait_ops(qtbot)
    qtbot.waitUntil(lambda: len(_editors(window)) == 1, timeout=10_000)
    wait_ops(qtbot)
    editor = _editors(window)[0]
    (session,) = sessions.list_sessions(vault, client_id)
    assert editor.note_id is not None and notes.get_note(vault, editor.note_id).session_id == session.session_id
    assert editor.session_date.date().toPython() == start
    assert editor.duration.value() == 45 and editor.cpt.text() == "90834" and editor.icd.text() == "F41.1"
    assert "Return to work" in editor.section_edits["assessment"].toPlainText()
    assert editor.property("client_id") == client_id
    editor.close()
    wait_ops(qtbot)

    # back on the agenda (it refreshed from the change notice): the no-show, without a note
    window.show_agenda()
    wait_ops(qtbot)
    agenda.show_day(start + timedelta(days=7))
    wait_ops(qtbot)
    _select(agenda, made[1].appointment_id)
    agenda.set_status("no_show")
    wait_ops(qtbot)
    assert appointments.get(vault, made[1].appointment_id).status == "no_show"
    assert "no clinical note" in agenda.message.text()
    assert len(notes.list_notes(vault, client_id)) == 1 and len(sessions.list_sessions(vault, client_id)) == 1
    item = agenda.table.currentItem()
    assert item is not None and "no-show" in item.text()


def test_worklist_row_opens_the_unsigned_note_and_dashboard_leads_there(
        unlocked_app: AppController, qtbot) -> None:
    window = unlocked_app.main_window
    assert window is not None
    client_id = add_client(unlocked_app, qtbot)
    vault = unlocked_app.vault
    assert vault is not None
    (appt,) = appointments.schedule(vault, client_id, date=date.today() - timedelta(days=2), start="09:00")
    done = appointments.attend(vault, appt.appointment_id)
    sessions.add_session(vault, client_id, date=date.today() - timedelta(days=1), duration_minutes=53)
    window.show_dashboard()
    wait_ops(qtbot)
    card = window.dashboard.cards["worklist"]
    assert card.value.text() == "2"
    links = [card.links.itemAt(i).widget() for i in range(card.links.count())]
    unsigned_link = next(b for b in links if b.text().startswith("Unsigned notes"))
    unsigned_link.click()
    wait_ops(qtbot)
    page = window.worklist
    assert window.stack.currentWidget() is page
    current = page.tree.currentItem()
    assert current is not None
    assert current.data(0, Qt.ItemDataRole.UserRole).item_id == done.note_id
    assert page.sections["sessions_without_notes"].childCount() == 1
    assert "Ada" not in " ".join(current.text(c) for c in range(4))
    qtbot.keyClick(page.tree, Qt.Key.Key_Return)
    wait_ops(qtbot)
    qtbot.waitUntil(lambda: len(_editors(window)) == 1, timeout=10_000)
    wait_ops(qtbot)
    assert _editors(window)[0].note_id == done.note_id


def test_account_dialog_payment_card_refusal_and_superbill(unlocked_app: AppController, qtbot, tmp_path,
                                                           monkeypatch) -> None:
    from vault_app.services import billing

    window = unlocked_app.main_window
    assert window is not None
    client_id = add_client(unlocked_app, qtbot, name="Rosa Quillfeather")
    vault = unlocked_app.vault
    assert vault is not None
    payable(vault)
    billing.set_scheduled_fee(vault, "90837", "175.00")
    day = date.today() - timedelta(days=1)
    (appt,) = appointments.schedule(vault, client_id, date=day, start="09:00")
    done = appointments.attend(vault, appt.appointment_id)
    notes.save_draft(vault, done.note_id, {"assessment": "Seen."})  # no plan: the draft starts empty
    diagnosed(vault, client_id)  # the plan's diagnosis, added after the visit, is the superbill's
    notes.sign_note(vault, done.note_id)
    window.show_agenda()
    agenda = window.agenda
    agenda.show_day(day)
    wait_ops(qtbot)
    _select(agenda, appt.appointment_id)
    agenda.table.setFocus()
    qtbot.keyClick(agenda.table, Qt.Key.Key_B)
    dialog = agenda.account_dialog
    wait_ops(qtbot)
    assert dialog.balance.text() == "Balance: $175.00"
    assert "Rosa" not in dialog.windowTitle()
    dialog.amount.setText("100")
    dialog.reference.setText("4111 1111 1111 1111")
    dialog.pay_button.click()
    wait_ops(qtbot)
    assert "card number" in dialog.message.text() and billing.account(vault, client_id).payments == ()
    dialog.reference.setText("check 77")
    dialog.pay_button.click()
    wait_ops(qtbot)
    assert dialog.balance.text() == "Balance: $75.00"
    # the session's fee, edited (the schedule gave 175.00)
    session_row = next(dialog.tree.topLevelItem(i) for i in range(dialog.tree.topLevelItemCount())
                       if dialog.tree.topLevelItem(i).text(1) == "session")
    dialog.tree.setCurrentItem(session_row)
    monkeypatch.setattr("PySide6.QtWidgets.QInputDialog.getText", lambda *a, **k: ("150.00", True))
    dialog.set_fee()
    wait_ops(qtbot)
    assert dialog.balance.text() == "Balance: $50.00"
    dialog.first.setDate(day)
    dialog.path.setText(str(tmp_path / "sb.pdf"))
    dialog.password.setText("client-password-1")
    dialog.issue_button.click()
    wait_ops(qtbot)
    assert (tmp_path / "sb.pdf").exists(), dialog.message.text()
    assert "logged as disclosure" in dialog.message.text() and dialog.password.text() == ""
    assert "line)" in dialog.message.text() and "(s)" not in dialog.message.text()  # one line: its own form


def test_agenda_worklist_and_account_run_no_service_code_on_the_gui_thread(
        unlocked_app: AppController, qtbot, tmp_path) -> None:
    """The agenda, the worklist, the dashboard card and the account dialog hand every service
    call (and the first import of a service module) to the worker thread."""
    from tests.gui.test_responsiveness import Threads

    window = unlocked_app.main_window
    assert window is not None
    client_id = add_client(unlocked_app, qtbot, name="Gus Threadwell")
    vault = unlocked_app.vault
    assert vault is not None
    (appt,) = appointments.schedule(vault, client_id, date=date.today(), start="08:00")
    wait_ops(qtbot)
    threads = Threads()
    with threads.during("agenda"):
        window.show_agenda()
        wait_ops(qtbot)
        window.agenda.show_day(appt.date)  # its day, whatever the agenda's clock says now
        wait_ops(qtbot)
        # Past its start on the agenda's clock (attended waits for the start), whatever the hour now.
        window.agenda.day_watch.clock = lambda: datetime.combine(appt.date, time(8, 30)).astimezone()
        _select(window.agenda, appt.appointment_id)
        window.agenda.table.setFocus()
        qtbot.keyClick(window.agenda.table, Qt.Key.Key_A)
        wait_ops(qtbot)
        qtbot.waitUntil(lambda: len(_editors(window)) == 1, timeout=10_000)
        wait_ops(qtbot)
        window.show_agenda()
        wait_ops(qtbot)
        _select(window.agenda, appt.appointment_id)
        dialog = window.agenda.open_account()
        wait_ops(qtbot)
        assert dialog is not None
        dialog.amount.setText("10")
        dialog.pay_button.click()
        wait_ops(qtbot)
        dialog.accept()
        window.show_worklist("unsigned_notes")
        wait_ops(qtbot)
        window.show_dashboard()
        wait_ops(qtbot)
        window.agenda.new_appointment().reject()
        wait_ops(qtbot)
    for editor in _editors(window):
        editor.close()
    wait_ops(qtbot)
    # The note editor (not this screen's code) suggests a CPT code on the GUI thread; a pure
    # table lookup, reported to the editor's owner. Everything else must be on the worker.
    others = {"vault_app.services.sessions.suggest_cpt"}
    assert sorted({c for c in threads.core_calls_on_gui if c[1] not in others}) == []


def test_minor_statement_goes_to_the_chosen_guardian(unlocked_app: AppController, qtbot, tmp_path) -> None:
    from vault_app.gui.account_dialog import AccountDialog
    from vault_app.services import clients, guardians

    window = unlocked_app.main_window
    assert window is not None
    vault = unlocked_app.vault
    assert vault is not None
    child = clients.create_client(vault, "Milo Younger", date_of_birth=(date.today() - timedelta(days=3650)))
    parent = guardians.add_guardian(vault, child.client_id, "Dana Younger", authority="parent")
    day = date.today() - timedelta(days=1)
    (appt,) = appointments.schedule(vault, child.client_id, date=day, start="15:00")
    done = appointments.attend(vault, appt.appointment_id)
    notes.save_draft(vault, done.note_id, {"assessment": "Seen."})  # no plan: the draft starts empty
    notes.sign_note(vault, done.note_id)
    dialog = AccountDialog(unlocked_app, child.client_id, chart_number=child.chart_number, parent=window)
    dialog.show()
    wait_ops(qtbot)
    dialog.first.setDate(day)
    dialog.kind.setCurrentIndex(dialog.kind.findData("statement"))
    assert dialog.addressee.currentData() == parent.guardian_id  # a minor's: the guardian proposed
    dialog.addressee.setCurrentIndex(dialog.addressee.findData(None))  # the client chosen: refused
    dialog.path.setText(str(tmp_path / "to-client.pdf"))
    dialog.password.setText("statement-pass-1")
    dialog.issue_button.click()
    wait_ops(qtbot)
    assert "minor" in dialog.message.text() and not (tmp_path / "to-client.pdf").exists()
    dialog.addressee.setCurrentIndex(dialog.addressee.findData(parent.guardian_id))
    assert "Dana Younger" in dialog.addressee.currentText()
    dialog.path.setText(str(tmp_path / "to-parent.pdf"))
    dialog.issue_button.click()
    wait_ops(qtbot)
    assert (tmp_path / "to-parent.pdf").exists(), dialog.message.text()
    dialog.accept()


def test_move_an_appointment_and_a_refused_overlap_explains_itself(unlocked_app: AppController, qtbot) -> None:
    window = unlocked_app.main_window
    assert window is not None
    client_id = add_client(unlocked_app, qtbot, name="Vera Mover")
    vault = unlocked_app.vault
    assert vault is not None
    day = date.today() + timedelta(days=7)
    first, second = (appointments.schedule(vault, client_id, date=day, start=t)[0] for t in ("09:00", "11:00"))
    window.show_agenda()
    agenda = window.agenda
    agenda.show_day(day)
    wait_ops(qtbot)
    _select(agenda, second.appointment_id)
    dialog = agenda.move_appointment()
    assert dialog is not None and dialog.start.time().toString("HH:mm") == "11:00"
    dialog.start.setTime(dialog.start.time().fromString("09:30", "HH:mm"))
    dialog.save_button.click()
    wait_ops(qtbot)
    assert dialog.isVisible() and "overlaps" in dialog.error.text()  # kept open, nothing lost
    assert appointments.get(vault, second.appointment_id).start_time.strftime("%H:%M") == "11:00"
    dialog.start.setTime(dialog.start.time().fromString("13:00", "HH:mm"))
    dialog.save_button.click()
    wait_ops(qtbot)
    assert not dialog.isVisible()
    assert appointments.get(vault, second.appointment_id).start_time.strftime("%H:%M") == "13:00"
    assert appointments.get(vault, first.appointment_id).start_time.strftime("%H:%M") == "09:00"
