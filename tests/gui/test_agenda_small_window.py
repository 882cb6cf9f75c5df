"""The agenda's buttons in a small main window (found on Xvfb, Spanish, the window made 624x305
with xdotool): the two rows of buttons wrapped onto more lines than the page's minimum counted,
and the lines drawn past the rows' room sat over each other and over the week. At every size
the buttons stay side by side or on lines of their own, whole, never over one another: the
page's pane scrolls down to the lower lines instead."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRect
from PySide6.QtWidgets import QAbstractButton, QScrollArea, QWidget

from tests.gui.conftest import wait_ops
from vault_app.gui.controller import AppController

pytestmark = pytest.mark.gui

SIZES = [(624, 305), (624, 560), (700, 240), (1366, 768), (480, 305)]


def _place(widget: QWidget, page: QWidget) -> QRect:
    return QRect(widget.mapTo(page, widget.rect().topLeft()), widget.size())


@pytest.mark.parametrize("language", ["en", "es"])
@pytest.mark.parametrize(("width", "height"), SIZES, ids=[f"{w}x{h}" for w, h in SIZES])
def test_the_agenda_s_buttons_never_overlap(unlocked_app: AppController, qtbot, request: pytest.FixtureRequest,
                                            language: str, width: int, height: int) -> None:
    if language == "es":
        request.getfixturevalue("spanish")
    window = unlocked_app.main_window
    assert window is not None
    window.showNormal()
    window.show_agenda()
    window.resize(width, height)
    wait_ops(qtbot)
    agenda = window.agenda
    qtbot.waitUntil(lambda: agenda.new_button.isVisible(), timeout=10_000)
    qtbot.wait(50)  # the pane's scroll bars follow the page's new minimum in a posted layout pass
    wait_ops(qtbot)
    buttons = [b for b in agenda.findChildren(QAbstractButton) if b.isVisibleTo(agenda)
               and b.window() is window and b.parentWidget() is not agenda.table.viewport()]
    assert len(buttons) >= 11, [b.text() for b in buttons]
    places = [(b.text(), _place(b, agenda)) for b in buttons]
    for i, (text, place) in enumerate(places):
        for other, there in places[i + 1:]:
            assert not place.intersects(there), (agenda.size(), text, place, other, there)
    table = _place(agenda.table, agenda)
    for text, place in places:
        assert not place.intersects(table), (agenda.size(), text, place, table)
        assert place.bottom() < agenda.height(), (text, place, agenda.size())  # whole, to scroll to
    pane = window.findChild(QScrollArea, "pagePane")
    assert pane is not None
    if max(p.bottom() for _t, p in places) > pane.viewport().height():
        assert pane.verticalScrollBar().maximum() > 0  # what is below the pane is scrolled to
