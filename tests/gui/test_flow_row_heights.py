"""A FlowRow keeps its heights by width until Qt invalidates it (gui/flow_layout.py): whatever
changes the lines (a longer label, a button hidden or added, the spacing) must give the new
height, whether the row is its widget's own layout or inside another."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtWidgets import QApplication, QPushButton, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from vault_app.gui.flow_layout import FlowRow


def _row(qtbot: QtBot, *, nested: bool) -> tuple[QWidget, FlowRow, list[QPushButton]]:
    holder = QWidget()
    holder.setWindowTitle("Flow row")
    qtbot.addWidget(holder)
    row = FlowRow()
    row.setSpacing(GAP)
    if nested:
        outer = QVBoxLayout(holder)
        outer.addLayout(row)
    else:
        holder.setLayout(row)
    buttons = [QPushButton(f"Button {n}", holder) for n in range(4)]
    for button in buttons:
        row.addWidget(button)
    holder.show()
    qtbot.waitExposed(holder)
    return holder, row, buttons


def _settle(holder: QWidget) -> None:
    QApplication.processEvents()  # a widget added to a shown window is shown by a queued call
    layout = holder.layout()
    assert layout is not None
    layout.activate()


def _fresh(row: FlowRow, buttons: list[QPushButton], holder: QWidget, width: int) -> int:
    """The height a new row over the same buttons computes: nothing kept."""
    other = FlowRow()
    other.setSpacing(row.spacing())  # a row of its own: no parent, no heights kept
    for button in buttons:
        if not button.isHidden():
            other.addWidget(button)  # the same widgets, asked for their sizes afresh
    height = other.heightForWidth(width)
    for button in buttons:
        other.removeWidget(button)
    return height


GAP = 6
# Each change with how many of the four equal buttons fit a line before it: one line that
# needs two after it, or two lines that fit one after it.
CHANGES: dict[str, tuple[int, Callable[[FlowRow, list[QPushButton], QWidget], None]]] = {
    "longer label": (4, lambda row, buttons, holder: buttons[0].setText("A much longer label")),
    "button added": (4, lambda row, buttons, holder: row.addWidget(QPushButton("Button 4", holder))),
    "spacing": (4, lambda row, buttons, holder: row.setSpacing(GAP + 20)),
    "button hidden": (3, lambda row, buttons, holder: buttons[1].hide()),
    "button taken": (3, lambda row, buttons, holder: row.removeWidget(buttons[2])),
}


@pytest.mark.parametrize("nested", [False, True], ids=["own-layout", "nested"])
@pytest.mark.parametrize("change", sorted(CHANGES))
def test_a_change_gives_the_new_height(qtbot: QtBot, nested: bool, change: str) -> None:
    holder, row, buttons = _row(qtbot, nested=nested)
    fit, make_change = CHANGES[change]
    wide = max(button.sizeHint().expandedTo(button.minimumSize()).width() for button in buttons)
    width = fit * wide + (fit - 1) * GAP
    before = row.heightForWidth(width)
    assert row.heightForWidth(width) == before
    make_change(row, buttons, holder)
    _settle(holder)
    after = row.heightForWidth(width)
    items = (row.itemAt(index) for index in range(row.count()))
    widgets = [item.widget() for item in items if item is not None]
    assert after == _fresh(row, [w for w in widgets if isinstance(w, QPushButton)], holder, width)
    assert after != before


def test_heights_for_other_widths_are_their_own(qtbot: QtBot) -> None:
    _holder, row, buttons = _row(qtbot, nested=False)
    wide = sum(button.sizeHint().width() for button in buttons) + 100
    narrow = buttons[0].sizeHint().width() + 5
    one_line, four_lines = row.heightForWidth(wide), row.heightForWidth(narrow)
    assert four_lines > 3 * one_line
    assert row.heightForWidth(wide) == one_line
