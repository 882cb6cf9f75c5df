"""The refusal of a measure saved with items unanswered goes once every item is answered. Found on
the real app: after "The PHQ-9 needs an answer to each of its 9 items (5 given). Missing: item 5,
6, 7, 8." the four answers were chosen and the total shown, and the refusal still said them missing
until the next Save."""

from __future__ import annotations

import pytest

from tests.gui.conftest import wait_ops
from tests.gui.test_measures_tab import _open_tab
from vault_app.gui.controller import AppController
from vault_app.gui.measure_dialog import MeasureDialog

pytestmark = pytest.mark.gui


def test_the_missing_items_refusal_goes_once_they_are_answered(  # type: ignore[no-untyped-def]
        unlocked_app: AppController, qtbot) -> None:
    tab, _cid = _open_tab(unlocked_app, qtbot)
    dialog = tab.enter_measure()
    assert isinstance(dialog, MeasureDialog)
    wait_ops(qtbot)
    for box, value in zip(dialog.answer_boxes[:4], [1, 1, 1, 1], strict=True):
        box.setCurrentIndex(box.findData(value))
    dialog.save_button.click()
    wait_ops(qtbot)
    qtbot.waitUntil(lambda: "Missing: item 5, 6, 7, 8, 9" in dialog.message.text(), timeout=10_000)
    dialog.answer_boxes[4].setCurrentIndex(dialog.answer_boxes[4].findData(0))
    assert "Missing" in dialog.message.text()  # items 6 to 9 still are
    for box in dialog.answer_boxes[5:]:
        box.setCurrentIndex(box.findData(0))
    assert dialog.message.text() == "", dialog.message.text()
    assert dialog.result_ is None  # nothing saved: only Save records it
    dialog.reject()


def test_a_refusal_of_the_date_stays_when_an_answer_is_chosen(  # type: ignore[no-untyped-def]
        unlocked_app: AppController, qtbot) -> None:
    """Only the refusal about the answers is answered by answering: another stays until Save."""
    tab, _cid = _open_tab(unlocked_app, qtbot)
    dialog = tab.enter_measure()
    assert isinstance(dialog, MeasureDialog)
    wait_ops(qtbot)
    dialog.when.setDate(dialog.when.date().addDays(3))  # a day to come: refused
    dialog.set_answers([1, 1, 1, 1, 1, 1, 1, 1, 0])
    dialog.save_button.click()
    wait_ops(qtbot)
    qtbot.waitUntil(lambda: dialog.message.text() != "", timeout=10_000)
    said = dialog.message.text()
    dialog.answer_boxes[0].setCurrentIndex(dialog.answer_boxes[0].findData(2))
    assert dialog.message.text() == said
    dialog.reject()
