"""The "Please wait" of an operation appears 400 ms after it began, while the therapist may be
typing (found by a walker: "amberf" typed into the client search as "Verify the whole ledger
now" began came out "amber", the "f" taken by the window that had just appeared). What is typed
into it goes back to the field that had the keyboard; the wait stays modal, so nothing else is
started meanwhile, and what was meant for a button is not given to it (a space would press it)."""

from __future__ import annotations

import threading
from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLineEdit, QProgressDialog, QPushButton, QVBoxLayout, QWidget

from tests.gui.conftest import wait_ops
from vault_app.gui.background import run_op

pytestmark = pytest.mark.gui


@pytest.fixture
def window(qtbot: object) -> Iterator[QWidget]:
    shown = QWidget()
    QVBoxLayout(shown)
    qtbot.addWidget(shown)  # type: ignore[attr-defined]
    shown.show()
    yield shown


def _wait_shown(qtbot: object) -> QProgressDialog:
    def modal() -> QProgressDialog | None:
        widget = QApplication.activeModalWidget()
        return widget if isinstance(widget, QProgressDialog) and widget.isVisible() else None

    qtbot.waitUntil(lambda: modal() is not None)  # type: ignore[attr-defined]
    shown = modal()
    assert shown is not None
    return shown


def test_letters_typed_into_the_wait_go_back_to_the_search(window: QWidget, qtbot: object) -> None:
    search = QLineEdit(window)
    window.layout().addWidget(search)
    search.setFocus()
    QTest.keyClicks(search, "amber")
    release = threading.Event()
    run_op(window, lambda: release.wait(30), label="Checking the whole ledger…")
    try:
        waiting = _wait_shown(qtbot)  # still modal: no second operation meanwhile
        QTest.keyClicks(waiting, "f")
        QTest.keyClick(waiting, Qt.Key.Key_Backspace)
        QTest.keyClicks(waiting, "fi")
        assert search.text() == "amber"  # not yet: the wait holds it
    finally:
        release.set()
    wait_ops(qtbot)
    assert search.text() == "amberfi"
    assert QApplication.activeModalWidget() is None


def test_typing_meant_for_a_button_is_not_given_to_it(window: QWidget, qtbot: object) -> None:
    pressed: list[bool] = []
    button = QPushButton("Save a single-file copy…", window)
    window.layout().addWidget(button)
    button.clicked.connect(lambda: pressed.append(True))
    button.setFocus()
    release = threading.Event()
    run_op(window, lambda: release.wait(30), label="Saving…")
    try:
        waiting = _wait_shown(qtbot)
        QTest.keyClicks(waiting, " x")
        QTest.keyClick(waiting, Qt.Key.Key_Return)
    finally:
        release.set()
    wait_ops(qtbot)
    assert pressed == []


def test_enter_and_shortcuts_typed_into_the_wait_are_not_given_back(window: QWidget, qtbot: object) -> None:
    entered: list[str] = []
    search = QLineEdit(window)
    window.layout().addWidget(search)
    search.returnPressed.connect(lambda: entered.append(search.text()))
    search.setFocus()
    QTest.keyClicks(search, "amber")
    release = threading.Event()
    run_op(window, lambda: release.wait(30), label="Checking…")
    try:
        waiting = _wait_shown(qtbot)
        QTest.keyClick(waiting, Qt.Key.Key_Return)  # would start a second search at the end
        QTest.keyClick(waiting, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
        QTest.keyClicks(waiting, "f")
    finally:
        release.set()
    wait_ops(qtbot)
    assert search.text() == "amberf"
    assert entered == []
