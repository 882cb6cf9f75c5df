"""A destruction on retention grounds decided by a clock that jumped more than a week past the vault's
record (domain/clock_gap.py; found by a walker: with the clock set to 2034, a minor's chart to be kept
until 2033 was destroyed "after the retention period ended"). The rule, table-driven; the command
line's refusal and its way on; the wizard's first page."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest

from tests.core.cli_helpers import cli_in_process
from tests.core.destruction_helpers import seed_chart
from tests.local_clock import us_day
from vault_app.domain.clock_gap import eligible_in_gap
from vault_app.services import clients, clock_behind, destruction, ledger, requests, retention
from vault_app.services.vault import Vault

TODAY = date(2034, 3, 1)


@pytest.mark.parametrize(("record_before", "eligible_on", "asked"), [
    (date(2026, 12, 6), date(2033, 9, 9), True),  # the walker's: seven years on, due in between
    (date(2032, 12, 1), date(2034, 2, 1), True),  # a vault opened after fifteen months: asked too
    (date(2026, 12, 6), date(2019, 6, 1), False),  # due before the record: the record's own clock says so
    (date(2026, 12, 6), date(2034, 3, 1), True),  # due today, after the jump
    (date(2033, 6, 1), date(2033, 9, 9), True),  # nine months with nothing recorded: asked
    (date(2034, 1, 20), date(2034, 2, 10), True),  # a month (a clock set a month ahead, a walker's): asked
    (date(2034, 2, 21), date(2034, 2, 25), True),  # eight days with nothing recorded: asked
    (date(2034, 2, 22), date(2034, 2, 25), False),  # a week (a holiday): no jump
    (date(2034, 2, 27), date(2034, 2, 28), False),  # a weekend: no jump
    (date(2026, 12, 6), date(2035, 1, 1), False),  # not due at all (retention refuses it anyway)
    (None, date(2033, 9, 9), False),  # no jump found
    (date(2026, 12, 6), None, False),  # no contact date: never eligible on retention grounds
])
def test_the_rule(record_before: date | None, eligible_on: date | None, asked: bool) -> None:
    assert eligible_in_gap(TODAY, record_before, eligible_on) is asked


def _written_long_ago(vault: Vault, monkeypatch: pytest.MonkeyPatch, days: int) -> str:
    """A chart whose records were all written `days` ago (the ledger's clock then), due a year after its
    last contact; then nothing until now, when the clock has jumped `days` ahead."""
    then = datetime.now().astimezone() - timedelta(days=days)
    monkeypatch.setattr(ledger, "now_iso", lambda: then.isoformat(timespec="microseconds"))
    retention.set_policy(vault, adult_years=1)
    chart = seed_chart(vault, "J", last_contact=then.date() - timedelta(days=5), psychotherapy=0)
    monkeypatch.undo()
    return chart.chart_number


def test_the_command_line_asks_about_the_clock(psy_vault: Vault, vault_dir: Path,
                                               monkeypatch: pytest.MonkeyPatch) -> None:
    chart = _written_long_ago(psy_vault, monkeypatch, 800)
    assert clock_behind.record_before_jump(psy_vault) is not None
    psy_vault.lock()
    args = ("destroy", "--vault", str(vault_dir), "--client", chart, "--basis", "retention", "--confirm", chart)
    refused = cli_in_process(*args)
    assert refused.code == 2, refused.err
    assert "more than a week after this vault's record before today" in refused.err
    assert "--clock-is-right" in refused.err
    assert cli_in_process("retention", "eligible", "--vault", str(vault_dir)).out.count(chart) == 1  # untouched
    done = cli_in_process(*args, "--clock-is-right")
    assert done.code == 0, done.err


def test_no_question_when_the_vault_was_in_use(psy_vault: Vault, vault_dir: Path,
                                               monkeypatch: pytest.MonkeyPatch) -> None:
    chart = _written_long_ago(psy_vault, monkeypatch, 400)
    for days in range(394, 0, -6):  # the vault in use since, never a week without a record
        since = datetime.now().astimezone() - timedelta(days=days)
        monkeypatch.setattr(ledger, "now_iso", lambda since=since: since.isoformat(timespec="microseconds"))
        clients.create_client(psy_vault, f"Client seen {days} days ago")
        monkeypatch.undo()
    assert clock_behind.record_before_jump(psy_vault) is None
    psy_vault.lock()
    done = cli_in_process("destroy", "--vault", str(vault_dir), "--client", chart, "--basis", "retention",
                          "--confirm", chart)
    assert done.code == 0, done.err


def test_a_clock_a_month_ahead_is_asked_about(psy_vault: Vault, vault_dir: Path,
                                              monkeypatch: pytest.MonkeyPatch) -> None:
    """The walker's: the vault used until 39 days before this clock's today (set a month ahead), and a chart
    due by the clock alone a few days ago; it was destroyed "after its retention period", weeks early."""
    then = datetime.now().astimezone() - timedelta(days=39)
    monkeypatch.setattr(ledger, "now_iso", lambda: then.isoformat(timespec="microseconds"))
    retention.set_policy(psy_vault, adult_years=1)
    chart = seed_chart(psy_vault, "M", last_contact=date.today() - timedelta(days=372), psychotherapy=0).chart_number
    monkeypatch.undo()
    psy_vault.lock()
    args = ("destroy", "--vault", str(vault_dir), "--client", chart, "--basis", "retention", "--confirm", chart)
    refused = cli_in_process(*args)
    assert refused.code == 2, refused.out + refused.err
    assert "Check this computer's clock" in refused.err or "This computer's clock says" in refused.err
    assert "--clock-is-right" in refused.err
    done = cli_in_process(*args, "--clock-is-right")
    assert done.code == 0, done.err


def test_the_refusal_says_its_days_on_this_computers_calendar(psy_vault: Vault, vault_dir: Path,
                                                              local_zone: object) -> None:
    """Its three days are days (found by a walker in California: "clock says 01/14/2027" on the 15th, "due
    on 01/09/2027" of a chart due on the 10th: each ISO day was read as UTC's midnight, the day before here)."""
    # On the local clock of that moment: now's offset minus 39 days is an hour off across a change of the
    # clocks (ci121, 23:40 in Los Angeles: the record was of 10/29 PDT, `then` said 10/28 in PST).
    then = (datetime.now(UTC) - timedelta(days=39)).astimezone()
    with pytest.MonkeyPatch.context() as patched:
        patched.setattr(ledger, "now_iso", lambda: then.isoformat(timespec="microseconds"))
        retention.set_policy(psy_vault, adult_years=1)
        chart = seed_chart(psy_vault, "Z", last_contact=date.today() - timedelta(days=372), psychotherapy=0)
    status = retention.status_for(psy_vault, clients.find_client(psy_vault, chart.chart_number).client_id)
    assert status is not None and status.eligible_on is not None
    psy_vault.lock()
    refused = cli_in_process("destroy", "--vault", str(vault_dir), "--client", chart.chart_number,
                             "--basis", "retention", "--confirm", chart.chart_number)
    assert refused.code == 2, refused.err
    assert f"This computer's clock says {us_day(date.today())}, " in refused.err
    assert f"(of {us_day(then.date())})" in refused.err
    assert f"(on {us_day(status.eligible_on)})" in refused.err


def _compliance_due_in_the_jump(vault: Vault, monkeypatch: pytest.MonkeyPatch, days: int | None) -> None:
    """A destroyed chart's access request, granted six years and a hundred days ago (kept until a hundred
    days ago, 45 CFR 164.530(j)); all of it written `days` ago on the ledger's clock (None: now)."""
    if days is not None:
        then = datetime.now().astimezone() - timedelta(days=days)
        monkeypatch.setattr(ledger, "now_iso", lambda: then.isoformat(timespec="microseconds"))
    client = clients.create_client(vault, "Ida Oldrequest", date_of_birth="1970-01-01")
    received = date.today() - timedelta(days=6 * 365 + 100)
    q = requests.add_request(vault, client.client_id, kind="access", received_on=received)
    requests.grant_request(vault, q.id, decided_on=received, granted="full copy")
    destruction.destroy(vault, client.chart_number, basis="override", confirm=client.chart_number,
                        override_reason="Duplicate chart created in error")
    monkeypatch.undo()


@pytest.mark.parametrize(("days", "asked"), [(800, True), (None, False)])
def test_compliance_destroy_due_asks_about_the_clock(psy_vault: Vault, vault_dir: Path,
                                                     monkeypatch: pytest.MonkeyPatch, days: int | None,
                                                     asked: bool) -> None:
    _compliance_due_in_the_jump(psy_vault, monkeypatch, days)
    psy_vault.lock()
    args = ("compliance", "destroy-due", "--vault", str(vault_dir), "--confirm")
    done = cli_in_process(*args)
    if asked:
        assert done.code == 2 and "compliance records became due in between" in done.err, done.err
        assert "--clock-is-right" in done.err
        done = cli_in_process(*args, "--clock-is-right")
    assert done.code == 0, done.err
    assert "Destroyed 2 compliance records" in done.out
