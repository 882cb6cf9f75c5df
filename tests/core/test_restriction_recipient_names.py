"""An agreed restriction on a recipient (45 CFR 164.522(a)(1)(iii)) refuses that recipient however
the name is written: a first name, a title or a credential added or left out does not make another
person. Found by a walker: under a restriction on "Dr. Rivera", the notes went to "Dr. Maria
Rivera", "Rivera, MD" and "Maria Rivera PhD"."""

from __future__ import annotations

from datetime import date

import pytest

from tests.core import disclosure_fixtures as fx
from vault_app.domain.restrictions import RestrictedItem, Restriction, names_recipient, restriction_refusals
from vault_app.services import disclosure_gate, restrictions
from vault_app.services.vault import Vault

DAY = date(2026, 6, 1)
NOTE = RestrictedItem("n1", "progress", date(2026, 5, 20), False)


def _on(recipient: str) -> Restriction:
    return Restriction("X2", "c1", "other", "not to them", date(2026, 1, 5), "agreed", date(2026, 1, 6),
                       kinds=("progress",), recipient=recipient)


# (citation, the recipient as restricted, the recipient as typed for the disclosure, refused)
ROWS = [
    ("45 CFR 164.522(a)(1)(iii)", "Dr. Rivera", "Dr Rivera", True),
    ("45 CFR 164.522(a)(1)(iii)", "Dr. Rivera", "Dr. Maria Rivera", True),
    ("45 CFR 164.522(a)(1)(iii)", "Dr. Rivera", "Rivera, MD", True),
    ("45 CFR 164.522(a)(1)(iii)", "Dr. Rivera", "Maria Rivera PhD", True),
    ("45 CFR 164.522(a)(1)(iii)", "Dr. Rivera", "Maria Rivera, Ph.D.", True),
    ("45 CFR 164.522(a)(1)(iii)", "Maria Rivera, M.D.", "Dr. Rivera", True),
    ("45 CFR 164.522(a)(1)(iii)", "Dr. Maria Rivera (psychiatrist)", "Dr. M. Rivera", True),
    ("45 CFR 164.522(a)(1)(iii)", "Acme Health Plan", "Acme Health Plan, Inc.", True),
    ("45 CFR 164.522(a)(1)(iii)", "Dr. Rivera", "Dr. Rivas", False),
    ("45 CFR 164.522(a)(1)(iii)", "Dr. Rivera", "Dr. Smith", False),
    ("45 CFR 164.522(a)(1)(iii)", "Acme Health Plan", "Blue Shield", False),
]


@pytest.mark.parametrize(("citation", "restricted", "recipient", "refused"), ROWS,
                         ids=[f"{r[1]} vs {r[2]}" for r in ROWS])
def test_a_restricted_recipient_is_known_however_written(citation: str, restricted: str, recipient: str,
                                                         refused: bool) -> None:
    assert names_recipient(restricted, recipient) is refused
    reasons, _ = restriction_refusals("treatment", recipient, (NOTE,), (_on(restricted),), DAY)
    assert bool(reasons) is refused
    if refused:
        assert citation in reasons[0]


def test_the_gate_refuses_the_restricted_doctor_under_another_spelling(vault: Vault) -> None:
    chart = fx.make_chart(vault, n=1)
    r = restrictions.request_restriction(vault, chart.client_id, kind="other", description="not to my psychiatrist",
                                         requested_on=fx.days_ago(3), kinds=("progress",), recipient="Dr. Rivera")
    restrictions.decide(vault, r.restriction_id, agree=True, decided_on=fx.days_ago(2))
    for name in ("Dr. Maria Rivera", "Rivera, MD"):
        verdict = disclosure_gate.check(vault, fx.request(
            chart.client_id, note_ids=tuple(chart.progress), basis="treatment", evidence=dict(fx.TREATMENT),
            recipient=fx.Recipient(name, "12 Elm St")))
        assert not verdict.allowed and "164.522(a)(1)(iii)" in verdict.reasons[0], name
