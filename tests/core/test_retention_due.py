"""The dashboard's "past retention" count from stored dates (services/retention_due.py,
records migration 0083) is the full computation's count: over many kinds of charts, on
many days, and after each kind of write that can move a chart's date. Real vault files,
real writes through the services; the only raw SQL writes stand for a write path that
does not go through the vault's before-commit step."""

from __future__ import annotations

import shutil
from datetime import date, timedelta
from pathlib import Path

import pytest

from vault_app.domain.retention import evaluate
from vault_app.services import clients, holds, notes, practice, requests, retention, retention_due, sessions
from vault_app.services.vault import Vault, open_vault
from vault_app.storage import retention_due as store


def _today() -> date:
    """Read when a test asks, not at import (tests/one_day.py)."""
    return date.today()


def _days() -> list[date]:
    """Days the count is compared on: around each kind of chart's edge, and far out."""
    return [date(2015, 1, 1), date(2020, 2, 28), date(2020, 2, 29), date(2021, 3, 1), _today(),
            _today() + timedelta(days=365 * 3), date(2040, 1, 1), date(2060, 6, 30)]


def _full(vault: Vault, on: date) -> int:
    """Today's answer: the rule over every chart's facts (services/retention.py)."""
    policy = retention.policy(vault)
    held = holds.held_client_ids(vault)  # a held chart is never eligible (domain/retention.py standing)
    return sum(evaluate(f, policy).eligible(on) and f.client_id not in held for f in retention.chart_facts(vault))


def _check(vault: Vault) -> None:
    for on in _days():
        assert retention_due.eligible_count(vault.records, on) == _full(vault, on), on
    # And after a commit every chart's stored date is the rule's date, none left stale.
    policy = retention.policy(vault)
    expected = {f.client_id: evaluate(f, policy).eligible_on for f in retention.chart_facts(vault)}
    got = store.stored(vault.records)
    assert {c: (d.isoformat() if d else None, False) for c, d in expected.items()} == got


def _chart(vault: Vault, name: str, *, born: date | None, seen: list[date], status: str = "active") -> str:
    client = clients.create_client(vault, name, date_of_birth=born, status=status)
    for day in seen:
        sessions.add_session(vault, client.client_id, date=day, duration_minutes=50)
    return client.client_id


@pytest.fixture
def practice_charts(vault: Vault) -> dict[str, str]:
    made = {
        "old adult": _chart(vault, "Ann Old", born=date(1960, 1, 1), seen=[date(2010, 3, 4), date(2011, 5, 6)]),
        "recent adult": _chart(vault, "Ben Recent", born=date(1980, 7, 7), seen=[_today() - timedelta(days=20)]),
        "minor seen young": _chart(vault, "Cal Minor", born=date(2012, 2, 29), seen=[date(2016, 4, 1)]),
        "minor now adult": _chart(vault, "Dee Grown", born=date(1996, 9, 9), seen=[date(2009, 1, 2)]),
        "no birth date": _chart(vault, "Eve Nobirth", born=None, seen=[date(2013, 2, 28)]),
        "no contact": _chart(vault, "Fay Never", born=date(1975, 1, 1), seen=[]),
        "inactive": _chart(vault, "Gus Quiet", born=date(1950, 1, 1), seen=[date(2012, 12, 31)], status="inactive"),
        "leap day": _chart(vault, "Hal Leap", born=date(1970, 1, 1), seen=[date(2016, 2, 29)]),
    }
    closed = _chart(vault, "Ida Closed", born=date(1955, 5, 5), seen=[date(2014, 6, 1)])
    clients.discharge(vault, closed, date(2015, 6, 1))
    made["discharged"] = closed
    held = _chart(vault, "Jo Held", born=date(1966, 6, 6), seen=[date(2009, 9, 9)])
    holds.place(vault, held, "litigation", "Case 1")
    made["on hold"] = held
    asked = _chart(vault, "Kim Asked", born=date(1967, 7, 7), seen=[date(2008, 8, 8)])
    requests.add_request(vault, asked, kind="access", received_on=_today() - timedelta(days=2))
    made["open request"] = asked
    noted = clients.create_client(vault, "Lou Noted", date_of_birth=date(1970, 3, 3)).client_id
    notes.create_progress_note(vault, noted, text="Seen.", note_date=date(2012, 3, 3))
    made["note only"] = noted
    adult = _chart(vault, "Mo Parent", born=date(1980, 1, 1), seen=[])
    child = _chart(vault, "Nia Child", born=date(2010, 10, 10), seen=[])
    case = clients.create_case(vault, "Family M", [adult, child], kind="family")
    sessions.add_session(vault, case.case_id, date=date(2015, 5, 5), duration_minutes=50)
    made.update({"case adult": adult, "case child": child, "family case": case.case_id})
    return made


def test_the_count_is_the_full_computation_for_every_kind_of_chart(vault: Vault,
                                                                    practice_charts: dict[str, str]) -> None:
    _check(vault)
    # Not a vacuous comparison: some charts are past retention and some are not, on today.
    assert 0 < retention_due.eligible_count(vault.records, _today()) < len(practice_charts)


def test_the_count_follows_each_kind_of_write(vault: Vault, practice_charts: dict[str, str]) -> None:
    c = practice_charts
    session = sessions.add_session(vault, c["old adult"], date=_today() - timedelta(days=1), duration_minutes=50)
    _check(vault)  # a new session brings the chart back from eligible
    sessions.update_session(vault, session.session_id, date=date(2011, 1, 1))
    _check(vault)
    sessions.delete_session(vault, session.session_id)
    _check(vault)
    note = notes.create_progress_note(vault, c["no birth date"], text="Late note.", note_date=_today())
    _check(vault)
    notes.update_note(vault, note.note_id, note_date=date(2013, 3, 1))
    _check(vault)
    notes.save_draft(vault, note.note_id, {"subjective": "Typed more."})  # autosave: the date does not move
    _check(vault)
    clients.update_client(vault, c["recent adult"], date_of_birth=date(2015, 1, 1))  # a minor after all
    _check(vault)
    clients.update_client(vault, c["case child"], date_of_birth=date(2000, 1, 1))  # moves the family case
    _check(vault)
    clients.discharge(vault, c["inactive"], date(2013, 1, 5))
    _check(vault)
    clients.update_client(vault, c["discharged"], status="active")  # readmitted: the discharge date goes
    _check(vault)
    retention.set_policy(vault, adult_years=3, minor_years_after_majority=1, age_of_majority=21)
    _check(vault)
    practice.update(vault, practice_name="Same policy, other name")  # the policy compared, nothing recomputed
    _check(vault)
    retention.set_policy(vault, preset_key="apa")
    _check(vault)
    holds.place(vault, c["leap day"], "audit")  # a hold takes a chart out of the count; a request does not
    _check(vault)


def test_a_write_without_the_vaults_commit_step_is_still_counted_exactly(
        vault: Vault, practice_charts: dict[str, str]) -> None:
    """A connection that writes without the before-commit step (a raw autocommit write here)
    leaves the chart stale; the count reads it by the rule, and the next commit stores it."""
    raw = vault.records.raw_connection
    raw.execute("UPDATE clients SET last_contact = ? WHERE client_id = ?",
                (_today().isoformat(), practice_charts["old adult"]))
    assert store.stored(vault.records)[practice_charts["old adult"]][1] is True  # the trigger marked it
    for on in _days():
        assert retention_due.eligible_count(vault.records, on) == _full(vault, on)
    # As after the upgrade (every chart starts stale): counted exactly, filled at the next commit.
    raw.execute("UPDATE clients SET retention_stale = 1")
    for on in _days():
        assert retention_due.eligible_count(vault.records, on) == _full(vault, on)
    clients.create_client(vault, "Next Write")
    _check(vault)


def test_stored_dates_of_another_policy_are_not_used(vault: Vault, practice_charts: dict[str, str]) -> None:
    raw = vault.records.raw_connection
    raw.execute("UPDATE retention_due_policy SET policy = '[1, 0, 18]'")  # as if computed under another policy
    for on in _days():
        assert retention_due.eligible_count(vault.records, on) == _full(vault, on)


def test_the_card_is_one_range_count_over_the_index_and_the_refresh_finds_stale_charts_by_theirs(
        vault: Vault, practice_charts: dict[str, str]) -> None:
    """SQLite's own plan: no pass over the clients table for the count or for the stale charts."""
    raw = vault.records.raw_connection
    count = raw.execute("EXPLAIN QUERY PLAN SELECT count(*) FROM clients WHERE retention_stale = 0 "
                        "AND retention_due_on <= ?", (_today().isoformat(),)).fetchall()
    assert [r["detail"] for r in count] == [
        "SEARCH clients USING COVERING INDEX clients_retention_due (retention_due_on<?)"]
    stale = raw.execute("EXPLAIN QUERY PLAN SELECT 1 FROM clients WHERE retention_stale = 1").fetchall()
    assert [r["detail"] for r in stale] == ["SCAN clients USING COVERING INDEX clients_retention_stale"]


def test_an_upgraded_vault_has_every_chart_dated_after_its_unlock(tmp_path: Path) -> None:
    """A vault of the last released format (before migration 0083): its charts start stale,
    and the unlock's own first records transaction fills them with the rule's dates."""
    fixture = Path(__file__).resolve().parents[1] / "data" / "vault-format-3"
    folder = tmp_path / "vault"
    shutil.copytree(fixture, folder)  # never write into the committed fixture
    with open_vault(folder, (fixture / "PASSPHRASE.txt").read_text().strip()) as vault:
        policy = retention.policy(vault)
        expected = {f.client_id: evaluate(f, policy).eligible_on for f in retention.chart_facts(vault)}
        assert expected  # the fixture's chart
        assert store.stored(vault.records) == {c: (d.isoformat() if d else None, False) for c, d in expected.items()}
        for on in _days():
            assert retention_due.eligible_count(vault.records, on) == _full(vault, on)
