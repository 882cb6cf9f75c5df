"""One rule for a guardian's standing on a day (domain/representatives.standing), table-driven
both sides from REGULATIONS.md "Personal representatives (164.502(g))": a parent's authority
ends at the age of majority unless a court order says otherwise; the provider may decline to
treat a person as representative (164.502(g)(5)); a recorded guardianship holds from its
recorded start through its recorded last day. Then: the refusal of a signature (who_acts' rules
asked about the guardian as services/representatives.rep_for gives them) agrees with it."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

import pytest

from vault_app.domain import who_acts
from vault_app.domain.clinical import Guardian, GuardianAuthority
from vault_app.domain.representatives import has_majority_order, standing
from vault_app.services import representatives

BORN = date(2009, 5, 1)  # turns 18 on 2027-05-01
ON = date(2027, 5, 1)


@dataclass(frozen=True)
class Row:
    why: str | None
    on: date = ON
    authority: GuardianAuthority = "parent"
    valid_from: date | None = None
    valid_until: date | None = None
    order: str | None = None
    declined_on: date | None = None
    may_authorize: bool = True
    since: date | None = None
    ends_on: date | None = None
    by_law: bool = False


ROWS = {
    # 164.502(g)(2)-(3): a parent's authority ends on the birthday of majority...
    "parent on the 18th birthday": Row("legal_end", since=ON, ends_on=ON, by_law=True),
    "parent the eve of it": Row(None, on=date(2027, 4, 30), ends_on=ON, by_law=True),
    "parent of a client with no birth date": Row(None),
    # ... unless a court order says otherwise (an id that names something)
    "order past majority": Row(None, order="A-1"),
    "an empty order id is no order": Row("legal_end", order="", since=ON, ends_on=ON, by_law=True),
    "an adult's agent: no end by law": Row(None, authority="health_care_agent"),
    # the recorded Until is the last day in force; its morrow the first day without
    "recorded end, its last day": Row(None, on=date(2026, 12, 5), valid_until=date(2026, 12, 5),
                                      ends_on=date(2026, 12, 6)),
    "recorded end, the day after": Row("recorded_end", on=date(2026, 12, 6), valid_until=date(2026, 12, 5),
                                       since=date(2026, 12, 6), ends_on=date(2026, 12, 6)),
    "recorded end the birthday's eve comes first": Row("recorded_end", valid_until=date(2027, 4, 30),
                                                       since=ON, ends_on=ON),
    "recorded end after the birthday: the law first": Row("legal_end", valid_until=date(2030, 1, 1),
                                                          since=ON, ends_on=ON, by_law=True),
    # a recorded start in the future: not yet
    "start tomorrow": Row("not_yet", on=date(2026, 12, 5), valid_from=date(2026, 12, 6), since=date(2026, 12, 6),
                          ends_on=ON, by_law=True),
    "start today": Row(None, on=date(2026, 12, 5), valid_from=date(2026, 12, 5), ends_on=ON, by_law=True),
    # 164.502(g)(5): declined from the recorded day of the decision, not before
    "declined today": Row("declined", on=date(2026, 12, 5), declined_on=date(2026, 12, 5),
                          since=date(2026, 12, 5), ends_on=ON, by_law=True),
    "declined tomorrow": Row(None, on=date(2026, 12, 5), declined_on=date(2026, 12, 6), ends_on=ON, by_law=True),
    "declined beats not yet": Row("declined", on=date(2026, 12, 5), declined_on=date(2026, 1, 1),
                                  valid_from=date(2027, 1, 1), since=date(2026, 1, 1), ends_on=ON, by_law=True),
    # recorded as not allowed to sign: in force, may not sign
    "may not sign": Row(None, on=date(2026, 12, 5), may_authorize=False, ends_on=ON, by_law=True),
}


def _guardian(row: Row) -> Guardian:
    return Guardian("G-1", "C-1", "Sam Parent", "father", row.authority, row.may_authorize,
                    valid_from=row.valid_from, valid_until=row.valid_until, majority_order_attachment_id=row.order,
                    declined_on=row.declined_on)


@pytest.mark.parametrize("name", ROWS)
def test_a_guardians_standing(name: str) -> None:
    row = ROWS[name]
    born = None if "no birth date" in name else BORN
    got = standing(_guardian(row), born, 18, row.on)
    assert (got.why, got.since, got.ends_on, got.end_by_law) == (row.why, row.since, row.ends_on, row.by_law)
    assert got.in_force is (row.why is None)
    assert got.may_sign is (row.why is None and row.may_authorize)
    assert got.citation.startswith("45 CFR 164.502(g)")
    if row.why == "declined":
        assert got.citation == "45 CFR 164.502(g)(5)"
    if got.ends_on is not None:
        assert got.last_day is not None and (got.ends_on - got.last_day).days == 1


_REFUSAL_OF = {"declined": "declined", "legal_end": "parent_past_majority", "recorded_end": "authority_ended",
               "not_yet": "not_yet_in_force"}


@pytest.mark.parametrize("name", ROWS)
def test_the_refusal_of_a_signature_says_what_the_standing_says(name: str) -> None:
    """Both sides: refused exactly when the standing says not in force, for its reason."""
    row = ROWS[name]
    if "no birth date" in name:
        return
    g = _guardian(row)
    found = standing(g, BORN, 18, row.on)
    age = row.on.year - BORN.year - ((row.on.month, row.on.day) < (BORN.month, BORN.day))
    rep = representatives.rep_for(g, BORN, 18, row.on)  # the guardian as the refusal of a signature sees them
    client = who_acts.ClientFacts(age, 18, 21, (rep,))  # consent age past majority: only standing rules apply
    refused = who_acts.representative_refusal(client, rep, "sign_authorization", row.on)
    assert (refused.code if refused else None) == (_REFUSAL_OF[found.why] if found.why else None)


@pytest.mark.parametrize(("order", "held"), [(None, False), ("", False), ("  ", False), ("A-1", True)])
def test_a_court_order_is_recorded_when_its_id_names_one(order: str | None, held: bool) -> None:
    g = Guardian("G-1", "C-1", "Sam Parent", "father", "parent", True, majority_order_attachment_id=order)
    assert has_majority_order(g) is held
