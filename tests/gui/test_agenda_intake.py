"""I on the agenda marks the appointment attended as an intake: its session is coded 90791, as
`session add --service-type intake` codes it (found by a NY walker: Attended always gave 90837
from the minutes and 90791 was typed by hand). A stays the ordinary session."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import Qt

from tests.gui.conftest import wait_ops
from tests.gui.test_agenda import _editors, _select
from tests.gui.test_agenda_typed_prose import _agenda_on
from vault_app.gui.controller import AppController
from vault_app.services import appointments, clients, sessions

pytestmark = pytest.mark.gui


def test_key_i_records_an_intake_coded_90791(unlocked_app: AppController, qtbot) -> None:
    vault, window = unlocked_app.vault, unlocked_app.main_window
    assert vault is not None and window is not None
    client_id = clients.create_client(vault, "Grace Greene", chart_number="GG-1").client_id
    day = date.today() - timedelta(days=1)
    (appt,) = appointments.schedule(vault, client_id, date=day, start="10:00", duration_minutes=60)
    agenda = _agenda_on(unlocked_app, qtbot, day)
    _select(agenda, appt.appointment_id)
    assert "Key I" in agenda.attend_button.toolTip()
    qtbot.keyClick(agenda.table, Qt.Key.Key_I)
    wait_ops(qtbot)
    qtbot.waitUntil(lambda: len(_editors(window)) == 1, timeout=10_000)
    (session,) = sessions.list_sessions(vault, client_id)
    assert session.cpt_code == "90791" and session.service_type == "intake"
    assert "Intake recorded" in agenda.message.text()
    _editors(window)[0].close()
    wait_ops(qtbot)
