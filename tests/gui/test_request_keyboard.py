"""A client's request opened by keyboard, found on the real app (fifteenth round): the
request opened with the keyboard on "Extend once…", so the Enter that opened it from the
list, pressed again, asked to extend it; and "Withdrawn" closed the request (and its legal
due date) at one press, without a word."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from tests.gui.conftest import wait_ops
from tests.gui.test_access_copy import _open_request
from vault_app.gui import requests_dialog
from vault_app.gui.controller import AppController
from vault_app.services import requests

pytestmark = pytest.mark.gui


def test_enter_on_an_opened_request_extends_nothing(unlocked_app: AppController, qtbot,
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    asked: list[str] = []

    def question(_parent: object, title: str, _label: str, *_a: object, **_k: object) -> tuple[str, bool]:
        asked.append(title)  # the extension's modal question, answered as a therapist in a hurry
        return "backlog", True

    monkeypatch.setattr(requests_dialog.QInputDialog, "getText", question)
    detail, rid, _chart = _open_request(unlocked_app, qtbot)
    detail.activateWindow()
    detail.extend_button.setFocus()  # where the keyboard was
    qtbot.waitUntil(lambda: QApplication.focusWidget() is detail.extend_button, timeout=10_000)
    qtbot.keyClick(detail.extend_button, Qt.Key.Key_Return)
    wait_ops(qtbot)
    vault = unlocked_app.vault
    assert vault is not None
    assert asked == [] and requests.get_request(vault, rid).extension is None
    qtbot.keyClick(detail.extend_button, Qt.Key.Key_Space)  # a deliberate press still extends
    wait_ops(qtbot)
    assert asked == ["Extend"] and requests.get_request(vault, rid).extension is not None


def test_withdrawn_asks_first_and_enter_keeps_the_request_open(unlocked_app: AppController, qtbot) -> None:
    detail, rid, _chart = _open_request(unlocked_app, qtbot)
    vault = unlocked_app.vault
    assert vault is not None
    box = detail.withdraw()
    assert isinstance(box, QMessageBox)
    qtbot.waitExposed(box)
    assert "Access request received" in box.informativeText() and "<b>" not in box.informativeText()
    qtbot.keyClick(box, Qt.Key.Key_Return)  # the safe answer is the default
    wait_ops(qtbot)
    assert requests.get_request(vault, rid).status == "open"
    box = detail.withdraw()
    qtbot.waitExposed(box)
    (record,) = [b for b in box.buttons() if b.text().replace("&", "") == "Record as withdrawn"]
    record.click()
    wait_ops(qtbot)
    assert requests.get_request(vault, rid).status == "withdrawn"
