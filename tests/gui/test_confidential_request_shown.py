"""A client's confidential-communications request said where letters and copies are made (found by a
walker, W7; 45 CFR 164.522(b)): the request's window, a letter's save as PDF and the access copy did
not say "mail only to PO Box 9", the letters carrying no address. Real vault, real widgets, real keys."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel

from tests.core import disclosure_fixtures as fx
from tests.gui.conftest import wait_ops
from vault_app.gui.controller import AppController
from vault_app.services import clients, practice, requests

pytestmark = pytest.mark.gui

ASKED = "mail only to PO Box 9; never the home address"


def _note(window) -> QLabel:  # type: ignore[no-untyped-def]
    found = [w for w in window.findChildren(QLabel, "confidentialNote") if w.window() is window]
    assert len(found) == 1
    return found[0]


def _press(qtbot, button, before):  # type: ignore[no-untyped-def]
    button.setFocus()
    qtbot.keyClick(button, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: QApplication.activeModalWidget() not in (None, before), timeout=10_000)
    return QApplication.activeModalWidget()


def test_the_instruction_is_said_in_the_request_the_letter_and_the_copy(
        unlocked_app: AppController, qtbot) -> None:  # type: ignore[no-untyped-def]
    from vault_app.gui.requests_dialog import RequestDetailDialog

    vault = unlocked_app.vault
    assert vault is not None
    chart = fx.make_chart(vault, n=1)
    practice.update(vault, phone="555-0100")
    contact = clients.get_client(vault, chart.client_id).contact
    clients.update_client(vault, chart.client_id, contact={**contact.__dict__, "confidential_request": ASKED,
                                                            "safe_address": "PO Box 9\nSpringfield"})
    asked = requests.add_request(vault, chart.client_id, kind="access", received_on=fx.days_ago(2))
    requests.extend_request(vault, asked.id, notice_on=fx.days_ago(1), reason="the records are being gathered")
    detail = RequestDetailDialog(unlocked_app, asked.id)
    qtbot.addWidget(detail)
    detail.show()
    wait_ops(qtbot)
    note = _note(detail)
    qtbot.waitUntil(note.isVisible, timeout=10_000)
    assert ASKED in note.text() and "164.522(b)" in note.text() and "PO Box 9, Springfield" in note.text()
    saving = _press(qtbot, detail.save_letter_button, detail)
    wait_ops(qtbot)
    letter_note = _note(saving)
    qtbot.waitUntil(letter_note.isVisible, timeout=10_000)
    assert ASKED in letter_note.text()
    saving.reject()
    wait_ops(qtbot)
    copy = _press(qtbot, detail.grant_button, detail)
    assert copy.objectName() == "accessCopyDialog"
    wait_ops(qtbot)
    copy_note = _note(copy)
    qtbot.waitUntil(copy_note.isVisible, timeout=10_000)
    assert ASKED in copy_note.text()
    copy.reject()
    detail.close()
    wait_ops(qtbot)


def test_nothing_is_said_when_the_client_asked_nothing(unlocked_app: AppController, qtbot) -> None:  # type: ignore[no-untyped-def]
    from vault_app.gui.requests_dialog import RequestDetailDialog

    vault = unlocked_app.vault
    assert vault is not None
    chart = fx.make_chart(vault, n=1)
    asked = requests.add_request(vault, chart.client_id, kind="access", received_on=fx.days_ago(2))
    detail = RequestDetailDialog(unlocked_app, asked.id)
    qtbot.addWidget(detail)
    detail.show()
    wait_ops(qtbot)
    assert _note(detail).isHidden()
    detail.close()
    wait_ops(qtbot)
