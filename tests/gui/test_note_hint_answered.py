""""Choose a note in the list first, then Open." goes from the status line once a note is open:
it stayed under the note being written (found on a keyboard-only walk of the real app, in
Spanish: "Elija primero una nota de la lista…"). Another sentence said since stays."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QPushButton

from tests.gui.conftest import wait_ops
from tests.gui.test_chart import add_client
from vault_app.gui.controller import AppController
from vault_app.gui.note_editor import NoteEditor
from vault_app.services import notes

pytestmark = pytest.mark.gui

CHOOSE = "Choose a note in the list first, then Open."


@pytest.mark.parametrize("opened", ["from the list", "a new note"])
def test_the_choose_hint_goes_when_a_note_is_opened(  # type: ignore[no-untyped-def]
        unlocked_app: AppController, qtbot, opened: str) -> None:
    window = unlocked_app.main_window
    assert window is not None
    cid = add_client(unlocked_app, qtbot, "Hugo Hintson")
    vault = unlocked_app.vault
    assert vault is not None
    for day in ("2026-03-02", "2026-03-09"):
        notes.create_progress_note(vault, cid, text="Seen.", note_date=day)
    window.chart.reload()
    wait_ops(qtbot)
    tab = window.chart.sessions
    window.chart.tabs.setCurrentWidget(tab)
    assert tab.notes.topLevelItemCount() == 2
    tab.notes.clearSelection()
    (open_button,) = [b for b in tab.findChildren(QPushButton) if b.text().replace("&", "") == "Open"]
    open_button.click()
    assert window.status_line.label.text() == CHOOSE
    if opened == "from the list":
        tab.notes.setCurrentItem(tab.notes.topLevelItem(0))
        open_button.click()
    else:
        window.chart.new_note()
    wait_ops(qtbot)
    assert any(isinstance(e, NoteEditor) and e.isVisible() for e in window.chart.editors)
    assert window.status_line.saying() is None
    assert CHOOSE not in window.status_line.label.text()
    for editor in list(window.chart.editors):
        editor.close()
    wait_ops(qtbot)


def test_another_sentence_said_since_stays(unlocked_app: AppController, qtbot) -> None:  # type: ignore[no-untyped-def]
    window = unlocked_app.main_window
    assert window is not None
    add_client(unlocked_app, qtbot, "Stella Staysaid")
    window.chart.sessions._chosen(window.chart.sessions.notes, "none yet", CHOOSE)  # said for the empty list
    window.status_line.passing("Draft discarded.")
    window.chart.new_note()
    wait_ops(qtbot)
    assert window.status_line.saying() == "Draft discarded."
    for editor in list(window.chart.editors):
        editor.close()
    wait_ops(qtbot)
