"""Who acts for a minor client (domain/who_acts.py), table-driven: who may receive the copy an
access request gives, whose signature stands on an authorization, and whom the form proposes
as its signer. Each row cites the rule it checks; the allowed side is in the tables too."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

import pytest

from vault_app.domain.representatives import RepAction
from vault_app.domain.who_acts import (
    DATE_RULES,
    ClientFacts,
    Rep,
    client_signature_refusal,
    copy_recipient_refusal,
    default_signer,
    label,
    ledger_recipient,
    representative_refusal,
)

ON = date(2026, 6, 1)
PARENT = Rep("Jane Roe, parent", "parent")
ENDED = Rep("Gail Roe, legal guardian", "legal_guardian", valid_until=date(2026, 1, 31))
FUTURE = Rep("Fay Roe, legal guardian", "legal_guardian", valid_from=date(2026, 9, 1))
DECLINED = Rep("Dan Roe, parent", "parent", declined=True)
ORDERED = Rep("Ann Roe, parent", "parent", majority_order=True)
NO_SIGNING = Rep("Ned Roe, parent", "parent", may_authorize=False)  # a custody order limits his authority
# The same, the order's or the state law's words that give him the records recorded (records access).
NO_SIGNING_RECORDS = Rep("Ned Roe, parent", "parent", may_authorize=False, records_access=True)


def _client(age: int | None, *reps: Rep, consent: int = 14, consented_by: str = "client") -> ClientFacts:
    # consented_by: as the chart records who consented to the minor's care (the rows of a minor who
    # may consent: their own consent, where the parent is refused)
    return ClientFacts(age, 18, consent, reps, care_consented_by=consented_by)


@dataclass(frozen=True)
class CopyRow:
    citation: str
    age: int | None
    reps: tuple[Rep, ...]
    to: Rep | None  # None: the client themself
    refused: str | None  # the rule code that refuses; None: allowed


COPY_ROWS = (
    CopyRow("45 CFR 164.502(g)(1), (g)(3)", 10, (PARENT,), None, "minor_represented_copy"),
    CopyRow("45 CFR 164.502(g)(1), (g)(3)", 13, (ENDED, PARENT), None, "minor_represented_copy"),
    CopyRow("45 CFR 164.502(g)(3)", 10, (PARENT,), PARENT, None),
    CopyRow("45 CFR 164.502(g)", 10, (), None, None),  # nobody recorded: the existing warning, no refusal
    CopyRow("45 CFR 164.502(g)", 10, (ENDED,), None, None),  # nobody in control any more
    CopyRow("45 CFR 164.502(g)", 10, (ENDED,), ENDED, "authority_ended"),
    CopyRow("45 CFR 164.502(g)", 10, (FUTURE,), FUTURE, "not_yet_in_force"),
    CopyRow("45 CFR 164.502(g)(2)-(3)", 18, (PARENT,), PARENT, "parent_past_majority"),
    CopyRow("45 CFR 164.502(g)(2)-(3)", 18, (PARENT,), None, None),
    CopyRow("45 CFR 164.502(g)(2)", 19, (ORDERED,), ORDERED, None),
    CopyRow("45 CFR 164.502(g)(3)(i)", 16, (PARENT,), PARENT, "minor_consented_care"),
    CopyRow("45 CFR 164.502(g)(3)(i)", 16, (PARENT,), None, None),
    CopyRow("45 CFR 164.502(g)(5)", 10, (DECLINED,), DECLINED, "declined"),
    CopyRow("45 CFR 164.502(g)(5)", 10, (DECLINED,), None, None),
    CopyRow("45 CFR 164.502(g)", None, (PARENT,), None, None),  # no date of birth: not known to be a minor
    CopyRow("45 CFR 164.502(g)", None, (PARENT,), PARENT, None),
    # 164.502(g)(1), (g)(3): a parent whose authority the chart records as limited ("may not sign": a custody
    # order) is not the copy's recipient unless the basis for their having the records is recorded.
    CopyRow("45 CFR 164.502(g)(1), (g)(3)", 10, (NO_SIGNING,), NO_SIGNING, "limited_authority"),
    CopyRow("45 CFR 164.502(g)(1), (g)(3)", 10, (PARENT, NO_SIGNING), NO_SIGNING, "limited_authority"),
    CopyRow("45 CFR 164.502(g)(1), (g)(3)", 16, (NO_SIGNING,), NO_SIGNING, "limited_authority",),
    CopyRow("45 CFR 164.502(g)(1), (g)(3)", None, (NO_SIGNING,), NO_SIGNING, "limited_authority"),
    CopyRow("45 CFR 164.502(g)(1), (g)(3)", 10, (PARENT, NO_SIGNING), None, "minor_represented_copy"),
    CopyRow("45 CFR 164.502(g)(3)", 10, (NO_SIGNING_RECORDS,), NO_SIGNING_RECORDS, None),  # the basis recorded
    CopyRow("45 CFR 164.502(g)(3)", 10, (PARENT, NO_SIGNING_RECORDS), NO_SIGNING_RECORDS, None),
    CopyRow("45 CFR 164.502(g)(2)-(3)", 18, (NO_SIGNING_RECORDS,), NO_SIGNING_RECORDS, "parent_past_majority"),
)


@pytest.mark.parametrize("row", COPY_ROWS, ids=lambda r: f"{r.age}-{r.to.label if r.to else 'client'}-{r.refused}")
def test_who_may_receive_the_copy(row: CopyRow) -> None:
    found = copy_recipient_refusal(_client(row.age, *row.reps), row.to, ON)
    if row.refused is None:
        assert found is None, found
        return
    assert found is not None and found.code == row.refused
    assert row.citation.split(";")[0] in found.citation and row.citation in found.message


def test_a_refused_client_is_told_who_receives_instead() -> None:
    found = copy_recipient_refusal(_client(10, ENDED, PARENT), None, ON)
    assert found is not None
    assert "Send it to: Jane Roe, parent." in found.message and "Gail Roe" not in found.message
    assert "under your age of consent for treatment (14)" in found.message and found.hint


def test_a_limited_parent_is_never_named_as_who_receives_the_copy() -> None:
    found = copy_recipient_refusal(_client(10, NO_SIGNING, PARENT), None, ON)
    assert found is not None and "Send it to: Jane Roe, parent." in found.message and "Ned Roe" not in found.message
    limited = copy_recipient_refusal(_client(10, NO_SIGNING, PARENT), NO_SIGNING, ON)
    assert limited is not None and "records-access" in limited.hint and "custody order" in limited.hint


@pytest.mark.parametrize(("rep", "action", "refused"), [
    (NO_SIGNING, "request_records", "limited_authority"),  # exercising the right of access for the child
    (NO_SIGNING, "receive_copy", "limited_authority"),
    (NO_SIGNING_RECORDS, "request_records", None),
    (NO_SIGNING_RECORDS, "receive_copy", None),
    (PARENT, "request_records", None),
    (NO_SIGNING, "sign_authorization", None),  # refused where the signature is recorded ("may_not_authorize")
])
def test_what_a_limited_parent_may_not_do(rep: Rep, action: RepAction, refused: str | None) -> None:
    found = representative_refusal(_client(10, rep), rep, action, ON)
    assert (found.code if found else None) == refused


def test_an_ended_authority_says_the_day_it_ended() -> None:
    found = copy_recipient_refusal(_client(10, ENDED), ENDED, ON)
    assert found is not None and "ended on 01/31/2026" in found.message and "Gail Roe, legal guardian" in found.message
    assert {r.code for r in DATE_RULES} <= {r.refused for r in COPY_ROWS}


@dataclass(frozen=True)
class SignRow:
    citation: str
    age: int | None
    reps: tuple[Rep, ...]
    refused: bool
    part2: bool = False
    consent: int = 14


SIGN_ROWS = (
    SignRow("45 CFR 164.502(g)(1), (g)(3); 164.508(c)(1)(vi)", 10, (PARENT,), True),
    SignRow("45 CFR 164.502(g)(1), (g)(3); 164.508(c)(1)(vi)", 17, (PARENT,), True, consent=18),
    SignRow("45 CFR 164.502(g)(3)(i)", 16, (PARENT,), False),  # may consent: signs for themself
    SignRow("45 CFR 164.502(g)(2)-(3)", 18, (PARENT,), False),  # an adult signs
    SignRow("45 CFR 164.502(g)", 10, (), False),  # nobody recorded: the warning, not a refusal
    SignRow("45 CFR 164.502(g)", 10, (ENDED,), False),
    SignRow("45 CFR 164.502(g)(5)", 10, (DECLINED,), False),
    SignRow("45 CFR 164.508(c)(1)(vi)", 10, (NO_SIGNING,), False),  # not allowed to sign: not in control
    SignRow("42 CFR 2.14(b)", 10, (PARENT,), False, part2=True),  # both sign a Part 2 consent
    SignRow("45 CFR 164.502(g)", None, (PARENT,), False),
)


@pytest.mark.parametrize("row", SIGN_ROWS, ids=lambda r: f"{r.age}-{len(r.reps)}-{r.part2}-{r.refused}")
def test_whose_signature_stands(row: SignRow) -> None:
    found = client_signature_refusal(_client(row.age, *row.reps, consent=row.consent), ON, part2=row.part2)
    if not row.refused:
        assert found is None, found
        return
    assert found is not None and found.code == "minor_represented_signature"
    assert found.citation == row.citation and "164.508(c)(1)(vi)" in found.message
    assert "Who may sign: Jane Roe, parent." in found.message


@dataclass(frozen=True)
class ProposeRow:
    citation: str
    age: int | None
    reps: tuple[Rep, ...]
    expected: Rep | None  # None: the client is proposed
    consent: int = 14
    consented_by: str = "client"  # as the chart records who consented to the minor's care
    part2: bool = False


PROPOSE_ROWS = (
    ProposeRow("45 CFR 164.502(g)(1), (g)(3)", 10, (PARENT,), PARENT),
    ProposeRow("45 CFR 164.502(g)", 10, (ENDED, FUTURE, NO_SIGNING, PARENT), PARENT),  # the first one in control
    ProposeRow("45 CFR 164.502(g)(3)", 17, (PARENT,), PARENT, consent=18),
    ProposeRow("45 CFR 164.502(g)(2)-(3)", 18, (PARENT,), None),  # turned 18: the parent's authority ended
    ProposeRow("45 CFR 164.502(g)(2)-(3)", 18, (ORDERED,), None, consented_by=""),  # an adult: the client by default
    # At or above the age of consent, who consented to the care decides (164.502(g)(3)(i)(A)), as it
    # decides whose signature is refused (representatives "minor_consented_care"):
    ProposeRow("45 CFR 164.502(g)(3)(i)", 16, (PARENT,), None),  # the minor consented: signs for themself
    ProposeRow("45 CFR 164.502(g)(3)(i)", 14, (PARENT,), None),
    ProposeRow("45 CFR 164.502(g)(3)(i)", 16, (PARENT,), PARENT, consented_by="guardian"),  # the parent consented
    ProposeRow("45 CFR 164.502(g)(3)(i)", 14, (PARENT,), PARENT, consented_by="guardian"),
    ProposeRow("45 CFR 164.502(g)(3)(i)", 17, (ENDED, PARENT), PARENT, consented_by="guardian"),
    ProposeRow("45 CFR 164.502(g)(3)(i)", 16, (PARENT,), PARENT, consented_by=""),  # not recorded: the open question
    ProposeRow("45 CFR 164.502(g)(5)", 16, (DECLINED,), None, consented_by="guardian"),
    ProposeRow("45 CFR 164.508(c)(1)(vi)", 16, (NO_SIGNING,), None, consented_by="guardian"),
    ProposeRow("45 CFR 164.502(g)", 16, (), None, consented_by="guardian"),
    # Part 2: capacity under state law alone decides (42 CFR 2.14(a)), whoever consented to the care.
    ProposeRow("42 CFR 2.14(a)", 16, (PARENT,), None, consented_by="guardian", part2=True),
    ProposeRow("42 CFR 2.14(a)", 16, (PARENT,), None, consented_by="", part2=True),
    ProposeRow("42 CFR 2.14(a)", 16, (PARENT,), None, part2=True),
    ProposeRow("42 CFR 2.14(b)", 10, (PARENT,), PARENT, part2=True),  # both sign: the parent proposed
    ProposeRow("45 CFR 164.502(g)", 10, (), None),
    ProposeRow("45 CFR 164.502(g)(5)", 10, (DECLINED,), None),
    ProposeRow("45 CFR 164.502(g)", None, (PARENT,), None, consented_by=""),  # no date of birth
    ProposeRow("45 CFR 164.502(g)", 30, (Rep("Al Roe, health care agent", "health_care_agent"),), None),
)


@pytest.mark.parametrize("row", PROPOSE_ROWS,
                         ids=lambda r: f"{r.age}-{r.consented_by or 'unrecorded'}-{r.part2}-{r.expected is not None}")
def test_whom_the_form_proposes(row: ProposeRow) -> None:
    facts = _client(row.age, *row.reps, consent=row.consent, consented_by=row.consented_by)
    assert default_signer(facts, ON, part2=row.part2) == row.expected


@pytest.mark.parametrize(("name", "authority", "relationship", "expected"), [
    ("Jane Roe", "parent", "", "Jane Roe, parent"),
    ("Jane Roe", "parent", "Parent", "Jane Roe, parent"),
    ("Jane Roe", "parent", "mother", "Jane Roe, parent (mother)"),
    ("Gail Roe", "legal_guardian", "", "Gail Roe, legal guardian"),
    ("Tia Roe", "other", "aunt", "Tia Roe, aunt"),
    ("Tia Roe", "other", "", "Tia Roe, personal representative"),
])
def test_how_a_representative_is_named(name: str, authority: str, relationship: str, expected: str) -> None:
    assert label(name, authority, relationship) == expected


@pytest.mark.parametrize(("authority", "expected"), [
    ("parent", "the client's personal representative (parent)"),
    ("legal_guardian", "the client's personal representative (legal guardian)"),
    ("health_care_agent", "the client's personal representative (health care agent)"),
    ("other", "the client's personal representative (representative)"),  # never the free-text relationship
])
def test_what_the_ledger_keeps_for_a_representative(authority: str, expected: str) -> None:
    assert ledger_recipient(authority) == expected and "Roe" not in expected
