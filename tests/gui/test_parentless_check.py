"""The check on widgets shown as windows of their own by mistake (tests/gui/parentless.py,
installed for every GUI test by tests/gui/conftest.py): it must fail a test that shows a
parentless button, and keep quiet about the windows meant to be windows."""

from __future__ import annotations

import weakref

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog, QMainWindow, QMenu, QPushButton, QVBoxLayout, QWidget

from tests.gui.parentless import ParentlessWatch, unmeant_window

pytest_plugins = ["pytester"]


def _made(kind: str, holder: QWidget) -> QWidget:
    if kind == "parentless button":
        return QPushButton("New decision…")
    if kind == "bare widget":
        return QWidget()
    if kind == "button in a layout":
        button = QPushButton("x")
        layout = holder.layout()
        assert layout is not None
        layout.addWidget(button)
        return button
    if kind == "dialog":
        return QDialog()
    if kind == "main window":
        return QMainWindow()
    if kind == "menu":
        return QMenu()
    if kind == "titled widget":
        widget = QWidget()
        widget.setWindowTitle("Client details")
        return widget
    if kind == "tool window":
        return QWidget(None, Qt.WindowType.Tool)
    raise AssertionError(kind)


@pytest.mark.parametrize(("kind", "reported"), [
    ("parentless button", True), ("bare widget", True),
    ("button in a layout", False), ("dialog", False), ("main window", False), ("menu", False),
    ("titled widget", False), ("tool window", False),
])
def test_what_is_reported(kind: str, reported: bool, qtbot: object) -> None:
    holder = QWidget()
    holder.setWindowTitle("holder")
    QVBoxLayout(holder)
    qtbot.addWidget(holder)  # type: ignore[attr-defined]
    holder.show()
    widget = _made(kind, holder)
    if widget.parent() is None:
        qtbot.addWidget(widget)  # type: ignore[attr-defined]  # for the suite's own watch: shown here on purpose
    app = QApplication.instance()
    assert app is not None
    watch = ParentlessWatch()
    app.installEventFilter(watch)
    try:
        widget.setObjectName("underTest")
        widget.setVisible(True)
    finally:
        app.removeEventFilter(watch)
    assert unmeant_window(widget) is reported
    found = watch.take(set())
    assert [shown.name for shown in found] == ([f"PySide6.QtWidgets.{type(widget).__name__} (objectName 'underTest')"]
                                               if reported else [])
    assert watch.take(set()) == []  # taken once
    if reported:
        watch.found = found
        assert watch.take({id(weakref.ref(widget))}) == []  # a widget the test registered with qtbot.addWidget


_INNER = '''
from PySide6.QtWidgets import QPushButton, QVBoxLayout, QWidget


def test_shown(qtbot):
    holder = QWidget()
    holder.setWindowTitle("holder")
    qtbot.addWidget(holder)
    layout = QVBoxLayout(holder)
    holder.show()
    button = QPushButton("New decision…")
    button.setObjectName("newDecision")
    {body}
'''


@pytest.mark.parametrize(("body", "fails"), [
    ("button.setVisible(True)\n    layout.addWidget(button)", True),  # the Decisions tab's mistake
    ("layout.addWidget(button)\n    button.setVisible(True)", False),  # its fix
    ("qtbot.addWidget(button)\n    button.show()", False),  # a widget under test, shown bare on purpose
])
def test_a_test_showing_a_parentless_button_fails(body: str, fails: bool, pytester: pytest.Pytester) -> None:
    pytester.makeconftest("from tests.gui.conftest import _no_parentless_windows, pytest_runtest_teardown\n"
                          "__all__ = ['_no_parentless_windows', 'pytest_runtest_teardown']\n")
    pytester.makepyfile(**{"test_inner": _INNER.format(body=body)})
    result = pytester.runpytest_inprocess("-p", "no:cacheprovider", "-p", "no:randomly")
    if fails:
        result.assert_outcomes(passed=1, errors=1)
        result.stdout.fnmatch_lines(["*shown as a window of its own*",
                                     "*PySide6.QtWidgets.QPushButton (objectName 'newDecision'), shown from:*",
                                     "*button.setVisible(True)*"])
    else:
        result.assert_outcomes(passed=1)
