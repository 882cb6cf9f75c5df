""""Open a client's chart first" goes once a chart is on screen (found in the real app: Ctrl+N
on the agenda said it, and it stayed in the status bar under the chart opened next)."""

from __future__ import annotations

import pytest

from tests.gui.conftest import wait_ops
from tests.gui.test_chart import add_client
from vault_app.gui.controller import AppController

pytestmark = pytest.mark.gui

HINT = "Open a client's chart first (Ctrl+F finds a client)."


def test_the_open_a_chart_hint_goes_when_a_chart_is_open(unlocked_app: AppController, qtbot) -> None:
    window = unlocked_app.main_window
    assert window is not None
    client_id = add_client(unlocked_app, qtbot, "Hana Hintread")
    window.show_agenda()
    wait_ops(qtbot)
    window.menu_actions["new_note"].trigger()  # Ctrl+N with the agenda on screen
    assert window.status_label.text() == HINT
    assert window.chart.editors == []
    window.open_chart(client_id)
    wait_ops(qtbot)
    assert window.stack.currentWidget() is window.chart
    assert window.status_label.text() != HINT
