"""A state's own grounds to deny a parent's access to a minor's record (domain/state_minor_access).

Found by a walker: a California practice could not cite Health & Safety Code 123115(a)(2), nor a New
York one Public Health Law 18(3)(c), against a parent's request for a minor's record; only HIPAA's
narrower 164.524(a)(3)(iii). Both sides: offered and accepted for a representative's request about a
minor in that state; refused for a client's own request, about an adult, in another state, with no
date of birth, and (New York's objection) under 12."""

from __future__ import annotations

import pytest

from tests.core import disclosure_fixtures as fx
from vault_app.domain.denial_ground import fits
from vault_app.domain.errors import RefusedByPolicy
from vault_app.domain.requests import ACCESS_DENIAL_GROUNDS, grounds_offered
from vault_app.domain.state_minor_access import STATE_MINOR_GROUNDS
from vault_app.services import practice, requests, today
from vault_app.services.vault import Vault

CA, NY, NY_OBJECTS = (ACCESS_DENIAL_GROUNDS[c] for c in ("ca_minor_detriment", "ny_minor_detriment",
                                                         "ny_minor_objects"))


@pytest.mark.parametrize(("ground", "by_rep", "state", "age", "fit"), [
    (CA, True, "CA", 14, True),
    (CA, True, "ca", 0, True),
    (CA, True, "CA", 17, True),
    (CA, True, "CA", 18, False),  # an adult: the parent acts for no one
    (CA, False, "CA", 14, False),  # the minor's own request
    (CA, True, "NY", 14, False),  # another state's law
    (CA, True, "", 14, False),  # no license state set
    (CA, True, "CA", None, False),  # no date of birth on the chart
    (NY, True, "NY", 5, True),
    (NY, True, "NY", 18, False),
    (NY, False, "NY", 15, False),
    (NY, True, "CA", 15, False),
    (NY_OBJECTS, True, "NY", 12, True),
    (NY_OBJECTS, True, "NY", 11, False),  # 18(3)(c): the minor's objection counts from 12
    (NY_OBJECTS, True, "NY", 17, True),
    (NY_OBJECTS, False, "NY", 15, False),
])
def test_a_state_ground_fits_only_a_representatives_request_about_a_minor_there(
        ground: object, by_rep: bool, state: str, age: int | None, fit: bool) -> None:
    assert fits(ground, by_rep, state=state, age=age) is fit  # type: ignore[arg-type]


def test_every_state_ground_cites_its_section_and_is_in_the_access_table() -> None:
    for g in STATE_MINOR_GROUNDS:
        assert g.state and g.citation and g.name and g.only_for_representative and not g.reviewable
        assert ACCESS_DENIAL_GROUNDS[g.code] is g
    assert [g.code for g in grounds_offered("access", True, state="NY", age=15) if g.state] == [
        "ny_minor_detriment", "ny_minor_objects"]
    assert [g.code for g in grounds_offered("access", False, state="NY", age=15) if g.state] == []
    assert [g.code for g in grounds_offered("amendment", True, state="CA", age=15) if g.state] == []


def _request(vault: Vault, state: str, *, age: int | None, by_rep: bool = True) -> str:
    dob = fx.born_years_ago(age) if age is not None else ""
    chart = fx.make_chart(vault, n=1, date_of_birth=dob)
    practice.update(vault, license_state=state, license_number="PSY 12345")
    q = requests.add_request(vault, chart.client_id, kind="access", received_on=fx.days_ago(2),
                             by_representative=by_rep)
    return q.id


@pytest.mark.parametrize(("state", "code", "age", "state_review"), [
    ("CA", "ca_minor_detriment", 14, False),
    ("NY", "ny_minor_detriment", 9, True),
    ("NY", "ny_minor_objects", 15, True),
])
def test_a_parents_request_about_a_minor_is_denied_on_the_states_ground(
        vault: Vault, state: str, code: str, age: int, state_review: bool) -> None:
    rid = _request(vault, state, age=age)
    assert code in today.request_detail(vault, rid).grounds  # the request's window offers it
    denied, letter = requests.deny_request(vault, rid, grounds=[code], denied="all")
    assert denied.status == "denied" and denied.grounds == (code,)
    text = "\n".join(letter.paragraphs)
    # The citation sits inside the ground's sentence, before its full stop (domain/cited.py).
    ground = ACCESS_DENIAL_GROUNDS[code]
    assert f"{ground.text.rstrip('.')} ({ground.citation})." in text
    # Not HIPAA's review (164.524(a)(4)): a state ground; New York's own review goes with it (PHL 18(4)).
    assert "review_rights" not in letter.elements and "state_ground_basis" in letter.elements
    assert ("state_review" in letter.elements) is state_review
    assert ("Medical Record Access Review Committee" in text) is state_review
    assert "that is not reviewable (45 CFR 164.524(a)(1)-(2))" not in text


@pytest.mark.parametrize(("state", "code", "age", "by_rep"), [
    ("CA", "ca_minor_detriment", 30, False),  # an adult client's own request
    ("CA", "ca_minor_detriment", 15, False),  # a minor's own request
    ("CA", "ca_minor_detriment", 30, True),  # a parent's request about an adult
    ("NY", "ca_minor_detriment", 15, True),  # California's ground in New York
    ("CA", "ca_minor_detriment", None, True),  # no date of birth to judge by
    ("NY", "ny_minor_objects", 11, True),  # the objection of a child under 12
])
def test_a_state_ground_that_does_not_fit_is_refused_in_words(
        vault: Vault, state: str, code: str, age: int | None, by_rep: bool) -> None:
    rid = _request(vault, state, age=age, by_rep=by_rep)
    assert code not in today.request_detail(vault, rid).grounds
    with pytest.raises(RefusedByPolicy) as refused:
        requests.deny_request(vault, rid, grounds=[code], denied="all")
    assert refused.value.code == "request.ground_state_minor_only"
    assert code not in refused.value.message and ACCESS_DENIAL_GROUNDS[code].citation in refused.value.message
    assert requests.get_request(vault, rid).status == "open"


def test_an_adults_own_request_still_has_hipaas_grounds_only(vault: Vault) -> None:
    rid = _request(vault, "NY", age=40, by_rep=False)
    offered = today.request_detail(vault, rid).grounds
    assert "endangerment" in offered and not any(ACCESS_DENIAL_GROUNDS[c].state for c in offered)
