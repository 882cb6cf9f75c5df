"""What the basis form offers (disclosure_basis.asked_fields) is what the gate accepts, one rule:
"required by law" offered "duty to warn" under "which duty applies", and asked the threat and the
person threatened, while the gate refuses that for every new disclosure (a warning is 45 CFR
164.512(j), permissive, never 164.512(a): "threat.not_required"). Table-driven, both sides,
through the real gate: every choice a form offers passes with its required evidence; every
choice it does not offer is refused, and the basis it moved to (MOVED) takes the same facts."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from vault_app.domain.disclosure import DisclosureRequest, GateContext, ItemFacts, Recipient, Selection
from vault_app.domain.disclosure_basis import SPECS, EvidenceField, LegalBasis, asked_fields

TODAY = date(2026, 12, 5)
FILLED: dict[str, Any] = {"text": "filled in", "date": "2026-11-02", "bool": True, "attachment": "att-1",
                          "kinds": ["progress"]}
# Bases whose verdict turns on facts outside the evidence (an authorization, an access request on
# file, a subpoena's assurances): their choices are checked by their own tables.
OWN_TABLES = {"authorization", "client_access", "subpoena"}


def _verdict(kind: str, evidence: dict[str, Any]):  # type: ignore[no-untyped-def]
    from vault_app.domain.disclosure_gate import decide

    info = "progress" if "progress" in SPECS[kind].allows else "billing"
    request = DisclosureRequest(
        client_id="c1", kind=info, selection=Selection(), recipient=Recipient("County Police", "1 Main St"),
        purpose="to prevent the threat", basis=LegalBasis(kind, evidence), on=TODAY)  # type: ignore[arg-type]
    return decide(request, GateContext(items=(ItemFacts("n1", info, date(2026, 10, 1), False),)))  # type: ignore[arg-type]


def _filled(fields: tuple[EvidenceField, ...], **chosen: str) -> dict[str, Any]:
    return {f.name: chosen.get(f.name, f.choices[0] if f.type == "choice" else FILLED[f.type]) for f in fields}


# (basis, choice field, the choices a form offers, the choices it must not offer)
TABLE = [
    ("required_by_law", "law_kind", ("child_abuse_report", "elder_abuse_report", "other_statute"), ("duty_to_warn",)),
]


@pytest.mark.parametrize(("kind", "name", "offered", "withheld"), TABLE, ids=[t[0] for t in TABLE])
def test_a_form_offers_only_the_choices_the_gate_accepts(
        kind: str, name: str, offered: tuple[str, ...], withheld: tuple[str, ...]) -> None:
    fields = {f.name: f for f in asked_fields(kind, part2=False)}
    assert fields[name].choices == offered
    assert set(offered) | set(withheld) == set(next(f for f in SPECS[kind].fields if f.name == name).choices)
    for choice in offered:  # offered: passes with what the form asks
        assert _verdict(kind, _filled(tuple(fields.values()), **{name: choice})).allowed, choice
    for choice in withheld:  # withheld: the gate refuses it, whatever else is filled in
        everything = _filled(SPECS[kind].fields, **{name: choice})
        verdict = _verdict(kind, everything)
        assert not verdict.allowed
        assert "threat.not_required" in {getattr(r, "code", "") for r in verdict.reasons}, choice


def test_no_field_is_asked_only_for_a_withheld_choice() -> None:
    asked = {f.name for f in asked_fields("required_by_law", part2=False)}
    assert asked == {"law_kind", "agency", "statute", "report_reference"}
    assert {"threat", "identifiable_person"} <= {f.name for f in SPECS["required_by_law"].fields}  # still readable


def test_a_duty_to_warn_goes_to_the_serious_threat_basis_which_the_gate_allows() -> None:
    from vault_app.domain.disclosure_basis import MOVED, moved_from

    [moved] = moved_from("required_by_law")
    assert (moved.field, moved.choice, moved.to) == ("law_kind", "duty_to_warn", "serious_threat")
    # The facts the withheld fields asked are asked by the basis it moved to.
    assert set(moved.only_for) <= {f.name for f in asked_fields(moved.to, part2=False)}
    assert _verdict(moved.to, _filled(asked_fields(moved.to, part2=False))).allowed
    assert all(m.to in SPECS and m.kind in SPECS for m in MOVED)


@pytest.mark.parametrize("kind", sorted(set(SPECS) - OWN_TABLES - {"required_by_law"}))
def test_every_other_basis_offers_every_choice(kind: str) -> None:
    assert asked_fields(kind, part2=False) == tuple(f for f in SPECS[kind].fields if not f.part2_only)
    assert _verdict(kind, _filled(tuple(f for f in asked_fields(kind, part2=False) if f.required))).allowed, kind
