"""A day in the future where only a past one makes sense (the day a request was received)
is refused with what to do, not only what is wrong. Found in the real app: "The date the
request was received is in the future." and nothing more."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QDate

from tests.gui.conftest import wait_ops
from tests.gui.test_chart import add_client
from vault_app.gui.controller import AppController
from vault_app.gui.requests_dialog import NewRequestDialog
from vault_app.services import requests

pytestmark = pytest.mark.gui


def test_a_request_received_tomorrow_says_what_to_give(unlocked_app: AppController, qtbot) -> None:
    vault = unlocked_app.vault
    assert vault is not None
    cid = add_client(unlocked_app, qtbot, "Fay Future")
    dialog = NewRequestDialog(unlocked_app, cid)
    qtbot.addWidget(dialog)
    dialog.received.setDate(QDate.currentDate().addDays(16))
    dialog.description.setText("a copy of my notes")
    dialog.save()
    wait_ops(qtbot)
    said = dialog.message.text()
    assert "in the future" in said and "today or earlier" in said, said
    assert requests.list_requests(vault, client_id=cid) == []
    dialog.received.setDate(QDate.currentDate())
    dialog.save()
    wait_ops(qtbot)
    assert len(requests.list_requests(vault, client_id=cid)) == 1
