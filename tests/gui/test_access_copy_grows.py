"""Provide the copy at 1366x768 (walker, round 33, shot 53): the window stayed 560 high and its
fields scrolled although the screen had room. It now grows to what its fields ask, within the
screen's room; where the room is short it still scrolls (tests/gui/test_requests_fit_150_percent.py).
Real vault, real widgets, the screen's room the laptop's (screen_fit.room_of)."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from PySide6.QtCore import QRect

from tests.core import disclosure_fixtures as fx
from tests.gui.conftest import wait_ops
from vault_app.gui import screen_fit
from vault_app.gui.controller import AppController
from vault_app.gui.screen_fit import inner_room
from vault_app.services import requests

pytestmark = pytest.mark.gui

LAPTOP = QRect(0, 0, 1366, 768 - 30)  # less a panel


def test_the_copy_window_grows_to_its_fields_within_the_screen(unlocked_app: AppController, qtbot: Any,
                                                              monkeypatch: pytest.MonkeyPatch) -> None:
    from vault_app.gui.access_copy_dialog import AccessCopyDialog

    monkeypatch.setattr(screen_fit, "room_of", lambda _window: LAPTOP)
    vault = unlocked_app.vault
    assert vault is not None
    chart = fx.make_chart(vault, n=1)
    asked = requests.add_request(vault, chart.client_id, kind="access", received_on=date.today().isoformat(),
                                 description="a copy of the whole chart by e-mail")
    copy = AccessCopyDialog(unlocked_app, asked.id)
    qtbot.addWidget(copy)
    # The walker's window held ten lines of the state's rule and the next step, and the barred
    # recipient's reason: lines as many under the fields (16 since the window says what may be
    # charged for the copy, two lines more: the window must still fit the laptop without scrolling).
    copy.outcome.setText("\n".join(["Not made: progress notes: nothing in that range."] * 16))
    copy.outcome.setVisible(True)
    copy.show()
    qtbot.waitExposed(copy)
    wait_ops(qtbot)
    bar = copy.body_area.verticalScrollBar()
    qtbot.waitUntil(lambda: bar.maximum() == 0)
    room = inner_room(LAPTOP).size()
    assert copy.height() <= room.height() and copy.width() <= room.width(), (copy.size(), room)
    assert copy.height() > 560  # it grew: the fields asked for more than its first size
    copy.reject()
