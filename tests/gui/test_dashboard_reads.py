"""The dashboard's data (services/today.py today) costs a fixed number of SQL statements
whatever the number of charts (issue 21): the chart numbers of the charts its cards
name, not of every chart; open requests counted in one read, not one query per chart."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date, timedelta

from vault_app.services import clients, notes, requests, retention, today
from vault_app.services.today import Today
from vault_app.services.vault import Vault


@contextmanager
def statements(vault: Vault) -> Iterator[list[str]]:
    """Every SQL statement the records and ledger connections run meanwhile."""
    seen: list[str] = []
    conns = [vault.records.raw_connection, vault.ledger.db.raw_connection]
    for conn in conns:
        conn.set_trace_callback(seen.append)
    try:
        yield seen
    finally:
        for conn in conns:
            conn.set_trace_callback(None)


def _charts(vault: Vault, n: int, tag: str) -> list[str]:
    made = []
    for i in range(n):
        client = clients.create_client(vault, f"Dash {tag} {i:03d}", date_of_birth="1950-01-01")
        yesterday = date.today() - timedelta(days=1)
        notes.create_progress_note(vault, client.client_id, text="Seen today.", note_date=yesterday)
        made.append(client.client_id)
    return made


def _read(vault: Vault) -> tuple[int, Today]:
    with statements(vault) as seen:
        board = today.today(vault)
    return len(seen), board


def test_the_dashboard_reads_the_same_number_of_statements_at_any_size(vault: Vault) -> None:
    first = _charts(vault, 3, "a")
    requests.add_request(vault, first[0], kind="access", received_on=date.today() - timedelta(days=28))  # due soon
    # Read once first: what a session keeps after its first read (services/older_copy_known) is
    # not what grows with the charts, and would make the second read one statement shorter.
    _read(vault)
    small, board = _read(vault)
    _charts(vault, 40, "b")
    large, board_large = _read(vault)
    assert large == small, (small, large)
    # Only the charts a card names are looked up: the one with a request, those with unsigned notes.
    assert set(board.charts) <= set(first) | {n.client_id for n in notes.unsigned_notes(vault)}
    assert board_large.charts[first[0]] == clients.get_client(vault, first[0]).chart_number


def test_eligible_charts_count_their_open_requests_as_before(vault: Vault) -> None:
    made = _charts(vault, 4, "r")
    for client_id in made[:2]:
        requests.add_request(vault, client_id, kind="access", received_on=date.today() - timedelta(days=3))
    requests.add_request(vault, made[0], kind="amendment", received_on=date.today() - timedelta(days=1),
                         description="Please correct my address.")
    by_chart = {e.status.client_id: e.open_requests for e in retention.statuses(vault)}
    assert by_chart == {c: len(retention.open_requests(vault, c)) for c in made}
    assert [by_chart[c] for c in made] == [2, 1, 0, 0]
