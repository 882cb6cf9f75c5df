"""The client list sorts by Last seen while that column is hidden. Found: at 150 % on a 1366x768
laptop the Last seen column gives its room to the surnames (client_list_room.py), and with its
heading gone a therapist could not put the list in the order of "who have I not seen for a
while" at all. Now a Sort button beside the status filter, reached by Tab and opened by the
keyboard, and the headings' context menu offer every order; the order chosen there is the list's
order as a heading's click makes it (the heading's arrow and its words follow, "Show more" goes
on in it), and the Last seen column comes back while the list is in its order. Real widgets, the
demo's practice, the laptop's room stood in for, in English and Spanish."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import QPoint, Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMenu

from tests.gui.conftest import wait_ops
from tests.gui.test_client_list_surname_150_percent import LAPTOP_150, _window
from vault_app.gui import screen_fit
from vault_app.gui.controller import AppController

pytestmark = pytest.mark.gui

LAST_SEEN_LONGEST_AGO = {"en": "Last seen, longest ago first", "es": "Última visita, la más lejana primero"}
NAME_A_TO_Z = {"en": "Last name, A to Z", "es": "Apellido, de la A a la Z"}


def _choose_in_menu(qtbot: Any, words: str, opened: list[list[str]]) -> None:
    """Once the menu is open: its actions' words noted, then Down until `words`, and Enter."""
    def act() -> None:
        menu = QApplication.activePopupWidget()
        if not isinstance(menu, QMenu):
            QTimer.singleShot(20, act)
            return
        texts = [a.text().replace("&", "") for a in menu.actions() if not a.isSeparator()]
        opened.append(texts)
        for _ in range(len(menu.actions()) + 1):
            if menu.activeAction() is not None and menu.activeAction().text().replace("&", "") == words:
                break
            QTest.keyClick(menu, Qt.Key.Key_Down)
        QTest.keyClick(menu, Qt.Key.Key_Return)
    QTimer.singleShot(20, act)


def test_last_seen_is_chosen_by_keyboard_while_its_column_is_hidden(
        unlocked_app: AppController, qtbot: Any, language: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(screen_fit, "room_of", lambda _window: LAPTOP_150)
    window = _window(unlocked_app, qtbot)
    panel = window.client_list
    tree = panel.tree
    # The list at its least width (a first start now widens it to its names: list_first_width.py).
    least = panel.minimumWidth()
    window.splitter.setSizes([least, sum(window.splitter.sizes()) - least])
    qtbot.waitUntil(lambda: tree.isColumnHidden(2))  # at 150 %, for the names: no heading to click

    # Tab from the status filter reaches the Sort button; Space opens its menu.
    panel.filter.setFocus(Qt.FocusReason.OtherFocusReason)
    qtbot.waitUntil(panel.filter.hasFocus)
    QTest.keyClick(panel.filter, Qt.Key.Key_Tab)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is panel.sort_button)
    assert panel.sort_button.isVisible() and panel.sort_button.accessibleName()
    opened: list[list[str]] = []
    _choose_in_menu(qtbot, LAST_SEEN_LONGEST_AGO[language], opened)
    QTest.keyClick(panel.sort_button, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: panel.order.order == "last_seen")
    assert LAST_SEEN_LONGEST_AGO[language] in opened[0] and NAME_A_TO_Z[language] in opened[0], opened
    assert not panel.order.descending
    wait_ops(qtbot)

    # As a heading's click makes it: the heading's arrow on Last seen, its words said, the column back.
    header = tree.header()
    assert header.sortIndicatorSection() == 2 and header.sortIndicatorOrder() == Qt.SortOrder.AscendingOrder
    said = header.toolTip()
    assert said.split(".")[0] in panel.sort_button.toolTip(), (said, panel.sort_button.toolTip())
    qtbot.waitUntil(lambda: not tree.isColumnHidden(2))
    seen = [tree.topLevelItem(i).text(2) for i in range(tree.topLevelItemCount())]
    assert seen and seen[-1], seen  # the most recently seen last, never seen ("") first

    # The menu shows the order the list is in, checked.
    checked = [a.text().replace("&", "") for a in panel.sort_menu.actions() if a.isChecked()]
    assert checked == [LAST_SEEN_LONGEST_AGO[language]], checked

    # Back to the order by name from the headings' context menu: the date gives its room up again.
    header.setFocus()
    _choose_in_menu(qtbot, NAME_A_TO_Z[language], opened)
    header.customContextMenuRequested.emit(QPoint(10, header.height() // 2))
    qtbot.waitUntil(lambda: panel.order.order == "name")
    assert header.sortIndicatorSection() == 0
    wait_ops(qtbot)
    qtbot.waitUntil(lambda: tree.isColumnHidden(2))
