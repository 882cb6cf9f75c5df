"""An agency's suspension of the accounting (45 CFR 164.528(a)(2)(i)) ended only by a clock that jumped past
the vault's record (found by a walker: on a clock a month ahead, `accounting` listed the State Board's
disclosure while the Board's suspension was still in force by the vault's own record). The rule,
table-driven (domain/clock_gap.ended_in_gap); the command line's refusal and its way on."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from pathlib import Path

import pytest

from tests.core import disclosure_fixtures as fx
from tests.core.cli_helpers import Result, cli_in_process
from tests.local_clock import us_day
from vault_app.domain.clock_gap import ended_in_gap
from vault_app.services import accounting, export, ledger
from vault_app.services.vault import Vault

BOARD = "State Board of Behavioral Sciences"
TODAY = date(2027, 1, 5)


# (the vault's record before the jump, the suspension's last day, asked about the clock)
RULE_ROWS = [
    (date(2026, 12, 7), date(2026, 12, 31), True),  # the walker's: a month ahead, ended in between
    (date(2026, 12, 7), date(2026, 12, 7), True),  # in force on the record's day, its last
    (date(2026, 12, 7), date(2027, 1, 4), True),  # ended yesterday by the clock
    (date(2026, 12, 7), date(2026, 12, 6), False),  # over before the record: the record's own clock says so
    (date(2026, 12, 7), date(2027, 1, 5), False),  # in force today: withheld anyway
    (date(2026, 12, 7), date(2027, 3, 1), False),  # in force after today: withheld anyway
    (date(2026, 12, 28), date(2026, 12, 31), True),  # eight days with nothing recorded: asked
    (date(2026, 12, 29), date(2026, 12, 31), False),  # a week (a holiday): no jump
    (None, date(2026, 12, 31), False),  # no jump found
]


@pytest.mark.parametrize(("record_before", "ends_on", "asked"), RULE_ROWS)
def test_the_rule(record_before: date | None, ends_on: date, asked: bool) -> None:
    assert ended_in_gap(TODAY, record_before, ends_on) is asked


def _board_suspended_long_ago(vault: Vault, monkeypatch: pytest.MonkeyPatch, days: int, *, last_day: int) -> str:
    """A disclosure to the Board and the Board's suspension, recorded `days` ago (the ledger's clock then), the
    suspension's last day `last_day` days ago; then nothing until now, when the clock has jumped ahead."""
    then = datetime.now().astimezone() - timedelta(days=days)
    monkeypatch.setattr(ledger, "now_iso", lambda: then.isoformat(timespec="microseconds"))
    chart = fx.make_chart(vault, n=1)
    export.record_manual(vault, fx.request(
        chart.client_id, basis="health_oversight", manual=True, recipient=fx.Recipient(BOARD, "1 Gov Plaza"),
        purpose="health oversight investigation", evidence={"agency": BOARD, "request_reference": "INV-7"},
        on=fx.days_ago(days + 5)), description="billing records", channel="mail")
    accounting.add_suspension(vault, chart.client_id, agency=BOARD, starts_on=fx.days_ago(days + 5),
                              ends_on=fx.days_ago(last_day), written=True, reference="INV-7")
    monkeypatch.undo()
    return chart.client_id


def _accounting(vault: Vault, tmp_path: Path, client_id: str, name: str, *more: str) -> Result:
    pw = tmp_path / "pw.txt"
    pw.write_text(fx.PASSWORD)
    pw.chmod(0o600)
    return cli_in_process("accounting", "--vault", str(vault.folder), "--client", client_id, "--pdf-password-file",
                          str(pw), "--out", str(tmp_path / name), *more)


def test_a_suspension_ended_only_by_a_clock_a_month_ahead_is_asked_about(vault: Vault, tmp_path: Path,
                                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    """The walker's: recorded 29 days before this clock's today, the suspension's end 5 days ago."""
    client_id = _board_suspended_long_ago(vault, monkeypatch, 29, last_day=5)
    vault.lock()
    refused = _accounting(vault, tmp_path, client_id, "a.pdf")
    assert refused.code != 0, refused.out
    err = refused.err
    assert f"This computer's clock says {us_day(date.today())}, more than a week after" in err
    assert f"(of {us_day(fx.days_ago(29))})" in err
    assert f"asked by {BOARD} ended in between (on {us_day(fx.days_ago(5))})" in err
    assert "45 CFR 164.528(a)(2)(i)" in err and "--clock-is-right" in err
    assert not (tmp_path / "a.pdf").exists()  # nothing written
    done = _accounting(vault, tmp_path, client_id, "b.pdf", "--clock-is-right")
    assert done.code == 0, done.err
    assert "(1 disclosure line," in done.out


@pytest.mark.parametrize(("days", "last_day", "lines"), [
    (3, -20, "0 disclosure lines"),  # no jump, suspension in force: withheld, no question
    (3, 1, "1 disclosure line"),  # no jump (three days), suspension over: listed, no question
    (29, 30, "1 disclosure line"),  # over before the record: the record's own clock says so
    (29, -5, "0 disclosure lines"),  # jump, but in force by the clock too: withheld, no question
])
def test_no_question_when_the_clock_alone_does_not_end_it(vault: Vault, tmp_path: Path,
                                                          monkeypatch: pytest.MonkeyPatch, days: int,
                                                          last_day: int, lines: str) -> None:
    client_id = _board_suspended_long_ago(vault, monkeypatch, days, last_day=last_day)
    vault.lock()
    done = _accounting(vault, tmp_path, client_id, "a.pdf")
    assert done.code == 0, done.err
    assert f"({lines}," in done.out
