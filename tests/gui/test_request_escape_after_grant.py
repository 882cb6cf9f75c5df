"""Escape closes a request's window after a grant, as before it (found by a NY walker: after
"Granted: provide the copy…" and the copy made, Escape did nothing; only a click on Close shut
it). Keyboard only: the grant by Space, the copy's window by its own button, then Escape where
the keyboard is."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from tests.core import disclosure_fixtures as fx
from tests.gui.conftest import wait_ops
from tests.gui.test_access_copy import _open_request
from vault_app.services import requests

pytestmark = pytest.mark.gui


def test_escape_closes_the_request_window_after_a_grant(unlocked_app, qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    detail, rid, _chart = _open_request(unlocked_app, qtbot)
    detail.activateWindow()
    qtbot.waitUntil(detail.isActiveWindow, timeout=10_000)
    detail.grant_button.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is detail.grant_button, timeout=10_000)
    qtbot.keyClick(detail.grant_button, Qt.Key.Key_Space)
    from vault_app.gui.access_copy_dialog import AccessCopyDialog

    (copy,) = [d for d in detail.findChildren(AccessCopyDialog) if d.isVisible()]
    copy.password.setText(fx.PASSWORD)
    copy.password_again.setText(fx.PASSWORD)
    copy.folder.setText(str(tmp_path))
    copy.make_button.click()
    wait_ops(qtbot)
    qtbot.waitUntil(lambda: not copy.isVisible(), timeout=10_000)
    vault = unlocked_app.vault
    assert vault is not None and requests.get_request(vault, rid).status == "granted"
    wait_ops(qtbot)
    qtbot.waitUntil(lambda: not detail.grant_button.isEnabled(), timeout=10_000)
    qtbot.waitUntil(lambda: QApplication.activeWindow() is detail, timeout=10_000)
    where = QApplication.focusWidget()
    assert where is not None and where.window() is detail, where
    qtbot.keyClick(where, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not detail.isVisible(), timeout=10_000)
