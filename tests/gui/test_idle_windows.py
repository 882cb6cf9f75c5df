"""The idle lock watches input on the app's top-level windows (vault_app/gui/idle.py): typing
or moving the mouse in the main window, a dialog or a popup menu keeps the vault open; a window
opened after the lock's clock started is watched too; without input (painting, windows opening)
the lock still fires. The input goes to the windows as the system delivers it (QTest with the
QWindow), and the clock is the watcher's injectable one: no test waits on the wall clock."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QGuiApplication, QKeySequence, QWindow
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialog, QLineEdit, QWidget

from tests.gui.conftest import wait_ops
from vault_app.gui.controller import AppController
from vault_app.gui.idle import IdleWatcher

pytestmark = pytest.mark.gui

MINUTE = 60.0


def _fake_clock(watcher: IdleWatcher) -> list[float]:
    """The watcher's clocks (monotonic and wall) turned by hand, from 1000 s."""
    now = [1000.0]
    watcher.clock = lambda: now[0]
    watcher.wall_clock = lambda: now[0]
    watcher.start()
    return now


def _handle(widget: QWidget) -> QWindow:
    handle = widget.window().windowHandle()
    assert handle is not None, "the widget's window is not shown"
    return handle


def _focused(qtbot, widget: QWidget) -> QWindow:
    """The widget's window once it is the focus window: keys go to that one window (the
    platform activates a shown window a moment after exposing it)."""
    handle = _handle(widget)
    qtbot.waitUntil(lambda: QGuiApplication.focusWindow() is handle)
    return handle


def _type(widget: QWidget, text: str) -> None:
    for char in text:
        QTest.keyClick(_handle(widget), char)


def test_typing_in_the_main_window_keeps_the_vault_open(unlocked_app: AppController, qtbot) -> None:
    window = unlocked_app.main_window
    assert window is not None
    now = _fake_clock(unlocked_app.idle)
    search = window.client_list.search
    search.setFocus()
    now[0] += 4 * MINUTE
    _type(window, "ab")
    wait_ops(qtbot)
    assert search.text() == "ab", "the keys went through the window to the focused field"
    assert unlocked_app.idle.idle_seconds() == 0
    now[0] += 4 * MINUTE  # eight minutes since the clock started, four since the last key
    unlocked_app.idle.check()
    assert unlocked_app.vault is not None
    now[0] += MINUTE + 1
    unlocked_app.idle.check()
    wait_ops(qtbot)
    assert unlocked_app.vault is None, "five minutes after the last key it locks"


def test_moving_the_mouse_over_the_main_window_counts(unlocked_app: AppController, qtbot) -> None:
    window = unlocked_app.main_window
    assert window is not None
    now = _fake_clock(unlocked_app.idle)
    now[0] += 4 * MINUTE
    QTest.mouseMove(_handle(window), QPoint(40, 40))
    assert unlocked_app.idle.idle_seconds() == 0
    now[0] += 4 * MINUTE
    unlocked_app.idle.check()
    assert unlocked_app.vault is not None


def test_typing_in_a_dialog_opened_after_the_start_counts(unlocked_app: AppController, qtbot) -> None:
    window = unlocked_app.main_window
    assert window is not None
    now = _fake_clock(unlocked_app.idle)
    dialog = window.open_settings()  # window-modal: the main window gets no input meanwhile
    assert isinstance(dialog, QDialog) and dialog.windowModality() != Qt.WindowModality.NonModal
    handle = _focused(qtbot, dialog)
    now[0] += 4 * MINUTE
    # No tick ran since the dialog opened: it is watched from the moment it took the focus.
    QTest.keyClick(handle, Qt.Key.Key_Tab)
    assert unlocked_app.idle.idle_seconds() == 0
    now[0] += 4 * MINUTE
    unlocked_app.idle.check()
    assert unlocked_app.vault is not None
    dialog.reject()


def test_keys_in_a_popup_menu_count(unlocked_app: AppController, qtbot) -> None:
    window = unlocked_app.main_window
    assert window is not None
    now = _fake_clock(unlocked_app.idle)
    menu = window.menuBar().actions()[0].menu()
    assert menu is not None
    menu.popup(window.mapToGlobal(QPoint(20, 20)))
    try:
        handle = _focused(qtbot, menu)  # as under X: the popup takes the focus, no tick ran
        now[0] += 4 * MINUTE
        QTest.keyClick(handle, Qt.Key.Key_Down)
        assert unlocked_app.idle.idle_seconds() == 0
        now[0] += MINUTE
        QTest.mouseMove(_handle(menu), QPoint(5, 5))
        assert unlocked_app.idle.idle_seconds() == 0
    finally:
        menu.hide()


def test_a_window_that_never_takes_the_focus_is_watched_from_the_next_tick(
    unlocked_app: AppController, qtbot
) -> None:
    now = _fake_clock(unlocked_app.idle)
    panel = QWidget(None, Qt.WindowType.Tool | Qt.WindowType.WindowDoesNotAcceptFocus)
    panel.setAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating)
    panel.resize(120, 80)
    panel.show()
    qtbot.waitExposed(panel)
    try:
        assert QGuiApplication.focusWindow() is not _handle(panel)
        unlocked_app.idle.check()  # the tick looks at every top-level window
        now[0] += 4 * MINUTE
        QTest.mouseMove(_handle(panel), QPoint(10, 10))
        assert unlocked_app.idle.idle_seconds() == 0
    finally:
        panel.close()
        panel.deleteLater()


def test_without_input_it_locks_though_windows_open_and_paint(unlocked_app: AppController, qtbot) -> None:
    window = unlocked_app.main_window
    assert window is not None
    now = _fake_clock(unlocked_app.idle)
    now[0] += 2 * MINUTE
    dialog = window.open_settings()  # shown, focused, painted, resized: none of it is input
    assert isinstance(dialog, QDialog)
    qtbot.waitExposed(dialog)
    dialog.resize(dialog.width() + 30, dialog.height() + 30)
    dialog.repaint()
    window.repaint()
    unlocked_app.idle.check()
    assert unlocked_app.idle.idle_seconds() == 2 * MINUTE
    now[0] += 3 * MINUTE + 1
    unlocked_app.idle.check()
    wait_ops(qtbot)
    assert unlocked_app.vault is None


@pytest.fixture
def watcher(qtbot) -> Iterator[tuple[IdleWatcher, list[float]]]:
    """A watcher on the test's application, as the controller installs it, without a vault."""
    app = QApplication.instance()
    assert app is not None
    idle = IdleWatcher()
    idle.watch(app)
    now = _fake_clock(idle)
    yield idle, now
    idle.unwatch()
    idle.stop()
    idle.deleteLater()


def test_a_key_sent_past_the_window_does_not_count_and_unwatch_stops_it(
    watcher: tuple[IdleWatcher, list[float]], qtbot
) -> None:
    idle, now = watcher
    field = QLineEdit()
    qtbot.addWidget(field)
    field.show()
    _focused(qtbot, field)
    now[0] += MINUTE
    QTest.keyClick(field, Qt.Key.Key_A)  # straight to the widget, as no system delivers input
    assert field.text() == "a" and idle.idle_seconds() == MINUTE
    QTest.keyClick(_handle(field), Qt.Key.Key_B)
    assert field.text() == "ab" and idle.idle_seconds() == 0
    idle.unwatch()
    now[0] += MINUTE
    QTest.keyClick(_handle(field), Qt.Key.Key_C)
    assert field.text() == "abc" and idle.idle_seconds() == MINUTE


def test_an_app_key_in_a_window_is_taken_once_and_not_typed(
    watcher: tuple[IdleWatcher, list[float]], qtbot
) -> None:
    idle, _ = watcher
    idle.app_keys = {"lock": QKeySequence("Ctrl+L")}
    pressed: list[str] = []
    idle.app_key.connect(pressed.append)
    field = QLineEdit()
    qtbot.addWidget(field)
    field.show()
    _focused(qtbot, field)
    QTest.keyClick(_handle(field), Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert pressed == ["lock"]
    assert field.text() == ""
    idle.stop()  # a locked app (the watcher stopped) lets the key through to the widget
    QTest.keyClick(_handle(field), Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert pressed == ["lock"]
