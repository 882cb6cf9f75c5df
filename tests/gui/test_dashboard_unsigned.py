"""The home screen's "Unsigned notes" card says the worklist's number. Found: with one note
late by the "sign your notes" setting and one written today, the card said 1 and the
Worklist card beside it "Unsigned notes: 2"."""

from __future__ import annotations

import threading

import pytest

from tests.gui.conftest import wait_ops
from tests.gui.test_chart import add_client
from vault_app.domain.clinical_notes import NoteSummary
from vault_app.gui.controller import AppController
from vault_app.services import notes

pytestmark = pytest.mark.gui


def test_the_card_counts_what_the_worklist_counts_and_says_which_are_late(
        unlocked_app: AppController, qtbot) -> None:
    window = unlocked_app.main_window
    vault = unlocked_app.vault
    assert window is not None and vault is not None
    client_id = add_client(unlocked_app, qtbot, "Lata Cardperson")
    late = notes.create_progress_note(vault, client_id, template="free", sections={"text": "Late draft."})
    with vault.records.transaction():  # written long ago: past the set number of days
        vault.records.execute("UPDATE progress_notes SET created_at = '2020-01-01T00:00:00+00:00' WHERE note_id = ?",
                              (late.note_id,))
    notes.create_progress_note(vault, client_id, template="free", sections={"text": "Today's draft."})
    window.show_dashboard()
    wait_ops(qtbot)
    wait_ops(qtbot)
    board = window.dashboard
    card = board.cards["unsigned"]
    worklist_card = board.cards["worklist"]
    said = [worklist_card.links.itemAt(i).widget().text() for i in range(worklist_card.links.count())]
    assert "Unsigned notes: 2" in said
    assert card.value.text() == "2"
    assert card.detail.text() == "1 of them unsigned past the set number of days; open one:"
    assert card.links.count() == 2  # each note, the late one first

    for note in notes.unsigned_notes(vault, older_than_days=0):
        notes.sign_note(vault, note.note_id)
    board.refresh()
    wait_ops(qtbot)
    wait_ops(qtbot)
    assert (card.value.text(), card.detail.text()) == ("0", "Every progress note is signed.")


def test_the_card_picks_its_links_without_comparing_notes_on_the_gui_thread(
        unlocked_app: AppController, qtbot, monkeypatch: pytest.MonkeyPatch) -> None:
    """Found on a twelve-year vault with 1,491 unsigned notes: each time Today was shown (every
    unlock, Ctrl+D, a note signed with Today behind it) the window stopped answering for 0.4-1.2 s,
    the GUI thread comparing every owed note with every late one (`n not in late`, note by note)
    to pick the card's five links: 1,000 notes 0.3 s, 3,000 2.4 s. Counted, not timed: the notes
    compared with one another on the GUI thread while the card is made."""
    window = unlocked_app.main_window
    vault = unlocked_app.vault
    assert window is not None and vault is not None
    client_id = add_client(unlocked_app, qtbot, "Manydrafts Person")
    made = [notes.create_progress_note(vault, client_id, template="free", sections={"text": f"Draft {i}."})
            for i in range(30)]
    with vault.records.transaction():  # all written long ago: every one late
        for note in made:
            vault.records.execute("UPDATE progress_notes SET created_at = '2020-01-01T00:00:00+00:00' "
                                  "WHERE note_id = ?", (note.note_id,))
    compared_on_gui_thread = 0
    real_eq = NoteSummary.__eq__

    def counting_eq(self: NoteSummary, other: object) -> bool:
        nonlocal compared_on_gui_thread
        if threading.current_thread() is threading.main_thread():
            compared_on_gui_thread += 1
        return real_eq(self, other)

    monkeypatch.setattr(NoteSummary, "__eq__", counting_eq)
    window.show_dashboard()
    wait_ops(qtbot)
    wait_ops(qtbot)
    card = window.dashboard.cards["unsigned"]
    assert card.value.text() == "30"
    assert card.links.count() == 6  # five notes, oldest first, and "All 30 in the worklist"
    assert compared_on_gui_thread == 0
