"""The Account window's list of charges and payments keeps the room to read a month. Found by the
month-end walker on a 1366x768 laptop at 125 % (1093x614 logical pixels): with the superbill's
"Not set for a superbill: NPI, Tax ID, address…" hint shown, the list had four rows; the forms
below it took the rest. The list now keeps eight rows whatever the forms say; what does not fit
scrolls below it (the body scrolls, down only)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRect

from tests.gui.conftest import wait_ops
from tests.gui.test_chart import add_client
from vault_app.gui import screen_fit
from vault_app.gui.account_dialog import AccountDialog
from vault_app.gui.controller import AppController
from vault_app.services import billing, sessions

pytestmark = pytest.mark.gui

ROWS = 8


@pytest.mark.parametrize("room", [QRect(0, 0, 1093, 614), QRect(0, 0, 910, 512)], ids=["125", "150"])
def test_the_list_shows_a_month_beside_the_superbill_hint(unlocked_app: AppController, qtbot,  # type: ignore[no-untyped-def]
                                                          monkeypatch: pytest.MonkeyPatch, room: QRect) -> None:
    monkeypatch.setattr(screen_fit, "room_of", lambda _window: room)
    vault = unlocked_app.vault
    assert vault is not None
    client_id = add_client(unlocked_app, qtbot, "Verity Lane")
    billing.set_scheduled_fee(vault, "90837", "180")
    for day in range(2, 30, 2):
        sessions.add_session(vault, client_id, date=f"2026-11-{day:02d}", duration_minutes=53, cpt_code="90837")
    dialog = AccountDialog(unlocked_app, client_id, chart_number="1", parent=unlocked_app.main_window)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    wait_ops(qtbot)
    qtbot.waitUntil(lambda: dialog.tree.topLevelItemCount() == 14 and dialog.provider.isVisible())
    row = dialog.tree.visualItemRect(dialog.tree.topLevelItem(0)).height()
    assert row > 0
    qtbot.waitUntil(lambda: dialog.tree.viewport().height() >= ROWS * row)
    assert dialog.height() <= screen_fit.inner_room(room).height()
    dialog.close()
    wait_ops(qtbot)
