"""Discard draft… in the progress note editor (found in the real app: a draft written by
mistake, even one holding a typed passphrase, could not be removed: it stayed listed as
unsigned, offered for export and searchable). Real widgets, real vault, the ledger checked."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QMessageBox

from tests.gui.conftest import wait_ops
from tests.gui.test_chart import add_client
from vault_app.gui.controller import AppController
from vault_app.gui.note_editor import NoteEditor
from vault_app.services import clients, notes, search

pytestmark = pytest.mark.gui


def _answer(box: QMessageBox | None, text: str) -> None:
    assert box is not None and box.isVisible()
    (button,) = [b for b in box.buttons() if b.text().replace("&", "") == text]
    button.click()


def _typed_note(app: AppController, qtbot, words: str) -> tuple[NoteEditor, str]:  # type: ignore[no-untyped-def]
    window = app.main_window
    assert window is not None
    client_id = add_client(app, qtbot, "Dana Discarded")
    editor = window.chart.new_note()
    assert editor is not None
    qtbot.keyClicks(editor.section_edits["subjective"], words)
    return editor, client_id


def test_a_draft_discarded_is_gone_from_chart_search_and_list(unlocked_app: AppController, qtbot) -> None:
    vault, window = unlocked_app.vault, unlocked_app.main_window
    assert vault is not None and window is not None
    editor, client_id = _typed_note(unlocked_app, qtbot, "zanzibarquokka wrong chart")
    editor.flush()
    wait_ops(qtbot)
    (draft,) = clients.read_chart(vault, client_id).notes
    assert search.search(vault, "zanzibarquokka").notes
    start = vault.ledger.head().seq
    assert editor.discard_button.isVisible()
    _answer(editor.discard(), "Discard draft")
    wait_ops(qtbot)
    assert not editor.isVisible()
    assert not clients.read_chart(vault, client_id).notes
    assert not search.search(vault, "zanzibarquokka").notes
    (entry,) = [e for e in vault.ledger.entries(since_seq=start + 1) if e.kind == "note.draft_discarded"]
    assert entry.payload["note_id"] == draft.note_id and "zanzibarquokka" not in str(entry.payload)
    # Its session was recorded for the draft only (a new note on a day with none): it went with the
    # draft, and the bar does not send the therapist to look for it (a visit's session stays and is
    # said: tests/gui/test_note_discard_session.py).
    assert window.status_label.text() == "Draft discarded."
    assert not clients.read_chart(vault, client_id).sessions
    assert window.chart.editors == []


def test_typing_then_discarding_at_once_leaves_nothing(unlocked_app: AppController, qtbot) -> None:
    """The save still waiting when Discard is answered runs first; the discard then removes
    what it made, and nothing typed is saved after it."""
    vault = unlocked_app.vault
    assert vault is not None
    editor, client_id = _typed_note(unlocked_app, qtbot, "typed and thrown away")
    assert editor.autosave.unsaved  # nothing saved yet: the debounce has not fired
    _answer(editor.discard(), "Discard draft")
    wait_ops(qtbot)
    assert not clients.read_chart(vault, client_id).notes


def test_cancel_keeps_the_draft_and_a_signed_note_has_no_discard(unlocked_app: AppController, qtbot) -> None:
    vault, window = unlocked_app.vault, unlocked_app.main_window
    assert vault is not None and window is not None
    editor, client_id = _typed_note(unlocked_app, qtbot, "kept after all")
    editor.flush()
    wait_ops(qtbot)
    _answer(editor.discard(), "Cancel")
    wait_ops(qtbot)
    assert editor.isVisible()
    (kept,) = clients.read_chart(vault, client_id).notes
    editor.close()
    wait_ops(qtbot)
    notes.sign_note(vault, kept.note_id)
    signed = window.chart.open_note(kept.note_id)
    assert signed is not None
    wait_ops(qtbot)
    assert signed.signed and not signed.discard_button.isVisible()
    assert signed.discard() is None
    signed.close()
    wait_ops(qtbot)


def test_a_psychotherapy_draft_can_be_discarded_too(unlocked_app: AppController, qtbot) -> None:
    from tests.conftest import PASSPHRASE
    from vault_app.services import psychotherapy_notes

    vault, window = unlocked_app.vault, unlocked_app.main_window
    assert vault is not None and window is not None
    client_id = add_client(unlocked_app, qtbot, "Poe Processdraft")
    tab = window.chart.psychotherapy
    window.chart.tabs.setCurrentWidget(tab)
    assert not tab.form.discard_button.isVisibleTo(tab), "no note open: nothing to discard"
    tab.passphrase.setText(PASSPHRASE)
    tab.unlock()
    wait_ops(qtbot)
    tab.new_note()
    qtbot.keyClicks(tab.editor, "Mistaken process note")
    tab.flush()
    wait_ops(qtbot)
    assert len(psychotherapy_notes.list_psychotherapy_notes(vault, client_id)) == 1
    assert tab.form.discard_button.isVisibleTo(tab)
    _answer(tab.discard(), "Discard draft")
    wait_ops(qtbot)
    assert psychotherapy_notes.list_psychotherapy_notes(vault, client_id) == []
    assert tab.editor.toPlainText() == "" and tab.status.text() == "Draft discarded."
    qtbot.waitUntil(lambda: tab.list.topLevelItemCount() == 0, timeout=10_000)
