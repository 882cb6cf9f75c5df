"""State deadlines for a client's access to their records, stricter than HIPAA's 30 days
(domain/state_deadlines), table-driven both sides. Found by two walkers: a California practice
was shown "Due 01/04/2027" (HIPAA's 30 days) for a request Cal. Health & Safety Code 123110
wants answered in 5 working days (inspection) or 15 days (copies); a New York one likewise
(Public Health Law 18(2): inspection within 10 days)."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

import pytest

from vault_app.domain.deadlines import due_date, rule_for
from vault_app.domain.state_deadlines import (
    STATE_ACCESS_RULES,
    add_working_days,
    deadline_for,
    extension_past_state,
    extension_refusal,
    state_dues,
)

FRIDAY = date(2026, 12, 4)
assert FRIDAY.weekday() == 4


@pytest.mark.parametrize(("start", "n", "expected"), (
    (FRIDAY, 5, date(2026, 12, 11)),  # Mon-Fri of the next week: the weekend is skipped
    (FRIDAY, 1, date(2026, 12, 7)),  # the next working day after a Friday is Monday
    (date(2026, 12, 5), 1, date(2026, 12, 7)),  # received on a Saturday: Monday is the first
    (date(2026, 12, 6), 5, date(2026, 12, 11)),  # on a Sunday: Monday to Friday
    (date(2026, 12, 7), 5, date(2026, 12, 14)),  # a Monday: the next Monday
    (date(2026, 12, 7), 4, date(2026, 12, 11)),
    (date(2026, 12, 22), 5, date(2026, 12, 29)),  # Christmas Day counts: holidays are not known
    (FRIDAY, 0, FRIDAY),
))
def test_working_days_skip_weekends_only(start: date, n: int, expected: date) -> None:
    assert add_working_days(start, n) == expected


def test_a_negative_count_is_an_error() -> None:
    with pytest.raises(ValueError):
        add_working_days(FRIDAY, -1)


def test_a_california_request_received_on_a_friday() -> None:
    dues = dict((r.what, day) for r, day in state_dues("CA", "access", FRIDAY))
    assert dues == {"inspect": date(2026, 12, 11), "copy": FRIDAY + timedelta(days=15)}
    d = deadline_for("access", FRIDAY, due_date("access", FRIDAY), "CA")
    assert d.day == date(2026, 12, 11) and d.set_by == "state"
    assert d.citation == "Cal. Health & Safety Code 123110(a)" and d.state_known


# Which rule sets the date, both sides: the earlier of the federal and the state's.
CASES = (
    # (state, kind, received, federal due (None: HIPAA's first period), expected day, set by, citation)
    ("CA", "access", FRIDAY, None, date(2026, 12, 11), "state", "Cal. Health & Safety Code 123110(a)"),
    ("ca", "access", FRIDAY, None, date(2026, 12, 11), "state", "Cal. Health & Safety Code 123110(a)"),
    ("NY", "access", FRIDAY, None, FRIDAY + timedelta(days=10), "state", "N.Y. Public Health Law 18(2)(a)"),
    # An extension moves HIPAA's date, not the state's
    ("CA", "access", FRIDAY, FRIDAY + timedelta(days=60), date(2026, 12, 11), "state",
     "Cal. Health & Safety Code 123110(a)"),
    # Where the federal date is the earlier (a federal date typed shorter), it is the federal one
    ("CA", "access", FRIDAY, FRIDAY + timedelta(days=3), FRIDAY + timedelta(days=3), "federal",
     "45 CFR 164.524(b)(2)"),
    # No state rule known: the federal date
    ("TX", "access", FRIDAY, None, FRIDAY + timedelta(days=30), "federal", "45 CFR 164.524(b)(2)"),
    ("", "access", FRIDAY, None, FRIDAY + timedelta(days=30), "federal", "45 CFR 164.524(b)(2)"),
    ("CA", "amendment", FRIDAY, None, FRIDAY + timedelta(days=60), "federal", "45 CFR 164.526(b)(2)"),
    ("CA", "accounting", FRIDAY, None, FRIDAY + timedelta(days=60), "federal", "45 CFR 164.528(c)(1)"),
)


@pytest.mark.parametrize(("state", "kind", "received", "federal", "day", "set_by", "citation"), CASES)
def test_the_earlier_deadline_and_who_sets_it(state: str, kind: str, received: date, federal: date | None,
                                             day: date, set_by: str, citation: str) -> None:
    d = deadline_for(kind, received, federal or due_date(kind, received), state)
    assert (d.day, d.set_by, d.citation) == (day, set_by, citation)
    assert d.federal_day == (federal or due_date(kind, received))
    assert d.federal_citation == rule_for(kind).citation
    # Known: the app holds a rule for this state and kind (else "your state's may be shorter")
    assert d.state_known == (state.upper() in STATE_ACCESS_RULES and kind == "access")


def test_every_state_rule_cites_its_law_and_says_how_it_was_checked() -> None:
    for state, rules in STATE_ACCESS_RULES.items():
        assert len(state) == 2 and state.isupper()
        for r in rules:
            assert r.state == state and r.days > 0 and r.citation and r.how_checked and r.binds
            assert r.what in ("inspect", "copy")
    # New York's copies: "within a reasonable time" (18(2)(d)) is no number of days: no rule made up
    assert [r.what for r in STATE_ACCESS_RULES["NY"]] == ["inspect"]
    assert not STATE_ACCESS_RULES["NY"][0].verified


# An extension past a state's deadline that allows none is refused with the state's citation,
# table-driven both sides. Found by a walker: a New York practice's extension letter promised
# "no later than January 30, 2027" for a request due 12/11/2026 (N.Y. PHL 18(2)(a), 10 days).
RECEIVED = date(2026, 12, 1)
HIPAA_EXTENDED = RECEIVED + timedelta(days=60)
EXTENSION_CASES = (
    # (state, kind, new due, refused by (citation) or None, the state's day)
    ("NY", "access", HIPAA_EXTENDED, "N.Y. Public Health Law 18(2)(a)", date(2026, 12, 11)),
    ("ny", "access", RECEIVED + timedelta(days=31), "N.Y. Public Health Law 18(2)(a)", date(2026, 12, 11)),
    # California: both rules passed; the earlier (inspection, 5 working days) is the one cited
    ("CA", "access", HIPAA_EXTENDED, "Cal. Health & Safety Code 123110(a)", date(2026, 12, 8)),
    # A new date on the state's day itself breaks nothing
    ("NY", "access", date(2026, 12, 11), None, None),
    # No rule known for the state, none set, or a kind no state rule covers: HIPAA's extension stands
    ("TX", "access", HIPAA_EXTENDED, None, None),
    ("", "access", HIPAA_EXTENDED, None, None),
    ("NY", "amendment", RECEIVED + timedelta(days=90), None, None),
    ("CA", "accounting", RECEIVED + timedelta(days=90), None, None),
)


@pytest.mark.parametrize(("state", "kind", "new_due", "citation", "by"), EXTENSION_CASES)
def test_an_extension_past_a_state_deadline_is_refused(state: str, kind: str, new_due: date,
                                                       citation: str | None, by: date | None) -> None:
    passed = extension_past_state(state, kind, RECEIVED, new_due)
    refusal = extension_refusal(state, kind, RECEIVED, new_due, "en_US")
    if citation is None:
        assert passed is None and refusal is None
        return
    assert passed is not None and refusal is not None
    assert (passed[0].citation, passed[1]) == (citation, by)
    assert refusal.code == "request.state_no_extension"
    assert refusal.params["citation"] == citation and citation in refusal.message
    assert refusal.params["by"] == f"{by:%m/%d/%Y}" and f"{new_due:%m/%d/%Y}" in refusal.message


def test_a_rule_that_allows_an_extension_lets_it_go_up_to_its_end() -> None:
    ny = STATE_ACCESS_RULES["NY"][0]
    assert ny.extension_days == 0 and all(r.extension_days == 0 for rs in STATE_ACCESS_RULES.values() for r in rs)
    longer = replace(ny, extension_days=20)  # made up: no known section has one
    assert extension_past_state("NY", "access", RECEIVED, date(2026, 12, 31), rules=(longer,)) is None
    assert extension_past_state("NY", "access", RECEIVED, date(2027, 1, 1), rules=(longer,)) == (
        longer, date(2026, 12, 11))
