"""Escape on a measure with answers chosen asks before they are lost (a PHQ-9's nine answers,
the risk item among them, went at one stray Escape: found on the real app). Untouched, or once
saved, Escape closes at once. Real vault, real widgets, real key events."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from tests.gui.conftest import wait_ops
from tests.gui.test_measures_tab import _open_tab
from vault_app.gui.controller import AppController
from vault_app.gui.measure_dialog import MeasureDialog

pytestmark = pytest.mark.gui


def _dialog(app: AppController, qtbot) -> MeasureDialog:  # type: ignore[no-untyped-def]
    tab, _cid = _open_tab(app, qtbot)
    dialog = tab.enter_measure()
    assert isinstance(dialog, MeasureDialog)
    wait_ops(qtbot)
    return dialog


def test_escape_with_answers_chosen_asks_and_keeps_them(unlocked_app: AppController, qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog = _dialog(unlocked_app, qtbot)
    dialog.set_answers([1, 2, 0, 0, 1, 0, 0, 0, 1])
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    box = dialog.leave_box
    assert isinstance(box, QMessageBox) and box.isVisible()
    assert dialog.isVisible()
    qtbot.keyClick(box, Qt.Key.Key_Escape)  # the question's default goes back to the form
    assert dialog.isVisible() and dialog.answers() == [1, 2, 0, 0, 1, 0, 0, 0, 1]
    dialog.reject()


def test_escape_on_an_untouched_or_saved_measure_closes(unlocked_app: AppController, qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog = _dialog(unlocked_app, qtbot)
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible() and dialog.leave_box is None
    dialog = _dialog(unlocked_app, qtbot)
    dialog.set_answers([0] * 9)
    dialog.save_button.click()
    wait_ops(qtbot)
    assert dialog.result_ is not None and not dialog.typed()
