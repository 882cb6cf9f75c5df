"""A decision recorded after the request's due date is said to be late, by how many days (45 CFR
164.524(b)(2), 164.526(b)(2), 164.528(c)(1)). Found in the real app: an amendment denied on 12/05,
due 11/30, was marked late nowhere. Table-tested both sides of the due date, with an extension."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from tests.core import disclosure_fixtures as fx
from vault_app.domain.deadlines import Extension
from vault_app.domain.requests import ClientRequest, decided_late
from vault_app.services import requests
from vault_app.services.vault import Vault

RECEIVED = date(2026, 10, 1)  # an amendment: due 11/30/2026 (60 days)

# (what, kind, status, decided on, extended to, days late or None)
CASES: list[tuple[str, str, str, date | None, date | None, int | None]] = [
    ("amendment denied on its due date", "amendment", "denied", date(2026, 11, 30), None, None),
    ("amendment denied the day after", "amendment", "denied", date(2026, 12, 1), None, 1),
    ("amendment denied 12/05, due 11/30", "amendment", "denied", date(2026, 12, 5), None, 5),
    ("amendment accepted late", "amendment", "granted", date(2026, 12, 5), None, 5),
    ("extended to 12/30: 12/05 is on time", "amendment", "denied", date(2026, 12, 5), date(2026, 12, 30), None),
    ("extended to 12/30, decided 12/31", "amendment", "denied", date(2026, 12, 31), date(2026, 12, 30), 1),
    ("access granted on day 30", "access", "granted", date(2026, 10, 31), None, None),
    ("access granted on day 31", "access", "partially_granted", date(2026, 11, 1), None, 1),
    ("accounting provided on day 61", "accounting", "granted", date(2026, 12, 1), None, 1),
    ("withdrawn by the client after the due date: no decision", "amendment", "withdrawn", date(2026, 12, 5),
     None, None),
    ("still open: not decided", "amendment", "open", None, None, None),
]


@pytest.mark.parametrize(("what", "kind", "status", "decided", "extended", "late"), CASES, ids=[c[0] for c in CASES])
def test_a_decision_after_the_due_date_is_late_by_its_days(
        what: str, kind: str, status: str, decided: date | None, extended: date | None, late: int | None) -> None:
    extension = Extension(RECEIVED + timedelta(days=5), extended, "records off site") if extended else None
    q = ClientRequest("R-1", "C", kind, RECEIVED, status=status, decided_on=decided,  # type: ignore[arg-type]
                      extension=extension)
    found = decided_late(q)
    assert (found.days if found else None) == late, what
    if found is not None:
        assert found.due == q.due_on
        assert found.citation == {"access": "45 CFR 164.524(b)(2)", "amendment": "45 CFR 164.526(b)(2)",
                                  "accounting": "45 CFR 164.528(c)(1)"}[kind]


def test_the_decision_s_ledger_entry_says_by_how_many_days_it_was_late(vault: Vault) -> None:
    chart = fx.make_chart(vault, n=1)
    received = fx.days_ago(65)  # due 5 days ago
    q = requests.add_request(vault, chart.client_id, kind="amendment", received_on=received,
                             description="correct the date of the first session")
    requests.deny_request(vault, q.id, grounds=["accurate_and_complete"], explanation="The date is right.")
    on_time = requests.add_request(vault, chart.client_id, kind="amendment", received_on=fx.days_ago(10),
                                   description="correct the spelling")
    requests.deny_request(vault, on_time.id, grounds=["accurate_and_complete"], explanation="Spelled right.")
    entries = {e.payload["request_id"]: e.payload for e in vault.ledger.entries(kinds=("request.denied",))}
    assert entries[q.id]["late"] is True and entries[q.id]["days_late"] == 5
    assert entries[on_time.id]["late"] is False and entries[on_time.id]["days_late"] == 0
