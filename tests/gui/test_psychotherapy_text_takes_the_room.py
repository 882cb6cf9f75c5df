"""The psychotherapy note's text takes the tab's room, English and Spanish, down to a laptop at
150 %. Found by the day's walker (round 45, on Xvfb at 150 %): the text was about three lines high,
the lock's minutes wrapped on five lines beside the buttons above it, and an empty line (the
guard's "Check: …", shown with nothing to say) under it. Real main window, real tab, unlocked with
the passphrase typed."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import QPoint

from tests.gui.conftest import wait_ops
from tests.gui.test_psychotherapy_typing import _open_tab_and_unlock
from vault_app.gui.controller import AppController

pytestmark = pytest.mark.gui

AT_150 = (910, 480)  # 1366x768 at 150 %, in logical pixels, less a panel and the window's frame
LOW = (1008, 524)  # 1024x600 less a panel and the window's frame


def _top(widget: Any, within: Any) -> int:
    return int(widget.mapTo(within, QPoint(0, 0)).y())


def _measure(app: AppController, qtbot: Any, size: tuple[int, int]) -> None:
    window = app.main_window
    assert window is not None
    window.resize(*size)
    _open_tab_and_unlock(app, qtbot)
    tab = window.chart.psychotherapy
    qtbot.keyClicks(tab.editor, "Typed.")
    wait_ops(qtbot)
    qtbot.wait(200)  # the layout's passes
    editor, status, sign = tab.editor, tab.status, tab.sign_button
    # Under the text: the save status and the buttons, no empty line between.
    spacing = 2 * max(6, tab.style().pixelMetric(tab.style().PixelMetric.PM_LayoutVerticalSpacing))
    gap = _top(sign, tab) - (_top(editor, tab) + editor.height())
    assert not tab.warnings.isVisible()
    assert gap <= status.height() + spacing + 4, (gap, status.height())
    # The text has the most of the tab's height: the lock's minutes do not sit above it.
    assert editor.height() >= 0.5 * tab.height(), (editor.height(), tab.height())
    assert _top(tab.timer_note, tab) > _top(editor, tab), "the minutes are said beside the list, not above the text"
    # The guard's check, when it has one, is said under the text and takes its line then.
    tab.warnings.setText("Check: a diagnosis belongs in the progress note.")
    qtbot.wait(50)
    assert tab.warnings.isVisible()
    tab.warnings.setText("")
    assert not tab.warnings.isVisible()


@pytest.mark.parametrize("size", [AT_150, LOW], ids=["150%", "netbook"])
def test_the_text_takes_the_room_in_english(unlocked_app: AppController, qtbot: Any, size: tuple[int, int]) -> None:
    _measure(unlocked_app, qtbot, size)


@pytest.mark.parametrize("size", [AT_150, LOW], ids=["150%", "netbook"])
def test_the_text_takes_the_room_in_spanish(spanish_app: AppController, qtbot: Any, size: tuple[int, int]) -> None:
    _measure(spanish_app, qtbot, size)
