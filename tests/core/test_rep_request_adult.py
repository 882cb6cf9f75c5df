"""A parent's request for a client who has come of age (45 CFR 164.502(g)(2)-(3), 164.524(a)(1)).

Found by a walker: the father, recorded as guardian while the client was 17, asked for the records
the day after the 18th birthday. "A personal representative not recorded in the chart" took him with
no name, no authority and no check; the grant offered him as the copy's recipient and refused only
after both PDF passwords were typed. Both sides on a real vault: a current guardian of a 17-year-old
is still offered; the ex-guardian of an adult is greyed with the reason, never the first choice."""

from __future__ import annotations

from datetime import timedelta

import pytest

from tests.core import disclosure_fixtures as fx
from vault_app.domain.claimed_authority import CLAIM_CODES, NOT_REPRESENTATIVE, claim_refusal
from vault_app.domain.errors import RefusedByPolicy
from vault_app.services import access_copy, guardians, practice, requests
from vault_app.services.vault import Vault


@pytest.mark.parametrize(("claim", "age", "refused"), [
    ("parent", 17, False),  # a minor's parent: 164.502(g)(3)
    ("parent", 18, True),  # the authority ended at majority
    ("parent", 40, True),
    ("parent", None, False),  # no date of birth: nothing to judge, the therapist decides
    ("adult_guardian", 18, False),  # a court order: 164.502(g)(2)
    ("adult_guardian", 16, False),
    ("health_care_poa", 30, False),
    ("executor", 50, False),
    ("other", 18, False),
    ("nonsense", 18, False),  # no claim named: nothing said
])
def test_a_claimed_authority_is_judged_by_the_clients_age(claim: str, age: int | None, refused: bool) -> None:
    found = claim_refusal(claim, age, 18)
    assert (found is not None) is refused
    if found is not None:
        assert found.code == NOT_REPRESENTATIVE and "164.502(g)" in found.citation
        assert str(age) in found.message and "court order" in found.message


def test_the_majority_is_the_practices_setting() -> None:
    assert claim_refusal("parent", 19, 21) is None  # 21 where the law sets it so
    assert claim_refusal("parent", 21, 21) is not None


def test_every_claim_has_a_citation() -> None:
    assert CLAIM_CODES == ("parent", "adult_guardian", "health_care_poa", "executor", "other")


def _chart_of_a_17_year_old(vault: Vault) -> str:
    chart = fx.make_chart(vault, n=1, date_of_birth=fx.born_years_ago(17))  # 18 tomorrow
    # 18 for both: the parent acts for the minor until majority (no minor-consented care).
    practice.update(vault, jurisdiction={"age_of_majority": 18, "age_of_consent_for_treatment": 18})
    return chart.client_id


def test_the_current_guardian_of_a_17_year_old_is_offered_and_first(vault: Vault) -> None:
    client_id = _chart_of_a_17_year_old(vault)
    father = guardians.add_guardian(vault, client_id, "Luis Reyes", authority="parent", relationship="father")
    q = requests.add_request(vault, client_id, kind="access", received_on=fx.today(), by_representative=True,
                             guardian_id=father.guardian_id)
    offered = access_copy.recipients(vault, q.id, on=fx.today())
    # The 17-year-old themself is greyed: their representative controls the record (164.502(g)(3)).
    assert [gid for gid, _why in offered.barred] == [access_copy.CLIENT]
    assert offered.default == father.guardian_id
    assert father.guardian_id in {key for key, _label in offered.choices}


def test_the_ex_guardian_of_an_adult_is_greyed_with_the_reason_and_never_first(vault: Vault) -> None:
    client_id = _chart_of_a_17_year_old(vault)
    father = guardians.add_guardian(vault, client_id, "Luis Reyes", authority="parent", relationship="father")
    q = requests.add_request(vault, client_id, kind="access", received_on=fx.today(), by_representative=True,
                             guardian_id=father.guardian_id)
    after_birthday = fx.today() + timedelta(days=2)
    offered = access_copy.recipients(vault, q.id, on=after_birthday)
    assert [gid for gid, _why in offered.barred] == [father.guardian_id]
    why = offered.barred[0][1]
    assert why.code == "representative.past_majority" and "164.502(g)" in why.message
    assert offered.default == access_copy.CLIENT, "the adult client, not the ex-guardian, is the first choice"


def test_an_adults_fathers_request_is_denied_as_not_from_a_representative(vault: Vault) -> None:
    """The next step the request's window offers: a denial on that ground, with the letter the app makes
    for a ground that is not reviewable (no review rights offered)."""
    chart = fx.make_chart(vault, n=1, date_of_birth="1990-05-01")
    q = requests.add_request(vault, chart.client_id, kind="access", received_on=fx.days_ago(1), by_representative=True,
                             description="Made by Luis Reyes, claiming: Parent or guardian of a minor.")
    denied, letter = requests.deny_request(vault, q.id, grounds=["not_representative"], denied="all")
    assert denied.status == "denied"
    # Recorded before the name was kept as data: the answer is still the requester's, to no one by
    # name, and never 164.524(d)'s letter to the client (test_not_representative_reply.py).
    text = "\n".join(letter.paragraphs)
    assert letter.to == "Sir or Madam" and "164.502(g)" in text and "neither confirm nor deny" in text
    assert "review_rights" not in letter.elements and "complaint_hhs" not in letter.elements


def test_a_clients_own_request_is_not_denied_on_that_ground(vault: Vault) -> None:
    chart = fx.make_chart(vault, n=1)
    q = requests.add_request(vault, chart.client_id, kind="access", received_on=fx.days_ago(1))
    with pytest.raises(RefusedByPolicy) as refused:
        requests.deny_request(vault, q.id, grounds=["not_representative"], denied="all")
    assert refused.value.code == "request.ground_only_for_representative"
