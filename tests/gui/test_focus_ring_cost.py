"""The focus ring costs the controls without the keyboard nothing, tells a screen reader nothing,
and stays on its control wherever that goes.

The ring was first drawn by the application's style, a Python subclass: every paint of every
control crossed into Python, focused or not, and a full paint of a busy window took about half as
long again (docs/testing.md, forty-first round). Now it is one widget of its own, laid over the
control with the keyboard. What the ring looks like is tests/gui/test_focus_ring.py's; here, which
code a paint runs, counted without a clock (the Python calls into gui/focus_ring.py while a
control is grabbed), what a screen reader is told, and where the ring is after a scroll, a
resize and a new tab.
"""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path
from types import FrameType
from typing import Any

import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtGui import QAccessible, QColor, QImage, QPalette
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QGroupBox,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QTabBar,
    QVBoxLayout,
    QWidget,
)

from tests.gui.conftest import wait_ops
from vault_app.gui import focus_ring, theme

pytestmark = pytest.mark.gui

RING_CODE = str(Path(focus_ring.__file__).resolve())


@pytest.fixture(params=["light", "dark"])
def appearance(request: pytest.FixtureRequest, qapp: QApplication) -> Iterator[str]:
    theme.apply(qapp, str(request.param))
    yield str(request.param)
    theme.apply(qapp, "system")


def _ring_calls(widget: QWidget) -> int:
    """Python calls into the ring's module while the widget paints itself once."""
    calls = 0

    def profile(frame: FrameType, event: str, _arg: Any) -> None:
        nonlocal calls
        if event == "call" and str(Path(frame.f_code.co_filename).resolve()) == RING_CODE:
            calls += 1

    sys.setprofile(profile)
    try:
        widget.grab()
    finally:
        sys.setprofile(None)
    return calls


def _shown(qtbot: Any, window: QWidget) -> None:
    qtbot.addWidget(window)  # a window under test, shown bare on purpose
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)


def _form(qtbot: Any) -> tuple[QWidget, list[QWidget]]:
    window = QWidget()
    tabs = QTabBar()
    tabs.addTab("Overview")
    tabs.addTab("Sessions")
    controls: list[QWidget] = [QLineEdit("typed"), QPushButton("Sign"), QCheckBox("Session"), QComboBox(),
                               QSpinBox(), tabs, QPlainTextEdit("a note")]
    layout = QVBoxLayout(window)
    for control in controls:
        layout.addWidget(control)
    _shown(qtbot, window)
    return window, controls


def test_a_control_without_the_keyboard_paints_without_the_rings_code(qtbot: Any, appearance: str) -> None:
    _window, controls = _form(qtbot)
    for focused in controls:
        focused.setFocus()
        wait_ops(qtbot)
        assert QApplication.focusWidget() is focused
        assert _ring_calls(focused) > 0, type(focused).__name__  # the probe sees the ring's code
        for other in controls:
            if other is not focused:
                assert _ring_calls(other) == 0, (type(focused).__name__, type(other).__name__)
    controls[0].setFocus()
    wait_ops(qtbot)
    assert _ring_calls(controls[1]) == 0  # the keyboard gone, the button's paint is the platform's again


def test_the_ring_over_a_text_box_is_no_child_a_screen_reader_meets(qtbot: Any, appearance: str) -> None:
    _window, controls = _form(qtbot)
    box = controls[-1]
    assert isinstance(box, QPlainTextEdit)
    controls[0].setFocus()
    wait_ops(qtbot)
    told = QAccessible.queryAccessibleInterface(box)
    assert told is not None
    children = told.childCount()
    box.setFocus()
    wait_ops(qtbot)
    own = ("QAbstractScrollAreaScrollBarContainer",)  # the box's scroll bars
    laid = [child for child in box.children() if isinstance(child, QWidget) and child.isVisible()
            and child is not box.viewport() and child.metaObject().className() not in own]
    assert len(laid) == 1, [child.metaObject().className() for child in laid]  # the ring, over the box
    (ring,) = laid
    told = QAccessible.queryAccessibleInterface(box)
    assert told is not None
    assert told.childCount() == children
    assert all(told.child(i).object() is not ring for i in range(told.childCount()))


def _ring_bounds(window: QWidget) -> QRect:
    """The smallest rectangle (the window's logical pixels) holding every ring-coloured pixel."""
    image: QImage = window.grab().toImage()
    ring = focus_ring.ring_colour(window.palette())
    ratio = image.devicePixelRatio()
    found = QRect()
    for y in range(image.height()):
        for x in range(image.width()):
            colour: QColor = image.pixelColor(x, y)
            apart = abs(colour.red() - ring.red()) + abs(colour.green() - ring.green())
            if apart + abs(colour.blue() - ring.blue()) < 24:
                found = found.united(QRect(int(x / ratio), int(y / ratio), 1, 1))
    return found


def _on(window: QWidget, control: QWidget, rect: QRect | None = None) -> QRect:
    """A rectangle of the control (all of it by default) in the window's coordinates."""
    rect = control.rect() if rect is None else rect
    return QRect(control.mapTo(window, rect.topLeft()), rect.size())


def test_the_ring_stays_on_its_control_scrolled_resized_and_on_the_current_tab(
        qtbot: Any, appearance: str) -> None:
    window = QWidget()
    area = QScrollArea(window)
    area.setWidgetResizable(True)
    page = QWidget()
    rows = QVBoxLayout(page)
    edits = [QLineEdit(f"line {n}") for n in range(30)]
    for edit in edits:
        rows.addWidget(edit)
    area.setWidget(page)
    tabs = QTabBar(window)
    for name in ("Overview", "Sessions", "Requests"):
        tabs.addTab(name)
    layout = QVBoxLayout(window)
    layout.addWidget(tabs)
    layout.addWidget(area)
    window.resize(320, 260)
    _shown(qtbot, window)
    edit = edits[3]
    edit.setFocus()
    qtbot.waitUntil(edit.hasFocus)
    before = _on(window, edit)
    assert _ring_bounds(window) == before
    area.verticalScrollBar().setValue(edit.height())  # the page scrolled up under the ring's control
    qtbot.waitUntil(lambda: _on(window, edit).top() < before.top())
    assert _ring_bounds(window) == _on(window, edit)
    window.resize(460, 260)  # the field grows with the window
    qtbot.waitUntil(lambda: edit.width() > 400)
    assert _ring_bounds(window) == _on(window, edit)
    tabs.setFocus()
    qtbot.waitUntil(tabs.hasFocus)
    assert _ring_bounds(window) == _on(window, tabs, tabs.tabRect(0))  # the current tab, not the bar
    qtbot.keyClick(tabs, Qt.Key.Key_Right)
    assert tabs.currentIndex() == 1
    assert _ring_bounds(window) == _on(window, tabs, tabs.tabRect(1))
    assert _on(window, tabs, tabs.tabRect(1)).topLeft() != QPoint(0, 0)


def test_a_ticked_group_is_ringed_round_its_box_and_its_whole_title(qtbot: Any, appearance: str) -> None:
    """A note's Session: the ring goes round the tick box and the title, clear of the title's
    last letter and with its top edge inside the group (the dark sheet draws the title right of
    where the style says it is; a ring at the style's place crossed the "n" of "Session")."""
    window = QWidget()
    group = QGroupBox("Session")
    group.setCheckable(True)
    QVBoxLayout(group).addWidget(QLineEdit("inside"))
    elsewhere = QPushButton("Sign")
    layout = QVBoxLayout(window)
    layout.addWidget(group)
    layout.addWidget(elsewhere)
    window.resize(320, 160)
    _shown(qtbot, window)
    elsewhere.setFocus()
    qtbot.waitUntil(elsewhere.hasFocus)
    strip = group.fontMetrics().height()  # the title's row
    plain = group.grab().toImage()
    back = group.palette().color(QPalette.ColorRole.Window)
    words = [x for x in range(plain.width()) for y in range(strip)
             if focus_ring.contrast(plain.pixelColor(x, y), back) >= 3.0]
    assert words
    group.setFocus()
    qtbot.waitUntil(group.hasFocus)
    image = group.grab().toImage()
    ring = focus_ring.ring_colour(group.palette())

    def ringed(x: int, y: int) -> bool:
        colour = image.pixelColor(x, y)
        apart = abs(colour.red() - ring.red()) + abs(colour.green() - ring.green())
        return apart + abs(colour.blue() - ring.blue()) < 24

    found = [(x, y) for y in range(image.height()) for x in range(image.width()) if ringed(x, y)]
    left, right = min(x for x, _ in found), max(x for x, _ in found)
    top, bottom = min(y for _, y in found), max(y for _, y in found)
    assert left == 0 and top == 0 and bottom < group.height() // 2, (left, top, bottom)
    assert right - 2 > max(words), (right, max(words))  # the ring's inner edge beyond the last letter
    assert sum(ringed(x, 1) for x in range(left, right + 1)) > (right - left) // 2  # a top edge
