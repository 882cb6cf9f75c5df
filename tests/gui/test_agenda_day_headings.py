"""The agenda's day headings fit a 1000-pixel window (found on Xvfb: the chosen day's bold
heading, "vie 12/04/2026" or "Fri 12/04/2026", was cut at both ends, in either language)."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import QStyle

from tests.gui.conftest import wait_ops
from vault_app.gui.controller import AppController

pytestmark = pytest.mark.gui


@pytest.mark.parametrize("width", [640, 380])
def test_every_day_heading_is_whole_at_a_1000_pixel_window(unlocked_app: AppController, qtbot,
                                                           language: str, width: int) -> None:
    """And in a window made small (380: the page beside the client list in a 760-pixel window,
    found on Xvfb): the headings were cut at both ends, "2/07/202" under Mon for 12/07/2026, a
    wrong date; now the week scrolls sideways and each heading stays whole."""
    from vault_app.gui.agenda import AgendaPage

    agenda = AgendaPage(unlocked_app)
    qtbot.addWidget(agenda)
    agenda.resize(width, 600)  # 640: the page's share of a 1000-pixel window beside the client list
    agenda.show()
    qtbot.waitExposed(agenda)
    wait_ops(qtbot)
    header = agenda.table.horizontalHeader()
    assert header.count() == 7
    bold = QFont(header.font())
    bold.setBold(True)  # the chosen day's heading is drawn bold, and any day may be chosen
    wide, plain = QFontMetrics(bold), QFontMetrics(header.font())
    margin = 2 * header.style().pixelMetric(QStyle.PixelMetric.PM_HeaderMargin, None, header)
    for section in range(header.count()):
        item = agenda.table.horizontalHeaderItem(section)
        assert item is not None
        lines = item.text().split("\n")
        needed = max(wide.horizontalAdvance(line) for line in lines) + margin
        assert needed <= header.sectionSize(section), (language, item.text(), needed, header.sectionSize(section))
        assert [bool(line) for line in lines] == [True, True]  # weekday over date
    # ... and both lines are tall enough to be read
    assert header.height() >= 2 * plain.height()
