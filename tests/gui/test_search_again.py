"""Searching again (found in the real app): Ctrl+Shift+F with the search window open made a
second one over the first, the first one's results behind it, and the keyboard in neither's
search words; pressed in the search window itself it did nothing, so the next words typed
went to the results list."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from tests.gui.conftest import wait_ops
from tests.gui.test_chart import add_client
from vault_app.gui.controller import AppController
from vault_app.gui.search_dialog import SearchDialog
from vault_app.services import notes

pytestmark = pytest.mark.gui

CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


def _rows(dialog: SearchDialog) -> list[str]:
    rows = []
    for i in range(dialog.notes.topLevelItemCount()):
        item = dialog.notes.topLevelItem(i)
        assert item is not None
        rows.append(item.text(4))
    return rows


def test_ctrl_shift_f_again_brings_the_one_search_window_back_ready_for_new_words(
        unlocked_app: AppController, qtbot) -> None:
    window = unlocked_app.main_window
    vault = unlocked_app.vault
    assert window is not None and vault is not None
    client_id = add_client(unlocked_app, qtbot, "Quinn Searchagain")
    notes.create_progress_note(vault, client_id, sections={"subjective": "Worries about exams."})
    notes.create_progress_note(vault, client_id, sections={"subjective": "Talked about the ferret."})
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window, Qt.Key.Key_F, CTRL_SHIFT)
    dialogs = window.findChildren(SearchDialog)
    assert len(dialogs) == 1
    dialog = dialogs[0]
    qtbot.waitUntil(dialog.isActiveWindow)
    dialog.query.setFocus()
    qtbot.keyClicks(dialog.query, "exams")
    qtbot.keyClick(dialog.query, Qt.Key.Key_Return)
    wait_ops(qtbot)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.notes, timeout=10_000)

    # In the search window, the keyboard on the results: Ctrl+Shift+F goes back to the words.
    qtbot.keyClick(dialog.notes, Qt.Key.Key_F, CTRL_SHIFT)
    assert QApplication.focusWidget() is dialog.query
    assert dialog.query.selectedText() == "exams"

    # From the main window: the same window comes forward, not a second one over it.
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window, Qt.Key.Key_F, CTRL_SHIFT)
    assert window.findChildren(SearchDialog) == [dialog]
    qtbot.waitUntil(dialog.isActiveWindow)
    assert QApplication.focusWidget() is dialog.query
    qtbot.keyClicks(dialog.query, "ferret")  # replaces the words selected
    qtbot.keyClick(dialog.query, Qt.Key.Key_Return)
    wait_ops(qtbot)
    qtbot.waitUntil(lambda: len(_rows(dialog)) == 1 and "ferret" in _rows(dialog)[0], timeout=10_000)
    dialog.close()
    wait_ops(qtbot)


def test_a_psychotherapy_hit_is_not_left_under_the_search_window(unlocked_app: AppController, qtbot) -> None:
    """Found in the real app: Enter on a psychotherapy hit opened the note in the chart, under
    the search window, with the keyboard left in the results."""
    from tests.conftest import PASSPHRASE
    from vault_app.services import psychotherapy_notes as psychotherapy

    window = unlocked_app.main_window
    vault = unlocked_app.vault
    assert window is not None and vault is not None
    client_id = add_client(unlocked_app, qtbot, "Rhea Processnote")
    add_client(unlocked_app, qtbot, "Otto Otherchart")  # the chart on screen when searching
    tab = window.chart.psychotherapy
    window.chart.tabs.setCurrentWidget(tab)
    tab.passphrase.setText(PASSPHRASE)
    tab.unlock()
    wait_ops(qtbot)
    assert unlocked_app.psychotherapy_open
    psychotherapy.create_psychotherapy_note(vault, client_id, "She sees me as the strict aunt.")
    dialog = window.open_search()
    assert isinstance(dialog, SearchDialog)
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    dialog.include_psy.setChecked(True)
    dialog.query.setFocus()
    qtbot.keyClicks(dialog.query, "aunt")
    qtbot.keyClick(dialog.query, Qt.Key.Key_Return)
    wait_ops(qtbot)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.notes, timeout=10_000)
    assert [r.startswith("psychotherapy") for r in _kinds(dialog)] == [True]
    qtbot.keyClick(dialog.notes, Qt.Key.Key_Return)  # open the hit
    wait_ops(qtbot)
    chart = window.chart
    qtbot.waitUntil(lambda: tab.editor.toPlainText() == "She sees me as the strict aunt.", timeout=10_000)
    assert chart.client_id == client_id and chart.tabs.currentWidget() is tab
    assert not dialog.isVisible()  # out of the way of the note it opened
    qtbot.waitUntil(window.isActiveWindow, timeout=10_000)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is tab.editor, timeout=10_000)
    unlocked_app.lock_psychotherapy()
    wait_ops(qtbot)


def _kinds(dialog: SearchDialog) -> list[str]:
    kinds = []
    for i in range(dialog.notes.topLevelItemCount()):
        item = dialog.notes.topLevelItem(i)
        assert item is not None
        kinds.append(item.text(3))
    return kinds


def test_a_chart_number_searched_in_the_notes_says_where_clients_are_found(unlocked_app: AppController,
                                                                          qtbot) -> None:
    """Found in the real app: a chart number typed into Search notes said "Nothing found." and
    no more; clients are found by name or chart number in the client list (Ctrl+F)."""
    window = unlocked_app.main_window
    vault = unlocked_app.vault
    assert window is not None and vault is not None
    client_id = add_client(unlocked_app, qtbot, "Nico Chartnumber")
    notes.create_progress_note(vault, client_id, sections={"subjective": "Slept well."})
    dialog = window.open_search()
    assert isinstance(dialog, SearchDialog)
    dialog.query.setText(window.chart.shown_client().chart_number)  # type: ignore[union-attr]
    dialog.search()
    wait_ops(qtbot)
    qtbot.waitUntil(lambda: "Ctrl+F" in dialog.status.text(), timeout=10_000)
    assert dialog.notes.topLevelItemCount() == 0
    dialog.close()
