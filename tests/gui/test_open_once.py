"""A row opens once per gesture (found in the real app): a double-click on a note in the chart's
Sessions tab opened two editors on the same draft, and a double-click on a search hit logged
chart.opened twice. Real mouse and key events on the real widgets; the ledger is the record."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QTreeWidget, QTreeWidgetItem

from tests.gui.conftest import wait_ops
from tests.gui.test_chart import add_client
from vault_app.gui.controller import AppController
from vault_app.gui.search_dialog import SearchDialog
from vault_app.services import notes

pytestmark = pytest.mark.gui


def _double_click(qtbot, tree: QTreeWidget, item: QTreeWidgetItem) -> None:
    where = tree.visualItemRect(item).center()
    qtbot.mouseClick(tree.viewport(), Qt.MouseButton.LeftButton, pos=where)
    qtbot.mouseDClick(tree.viewport(), Qt.MouseButton.LeftButton, pos=where)
    wait_ops(qtbot)


def _logged(app: AppController, since: int, kind: str) -> int:
    assert app.vault is not None
    return sum(1 for e in app.vault.ledger.entries(since_seq=since + 1) if e.kind == kind)


def test_a_double_click_on_a_draft_opens_one_editor(unlocked_app: AppController, qtbot) -> None:
    window = unlocked_app.main_window
    vault = unlocked_app.vault
    assert window is not None and vault is not None
    client_id = add_client(unlocked_app, qtbot, "Otto Onceopened")
    draft = notes.create_progress_note(vault, client_id, sections={"subjective": "Slept badly."})
    window.open_chart(client_id)
    wait_ops(qtbot)
    chart = window.chart
    chart.tabs.setCurrentWidget(chart.sessions)
    tree = chart.sessions.notes
    qtbot.waitUntil(lambda: tree.topLevelItemCount() == 1, timeout=10_000)
    item = tree.topLevelItem(0)
    assert item is not None
    start = vault.ledger.head().seq
    _double_click(qtbot, tree, item)
    assert [e.note_id for e in chart.editors] == [draft.note_id]
    assert _logged(unlocked_app, start, "note.viewed") == 1
    # Opened again (Enter on the row, the agenda, the worklist): the open editor comes forward.
    again = chart.open_note(draft.note_id)
    wait_ops(qtbot)
    assert again is chart.editors[0] and len(chart.editors) == 1
    assert _logged(unlocked_app, start, "note.viewed") == 1
    again.close()
    wait_ops(qtbot)


def test_a_search_hit_opens_once_and_the_keyboard_reaches_it(unlocked_app: AppController, qtbot) -> None:
    window = unlocked_app.main_window
    vault = unlocked_app.vault
    assert window is not None and vault is not None
    client_id = add_client(unlocked_app, qtbot, "Sol Searchedfor")
    notes.create_progress_note(vault, client_id, sections={"subjective": "Talked about the quokka."})
    dialog = window.open_search()
    assert isinstance(dialog, SearchDialog)
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    dialog.query.setFocus()
    qtbot.keyClicks(dialog.query, "quokka")
    qtbot.keyClick(dialog.query, Qt.Key.Key_Return)  # searches now and hands over the keyboard
    wait_ops(qtbot)
    tree = dialog.notes
    qtbot.waitUntil(lambda: tree.topLevelItemCount() == 1, timeout=10_000)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is tree, timeout=10_000)
    item = tree.topLevelItem(0)
    assert item is not None and tree.currentItem() is item
    start = vault.ledger.head().seq
    _double_click(qtbot, tree, item)
    assert _logged(unlocked_app, start, "chart.opened") == 1
    qtbot.keyClick(tree, Qt.Key.Key_Return)  # Enter on the hit opens it too: a second, deliberate opening
    wait_ops(qtbot)
    assert _logged(unlocked_app, start, "chart.opened") == 2
    for editor in list(window.chart.editors):
        editor.close()
    dialog.close()
    wait_ops(qtbot)


def test_a_double_click_on_a_psychotherapy_note_is_one_logged_read(unlocked_app: AppController, qtbot) -> None:
    from tests.conftest import PASSPHRASE
    from vault_app.services import psychotherapy_notes as psychotherapy

    window = unlocked_app.main_window
    vault = unlocked_app.vault
    assert window is not None and vault is not None
    client_id = add_client(unlocked_app, qtbot, "Pax Processnote")
    tab = window.chart.psychotherapy
    window.chart.tabs.setCurrentWidget(tab)
    tab.passphrase.setText(PASSPHRASE)
    tab.unlock()
    wait_ops(qtbot)
    assert unlocked_app.psychotherapy_open
    psychotherapy.create_psychotherapy_note(vault, client_id, "Countertransference noted.")
    tab.activate()
    wait_ops(qtbot)
    qtbot.waitUntil(lambda: tab.list.topLevelItemCount() == 1, timeout=10_000)
    item = tab.list.topLevelItem(0)
    assert item is not None
    start = vault.ledger.head().seq
    _double_click(qtbot, tab.list, item)
    viewed = [e for e in vault.ledger.entries(since_seq=start + 1) if e.kind == "note.viewed"]
    assert len(viewed) == 1 and viewed[0].payload["kind"] == "psychotherapy"
