"""A field the keyboard is sent to by its Alt letter is scrolled into view. Found by the Spanish
walker at 125 % (shots 49, 50): in the progress note, Alt+E (ICD-10) put the caret in the code
field, which sat above the viewport while the Plan section was shown; "F41.1" was typed
unseen. Qt scrolls a scroll area to the field Tab reaches, not to one a label's mnemonic
reaches. The real note editor, small enough to scroll, and the real key."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtWidgets import QApplication, QScrollArea, QWidget

from tests.gui.test_chart import add_client
from vault_app.gui.controller import AppController
from vault_app.gui.widgets import mnemonic_of

pytestmark = pytest.mark.gui


def _in_view(area: QScrollArea, field: QWidget) -> bool:
    viewport = area.viewport()
    top_left = field.mapTo(viewport, field.rect().topLeft())
    return viewport.rect().contains(QRect(top_left, field.size()))


def test_alt_to_the_icd_codes_scrolls_them_into_view(unlocked_app: AppController, qtbot: Any) -> None:
    window = unlocked_app.main_window
    assert window is not None
    add_client(unlocked_app, qtbot, "Ines Inview")
    window.chart.new_note()
    editor = window.chart.editors[-1]
    qtbot.waitUntil(editor.isActiveWindow)
    editor.resize(760, 420)  # the room a 1366x768 screen at 125 % leaves, and less
    area, icd = editor.body_scroll, editor.icd
    plan = list(editor.section_edits.values())[-1]
    plan.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is plan, timeout=10_000)
    bar = area.verticalScrollBar()
    qtbot.waitUntil(lambda: bar.maximum() > 0, timeout=10_000)
    bar.setValue(bar.maximum())
    assert not _in_view(area, icd)  # else this test proves nothing
    label = next(lb for lb in editor.fields.session_labels if lb.buddy() is icd)
    letter = mnemonic_of(label.text())
    key = getattr(Qt.Key, f"Key_{letter.upper()}")
    qtbot.keyClick(QApplication.focusWidget(), key, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is icd, timeout=10_000)
    qtbot.waitUntil(lambda: _in_view(area, icd), timeout=10_000)


def test_a_click_into_a_tall_box_does_not_jump(unlocked_app: AppController, qtbot: Any) -> None:
    """The keyboard put in a section already in view leaves the scroll where it is."""
    window = unlocked_app.main_window
    assert window is not None
    add_client(unlocked_app, qtbot, "Jon Nojump")
    window.chart.new_note()
    editor = window.chart.editors[-1]
    qtbot.waitUntil(editor.isActiveWindow)
    editor.resize(760, 420)
    area = editor.body_scroll
    bar = area.verticalScrollBar()
    qtbot.waitUntil(lambda: bar.maximum() > 0, timeout=10_000)
    bar.setValue(bar.maximum())
    shown = bar.value()
    plan = list(editor.section_edits.values())[-1]
    qtbot.mouseClick(plan.viewport(), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is plan, timeout=10_000)
    qtbot.wait(50)
    assert bar.value() == shown
