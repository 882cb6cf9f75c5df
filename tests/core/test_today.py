"""The home screen's reads and the Settings dialog's save, as services (issue 16: the GUI
lays out what one service call returns; gui/data.py is gone)."""

from __future__ import annotations

from datetime import date

import pytest

from tests.core.request_recorded_then import recorded_then
from vault_app.domain.errors import InvalidInput
from vault_app.services import clients, practice, requests, today
from vault_app.services.practice_settings import save_settings
from vault_app.services.vault import Vault


def _client(vault: Vault, name: str) -> str:
    return clients.create_client(vault, name, date_of_birth="1980-04-05").client_id


def test_today_counts_an_overdue_accounting_request_once_and_names_charts_by_number(
        vault: Vault, monkeypatch: pytest.MonkeyPatch) -> None:
    recorded_then(monkeypatch, date(2020, 1, 2))  # recorded the day it came, long ago
    cid = _client(vault, "Ada Overdue")
    # An accounting request long past its 60 days: overdue, and also an open accounting request.
    q = requests.add_request(vault, cid, kind="accounting", received_on="2020-01-02")
    day = today.today(vault)
    assert [r.request_id for r in day.requests_overdue] == [q.id]
    assert day.requests_due_soon == []
    assert day.chart_of(cid) == clients.list_clients(vault)[0].chart_number
    assert day.chart_of("no-such-client") == "?"
    assert day.ledger.entries == vault.ledger.head().seq
    assert day.backup.age_days is None and day.backup.checked_copy is None  # never backed up
    assert day.backup.reminder  # and the reminder says so


def test_today_with_nothing_owed(vault: Vault) -> None:
    day = today.today(vault)
    assert (day.requests_overdue, day.requests_due_soon, day.authorizations_expiring, day.unsigned.notes,
            day.eligible) == ([], [], [], (), 0)


def test_open_requests_soonest_due_first_with_chart_numbers_and_closed_ones_left_out(vault: Vault) -> None:
    first, second = _client(vault, "Bo First"), _client(vault, "Cy Second")
    late = requests.add_request(vault, first, kind="amendment", received_on="2021-03-01")  # due 60 days on
    early = requests.add_request(vault, second, kind="access", received_on="2021-03-01")  # due 30 days on
    gone = requests.add_request(vault, second, kind="access", received_on="2021-02-01")
    requests.withdraw(vault, gone.id)
    found = today.open_requests(vault)
    assert [r.request.id for r in found] == [early.id, late.id]
    numbers = {c.client_id: c.chart_number for c in clients.list_clients(vault)}
    assert [r.chart_number for r in found] == [numbers[second], numbers[first]]


def test_request_detail_has_the_request_and_its_letters(vault: Vault) -> None:
    practice.update(vault, practice_name="Calm Practice", phone="555-0100")
    cid = _client(vault, "Di Detail")
    q = requests.add_request(vault, cid, kind="access", received_on="2021-03-01")
    assert today.request_detail(vault, q.id).letters == []
    requests.extend_request(vault, q.id, notice_on="2021-03-20", reason="records are off-site")
    detail = today.request_detail(vault, q.id)
    assert detail.request.extension is not None
    assert any("records are off-site" in str(letter["body"]) for letter in detail.letters)


def test_settings_save_is_all_or_nothing(vault: Vault) -> None:
    before = dict(vault.header.settings)
    with pytest.raises(InvalidInput):
        save_settings(vault, auto_lock_minutes=7, psychotherapy_lock_minutes=3,
                      profile={"clinician_name": "Dr. Fictional", "npi": "1234567890"})  # bad check digit
    assert dict(vault.header.settings) == before, "a refused profile leaves the lock times as they were"
    assert practice.load(vault).clinician_name != "Dr. Fictional"
    saved = save_settings(vault, auto_lock_minutes=7, psychotherapy_lock_minutes=3,
                          profile={"clinician_name": "Dr. Fictional", "npi": "1234567893"})
    assert saved.clinician_name == "Dr. Fictional" and saved.npi == "1234567893"
    assert vault.header.settings["auto_lock_minutes"] == 7
    assert vault.header.settings["psychotherapy_lock_minutes"] == 3
