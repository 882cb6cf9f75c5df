"""Each item of a measure sits beside its own answer. Found in the real app: a GAD-7 entered
in the dialog sized for the PHQ-9's nine items spread its seven rows out, each item's words
centred in its row and its answer at the row's top, so the words of one item sat halfway
between two answers."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QLabel

from tests.gui.conftest import wait_ops
from tests.gui.test_measures_tab import _open_tab
from vault_app.gui.controller import AppController

pytestmark = pytest.mark.gui


@pytest.mark.parametrize("measure", ["gad7", "phq9"])
def test_each_item_s_words_are_beside_its_answer(unlocked_app: AppController, qtbot, measure: str) -> None:
    tab, _cid = _open_tab(unlocked_app, qtbot)
    dialog = tab.enter_measure()
    assert dialog is not None
    wait_ops(qtbot)
    dialog.resize(dialog.width(), 900)  # more room than the items need, as after the PHQ-9
    dialog.instrument_box.setCurrentIndex(dialog.instrument_box.findData("phq9"))
    dialog.instrument_box.setCurrentIndex(dialog.instrument_box.findData(measure))
    qtbot.waitUntil(lambda: all(box.isVisible() for box in dialog.answer_boxes), timeout=10_000)
    qtbot.wait(50)  # the layout of the new rows
    words = {label.buddy(): label for label in dialog.items_box.findChildren(QLabel) if label.buddy() is not None}
    for box in dialog.answer_boxes:
        label = words[box]
        # Top to top, and the words drawn at the top: a label as tall as a stretched row draws
        # them in its middle.
        assert abs(label.geometry().top() - box.geometry().top()) <= 6, (label.text(), box.geometry())
        assert label.height() <= label.heightForWidth(label.width()) + 6, (label.text(), label.geometry())
    dialog.reject()
