"""Space ticks a record wherever its row was clicked, found on the real app (fifteenth
round): in Export or disclose, a click on a note's text made the text column current, and
Space (which Qt gives to the current column only; the tick box is in the first) did nothing,
so the note the therapist meant to send was not chosen."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt

from tests.gui.conftest import wait_ops
from tests.gui.test_export_and_lock import _chart_with_signed_note
from vault_app.gui.controller import AppController

pytestmark = pytest.mark.gui


def test_space_ticks_the_note_clicked_on_its_text(unlocked_app: AppController, qtbot) -> None:
    window = unlocked_app.main_window
    assert window is not None
    _chart_with_signed_note(unlocked_app, qtbot)
    wizard = window.chart.start_export()
    wait_ops(qtbot)
    what = wizard.what_page
    qtbot.waitUntil(lambda: what.items.topLevelItemCount() == 1, timeout=10_000)
    item = what.items.topLevelItem(0)
    rect = what.items.visualItemRect(item)
    text_x = what.items.header().sectionPosition(1) + 10
    qtbot.mouseClick(what.items.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(text_x, rect.center().y()))
    assert item.checkState(0) == Qt.CheckState.Unchecked  # a click on the text only selects
    qtbot.keyClick(what.items, Qt.Key.Key_Space)
    assert item.checkState(0) == Qt.CheckState.Checked
    assert what.selected_ids()
    qtbot.keyClick(what.items, Qt.Key.Key_Space)
    assert item.checkState(0) == Qt.CheckState.Unchecked
