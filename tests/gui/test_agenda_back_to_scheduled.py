"""'Back to scheduled' on the agenda (real widgets, a real vault): an appointment cancelled and its
slot given to another client since is not put back over that client; the agenda says which
appointment is in the way (its day and time, no name) and the cancelled one stays as it was.
Found by attack (H8): it went back without a word, two clients booked at once."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import Qt

from tests.gui.conftest import wait_ops
from vault_app.gui.controller import AppController
from vault_app.services import appointments, clients

pytestmark = pytest.mark.gui


def test_back_to_scheduled_over_the_slot_given_away_is_refused_in_words(unlocked_app: AppController, qtbot) -> None:
    window, vault = unlocked_app.main_window, unlocked_app.vault
    assert window is not None and vault is not None
    first = clients.create_client(vault, "Greta Ashworth", chart_number="GA-1").client_id
    second = clients.create_client(vault, "Hollis Penrose", chart_number="HP-2").client_id
    day = date.today() + timedelta(days=1)
    (cancelled,) = appointments.schedule(vault, first, date=day, start="15:00")
    appointments.set_status(vault, cancelled.appointment_id, "cancelled_by_client")
    appointments.schedule(vault, second, date=day, start="15:30")
    window.menu_actions["agenda"].trigger()
    agenda = window.agenda
    agenda.show_day(day)
    wait_ops(qtbot)
    found = [(r, c) for r in range(agenda.table.rowCount()) for c in range(agenda.table.columnCount())
             if agenda.table.item(r, c) is not None
             and agenda.table.item(r, c).data(Qt.ItemDataRole.UserRole).item_id == cancelled.appointment_id]
    assert len(found) == 1
    agenda.table.setCurrentCell(*found[0])
    agenda.set_status("scheduled")
    wait_ops(qtbot)
    said = agenda.message.text()
    assert said.startswith("Another appointment, on ") and "3:30 PM" in said, said
    assert "Hollis" not in said and "Greta" not in said
    assert appointments.get(vault, cancelled.appointment_id).status == "cancelled_by_client"
