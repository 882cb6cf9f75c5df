"""The account's scrolling body (gui/down_only_scroll.DownOnlyScrollArea) is no stop of its own
for the keyboard: Qt gives a scroll area strong focus, so Tab stopped once on the invisible area
between the fields, where the next key typed went nowhere (widgets.scrolled says why the
app's other scrolling forms never take it; found in the second read of the account's scroll)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget

from tests.gui.conftest import wait_ops
from tests.gui.test_chart import add_client
from vault_app.gui.account_dialog import AccountDialog
from vault_app.gui.controller import AppController

pytestmark = pytest.mark.gui


def test_tab_never_stops_on_the_account_scroll_area(unlocked_app: AppController, qtbot) -> None:
    window = unlocked_app.main_window
    assert window is not None
    client_id = add_client(unlocked_app, qtbot, name="Tab Through")
    dialog = AccountDialog(unlocked_app, client_id, parent=window)
    dialog.show()
    qtbot.waitExposed(dialog)
    wait_ops(qtbot)
    dialog.activateWindow()
    dialog.amount.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.amount, timeout=10_000)
    visited: list[QWidget] = []
    for _ in range(40):  # more than the dialog's fields and buttons: once round, whatever the order
        here = QApplication.focusWidget()
        assert here is not None
        qtbot.keyClick(here, Qt.Key.Key_Tab)
        qtbot.waitUntil(lambda here=here: QApplication.focusWidget() is not here, timeout=10_000)
        visited.append(QApplication.focusWidget())
    assert dialog.amount in visited  # went round
    assert dialog.body_area not in visited
    dialog.close()
