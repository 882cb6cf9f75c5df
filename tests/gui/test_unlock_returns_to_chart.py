"""After Lock now (or an idle lock) the unlock comes back to the chart and tab (or the agenda's day) the therapist
was on; found in the real app: it came back to Today, and the client had to be searched for
again. A chart destroyed while the window was locked (on the command line) is not reopened,
with no box over the window (the status line says it: tests/gui/test_meanwhile_at_unlock.py)."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QMessageBox

from tests.conftest import PASSPHRASE
from tests.gui.conftest import unlock, wait_ops
from tests.gui.test_chart import add_client
from vault_app.gui.controller import AppController
from vault_app.services import clients, destruction
from vault_app.services.vault import open_vault

pytestmark = pytest.mark.gui


def test_the_unlock_comes_back_to_the_chart_and_its_tab(unlocked_app: AppController, qtbot) -> None:
    client_id = add_client(unlocked_app, qtbot, "Nell Returnwell")
    window = unlocked_app.main_window
    assert window is not None
    window.chart.tabs.setCurrentIndex(1)
    unlocked_app.lock("Locked.", quick=True)
    wait_ops(qtbot)
    window = unlock(unlocked_app, qtbot)
    qtbot.waitUntil(lambda: window.chart.shown_client() is not None)
    assert window.stack.currentWidget() is window.chart
    assert window.chart.shown_client().client_id == client_id  # type: ignore[union-attr]
    assert window.chart.tabs.currentIndex() == 1
    # From Today, Today again.
    window.show_dashboard()
    unlocked_app.lock("Locked.", quick=True)
    wait_ops(qtbot)
    window = unlock(unlocked_app, qtbot)
    assert window.stack.currentWidget() is window.dashboard


def test_a_chart_destroyed_while_locked_is_not_reopened(unlocked_app: AppController, qtbot, app_folder) -> None:
    client_id = add_client(unlocked_app, qtbot, "Otto Goneaway")
    unlocked_app.lock("Locked.", quick=True)
    wait_ops(qtbot)
    with open_vault(app_folder, PASSPHRASE, with_psychotherapy=True) as vault:  # the command line's way
        number = clients.get_client(vault, client_id).chart_number
        destruction.destroy(vault, client_id, basis="override", confirm=number,
                            override_reason="Duplicate chart created in error")
    window = unlock(unlocked_app, qtbot)
    wait_ops(qtbot)
    assert window.stack.currentWidget() is window.dashboard
    assert window.chart.client_id is None
    assert not [box for box in window.findChildren(QMessageBox) if box.isVisible()]


def test_the_unlock_comes_back_to_the_agendas_day(unlocked_app: AppController, qtbot) -> None:
    from datetime import date

    window = unlocked_app.main_window
    assert window is not None
    window.show_agenda()
    window.agenda.set_mode("day")
    window.agenda.show_day(date(2027, 3, 15))
    wait_ops(qtbot)
    unlocked_app.lock("Locked after a period without activity.", quick=True)
    wait_ops(qtbot)
    window = unlock(unlocked_app, qtbot)
    assert window.stack.currentWidget() is window.agenda
    assert (window.agenda.day, window.agenda.mode) == (date(2027, 3, 15), "day")
