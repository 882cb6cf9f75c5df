"""A chart under a legal hold is never eligible for destruction (REGULATIONS.md, Retention:
"Never destroy records under audit, investigation or litigation (a legal hold)"). Found on the
real app: the dashboard's "Eligible for destruction" counted a held chart, the list said "N charts
past their retention period" with it among them, and `retention eligible` printed ELIGIBLE for it.

The rule's table comes from the text: adults 7 years after the last service; minors 3 years
after the age of majority, whichever is later; a hold stops either."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from tests.core.cli_helpers import cli
from vault_app.domain.retention import ChartFacts, RetentionPolicy, evaluate, standing
from vault_app.services import clients, holds, retention, retention_due, sessions
from vault_app.services.vault import Vault

APA = RetentionPolicy()  # 7 years after the last service; minors 3 years after 18, whichever is later

# (born, last service, today, held, standing): both sides of each edge the text sets.
TABLE = [
    # An adult: eligible from the day 7 years after the last service, not the day before.
    (date(1980, 3, 3), date(2019, 12, 4), date(2026, 12, 3), False, "keep"),
    (date(1980, 3, 3), date(2019, 12, 4), date(2026, 12, 4), False, "eligible"),
    (date(1980, 3, 3), date(2019, 12, 4), date(2026, 12, 4), True, "held"),
    (date(1980, 3, 3), date(2019, 12, 4), date(2026, 12, 3), True, "keep"),
    # A minor seen at 13: 21st birthday (3 years after 18) is later than 7 years after the service.
    (date(2005, 6, 1), date(2019, 1, 10), date(2026, 5, 31), False, "keep"),
    (date(2005, 6, 1), date(2019, 1, 10), date(2026, 6, 1), False, "eligible"),
    (date(2005, 6, 1), date(2019, 1, 10), date(2030, 1, 1), True, "held"),
    # A minor seen at 17: 7 years after the service is later than the 21st birthday.
    (date(2001, 6, 1), date(2018, 7, 1), date(2025, 6, 30), False, "keep"),
    (date(2001, 6, 1), date(2018, 7, 1), date(2025, 7, 1), False, "eligible"),
    # No service recorded: no period, whatever the hold.
    (date(1980, 3, 3), None, date(2040, 1, 1), False, "unknown"),
    (date(1980, 3, 3), None, date(2040, 1, 1), True, "unknown"),
]


@pytest.mark.parametrize(("born", "seen", "today", "held", "expected"), TABLE)
def test_standing_follows_the_text(born: date, seen: date | None, today: date, held: bool, expected: str) -> None:
    status = evaluate(ChartFacts("c", "R-1", seen, born), APA)
    assert standing(status, today, held=held) == expected


def _chart(vault: Vault, name: str, born: str, seen: date) -> str:
    client_id = clients.create_client(vault, name, date_of_birth=born).client_id
    sessions.add_session(vault, client_id, date=seen, duration_minutes=50)
    return client_id


def test_a_held_chart_is_listed_but_never_eligible_nor_counted(vault: Vault) -> None:
    free = _chart(vault, "Adam Pastdue", "1970-01-01", date(2012, 1, 1))
    held = _chart(vault, "Hal Heldover", "1970-01-01", date(2011, 1, 1))
    young = _chart(vault, "Mina Minor", "2005-06-01", date(2019, 1, 10))  # eligible 2026-06-01
    holds.place(vault, held, "litigation", "Case 1")
    today = retention.today()
    listed = {e.status.client_id: e for e in retention.eligible(vault)}
    assert listed[held].past_retention and listed[held].held and not listed[held].eligible
    assert listed[held].as_dict(today)["standing"] == "held"
    assert listed[free].eligible and listed[free].as_dict(today)["standing"] == "eligible"
    truly = [e for e in listed.values() if e.eligible]
    assert retention_due.eligible_count(vault.records, today) == len(truly)
    assert held not in {e.status.client_id for e in retention.eligible(vault, include_blocked=False)}
    # Released, it is eligible again and counted.
    holds.release(vault, holds.active_holds(vault, held)[0].hold_id, "Case settled")
    again = {e.status.client_id: e for e in retention.eligible(vault)}
    assert again[held].eligible
    assert retention_due.eligible_count(vault.records, today) == len(truly) + 1
    assert young in again or today < date(2026, 6, 1)


def test_the_cli_says_held_not_eligible(vault: Vault, vault_dir: Path, capsys: pytest.CaptureFixture[str],
                                        monkeypatch: pytest.MonkeyPatch) -> None:
    held = _chart(vault, "Hal Heldover", "1970-01-01", date(2011, 1, 1))
    chart = clients.get_client(vault, held).chart_number
    holds.place(vault, held, "audit", "")
    vault.lock()
    v = ["--vault", str(vault_dir)]
    data = cli(capsys, monkeypatch, "retention", "eligible", *v, "--json").json()
    assert [(d["chart_number"], d["eligible"], d["standing"]) for d in data] == [(chart, False, "held")]
    line = next(x for x in cli(capsys, monkeypatch, "retention", "eligible", *v).out.splitlines()
                if x.startswith(chart))
    assert "HELD" in line and "ELIGIBLE" not in line
