"""A new progress note opens at the top of its form: its "Session" tick box (whether the note
records a visit) in view. Found by a walker at 1366x768: the note opened scrolled ~34 px down,
the height of its "not a visit yet" line, shown after the window opened and followed by the
scroll (gui/shown_in_place keeps the field with the keyboard where it was) although nothing had
been read or typed yet."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QRect

from tests.gui.conftest import wait_ops
from tests.gui.test_chart import add_client
from vault_app.gui.controller import AppController

pytestmark = pytest.mark.gui


def test_a_new_note_opens_with_its_session_box_in_view(unlocked_app: AppController, qtbot) -> None:
    window = unlocked_app.main_window
    assert window is not None
    add_client(unlocked_app, qtbot, "Sesion Visible")
    editor = window.chart.new_note()  # Ctrl+N, a day with no session: the line is said
    assert editor is not None
    qtbot.waitUntil(editor.isActiveWindow)
    qtbot.waitUntil(editor.visit_line.row.isVisible)
    wait_ops(qtbot)
    body, view = editor.body_scroll.widget(), editor.body_scroll.viewport()
    qtbot.waitUntil(lambda: body.height() > view.height())  # it scrolls: there is somewhere to be
    box = editor.session_box
    seen = QRect(box.mapTo(view, QPoint(0, 0)), box.size())
    assert editor.body_scroll.verticalScrollBar().value() == 0
    assert view.rect().contains(seen), (seen, view.rect())
