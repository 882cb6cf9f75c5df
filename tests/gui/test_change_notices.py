"""Every screen that shows records follows the change notices, whoever made the change.

Each test changes the vault by ANOTHER path than the screen under test: a service call
run through `controller.op` from the test, as the CLI or another window would, never
through the screen's own buttons or refresh methods. The screen must show the change by
itself; and a screen must not redraw for a change that is not its own (another chart, a
note's body autosaved).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import TypeVar

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTreeWidget

from tests.conftest import PASSPHRASE
from tests.core.disclosure_fixtures import add_auth
from tests.gui.conftest import wait_ops
from tests.gui.test_chart import add_client
from vault_app.gui.controller import AppController
from vault_app.gui.dates import show_date
from vault_app.gui.holds_dialog import HoldsDialog
from vault_app.gui.main_window import MainWindow
from vault_app.gui.note_editor import NoteEditor
from vault_app.services import backup, clients, decisions, holds, notes, reminders, requests, sessions, vault_rekey
from vault_app.services import psychotherapy_notes as psy
from vault_app.services.vault import Vault

T = TypeVar("T")
MARK = Qt.ItemDataRole.UserRole + 7


def elsewhere(app: AppController, qtbot: object, fn: Callable[[Vault], T]) -> None:
    """A write made by another path than the screen under test (as the CLI would make it)."""
    app.op(None, fn).run()
    wait_ops(qtbot)


def window_of(app: AppController) -> MainWindow:
    assert app.main_window is not None
    return app.main_window


def rows(tree: QTreeWidget) -> list[str]:
    return [" | ".join(item.text(c) for c in range(tree.columnCount()))
            for item in (tree.topLevelItem(i) for i in range(tree.topLevelItemCount())) if item is not None]


def mark_first_row(tree: QTreeWidget) -> None:
    """A mark a redraw would wipe (a redraw rebuilds every row)."""
    item = tree.topLevelItem(0)
    assert item is not None
    item.setData(0, MARK, "still the same row")


def first_row_marked(tree: QTreeWidget) -> bool:
    item = tree.topLevelItem(0)
    return item is not None and item.data(0, MARK) == "still the same row"


def test_client_list_shows_a_client_created_elsewhere(unlocked_app: AppController, qtbot) -> None:
    window = window_of(unlocked_app)
    assert "Noor Elsewhere" not in " ".join(rows(window.client_list.tree))
    elsewhere(unlocked_app, qtbot, lambda v: clients.create_client(v, "Noor Elsewhere", date_of_birth="1970-01-01"))
    assert any(r.startswith("Noor Elsewhere") for r in rows(window.client_list.tree))


def test_client_list_last_seen_follows_a_session_added_elsewhere(unlocked_app: AppController, qtbot) -> None:
    client_id = add_client(unlocked_app, qtbot, "Lee Lastseen")
    window = window_of(unlocked_app)
    day = date(2024, 3, 5)
    elsewhere(unlocked_app, qtbot, lambda v: sessions.add_session(v, client_id, date=day, duration_minutes=53))
    assert any(r.startswith("Lee Lastseen") and r.endswith(show_date(day)) for r in rows(window.client_list.tree))


def test_chart_overview_and_sessions_follow_changes_made_elsewhere(unlocked_app: AppController, qtbot) -> None:
    client_id = add_client(unlocked_app, qtbot, "Ola Overview")
    chart = window_of(unlocked_app).chart
    elsewhere(unlocked_app, qtbot, lambda v: clients.update_client(v, client_id, preferred_name="Olly"))
    assert "goes by Olly" in chart.overview.fields["name"].text()
    elsewhere(unlocked_app, qtbot, lambda v: sessions.add_session(v, client_id, date="2024-04-01",
                                                                  duration_minutes=45))
    assert any(r.startswith("04/01/2024") for r in rows(chart.sessions.sessions))  # US dates on screen
    elsewhere(unlocked_app, qtbot, lambda v: notes.create_progress_note(v, client_id, sections={"subjective": "x"}))
    assert chart.sessions.notes.topLevelItemCount() == 1


def test_chart_is_not_redrawn_for_another_charts_change(unlocked_app: AppController, qtbot) -> None:
    other = add_client(unlocked_app, qtbot, "Pat Otherchart")
    shown = add_client(unlocked_app, qtbot, "Quinn Shownchart")
    chart = window_of(unlocked_app).chart
    assert chart.client_id == shown
    elsewhere(unlocked_app, qtbot, lambda v: sessions.add_session(v, shown, date="2024-05-01", duration_minutes=30))
    mark_first_row(chart.sessions.sessions)
    elsewhere(unlocked_app, qtbot, lambda v: sessions.add_session(v, other, date="2024-05-02", duration_minutes=30))
    assert first_row_marked(chart.sessions.sessions)
    elsewhere(unlocked_app, qtbot, lambda v: sessions.add_session(v, shown, date="2024-05-03", duration_minutes=30))
    assert not first_row_marked(chart.sessions.sessions)  # its own change: drawn again


def test_autosaves_of_a_notes_body_do_not_redraw_the_chart(unlocked_app: AppController, qtbot) -> None:
    add_client(unlocked_app, qtbot, "Remy Autosave")
    chart = window_of(unlocked_app).chart
    editor = chart.new_note()
    assert isinstance(editor, NoteEditor)
    field = editor.section_edits["subjective"]
    qtbot.keyClicks(field, "First words.")
    editor.autosave.flush()
    wait_ops(qtbot)
    assert chart.sessions.notes.topLevelItemCount() == 1  # the first save created the note: listed
    mark_first_row(chart.sessions.notes)
    for i in range(3):
        qtbot.keyClicks(field, f" More {i}.")
        editor.autosave.flush()
        wait_ops(qtbot)
    assert editor.autosave.saved_version == editor.autosave.version
    assert first_row_marked(chart.sessions.notes)


def test_authorizations_tab_follows_an_authorization_recorded_elsewhere(unlocked_app: AppController, qtbot) -> None:
    client_id = add_client(unlocked_app, qtbot, "Sam Authorizes")
    chart = window_of(unlocked_app).chart
    chart.tabs.setCurrentWidget(chart.authorizations)
    wait_ops(qtbot)
    assert chart.authorizations.tree.topLevelItemCount() == 0
    elsewhere(unlocked_app, qtbot, lambda v: add_auth(v, client_id))
    assert chart.authorizations.tree.topLevelItemCount() == 1


def test_requests_tab_reads_again_when_next_shown(unlocked_app: AppController, qtbot) -> None:
    client_id = add_client(unlocked_app, qtbot, "Tay Requests")
    chart = window_of(unlocked_app).chart
    chart.tabs.setCurrentWidget(chart.requests)
    wait_ops(qtbot)
    chart.tabs.setCurrentWidget(chart.overview)  # off screen when the request arrives
    elsewhere(unlocked_app, qtbot, lambda v: requests.add_request(v, client_id, kind="access",
                                                                  received_on=date.today()))
    assert chart.requests.tree.topLevelItemCount() == 0  # not read while hidden
    chart.tabs.setCurrentWidget(chart.requests)
    wait_ops(qtbot)
    assert [r.split(" | ")[0] for r in rows(chart.requests.tree)] == ["access"]


def test_history_tab_shows_what_was_done_elsewhere(unlocked_app: AppController, qtbot) -> None:
    client_id = add_client(unlocked_app, qtbot, "Uma History")
    chart = window_of(unlocked_app).chart
    chart.tabs.setCurrentWidget(chart.history)
    wait_ops(qtbot)
    before = rows(chart.history.tree)
    elsewhere(unlocked_app, qtbot, lambda v: clients.update_client(v, client_id, preferred_name="U"))
    after = rows(chart.history.tree)
    assert len(after) == len(before) + 1 and "Client's details changed" in after[0]
    assert len(set(after)) == len(after)  # read afresh, not appended twice


def test_psychotherapy_tab_lists_a_note_written_elsewhere(unlocked_app: AppController, qtbot) -> None:
    client_id = add_client(unlocked_app, qtbot, "Vic Process")
    chart = window_of(unlocked_app).chart
    tab = chart.psychotherapy
    chart.tabs.setCurrentWidget(tab)
    tab.passphrase.setText(PASSPHRASE)
    tab.unlock()
    wait_ops(qtbot)
    assert unlocked_app.psychotherapy_open and tab.list.topLevelItemCount() == 0
    elsewhere(unlocked_app, qtbot, lambda v: psy.create_psychotherapy_note(v, client_id, "Reflections."))
    assert tab.list.topLevelItemCount() == 1


def test_decisions_tab_lists_a_decision_started_elsewhere(unlocked_app: AppController, qtbot) -> None:
    client_id = add_client(unlocked_app, qtbot, "Wren Decides")
    chart = window_of(unlocked_app).chart
    chart.tabs.setCurrentWidget(chart.decisions)
    wait_ops(qtbot)
    listing = chart.decisions.list
    assert listing is not None and listing.tree.topLevelItemCount() == 0
    elsewhere(unlocked_app, qtbot, lambda v: decisions.start(v, client_id, "child_abuse"))
    assert listing.tree.topLevelItemCount() == 1


def test_holds_dialog_follows_a_hold_placed_elsewhere(unlocked_app: AppController, qtbot) -> None:
    client_id = add_client(unlocked_app, qtbot, "Xan Holds")
    window = window_of(unlocked_app)
    dialog = window.open_holds()
    assert isinstance(dialog, HoldsDialog)
    wait_ops(qtbot)
    assert dialog.tree.topLevelItemCount() == 0
    elsewhere(unlocked_app, qtbot, lambda v: holds.place(v, client_id, "litigation", "case 1"))
    assert dialog.tree.topLevelItemCount() == 1


def test_status_bar_follows_a_backup_made_elsewhere(unlocked_app: AppController, qtbot, tmp_path) -> None:
    window = window_of(unlocked_app)
    window.status_label.setText("before")
    target = tmp_path / "backups"
    target.mkdir()
    elsewhere(unlocked_app, qtbot, lambda v: backup.create_backup(v, target, verify=True))
    assert window.status_label.text() != "before"


def test_an_unfinished_key_replacement_keeps_the_status_bar_over_a_backup_made_elsewhere(
        unlocked_app: AppController, qtbot, tmp_path) -> None:
    """A security gap said after the unlock is not replaced by the backups' line when a
    vault-wide notice arrives (tests/core/test_vault_rekey_beside.py kills a real rekey)."""
    window = window_of(unlocked_app)
    # A started replacement whose new master key was never written: the old keys still in use.
    elsewhere(unlocked_app, qtbot, lambda v: v.ledger.append(vault_rekey.REKEY_STARTED, vault_rekey.started_payload(v)))
    assert window.status_label.text() == reminders.REKEY_NOT_DONE_REMINDER
    target = tmp_path / "backups"
    target.mkdir()
    elsewhere(unlocked_app, qtbot, lambda v: backup.create_backup(v, target, verify=True))
    assert window.status_label.text() == reminders.REKEY_NOT_DONE_REMINDER


def test_one_request_opens_a_chart_and_its_note(unlocked_app: AppController, qtbot) -> None:
    first = add_client(unlocked_app, qtbot, "Yael First")
    vault = unlocked_app.vault
    assert vault is not None
    note = notes.create_progress_note(vault, first, sections={"subjective": "opened by request"}).note_id
    add_client(unlocked_app, qtbot, "Zed Second")  # another chart is on screen now
    window = window_of(unlocked_app)
    unlocked_app.open_chart(first, note)
    wait_ops(qtbot)
    qtbot.waitUntil(lambda: any(e.note_id == note for e in window.chart.editors), timeout=5000)
    assert window.chart.client_id == first and window.stack.currentWidget() is window.chart
