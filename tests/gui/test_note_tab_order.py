"""Tab through a progress note goes down the screen: from the session's codes into the
text, section by section, then to the treatment-plan goals and the risk screening (found
in the real app: Tab from the Plan went back up to the template and the session, and the
goals the docs say to Tab to came only after every session field)."""

from __future__ import annotations

from itertools import pairwise

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget

from tests.gui.conftest import wait_ops
from tests.gui.test_note_goals_editor import _with_plan
from vault_app.gui.controller import AppController
from vault_app.gui.note_editor import NoteEditor

pytestmark = pytest.mark.gui


def _tab_from(qtbot, widget: QWidget) -> QWidget | None:
    widget.setFocus()
    qtbot.waitUntil(widget.hasFocus)
    qtbot.keyClick(widget, Qt.Key.Key_Tab)
    return QApplication.focusWidget()


def _walk(editor: NoteEditor, qtbot) -> None:
    edits = list(editor.section_edits.values())
    assert _tab_from(qtbot, editor.icd) is edits[0], "from the ICD-10 codes into the first section"
    for upper, lower in pairwise(edits):
        assert _tab_from(qtbot, upper) is lower
    assert _tab_from(qtbot, edits[-1]) is editor.goals_box.list, "from the last section to the plan goals"


def test_tab_goes_down_the_note(unlocked_app: AppController, qtbot) -> None:
    window = unlocked_app.main_window
    assert window is not None
    _with_plan(unlocked_app, qtbot)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    editor = window.chart.new_note()
    assert editor is not None
    wait_ops(qtbot)
    qtbot.waitUntil(editor.isActiveWindow)
    qtbot.waitUntil(editor.goals_box.list.isVisible, timeout=10_000)
    _walk(editor, qtbot)
    risk = _tab_from(qtbot, editor.goals_box.add_button)
    assert risk is editor.risk_box, "after the goals, the risk screening"

    # Another template makes the sections again: the order holds for them too.
    editor.template.setCurrentIndex(editor.template.findData("dap"))
    assert list(editor.section_edits) == ["data", "assessment", "plan"]
    qtbot.waitUntil(lambda: all(e.isVisible() for e in editor.section_edits.values()))  # Qt shows them next
    _walk(editor, qtbot)
    editor.close()
    wait_ops(qtbot)
