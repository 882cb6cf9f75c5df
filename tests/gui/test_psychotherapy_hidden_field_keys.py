"""The locked Psychotherapy tab's passphrase field takes the keyboard only when it is on screen.

Found walking a keyboard-only day on the real app (Xvfb, 200 %): a chart opened by its search
and Enter showed Overview, and the keyboard was in the Psychotherapy tab's hidden passphrase field.
The words typed next went into it, unseen, and Enter ran a psychotherapy unlock with them ("That
passphrase is not right.", said on the hidden tab). The same after New client, after every unlock
of the vault, and at the notes' own 2-minute lock while the therapist was in the client search.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from tests.conftest import PASSPHRASE
from tests.gui.conftest import wait_ops
from tests.gui.test_chart import add_client
from vault_app.gui.controller import AppController

pytestmark = pytest.mark.gui
ALT = Qt.KeyboardModifier.AltModifier


def _active(app: AppController, qtbot) -> None:  # type: ignore[no-untyped-def]
    window = app.main_window
    assert window is not None
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)


def test_a_chart_opened_by_its_search_keeps_typing_out_of_the_hidden_passphrase(
        unlocked_app: AppController, qtbot) -> None:
    window = unlocked_app.main_window
    assert window is not None
    add_client(unlocked_app, qtbot, "Rosalind Honeywater")
    add_client(unlocked_app, qtbot, "Tamsin Fernthorn")
    _active(unlocked_app, qtbot)
    chart = window.chart
    search = window.client_list.search
    qtbot.keyClick(window, Qt.Key.Key_1, ALT)  # Overview, where a chart opens
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert QApplication.focusWidget() is search
    qtbot.keyClicks(search, "Honey")
    qtbot.wait(300)  # the list's debounce
    wait_ops(qtbot)
    qtbot.keyClick(search, Qt.Key.Key_Return)
    wait_ops(qtbot)
    assert "Honeywater" in chart.header.text()
    assert chart.tabs.currentWidget() is not chart.psychotherapy
    focused = QApplication.focusWidget()
    assert focused is not chart.psychotherapy.passphrase.edit
    assert focused is not None and focused.isVisible(), focused
    qtbot.keyClicks(focused, "hello")
    assert chart.psychotherapy.passphrase.text() == ""


def test_the_notes_own_lock_leaves_the_keyboard_in_the_client_search(unlocked_app: AppController, qtbot) -> None:
    window = unlocked_app.main_window
    assert window is not None
    add_client(unlocked_app, qtbot, "Pia Processnote")
    _active(unlocked_app, qtbot)
    chart = window.chart
    qtbot.keyClick(window, Qt.Key.Key_3, ALT)  # the Psychotherapy tab: its field has the keyboard
    wait_ops(qtbot)
    field = QApplication.focusWidget()
    assert field is chart.psychotherapy.passphrase.edit
    qtbot.keyClicks(field, PASSPHRASE)
    qtbot.keyClick(field, Qt.Key.Key_Return)
    wait_ops(qtbot)
    qtbot.waitUntil(lambda: unlocked_app.psychotherapy_open, timeout=30_000)
    qtbot.keyClick(window, Qt.Key.Key_1, ALT)
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    search = window.client_list.search
    assert QApplication.focusWidget() is search
    unlocked_app.lock_psychotherapy()  # what their 2-minute lock does
    wait_ops(qtbot)
    assert QApplication.focusWidget() is search
    qtbot.keyClicks(search, "Fern")
    assert search.text() == "Fern"
    assert chart.psychotherapy.passphrase.text() == ""


def test_the_notes_locking_on_their_own_tab_give_the_keyboard_to_the_passphrase(
        unlocked_app: AppController, qtbot) -> None:
    """The other side: on the tab itself, the lock page is on screen and takes the keyboard (the
    editor it replaces is gone; a Space must not reach New psychotherapy note)."""
    window = unlocked_app.main_window
    assert window is not None
    add_client(unlocked_app, qtbot, "Pia Processnote")
    _active(unlocked_app, qtbot)
    chart = window.chart
    qtbot.keyClick(window, Qt.Key.Key_3, ALT)
    wait_ops(qtbot)
    field = QApplication.focusWidget()
    assert field is chart.psychotherapy.passphrase.edit
    qtbot.keyClicks(field, PASSPHRASE)
    qtbot.keyClick(field, Qt.Key.Key_Return)
    wait_ops(qtbot)
    qtbot.waitUntil(lambda: unlocked_app.psychotherapy_open, timeout=30_000)
    unlocked_app.lock_psychotherapy()
    wait_ops(qtbot)
    assert QApplication.focusWidget() is chart.psychotherapy.passphrase.edit
