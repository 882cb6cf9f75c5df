"""A measure typed in from the paper form, by keyboard, found on the real app (fifteenth
round): Tab after the session went to Save and Cancel before the items (the items are made
after the buttons), so the answers typed landed one or two items late or nowhere, and the
total on screen was not the client's."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from tests.gui.conftest import wait_ops
from tests.gui.test_measures_tab import _open_tab
from vault_app.gui.controller import AppController

pytestmark = pytest.mark.gui


def _type_answers(dialog, qtbot, digits: str) -> None:
    qtbot.keyClick(dialog.session_box, Qt.Key.Key_Tab)
    for digit in digits:
        box = QApplication.focusWidget()
        assert box in dialog.answer_boxes, box
        qtbot.keyClicks(box, digit)  # a combo picks the answer that starts with the digit
        qtbot.keyClick(box, Qt.Key.Key_Tab)


@pytest.mark.parametrize("measure", ["phq9", "gad7"])
def test_tab_from_the_session_goes_through_every_item_in_order(unlocked_app: AppController, qtbot,
                                                               measure: str) -> None:
    tab, _cid = _open_tab(unlocked_app, qtbot)
    dialog = tab.enter_measure()
    wait_ops(qtbot)
    dialog.instrument_box.setCurrentIndex(dialog.instrument_box.findData(measure))  # made again
    qtbot.waitUntil(lambda: all(box.isVisible() for box in dialog.answer_boxes), timeout=10_000)
    dialog.activateWindow()
    dialog.session_box.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.session_box, timeout=10_000)
    answers = "1210101001"[:len(dialog.answer_boxes)]
    _type_answers(dialog, qtbot, answers)
    assert dialog.answers() == [int(d) for d in answers]
    assert QApplication.focusWidget() is dialog.save_button  # after the last item, Save
