"""The main window's shortcuts while the keyboard is in a text field, and a chart's action
with no chart on screen (found in the real app: Ctrl+E did nothing after a chart was found
by its name, since the search field took Ctrl+E as "end of line" as text fields do on Linux;
and with no chart on screen, or the dashboard in front of one, it did nothing or acted on a
chart out of sight)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import QApplication, QLineEdit, QVBoxLayout, QWidget, QWizard

from tests.gui.conftest import wait_ops
from tests.gui.test_chart import add_client
from vault_app.gui.controller import AppController
from vault_app.gui.window_keys import WindowKeysFirst


def _claims(field: QLineEdit, key: Qt.Key, modifiers: Qt.KeyboardModifier) -> bool:
    event = QKeyEvent(QEvent.Type.ShortcutOverride, key, modifiers)
    QApplication.sendEvent(field, event)
    return event.isAccepted()


def test_a_text_field_of_the_window_leaves_the_windows_keys_to_it(qtbot) -> None:
    # Ctrl+A stands in for Ctrl+E: every platform's text field claims it (select all), while
    # Ctrl+E is claimed only with Linux's key bindings, which Qt's test platform has not.
    window = QWidget()
    field, other = QLineEdit(), QLineEdit()
    layout = QVBoxLayout(window)
    layout.addWidget(field)
    qtbot.addWidget(window)
    other_window = QWidget()
    QVBoxLayout(other_window).addWidget(other)
    qtbot.addWidget(other_window)
    ctrl = Qt.KeyboardModifier.ControlModifier
    assert _claims(field, Qt.Key.Key_A, ctrl)  # the field's own, before
    WindowKeysFirst(window, lambda: [QKeySequence("Ctrl+A")])
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    field.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is field)
    assert not _claims(field, Qt.Key.Key_A, ctrl)  # the window's key now
    assert _claims(field, Qt.Key.Key_C, ctrl)  # its other keys stay the field's (copy)
    other_window.show()
    qtbot.waitExposed(other_window)
    other_window.activateWindow()
    other.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is other)
    assert _claims(other, Qt.Key.Key_A, ctrl)  # another window's fields keep theirs


def _export_wizards(app: AppController) -> list[QWizard]:
    assert app.main_window is not None
    return [w for w in app.main_window.findChildren(QWizard) if w.isVisible()]


def test_a_charts_action_needs_the_chart_on_screen(unlocked_app: AppController, qtbot) -> None:
    window = unlocked_app.main_window
    assert window is not None
    export = window.menu_actions["export"]
    export.trigger()
    assert window.status_label.text() == "Open a client's chart first (Ctrl+F finds a client)."
    assert _export_wizards(unlocked_app) == []
    add_client(unlocked_app, qtbot, "Eli Exportkey")
    window.show_dashboard()
    window.status_label.setText("")
    export.trigger()
    wait_ops(qtbot)
    assert _export_wizards(unlocked_app) == [], "the chart out of sight is not exported"
    assert "Open a client's chart first" in window.status_label.text()
    window.menu_actions["new_note"].trigger()
    assert window.chart.editors == []
    window.open_chart(window.chart.client_id or "")
    wait_ops(qtbot)
    export.trigger()
    wait_ops(qtbot)
    (wizard,) = _export_wizards(unlocked_app)
    wizard.reject()
    wait_ops(qtbot)
