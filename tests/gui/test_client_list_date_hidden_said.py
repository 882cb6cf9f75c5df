"""The client list says when its Last seen column is hidden. Found by the Spanish day walker (round
46, 1366x768 at 150 %): the column went out of view after the first signed note, without a word and
without a scroll bar (client_list_room.py gives its room to the names). Now a line under the list
says it is hidden, how to see it and that the sort button still orders by it; the line goes when
the column comes back. Real widgets, the demo's practice, the laptop's room, English and Spanish."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtWidgets import QLabel

from tests.gui.test_client_list_surname_150_percent import LAPTOP_150, _window
from vault_app.gui import screen_fit
from vault_app.gui.controller import AppController

pytestmark = pytest.mark.gui

SAID = {"en": "Last seen is hidden", "es": "«Última visita» está oculta"}


def _said(panel: Any, language: str) -> list[QLabel]:
    return [label for label in panel.findChildren(QLabel)
            if label.isVisible() and label.text().startswith(SAID[language])]


def test_the_hidden_date_column_is_said_under_the_list(unlocked_app: AppController, qtbot: Any, language: str,
                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(screen_fit, "room_of", lambda _window: LAPTOP_150)
    window = _window(unlocked_app, qtbot)
    panel = window.client_list
    tree = panel.tree
    total = sum(window.splitter.sizes())
    least = panel.minimumWidth()
    window.splitter.setSizes([least, total - least])
    qtbot.waitUntil(lambda: tree.isColumnHidden(2))
    qtbot.waitUntil(lambda: len(_said(panel, language)) == 1)
    (line,) = _said(panel, language)
    # Whole, on as many lines as it needs (after the layout's pass)
    qtbot.waitUntil(lambda: line.width() > 0 and line.height() >= line.heightForWidth(line.width()) - 1)
    window.splitter.setSizes([total - 360, 360])  # the list dragged wide: the column back, the line gone
    qtbot.waitUntil(lambda: not tree.isColumnHidden(2))
    qtbot.waitUntil(lambda: _said(panel, language) == [])
