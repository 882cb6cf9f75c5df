"""Legal holds by keyboard, found on the real app (fifteenth round): the dialog opened with
the keyboard on "Place a hold on the open chart", so Enter placed a subpoena hold at once,
with no details, on a chart the dialog did not name (the agenda was on screen), and a
second Enter placed a second one."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from tests.gui.conftest import wait_ops
from tests.gui.test_chart import add_client
from vault_app.gui.controller import AppController
from vault_app.gui.holds_dialog import HoldsDialog
from vault_app.services import clients, holds

pytestmark = pytest.mark.gui


def test_enter_places_one_named_hold_only_from_typed_details(unlocked_app: AppController, qtbot) -> None:
    window = unlocked_app.main_window
    assert window is not None
    client_id = add_client(unlocked_app, qtbot, "Hollis Keptchart")
    vault = unlocked_app.vault
    assert vault is not None
    chart = clients.get_client(vault, client_id).chart_number
    window.show_agenda()  # as found: the chart is not on screen, only chosen in the list
    dialog = window.open_holds()
    assert isinstance(dialog, HoldsDialog)
    qtbot.waitExposed(dialog)
    wait_ops(qtbot)
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.reason, timeout=10_000)
    assert chart in dialog.place_button.text()  # which chart, said before anything is placed
    qtbot.keyClick(dialog.reason, Qt.Key.Key_Return)
    wait_ops(qtbot)
    assert holds.list_holds(vault) == [] and dialog.isVisible()

    qtbot.keyClick(dialog.reason, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is dialog.details
    qtbot.keyClick(dialog.details, Qt.Key.Key_Return)  # nothing typed: nothing placed
    wait_ops(qtbot)
    assert holds.list_holds(vault) == []
    qtbot.keyClicks(dialog.details, "case 24-CV-118")
    qtbot.keyClick(dialog.details, Qt.Key.Key_Return)
    qtbot.keyClick(dialog.details, Qt.Key.Key_Return)  # a second Enter, at once
    wait_ops(qtbot)
    qtbot.keyClick(dialog.details, Qt.Key.Key_Return)  # and once the first is placed
    wait_ops(qtbot)
    (hold,) = holds.list_holds(vault)
    assert hold.client_id == client_id and hold.details == "case 24-CV-118"
    assert dialog.details.text() == ""
    assert chart in dialog.said.text()
