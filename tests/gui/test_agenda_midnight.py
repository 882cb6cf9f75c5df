"""The agenda left open past midnight moves to the new today; a day the therapist went to stays.
The clock is injected and the handler called: no wall-clock waits. Real vault, real widgets.

Found (H8b): with the idle lock off, the agenda open overnight still showed yesterday as its day
(its appointments, its selection) until Today was pressed."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest

from tests.gui.conftest import wait_ops
from vault_app.gui.agenda import AgendaPage
from vault_app.gui.controller import AppController
from vault_app.gui.dates import show_day
from vault_app.gui.day_watch import AFTER_MIDNIGHT_MS, DayWatch, ms_to_next_midnight
from vault_app.services import appointments, clients

pytestmark = pytest.mark.gui

EVENING = datetime(2030, 3, 12, 23, 59, 30).astimezone()  # a Tuesday


class Clock:
    def __init__(self, now: datetime) -> None:
        self.now = now

    def __call__(self) -> datetime:
        return self.now


def _page(app: AppController, qtbot, clock: Clock) -> AgendaPage:
    page = AgendaPage(app, clock=clock)
    qtbot.addWidget(page)
    page.resize(900, 600)
    page.show()
    qtbot.waitExposed(page)
    wait_ops(qtbot)
    return page


def _appointment_on(app: AppController, day: date, start: str) -> str:
    vault = app.vault
    assert vault is not None
    client_id = clients.create_client(vault, f"Nightowl {start.replace(':', '')}").client_id
    (made,) = appointments.schedule(vault, client_id, date=day, start=start)
    return made.appointment_id


def test_the_day_view_showing_today_moves_to_the_new_today_at_midnight(unlocked_app: AppController, qtbot) -> None:
    clock = Clock(EVENING)
    tomorrow = EVENING.date() + timedelta(days=1)
    morning = _appointment_on(unlocked_app, tomorrow, "08:00")
    page = _page(unlocked_app, qtbot, clock)
    page.set_mode("day")
    wait_ops(qtbot)
    assert page.day == EVENING.date() and page.rows == []
    # Armed for the next midnight (half a minute and the margin away), from the injected clock.
    assert page.day_watch.midnight.isActive()
    assert page.day_watch.midnight.interval() == 30_000 + AFTER_MIDNIGHT_MS
    clock.now = EVENING + timedelta(seconds=31)
    page.day_watch.midnight.timeout.emit()  # what the timer does at midnight
    wait_ops(qtbot)
    assert page.day == tomorrow
    assert page.range_label.text() == show_day(tomorrow)
    assert [r.item_id for r in page.rows] == [morning]
    # Re-armed for the next one, a day away.
    assert page.day_watch.midnight.isActive()
    assert page.day_watch.midnight.interval() == 24 * 3600 * 1000 - 1000 + AFTER_MIDNIGHT_MS


def test_a_day_the_therapist_went_to_stays(unlocked_app: AppController, qtbot) -> None:
    clock = Clock(EVENING)
    page = _page(unlocked_app, qtbot, clock)
    page.set_mode("day")
    page.shift(3)  # looking at Friday
    wait_ops(qtbot)
    clock.now = EVENING + timedelta(minutes=5)
    page.day_watch.check()
    wait_ops(qtbot)
    assert page.day == EVENING.date() + timedelta(days=3)
    # Today still takes it to the new today.
    page.go_today()
    wait_ops(qtbot)
    assert page.day == EVENING.date() + timedelta(days=1)


def test_the_week_view_turns_to_the_new_week_on_sunday_night(unlocked_app: AppController, qtbot) -> None:
    sunday = datetime(2030, 3, 17, 23, 50).astimezone()
    clock = Clock(sunday)
    monday = sunday.date() + timedelta(days=1)
    booked = _appointment_on(unlocked_app, monday, "09:00")
    page = _page(unlocked_app, qtbot, clock)
    assert page.mode == "week" and page.days()[-1] == sunday.date()
    clock.now = sunday + timedelta(hours=8)  # the laptop slept through midnight: the wake's check
    page.day_watch.wake.timeout.emit()
    wait_ops(qtbot)
    assert page.day == monday and page.days()[0] == monday
    assert booked in {r.item_id for r in page.rows}


def test_the_check_says_a_new_day_once(qtbot) -> None:
    clock = Clock(EVENING)
    watch = DayWatch(None, clock)
    seen: list[tuple[date, date]] = []
    watch.day_changed.connect(lambda was, now: seen.append((was, now)))
    watch.check()
    assert seen == []
    clock.now = EVENING + timedelta(minutes=1)
    watch.check()
    watch.check()
    assert seen == [(EVENING.date(), EVENING.date() + timedelta(days=1))]
    watch.wake.stop()
    watch.midnight.stop()


def test_the_next_midnight_counts_real_time_across_a_clock_change(monkeypatch: pytest.MonkeyPatch) -> None:
    """The night the clocks go back, midnight to midnight is 25 hours; forward, 23."""
    import time as time_module

    monkeypatch.setenv("TZ", "America/New_York")
    time_module.tzset()
    try:
        # 2030-11-03: clocks go back at 02:00; 2030-03-10: forward.
        before_back = datetime(2030, 11, 3, 0, 0, 0).astimezone()
        assert ms_to_next_midnight(before_back) == 25 * 3600 * 1000 + AFTER_MIDNIGHT_MS
        before_forward = datetime(2030, 3, 10, 0, 0, 0).astimezone()
        assert ms_to_next_midnight(before_forward) == 23 * 3600 * 1000 + AFTER_MIDNIGHT_MS
    finally:
        monkeypatch.undo()
        time_module.tzset()
