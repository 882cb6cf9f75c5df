"""The focus ring costs the controls without the keyboard nothing, and tells a screen reader nothing.

The ring was first drawn by the application's style, a Python subclass: every paint of every
control crossed into Python, focused or not, and a full paint of a busy window took 25-50 % longer
(docs/testing.md, fortieth round). Now only the control with the keyboard paints through it. What
the ring looks like is tests/gui/test_focus_ring.py's; here, which code a paint runs, counted
without a clock: the Python calls into gui/focus_ring.py while a control is grabbed.

The ring laid over a text box is a child widget of the box: a screen reader walking the box's
children must not meet an extra, unnamed one.
"""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path
from types import FrameType
from typing import Any

import pytest
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
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


def _form(qtbot: Any) -> tuple[QWidget, list[QWidget]]:
    window = QWidget()
    qtbot.addWidget(window)
    tabs = QTabBar()
    tabs.addTab("Overview")
    tabs.addTab("Sessions")
    controls: list[QWidget] = [QLineEdit("typed"), QPushButton("Sign"), QCheckBox("Session"), QComboBox(),
                               QSpinBox(), tabs, QPlainTextEdit("a note")]
    layout = QVBoxLayout(window)
    for control in controls:
        layout.addWidget(control)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    return window, controls


def test_a_control_without_the_keyboard_paints_without_the_rings_code(qtbot: Any, appearance: str) -> None:
    _window, controls = _form(qtbot)
    for focused in controls:
        focused.setFocus()
        wait_ops(qtbot)
        assert QApplication.focusWidget() is focused or focused.hasFocus()
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
