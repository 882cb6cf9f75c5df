"""What the basis form asks (disclosure_basis.asked_fields) is what the gate requires, one rule:
a court order for a client flagged Part 2 needs the findings, notice and limits of 42 CFR 2.64;
for any other client the order needs none of them, and the form asked them anyway (found by a
walker, thirtieth round). Table-driven, both sides, through the real gate (domain/disclosure_gate)."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from vault_app.domain.disclosure import DisclosureRequest, GateContext, ItemFacts, Recipient, Selection
from vault_app.domain.disclosure_basis import SPECS, EvidenceField, LegalBasis, asked_fields
from vault_app.domain.disclosure_gate import decide

TODAY = date(2026, 12, 5)
FILLED: dict[str, Any] = {"text": "filled in", "date": "2026-11-02", "bool": True, "attachment": "att-1",
                          "kinds": ["progress"]}
PART2_FIELDS = {"part2_findings", "part2_notice_on", "part2_limits"}


def _value(f: EvidenceField) -> Any:
    return f.choices[0] if f.type == "choice" else FILLED[f.type]


def _verdict(kind: str, evidence: dict[str, Any], *, part2: bool):  # type: ignore[no-untyped-def]
    request = DisclosureRequest(
        client_id="c1", kind="progress", selection=Selection(), recipient=Recipient("Clerk", "1 Court St"),
        purpose="as the order requires", basis=LegalBasis(kind, evidence), on=TODAY)  # type: ignore[arg-type]
    items = (ItemFacts("n1", "progress", date(2026, 10, 1), part2),)
    return decide(request, GateContext(items=items, client_part2=part2))


# (part2, the names the form asks for a court order, of them those the gate requires). The day it was
# received is asked, not required (the disclosure's day when left empty: domain/subpoena.received_day).
TABLE = [
    (False, {"judge", "court", "case_number", "order_date", "order_attachment_id", "covers", "records_from",
             "records_to", "received_on"},
     {"judge", "court", "case_number", "order_date", "order_attachment_id", "covers"}),
    (True, {"judge", "court", "case_number", "order_date", "order_attachment_id", "covers", "records_from",
            "records_to", "received_on", *PART2_FIELDS},
     {"judge", "court", "case_number", "order_date", "order_attachment_id", "covers", *PART2_FIELDS}),
]


@pytest.mark.parametrize(("part2", "asked", "required"), TABLE, ids=["not part 2", "part 2"])
def test_a_court_order_asks_what_the_gate_requires(part2: bool, asked: set[str], required: set[str]) -> None:
    fields = asked_fields("court_order", part2=part2)
    assert {f.name for f in fields} == asked
    assert {f.name for f in fields if f.required} == required
    # Everything required filled, nothing else: allowed.
    whole = {f.name: _value(f) for f in fields if f.required}
    assert _verdict("court_order", whole, part2=part2).allowed
    # Any one required field left out: refused.
    for name in required:
        verdict = _verdict("court_order", {k: v for k, v in whole.items() if k != name}, part2=part2)
        assert not verdict.allowed, name


@pytest.mark.parametrize("kind", [k for k in SPECS if k != "court_order"])
def test_no_other_basis_asks_part2_fields(kind: str) -> None:
    # Part 2 changes nothing else (what else a form leaves out: tests/core/test_offered_choices.py).
    assert asked_fields(kind, part2=False) == asked_fields(kind, part2=True) == asked_fields(kind, part2=None)
    assert not any(f.part2_only for f in SPECS[kind].fields)
