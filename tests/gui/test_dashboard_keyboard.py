"""Today's page by keyboard (found by a keyboard-only therapist with low vision at 200 %): Tab from
the client list stopped once on the page itself, nothing visible and no name for a screen
reader, then went to "Verify the whole ledger now" at the page's foot before the links above it;
and Enter on a focused link did nothing (Space opened it), where Enter follows a link everywhere
else. Tab now goes from the client list to the links, top to bottom, then to the button, and
Enter opens what a link names."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget

from tests.gui.conftest import wait_ops
from tests.gui.test_chart import add_client
from vault_app.gui.controller import AppController
from vault_app.gui.dashboard import CARDS
from vault_app.gui.dashboard_card import LinkButton
from vault_app.services import notes

pytestmark = pytest.mark.gui


def _dashboard_with_links(unlocked_app: AppController, qtbot):  # type: ignore[no-untyped-def]
    window = unlocked_app.main_window
    vault = unlocked_app.vault
    assert window is not None and vault is not None
    client_id = add_client(unlocked_app, qtbot, "Tabitha Todayperson")
    first = notes.create_progress_note(vault, client_id, template="free", note_date="2026-11-02",
                                       sections={"text": "Draft one."})
    notes.create_progress_note(vault, client_id, template="free", sections={"text": "Draft two."})
    window.show_dashboard()
    wait_ops(qtbot)
    wait_ops(qtbot)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    board = window.dashboard
    # The links in the order they are seen: card by card as the grid shows them, each top to bottom.
    shown = [b for key, _title in CARDS for b in board.cards[key].findChildren(LinkButton)
             if b.isVisibleTo(board)]
    shown.sort(key=lambda b: (list(dict(CARDS)).index(next(k for k, c in board.cards.items() if c.isAncestorOf(b))),
                              b.y()))
    assert len(shown) >= 3, [b.text() for b in shown]
    return window, board, shown, client_id, first.note_id


def test_tab_goes_from_the_client_list_to_the_links_in_order_then_the_button(
        unlocked_app: AppController, qtbot) -> None:
    window, board, shown, _cid, _nid = _dashboard_with_links(unlocked_app, qtbot)
    window.client_list.tree.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is window.client_list.tree)
    reached: list[QWidget] = []
    for _ in range(len(shown) + 1):
        now = QApplication.focusWidget()
        assert now is not None
        QTest.keyClick(now, Qt.Key.Key_Tab)
        focused = QApplication.focusWidget()
        assert focused is not None
        assert focused is not board, "a Tab stop on the page itself: nothing visible, no name"
        reached.append(focused)
    assert reached == [*shown, board.verify_button], [w.accessibleName() or type(w).__name__
                                                      for w in reached]


def test_enter_on_a_focused_link_opens_its_note(unlocked_app: AppController, qtbot) -> None:
    window, board, _shown, client_id, note_id = _dashboard_with_links(unlocked_app, qtbot)
    link = next(b for b in board.cards["unsigned"].findChildren(LinkButton)
                if b.isVisibleTo(board) and "11/02/2026" in b.text())
    link.setFocus()
    qtbot.waitUntil(link.hasFocus)
    QTest.keyClick(link, Qt.Key.Key_Return)
    wait_ops(qtbot)
    qtbot.waitUntil(lambda: window.stack.currentWidget() is not board)
    chart = window.chart
    assert chart.chart is not None and chart.chart.client.client_id == client_id
    editors = [e for e in chart.editors if e.isVisible()]
    assert editors and editors[-1].autosave.draft.note_id == note_id
    for editor in editors:
        editor.close()
    wait_ops(qtbot)
