"""The unlock says when this computer's clock is behind the vault's own record (found by a walker:
a laptop whose clock fell years behind unlocked without a word, and every note, request deadline
and backup was then dated on the wrong day)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from tests.core.cli_helpers import cli_in_process
from tests.local_clock import us_day
from vault_app.services import clients, clock_behind, ledger, reminders
from vault_app.services.vault import Vault


def _written_ahead(vault: Vault, monkeypatch: pytest.MonkeyPatch, ahead: timedelta) -> datetime:
    """Records written while the clock ran `ahead` (the ledger's clock), then the clock set right."""
    when = datetime.now(UTC) + ahead
    monkeypatch.setattr(ledger, "now_iso", lambda: when.isoformat(timespec="microseconds"))
    clients.create_client(vault, "Client seen while the clock ran ahead")
    monkeypatch.undo()
    return when


@pytest.mark.parametrize(("ahead", "said"), [
    (timedelta(days=400), True),  # a year and more: the clock now is behind the record
    (timedelta(hours=2), True),
    (timedelta(minutes=3), False),  # two clocks' drift, not a wrong clock
    (timedelta(0), False),
])
def test_the_clock_behind_the_record_is_found(vault: Vault, monkeypatch: pytest.MonkeyPatch,
                                              ahead: timedelta, said: bool) -> None:
    when = _written_ahead(vault, monkeypatch, ahead)
    found = clock_behind.latest_ahead(vault)
    assert (found is not None) == said
    if said:
        assert found == when
    # A record written since on the right clock does not hide it: the newest-dated record counts.
    clients.create_client(vault, "Client seen after the clock was set right")
    assert (clock_behind.latest_ahead(vault) is not None) == said


def test_a_days_work_on_the_clock_set_back_does_not_hide_it(vault: Vault, vault_dir: Path,
                                                            monkeypatch: pytest.MonkeyPatch) -> None:
    """Found by a walker: after some 55 commands on a clock a year behind, `unlock-check` said nothing and
    --json "clock_behind": false (the newest 50 entries were read, all written on the wrong clock since)."""
    when = _written_ahead(vault, monkeypatch, timedelta(days=400))
    for i in range(60):
        clients.create_client(vault, f"Client {i} seen on the clock set back")
    assert clock_behind.latest_ahead(vault) == when
    vault.lock()
    result = cli_in_process("--json", "unlock-check", "--vault", str(vault_dir))
    assert result.code == 0 and result.json()["clock_behind"] is True


def test_the_unlock_says_it_first(vault: Vault, monkeypatch: pytest.MonkeyPatch) -> None:
    when = _written_ahead(vault, monkeypatch, timedelta(days=400))
    news = reminders.status_line(vault).news
    assert news and news[0].kind == reminders.CLOCK_BEHIND
    assert news[0].value == us_day(when.astimezone().date())
    today = us_day(datetime.now().date())
    assert news[0].params == (("today", today),)
    assert (f"clock says {today}, before this vault's last record (of {us_day(when.astimezone().date())})"
            in (reminders.after_unlock(vault) or ""))


def test_unlock_check_warns(vault: Vault, vault_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    _written_ahead(vault, monkeypatch, timedelta(days=400))
    vault.lock()
    result = cli_in_process("--json", "unlock-check", "--vault", str(vault_dir))
    assert result.code == 0 and result.json()["clock_behind"] is True
    text = cli_in_process("unlock-check", "--vault", str(vault_dir))
    assert text.code == 0 and "WARNING: This computer's clock says " in text.out


def test_a_clock_that_is_right_says_nothing(vault: Vault, vault_dir: Path) -> None:
    clients.create_client(vault, "Client seen today")
    assert clock_behind.latest_ahead(vault) is None
    assert all(n.kind != reminders.CLOCK_BEHIND for n in reminders.status_line(vault).news)
    vault.lock()
    result = cli_in_process("--json", "unlock-check", "--vault", str(vault_dir))
    assert result.code == 0 and result.json()["clock_behind"] is False
