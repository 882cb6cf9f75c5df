"""New appointment starts on the client in view: the one chosen in the client list, else the chart
open. Found by the month-end walker: from the agenda it started on the first client by chart
number, whichever chart was open, and an appointment booked in a hurry went to the wrong client."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QTreeWidgetItem

from tests.gui.conftest import wait_ops
from tests.gui.test_chart import add_client
from vault_app.gui.controller import AppController

pytestmark = pytest.mark.gui


def _row_of(tree, client_id: str) -> QTreeWidgetItem:  # type: ignore[no-untyped-def]
    return next(tree.topLevelItem(i) for i in range(tree.topLevelItemCount())
                if tree.topLevelItem(i).data(0, 256) == client_id)


@pytest.mark.parametrize("chosen_by", ["open chart", "client list"])
def test_new_appointment_starts_on_the_client_in_view(unlocked_app: AppController, qtbot, chosen_by: str) -> None:
    window = unlocked_app.main_window
    assert window is not None
    first = add_client(unlocked_app, qtbot, "Abel Firstcome")
    second = add_client(unlocked_app, qtbot, "Zora Lastcome")
    for wanted in (first, second):  # one of them is not the list's first by chart number
        if chosen_by == "client list":  # clicked in the list beside the agenda (no chart opened)
            window.show_agenda()
            wait_ops(qtbot)
            window.client_list.tree.setCurrentItem(_row_of(window.client_list.tree, wanted))
        else:  # the chart open, then the agenda shown (the list then highlights no row)
            window.open_chart(wanted)
            qtbot.waitUntil(lambda wanted=wanted: window.chart.chart is not None
                            and window.chart.chart.client.client_id == wanted)
            window.show_agenda()
            wait_ops(qtbot)
        dialog = window.agenda.new_appointment()
        qtbot.waitUntil(lambda dialog=dialog: dialog.client.count() == 2)
        assert dialog.client.currentData() == wanted, chosen_by
        dialog.reject()
        wait_ops(qtbot)
