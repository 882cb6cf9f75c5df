"""The walker's path (Spanish day, finding 4): a client whose first appointment is tomorrow,
Ctrl+N, a few words typed. Today got a session "--:-- nota sin firmar" in the agenda, an
unbilled 90837 and "Last visit: today" before anything was signed. Now the note's session is
no visit until the note is signed, and the editor says so. Real widgets, a real vault."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from tests.gui.conftest import wait_ops
from tests.gui.test_chart import add_client
from vault_app.gui.controller import AppController
from vault_app.gui.dates import show_date
from vault_app.gui.main_window import MainWindow
from vault_app.gui.note_editor import NoteEditor
from vault_app.services import appointments, billing, clients
from vault_app.services.vault import Vault

pytestmark = pytest.mark.gui


def _visits(vault: Vault, client_id: str) -> tuple[date | None, list[str], list[str]]:
    last = clients.get_client(vault, client_id).last_contact
    today = [r.kind for r in appointments.week(vault, date.today())
             if r.client_id == client_id and r.date == date.today()]
    charged = [c.cpt_code for c in billing.account(vault, client_id).charges if c.kind == "session"]
    return last, today, charged


def _billing_said(window: MainWindow) -> list[str]:
    tree = window.chart.sessions.sessions
    header = tree.headerItem()
    column = next(i for i in range(header.columnCount()) if header.text(i) == "Billing")
    return [item.text(column) for item in (tree.topLevelItem(i) for i in range(tree.topLevelItemCount())) if item]


def _last_visit_shown(window: MainWindow, client_id: str) -> str:
    tree = window.client_list.tree
    header = tree.headerItem()
    column = next(i for i in range(header.columnCount()) if header.text(i) == "Last seen")
    for i in range(tree.topLevelItemCount()):
        item = tree.topLevelItem(i)
        if item is not None and item.data(0, Qt.ItemDataRole.UserRole) == client_id:
            return item.text(column)
    return "(not listed)"


def _written_ahead(app: AppController, qtbot, name: str) -> tuple[Vault, str, NoteEditor]:  # type: ignore[no-untyped-def]
    vault, window = app.vault, app.main_window
    assert vault is not None and window is not None
    client_id = add_client(app, qtbot, name)
    appointments.schedule(vault, client_id, date=date.today() + timedelta(days=1), start="16:00")
    editor = window.chart.new_note()  # Ctrl+N
    assert editor is not None
    qtbot.waitUntil(editor.isActiveWindow)
    qtbot.waitUntil(editor.visit_line.row.isVisible)  # said before anything is written
    qtbot.keyClicks(editor.section_edits["subjective"], "Llega con su madre.")
    editor.flush()
    wait_ops(qtbot)
    assert editor.note_id is not None
    return vault, client_id, editor


def test_a_note_written_ahead_is_no_visit_until_signed(unlocked_app: AppController, qtbot) -> None:
    vault, client_id, editor = _written_ahead(unlocked_app, qtbot, "Sofi Adelantada")
    assert editor.session_box.isChecked()  # the session it will record, as the therapist sets it
    assert _visits(vault, client_id) == (None, [], [])
    assert editor.visit_line.row.isVisible()
    assert "when the note is signed" in editor.visit_line.row.text()
    # The chart's Sessions tab says it too ("unbilled" said it was owed).
    window = unlocked_app.main_window
    assert window is not None
    window.chart.reload()
    wait_ops(qtbot)
    window.chart.tabs.setCurrentWidget(window.chart.sessions)
    qtbot.waitUntil(lambda: _billing_said(window) == ["not a visit yet (note unsigned)"])
    editor.sign_now()
    wait_ops(qtbot)
    assert editor.signed
    qtbot.waitUntil(lambda: not editor.visit_line.row.isVisible())
    assert _visits(vault, client_id) == (date.today(), ["session"], ["90837"])
    window.chart.reload()
    wait_ops(qtbot)
    qtbot.waitUntil(lambda: _billing_said(window) == ["unbilled"])
    # The client list's Last seen follows the signing (it showed none after it, found on Xvfb).
    qtbot.waitUntil(lambda: _last_visit_shown(window, client_id) == show_date(date.today()))
    editor.close()


def test_reopened_the_draft_still_says_it_and_discarding_it_leaves_no_session(
        unlocked_app: AppController, qtbot) -> None:
    vault, client_id, editor = _written_ahead(unlocked_app, qtbot, "Dana Descartada")
    note_id = editor.note_id
    editor.close()
    window = unlocked_app.main_window
    assert window is not None and note_id is not None
    again = window.chart.open_note(note_id)
    assert again is not None
    qtbot.waitUntil(again.visit_line.row.isVisible)
    box = again.discard()
    assert isinstance(box, QMessageBox)
    (button,) = [b for b in box.buttons() if b.text().replace("&", "") == "Discard draft"]
    button.click()
    wait_ops(qtbot)
    assert clients.read_chart(vault, client_id).sessions == ()
    assert _visits(vault, client_id) == (None, [], [])
