"""Correct session details… opens with the keyboard on the session's date, the first thing to
correct, and its Time and Length reach by Alt letters. Found walking a therapist's day by keyboard
(wday3, round 45): the window opened on Save (three Tabs to the date), and a stray Enter saved
nothing changed; Time and Length had no Alt letter. Real vault, real widgets."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QLabel

from tests.gui.conftest import wait_ops
from vault_app.gui.controller import AppController
from vault_app.services import clients, sessions

pytestmark = [pytest.mark.gui, pytest.mark.usefixtures("us_practice")]


def test_the_window_opens_on_the_date_and_time_and_length_have_letters(unlocked_app: AppController, qtbot) -> None:
    from vault_app.gui.session_dialog import SessionDialog

    vault, window = unlocked_app.vault, unlocked_app.main_window
    assert vault is not None and window is not None
    client = clients.create_client(vault, "Kai Keys", chart_number="KK-1")
    s = sessions.add_session(vault, client.client_id, date="2026-11-02", start_time="10:00", duration_minutes=45)
    dialog = SessionDialog(unlocked_app, s, parent=window)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    wait_ops(qtbot)
    try:
        qtbot.waitUntil(lambda: dialog.focusWidget() is not None)
        focused = dialog.focusWidget()
        assert focused is dialog.date or dialog.date.isAncestorOf(focused), focused
        texts = {w.text() for w in dialog.findChildren(QLabel)}
        assert any(t.replace("&", "") == "Time:" and "&" in t for t in texts), texts
        assert any(t.replace("&", "") == "Length:" and "&" in t for t in texts), texts
        lengths = [w for w in dialog.findChildren(QLabel) if w.text().replace("&", "") == "Length:"]
        assert lengths and lengths[0].buddy() is dialog.duration
    finally:
        dialog.close()
        wait_ops(qtbot)
