"""After an unlock the client list's first page is read before the dashboard's cards (issue
21: the list is what the therapist reaches for; the cards follow on the same worker), and
the dashboard's "Eligible for destruction" card shows the count of charts past retention,
kept current by change notices."""

from __future__ import annotations

from datetime import date

from tests.gui.conftest import wait_ops
from tests.gui.test_change_notices import elsewhere, window_of
from vault_app.gui.controller import AppController
from vault_app.services import clients, retention, sessions
from vault_app.services.vault import Vault


def _old_chart(vault: Vault) -> None:
    client = clients.create_client(vault, "Olga Oldchart", date_of_birth="1950-02-02")
    sessions.add_session(vault, client.client_id, date=date(2009, 4, 4), duration_minutes=50)


def test_the_client_list_page_is_read_before_the_dashboard(unlocked_app: AppController, qtbot) -> None:
    seen: list[str] = []
    elsewhere(unlocked_app, qtbot, lambda v: v.records.raw_connection.set_trace_callback(seen.append))
    try:
        window_of(unlocked_app).load_data()  # what the unlock runs
        wait_ops(qtbot)
    finally:
        elsewhere(unlocked_app, qtbot, lambda v: v.records.raw_connection.set_trace_callback(None))
    page = next(i for i, s in enumerate(seen) if "INDEXED BY clients_list_by_last_name" in s and "LIMIT" in s)
    card = next(i for i, s in enumerate(seen) if "retention_due_on <=" in s)
    first_of_dashboard = min(i for i, s in enumerate(seen) if "client_requests" in s or "retention_due" in s)
    assert page < first_of_dashboard <= card


def test_the_eligible_card_counts_charts_past_retention(unlocked_app: AppController, qtbot) -> None:
    board = window_of(unlocked_app).dashboard
    card = board.cards["eligible"]
    assert card.value.text() == "0"
    elsewhere(unlocked_app, qtbot, _old_chart)  # its change notice refreshes the dashboard
    wait_ops(qtbot)
    assert card.value.text() == "1"
    assert "retention period" in card.detail.text()
    elsewhere(unlocked_app, qtbot, lambda v: retention.set_policy(v, adult_years=40))
    wait_ops(qtbot)
    assert card.value.text() == "0"
