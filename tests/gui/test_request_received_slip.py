"""Record a request with a received day that cannot be (a slip of the year): refused in the
window's language with what to check, the keyboard on the received date, nothing recorded
(domain/request_received_day.py; round 46: 1900-01-01 was recorded "due January 31, 1900").
Real vault, real widgets, es.ts."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtWidgets import QApplication

from tests.core import disclosure_fixtures as fx
from tests.gui.conftest import wait_ops
from vault_app.gui.controller import AppController
from vault_app.gui.new_request_dialog import NewRequestDialog
from vault_app.services import requests

pytestmark = pytest.mark.gui


def _refused(app: AppController, qtbot, day: date) -> str:  # type: ignore[no-untyped-def]
    vault = app.vault
    assert vault is not None
    chart = fx.make_chart(vault, n=1)  # born 1990-05-01
    dialog = NewRequestDialog(app, chart.client_id)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    wait_ops(qtbot)
    dialog.kind.setCurrentIndex(dialog.kind.findData("access"))
    dialog.received.setDate(day)
    dialog.description.setText("A copy of the record")
    dialog.description.setFocus()
    dialog.save()
    qtbot.waitUntil(lambda: bool(dialog.message.text()), timeout=10_000)
    assert requests.list_requests(vault, client_id=chart.client_id) == []
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.received, timeout=10_000)
    assert dialog.isVisible()
    return str(dialog.message.text())


def test_a_request_dated_before_the_client_was_born(unlocked_app: AppController, qtbot) -> None:
    said = _refused(unlocked_app, qtbot, date(1950, 1, 1))
    assert said.startswith("The request is dated 01/01/1950, before the client was born (05/01/1990)"), said
    assert "check the year" in said


def test_in_spanish(unlocked_app: AppController, qtbot, spanish: None) -> None:
    said = _refused(unlocked_app, qtbot, date(1950, 1, 1))
    assert said.startswith("La solicitud tiene fecha 01/01/1950, anterior al nacimiento del cliente (05/01/1990)"), said
    assert "revise el año" in said
