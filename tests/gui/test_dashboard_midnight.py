"""Today's cards left open past midnight are read again for the new day. The day watch's clock is
injected and its midnight timer fired by hand (as tests/gui/test_agenda_midnight.py does): no
wall-clock waits. Real vault, real widgets.

Found (fwords): the agenda moved to the new day at midnight (gui/day_watch.py), the Today page did
not: its cards (requests due, unsigned notes, the backup's "today") kept yesterday's figures until
something in the vault changed or the page was left and opened again.

The services count with the computer's day when they are asked (services/retention.today and
the others); what the page owes is to ask them again once that day has turned, which is what the
clock seam drives here. The vault is written beside the page (its own services, no change signal
to the page), so only the turn of the day can bring the new figure in."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest

from tests.core.disclosure_fixtures import days_ago
from tests.gui.conftest import wait_ops
from vault_app.gui.controller import AppController
from vault_app.gui.dashboard import DashboardPage
from vault_app.services import clients, requests

pytestmark = pytest.mark.gui


class Clock:
    def __init__(self, now: datetime) -> None:
        self.now = now

    def __call__(self) -> datetime:
        return self.now


def _overdue_request(app: AppController) -> None:
    vault = app.vault
    assert vault is not None
    client_id = clients.create_client(vault, "Late Owl").client_id
    # Received 40 days ago: past HIPAA's 30 days, overdue whatever the day the test runs.
    requests.add_request(vault, client_id, kind="access", received_on=days_ago(40).isoformat())


def _page(app: AppController, qtbot, clock: Clock) -> DashboardPage:
    page = DashboardPage(app, clock=clock)
    qtbot.addWidget(page)
    page.resize(1000, 700)
    page.show()
    qtbot.waitExposed(page)
    page.refresh()
    wait_ops(qtbot)
    return page


def test_the_cards_are_read_again_when_the_day_turns(unlocked_app: AppController, qtbot) -> None:
    evening = datetime.now().astimezone().replace(hour=23, minute=59, second=30, microsecond=0)
    clock = Clock(evening)
    page = _page(unlocked_app, qtbot, clock)
    card = page.cards["requests"]
    assert card.value.text() == "None due soon"
    _overdue_request(unlocked_app)
    wait_ops(qtbot)
    clock.now = evening + timedelta(seconds=20)
    page.day_watch.check()  # the minute's check before midnight: the same day, nothing read again
    wait_ops(qtbot)
    assert card.value.text() == "None due soon"
    # Armed for the next midnight from the injected clock; at it, the cards are read again.
    assert page.day_watch.midnight.isActive()
    clock.now = evening + timedelta(seconds=31)
    page.day_watch.midnight.timeout.emit()  # what the timer does at midnight
    wait_ops(qtbot)
    assert card.value.text() == "1 overdue"
    assert page.day_watch.today == clock.now.date()


def test_a_page_not_on_screen_at_midnight_reads_when_shown(unlocked_app: AppController, qtbot) -> None:
    """Hidden (a chart open over it) at midnight, it reads nothing then; the main window reads it
    again when it comes back (show_dashboard), so no work is done for a page no one sees."""
    evening = datetime.now().astimezone().replace(hour=23, minute=59, second=30, microsecond=0)
    clock = Clock(evening)
    page = _page(unlocked_app, qtbot, clock)
    card = page.cards["requests"]
    page.hide()
    _overdue_request(unlocked_app)
    clock.now = evening + timedelta(minutes=2)
    page.day_watch.check()  # a wake after the machine slept through midnight
    wait_ops(qtbot)
    assert card.value.text() == "None due soon"
    page.show()
    qtbot.waitExposed(page)
    wait_ops(qtbot)
    assert card.value.text() == "1 overdue"
