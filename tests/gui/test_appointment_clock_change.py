"""The appointment window on the nights the clocks change (TZ set here, never the machine's; the
days found during the run): a time that never comes is said before Save and refused at Save,
which 1:30 is meant is said, and an end that moves on the clock is said."""

from __future__ import annotations

from datetime import timedelta
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import QDate, QTime

from tests.core.test_wall_clock_rules import _change_days
from tests.gui.conftest import wait_ops
from tests.gui.test_agenda_keyboard import _open_agenda
from tests.gui.test_appointment_typing import _new_dialog
from tests.gui.test_chart import add_client
from vault_app.gui.controller import AppController
from vault_app.services import appointments

pytestmark = pytest.mark.gui


def test_the_window_says_the_clock_changes(unlocked_app: AppController, qtbot,
                                           monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TZ", "America/Los_Angeles")
    spring, autumn = _change_days(ZoneInfo("America/Los_Angeles"))
    client_id = add_client(unlocked_app, qtbot, name="Dana Springforward")
    vault = unlocked_app.vault
    assert vault is not None
    agenda = _open_agenda(unlocked_app, qtbot)
    dialog = _new_dialog(agenda, qtbot)
    dialog.date.setDate(QDate(spring.year, spring.month, spring.day))
    dialog.start.setTime(QTime(2, 30))
    said = dialog.clock_note.text()
    assert "does not exist on" in said and "clocks go forward from" in said, said
    dialog.save_button.click()
    wait_ops(qtbot)
    assert dialog.isVisible()
    assert appointments.list_for_client(vault, client_id) == []
    assert "does not exist on" in dialog.error.text(), dialog.error.text()
    # 1:30 for 53 minutes that night ends at 3:23 on the clock
    dialog.start.setTime(QTime(1, 30))
    assert "ends at 3:23" in dialog.clock_note.text(), dialog.clock_note.text()
    assert dialog.error.text() == ""  # the refusal of 2:30 goes with it (seen in the real app)
    # the night the clocks go back, 1:30 happens twice: the first is meant
    dialog.date.setDate(QDate(autumn.year, autumn.month, autumn.day))
    assert "happens twice" in dialog.clock_note.text(), dialog.clock_note.text()
    # a normal week: nothing said
    later = autumn + timedelta(days=7)
    dialog.date.setDate(QDate(later.year, later.month, later.day))
    assert dialog.clock_note.text() == ""
