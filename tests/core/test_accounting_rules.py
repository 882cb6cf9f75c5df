"""The accounting rules of 164.528 on plain records: window, exclusions, summaries, suspensions."""

from __future__ import annotations

from datetime import date

import pytest

from vault_app.domain.accounting import build, new_suspension
from vault_app.domain.disclosure import DisclosureRecord, Recipient
from vault_app.domain.errors import InvalidInput

AS_OF = date(2024, 2, 29)  # a leap day: the window starts 2018-02-28
CLIENT = "c1"
_seq = iter(range(1, 10_000))


def rec(day: date, *, recipient: str = "State Board", purpose: str = "oversight", accountable: bool = True,
        delivered: bool = True, client: str = CLIENT, exclusion: str = "") -> DisclosureRecord:
    n = next(_seq)
    return DisclosureRecord(
        disclosure_id=f"D-{n}", client_id=client, day=day, recipient=Recipient(recipient, "1 Gov Plaza"),
        description="1 progress notes (2017-01-01)", purpose=purpose, basis_kind="health_oversight",
        basis_summary="health oversight", authorization_id=None, accountable=accountable, exclusion=exclusion,
        kind="progress", seq=n, delivered=delivered,
    )


def test_six_year_window_is_inclusive_at_both_ends() -> None:
    records = [rec(date(2018, 2, 27)), rec(date(2018, 2, 28), recipient="A"), rec(AS_OF, recipient="B"),
               rec(date(2024, 3, 1), recipient="C")]
    acc = build(records, client_id=CLIENT, as_of=AS_OF)
    assert acc.period_start == date(2018, 2, 28)
    assert [line.first.recipient.name for line in acc.lines] == ["A", "B"]


def test_other_clients_and_undelivered_disclosures_are_left_out() -> None:
    records = [rec(date(2023, 1, 1), client="c2"), rec(date(2023, 1, 2), delivered=False),
               rec(date(2023, 1, 3), recipient="Kept")]
    acc = build(records, client_id=CLIENT, as_of=AS_OF)
    assert [line.first.recipient.name for line in acc.lines] == ["Kept"]


def test_exclusions_listed_separately_or_omitted() -> None:
    records = [rec(date(2023, 1, 1)), rec(date(2023, 2, 1), recipient="Dr. T", purpose="treatment",
                                          accountable=False, exclusion="for treatment (164.528(a)(1)(i))")]
    listed = build(records, client_id=CLIENT, as_of=AS_OF, exclusions="list")
    assert len(listed.lines) == 1 and len(listed.excluded) == 1
    assert listed.excluded[0].first.exclusion.startswith("for treatment")
    omitted = build(records, client_id=CLIENT, as_of=AS_OF, exclusions="omit")
    assert len(omitted.lines) == 1 and omitted.excluded == ()
    with pytest.raises(InvalidInput):
        build(records, client_id=CLIENT, as_of=AS_OF, exclusions="hide")  # type: ignore[arg-type]


def test_repeat_disclosures_to_the_same_recipient_for_the_same_purpose_are_summarized() -> None:
    records = [rec(date(2023, 1, 5)), rec(date(2023, 3, 5)), rec(date(2023, 6, 5)),
               rec(date(2023, 4, 1), purpose="another purpose"), rec(date(2023, 5, 1), recipient="Other")]
    acc = build(records, client_id=CLIENT, as_of=AS_OF)
    first = acc.lines[0]
    assert first.first.day == date(2023, 1, 5) and first.count == 3 and first.last_day == date(2023, 6, 5)
    assert first.summarized
    assert [(line.count, line.first.purpose) for line in acc.lines[1:]] == [(1, "another purpose"), (1, "oversight")]
    full = build(records, client_id=CLIENT, as_of=AS_OF, summarize=False)
    assert len(full.lines) == 5


def test_suspension_hides_disclosures_to_the_agency_while_it_lasts() -> None:
    records = [rec(date(2023, 1, 5), recipient="Police Department"), rec(date(2023, 1, 6))]
    s = new_suspension(id="S1", client_id=CLIENT, agency="police department", starts_on=date(2024, 2, 1),
                       ends_on=date(2024, 6, 30), written=True)
    during = build(records, client_id=CLIENT, as_of=AS_OF, suspensions=[s])
    assert [line.first.recipient.name for line in during.lines] == ["State Board"]
    assert during.hidden_by_suspension == 1
    after = build(records, client_id=CLIENT, as_of=date(2024, 7, 1), suspensions=[s])
    assert len(after.lines) == 2 and after.hidden_by_suspension == 0


def test_oral_suspension_lasts_thirty_days_at_most() -> None:
    s = new_suspension(id="S1", client_id=CLIENT, agency="Police", starts_on=date(2024, 1, 31), ends_on=None,
                       written=False)
    assert s.ends_on == date(2024, 3, 1)
    longer = new_suspension(id="S2", client_id=CLIENT, agency="Police", starts_on=date(2024, 1, 31),
                            ends_on=date(2024, 12, 31), written=False)
    assert longer.ends_on == date(2024, 3, 1)
    with pytest.raises(InvalidInput, match="time period"):
        new_suspension(id="S3", client_id=CLIENT, agency="Police", starts_on=date(2024, 1, 1), ends_on=None,
                       written=True)


def test_national_security_disclosures_never_reach_the_client() -> None:
    from dataclasses import replace

    secret = replace(rec(date(2023, 1, 1), recipient="Federal official", accountable=False,
                         exclusion="for national security or intelligence purposes (164.528(a)(1)(vi))"),
                     basis_kind="national_security", hidden_from_client=True)
    acc = build([secret, rec(date(2023, 2, 1))], client_id=CLIENT, as_of=AS_OF, exclusions="list")
    shown = [line.first.disclosure_id for line in (*acc.lines, *acc.excluded)]
    assert secret.disclosure_id not in shown and len(shown) == 1
    assert acc.withheld == 1
    # An entry written before the flag existed is recognised by its basis.
    legacy = DisclosureRecord.from_payload({**secret.payload(), "hidden_from_client": False}, 7)
    assert legacy.hidden_from_client
