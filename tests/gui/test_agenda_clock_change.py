"""The agenda's cell says which 1:30 AM on the night the clocks go back, as the CLI's line does
("(the first, daylight time)"), in English and Spanish. Real vault, real widgets; the zone set
here (TZ), the change day found during the run (tests/core/test_wall_clock_rules.py)."""

from __future__ import annotations

import time as clock_time
from collections.abc import Iterator
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest

from tests.core.test_wall_clock_rules import _change_days
from tests.gui.conftest import wait_ops
from vault_app.gui.agenda import AgendaPage
from vault_app.gui.controller import AppController
from vault_app.services import appointments, clients

pytestmark = pytest.mark.gui

WORDS = {"en": "1:30 AM (the first, daylight time)", "es": "(la primera, horario de verano)"}


@pytest.fixture
def pacific(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """The process's zone set to Los Angeles for the test, and given back with the C library's
    clock (Qt reads the zone with tzset: the suite's next test would be on Los Angeles' day)."""
    monkeypatch.setenv("TZ", "America/Los_Angeles")
    clock_time.tzset()
    try:
        yield
    finally:
        monkeypatch.undo()
        clock_time.tzset()


def _cells(app: AppController, qtbot, day: date) -> list[str]:
    page = AgendaPage(app, clock=lambda: datetime.combine(day, time(12), ZoneInfo("America/Los_Angeles")))
    qtbot.addWidget(page)
    page.resize(900, 600)
    page.show()
    qtbot.waitExposed(page)
    page.set_mode("day")
    wait_ops(qtbot)
    assert page.day == day
    table = page.table
    return [table.item(r, 0).text() for r in range(table.rowCount()) if table.item(r, 0) is not None]


def test_the_doubled_hour_is_said_in_the_cell(unlocked_app: AppController, qtbot, language: str,
                                              pacific: None) -> None:
    _, autumn = _change_days(ZoneInfo("America/Los_Angeles"))
    vault = unlocked_app.vault
    assert vault is not None
    client_id = clients.create_client(vault, "Ilse Brandvold", chart_number="IB-7").client_id
    for day in (autumn, autumn + timedelta(days=7)):
        appointments.schedule(vault, client_id, date=day, start="01:30")
    appointments.schedule(vault, client_id, date=autumn, start="09:00")
    night, morning = _cells(unlocked_app, qtbot, autumn)
    assert WORDS[language] in night.splitlines()[0]
    assert "(" not in morning.splitlines()[0].split("Ilse")[0]  # 9 AM happens once: nothing said
    # The same time a week later happens once: the cell says the time alone.
    (later,) = _cells(unlocked_app, qtbot, autumn + timedelta(days=7))
    assert WORDS[language] not in later and "(" not in later.splitlines()[0].split("Ilse")[0]
