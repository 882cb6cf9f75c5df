"""No keyboard trap in a form's multi-line box (found walking the real app by keyboard): in
Qt's box Tab types a tab and Enter a new line, so a therapist typing a reason, a plan or an
addendum never reached OK without the mouse. Every box a therapist types in goes through
`widgets.leaves_by_tab`; read-only boxes (a note's history, the letters sent) let Tab go on
by themselves."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialog, QPlainTextEdit, QTextEdit, QWidget

from tests.gui.conftest import wait_ops
from tests.gui.test_chart import add_client
from vault_app.gui.controller import AppController

pytestmark = pytest.mark.gui

GUI = Path(__file__).resolve().parents[2] / "vault_app" / "gui"
_MADE = re.compile(r"(?:self\.)?(\w+)\s*(?::[^=]*)?=\s*(leaves_by_tab\()?Q(?:Plain)?TextEdit\(")


def _typed_in(window: QWidget) -> list[QPlainTextEdit | QTextEdit]:
    boxes = [*window.findChildren(QPlainTextEdit), *window.findChildren(QTextEdit)]
    return [b for b in boxes if b.isVisible() and b.isEnabled() and not b.isReadOnly()]


def assert_tab_leaves_every_box(window: QWidget) -> int:
    """Tab and Shift+Tab, as real key events, from each box a therapist types in: the keyboard
    leaves the box and no tab character is typed into it."""
    boxes = _typed_in(window)
    for box in boxes:
        for key in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab):
            box.setFocus()
            QApplication.processEvents()
            assert QApplication.focusWidget() is box, box.accessibleName()
            before = box.toPlainText()
            QTest.keyClick(box, key)
            QApplication.processEvents()
            assert QApplication.focusWidget() is not box, f"{box.accessibleName()!r} keeps the keyboard on {key}"
            assert box.toPlainText() == before, f"a tab was typed into {box.accessibleName()!r}"
    return len(boxes)


def _show(dialog: QDialog, qtbot) -> None:
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)


def test_every_multi_line_box_made_in_the_gui_is_left_by_tab_or_only_read() -> None:
    """Every box made in gui/ goes through leaves_by_tab or is read-only: a box added later
    without it fails here, not in a therapist's hands."""
    offenders = []
    for path in sorted(GUI.glob("*.py")):
        source = path.read_text(encoding="utf-8")
        for line_no, line in enumerate(source.splitlines(), 1):
            made = _MADE.search(line)
            if made is None or made.group(2):
                continue
            name = made.group(1)
            if re.search(rf"\b{name}\.setReadOnly\(True\)|leaves_by_tab\({name}\)", source) is None:
                offenders.append(f"{path.name}:{line_no}: {line.strip()}")
    assert not offenders, "\n".join(offenders)


def test_the_matcher_sees_a_box_made_without_leaves_by_tab() -> None:
    assert _MADE.search("        self.reason = QPlainTextEdit()").group(1) == "reason"  # type: ignore[union-attr]
    assert _MADE.search("        edit = leaves_by_tab(QPlainTextEdit(text))").group(2)  # type: ignore[union-attr]


def test_tab_leaves_the_boxes_of_the_plan_the_addendum_and_the_progress_note(
        unlocked_app: AppController, qtbot) -> None:
    from vault_app.gui.amend_dialog import AmendDialog
    from vault_app.gui.plan_dialog import PlanDialog

    window = unlocked_app.main_window
    assert window is not None
    client_id = add_client(unlocked_app, qtbot, "Ada Tabwalker")

    plan = PlanDialog(unlocked_app, client_id, None, parent=window)
    _show(plan, qtbot)
    plan.add_goal()
    assert assert_tab_leaves_every_box(plan) == 2  # the problem list and the goal's objectives
    plan.reject()

    amend = AmendDialog(unlocked_app, "no-note-yet", "progress", parent=window)
    _show(amend, qtbot)
    assert assert_tab_leaves_every_box(amend) == 1
    amend.reject()

    editor = window.chart.new_note()
    assert editor is not None
    qtbot.waitUntil(editor.isActiveWindow)
    editor.fields.risk_box.setChecked(True)  # its safety plan is typed in too
    QApplication.processEvents()
    assert assert_tab_leaves_every_box(editor) >= 2
    editor.close()
    wait_ops(qtbot)


def test_tab_leaves_the_psychotherapy_note(unlocked_app: AppController, qtbot) -> None:
    from tests.gui.test_psychotherapy_typing import _open_tab_and_unlock

    _open_tab_and_unlock(unlocked_app, qtbot)
    tab = unlocked_app.main_window.chart.psychotherapy  # type: ignore[union-attr]
    qtbot.keyClicks(tab.editor, "Dreams of school.")
    assert assert_tab_leaves_every_box(tab) == 1
    tab.flush()
    wait_ops(qtbot)
