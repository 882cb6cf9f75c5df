"""A disclosure made while this computer's clock is behind the vault's own record is judged on the
record's day too (found by a walker: with the laptop's clock set back 17 days, an authorization that
had expired a week before was "valid" in the export wizard and the command line, and the export went
out and was logged, while the unlock said in the same minute that the clock was behind).

Real vaults; the records "written while the clock ran ahead" are written with the ledger's clock set
ahead for one write (as tests/core/test_clock_behind.py does), then the clock is the computer's again."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest

from tests.core import disclosure_fixtures as fx
from tests.core.cli_helpers import cli_in_process
from vault_app.domain import disclosure_clock
from vault_app.domain.disclosure import Verdict
from vault_app.domain.errors import Problem
from vault_app.services import clients, disclosure_gate, ledger
from vault_app.services.vault import Vault


def _written_ahead(vault: Vault, monkeypatch: pytest.MonkeyPatch, days: int) -> date:
    """A record written while the clock ran `days` ahead, then the clock set right; its local day."""
    when = datetime.now(UTC) + timedelta(days=days)
    monkeypatch.setattr(ledger, "now_iso", lambda: when.isoformat(timespec="microseconds"))
    clients.create_client(vault, "Client seen while the clock ran ahead")
    monkeypatch.undo()
    return when.astimezone().date()


def _codes(verdict: Verdict) -> list[str]:
    return [getattr(r, "code", "") for r in verdict.reasons]


def test_an_authorization_the_record_shows_expired_is_refused(vault: Vault, monkeypatch: pytest.MonkeyPatch) -> None:
    chart = fx.make_chart(vault)
    expires = fx.today() + timedelta(days=5)  # valid by this computer's clock
    auth = fx.add_auth(vault, chart.client_id, expires_on=expires)
    _written_ahead(vault, monkeypatch, 20)  # the vault has reached a day after the expiry
    verdict = disclosure_gate.check(vault, fx.request(chart.client_id, authorization_id=auth.id,
                                                      note_ids=tuple(chart.progress)))
    assert not verdict.allowed
    assert _codes(verdict)[0] == "clock.behind_record"
    assert "authorization.expired" in _codes(verdict)
    assert verdict.message.startswith("This computer's clock says ")
    assert "before this vault's last record" in verdict.message


def test_the_record_seen_past_the_unlock_warnings_window(vault: Vault, monkeypatch: pytest.MonkeyPatch) -> None:
    """Records written since on the wrong clock do not hide the later one (the unlock's warning reads
    only the newest 50 entries: a day's work pushed it out)."""
    chart = fx.make_chart(vault)
    auth = fx.add_auth(vault, chart.client_id, expires_on=fx.today() + timedelta(days=5))
    _written_ahead(vault, monkeypatch, 20)
    for i in range(60):
        clients.create_client(vault, f"Client {i} seen after the clock was set back")
    verdict = disclosure_gate.check(vault, fx.request(chart.client_id, authorization_id=auth.id,
                                                      note_ids=tuple(chart.progress)))
    assert not verdict.allowed and _codes(verdict)[0] == "clock.behind_record"


def test_allowed_on_both_days_is_allowed(vault: Vault, monkeypatch: pytest.MonkeyPatch) -> None:
    chart = fx.make_chart(vault)
    auth = fx.add_auth(vault, chart.client_id, expires_on=fx.today() + timedelta(days=200))
    _written_ahead(vault, monkeypatch, 20)
    verdict = disclosure_gate.check(vault, fx.request(chart.client_id, authorization_id=auth.id,
                                                      note_ids=tuple(chart.progress)))
    assert verdict.allowed, verdict.message


def test_a_clock_that_is_right_judges_on_its_day(vault: Vault) -> None:
    chart = fx.make_chart(vault)
    auth = fx.add_auth(vault, chart.client_id, expires_on=fx.today() + timedelta(days=5))
    verdict = disclosure_gate.check(vault, fx.request(chart.client_id, authorization_id=auth.id,
                                                      note_ids=tuple(chart.progress)))
    assert verdict.allowed, verdict.message


def test_a_disclosure_recorded_by_hand_is_judged_on_its_own_day(vault: Vault,
                                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    """A disclosure made earlier, recorded now: the day it was made is the therapist's, not the clock's."""
    chart = fx.make_chart(vault)
    auth = fx.add_auth(vault, chart.client_id, expires_on=fx.today() + timedelta(days=5))
    _written_ahead(vault, monkeypatch, 20)
    verdict = disclosure_gate.check(vault, fx.request(chart.client_id, authorization_id=auth.id,
                                                      note_ids=tuple(chart.progress), manual=True,
                                                      on=fx.days_ago(3)))
    assert verdict.allowed, verdict.message


def test_the_command_line_refuses_and_says_the_clock(vault: Vault, vault_dir: Path,
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    chart = fx.make_chart(vault)
    auth = fx.add_auth(vault, chart.client_id, expires_on=fx.today() + timedelta(days=5))
    _written_ahead(vault, monkeypatch, 20)
    vault.lock()
    result = cli_in_process("export", "--vault", str(vault_dir), "--client", chart.client_id, "--kind", "progress",
                            "--notes", ",".join(chart.progress), "--recipient", fx.RECIPIENT.name,
                            "--purpose", fx.PURPOSE, "--authorization", auth.id, "--check-only")
    assert result.code == 6, result.out + result.err
    assert "REFUSED: This computer's clock says " in result.out
    assert "has expired: its last day was" in result.out


# --- the rule, table-driven (domain/disclosure_clock.py) -------------------------------------------
def _day(n: int) -> date:
    return date(2026, 11, 20) + timedelta(days=n)


@pytest.mark.parametrize(("on", "recorded", "manual", "judged_again_on"), [
    (0, 17, False, 17),  # the clock behind the record: judged on the record's day too
    (0, 1, False, 1),
    (0, 0, False, None),  # the record is of today: the clock's day is the later
    (5, 0, False, None),  # the record is older (a vault not opened for days)
    (0, None, False, None),  # nothing recorded
    (0, 17, True, None),  # recorded by hand: the day it was made is the therapist's
])
def test_the_day_judged_again_on(on: int, recorded: int | None, manual: bool, judged_again_on: int | None) -> None:
    found = disclosure_clock.judged_again_on(_day(on), None if recorded is None else _day(recorded), manual=manual)
    assert found == (None if judged_again_on is None else _day(judged_again_on))


ALLOWED = Verdict(True, ("Allowed.",))
REFUSED = Verdict(False, (Problem("Authorization A1 expired on 11/30/2026.", code="authorization.expired"),),
                  hint="Ask the client for a new authorization.")
CLOCK = disclosure_clock.behind_record("11/20/2026", "12/07/2026")


@pytest.mark.parametrize(("now", "then", "allowed", "first"), [
    (ALLOWED, ALLOWED, True, "Allowed."),
    (ALLOWED, REFUSED, False, CLOCK),  # refused on the record's day: said with the clock first
    (REFUSED, ALLOWED, False, REFUSED.reasons[0]),  # refused today: today's reasons, no clock line
    (REFUSED, REFUSED, False, REFUSED.reasons[0]),
])
def test_the_stricter_verdict(now: Verdict, then: Verdict, allowed: bool, first: str) -> None:
    verdict = disclosure_clock.stricter(now, then, CLOCK)
    assert verdict.allowed == allowed and verdict.reasons[0] == first
    if first is CLOCK:
        assert verdict.reasons[1:] == then.reasons and verdict.hint == then.hint


def test_the_clock_line_names_both_days() -> None:
    assert str(CLOCK) == ("This computer's clock says 11/20/2026, before this vault's last record (of 12/07/2026), "
                          "and on that day this disclosure is refused (45 CFR 164.508(b)(2)): if the clock is "
                          "wrong, set it right.")
    assert CLOCK.params == {"today": "11/20/2026", "day": "12/07/2026"}
