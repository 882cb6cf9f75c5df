"""The chart's heading ("name · chart number") wraps with its "·" never starting or ending a line.
Found in the real app in Spanish at 150 %: a long name wrapped as "María José Fernández" over
"·  DEMO-00004", the dot beginning the second line (the spaces before it were where the line
broke). Now, where name and number do not fit on one line, the number goes on a line of its own
without the dot. The lines are read as Qt lays the label's words out at its width, at every width
of a window from 640 to 1400 pixels (1000x750 at 150 % is 667 logical pixels), in both languages."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QTextLayout, QTextOption
from PySide6.QtWidgets import QLabel

from tests.gui.conftest import wait_ops
from tests.gui.test_chart import add_client
from vault_app.gui.controller import AppController

pytestmark = pytest.mark.gui

LONG = "María José Fernández de Castellanos Villanueva"
SEPARATOR = "·"


def lines_of(label: QLabel) -> list[str]:
    """The label's lines as Qt draws its wrapped plain text (QPainter's word wrap: at word
    boundaries, anywhere where a word is wider than the line)."""
    width = label.contentsRect().width()
    result: list[str] = []
    for paragraph in label.text().split("\n"):
        layout = QTextLayout(paragraph, label.font())
        option = QTextOption()
        option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        layout.setTextOption(option)
        layout.beginLayout()
        while True:
            line = layout.createLine()
            if not line.isValid():
                break
            line.setLineWidth(width)
            result.append(paragraph[line.textStart():line.textStart() + line.textLength()])
        layout.endLayout()
    return result


def test_the_separator_never_starts_or_ends_a_line(unlocked_app: AppController, qtbot, language: str) -> None:
    window = unlocked_app.main_window
    assert window is not None
    add_client(unlocked_app, qtbot, LONG)
    header = window.chart.header
    number = window.chart.chart.client.chart_number
    wrapped = 0
    for width in range(640, 1401, 20):
        window.resize(width, 700)
        qtbot.wait(5)
        wait_ops(qtbot)
        lines = [line.strip().replace("\u00a0", " ").strip() for line in lines_of(header)]
        for line in lines:
            assert not line.startswith(SEPARATOR) and not line.endswith(SEPARATOR), (width, lines)
        said = " ".join(lines)
        assert "Fernández" in said and number in said, (width, lines)
        wrapped += len(lines) > 1
    assert wrapped, "no width wrapped the heading: the test proved nothing"
