"""A minor who consented to their own care (New York, MHL 33.21 at 16): no parent acts for them, so
Today neither says "the parent's authority ends then" of their coming of age nor lists the parent's
form, which the export gate refuses, as one "expiring" (found by a walker, round 37, finding 14).
Both sides: a parent who consented to the care still acts, and their form is still listed."""

from __future__ import annotations

from datetime import timedelta

import pytest

from tests.core import disclosure_fixtures as fx
from vault_app.services import clients, dashboard, guardians, practice
from vault_app.services import coming_of_age as coa
from vault_app.services.vault import Vault


def _seventeen(vault: Vault, *, guardian: bool = True) -> tuple[str, str]:
    """A client turning 18 tomorrow, a consent age of 16, and (optionally) their mother."""
    fx.set_practice(vault)
    practice.update(vault, jurisdiction={"age_of_consent_for_treatment": 16})
    client_id = clients.create_client(vault, "Dee Nextweek", date_of_birth=fx.born_years_ago(17)).client_id
    if not guardian:
        return client_id, ""
    mother = guardians.add_guardian(vault, client_id, "Pat Parent", authority="parent", relationship="mother")
    return client_id, mother.guardian_id


@pytest.mark.parametrize(("consented_by", "guardian", "acts"), [
    ("guardian", True, True),  # the parent consented: they act until the birthday
    ("client", True, False),  # the minor consented: the parent holds no authority for this care
    ("", False, False),  # no one recorded
])
def test_the_coming_of_age_says_whether_a_parent_acts(vault: Vault, consented_by: str, guardian: bool,
                                                        acts: bool) -> None:
    client_id, _gid = _seventeen(vault, guardian=guardian)
    if consented_by:
        clients.update_client(vault, client_id, care_consented_by=consented_by)
    (item,) = coa.items(vault)
    assert item.client_id == client_id and not item.came and item.parent_acts is acts


@pytest.mark.parametrize(("consented_by", "listed"), [("guardian", True), ("client", False)])
def test_a_form_whose_signer_no_longer_stands_is_not_listed_as_expiring(vault: Vault, consented_by: str,
                                                                         listed: bool) -> None:
    client_id, gid = _seventeen(vault)
    clients.update_client(vault, client_id, care_consented_by="guardian")
    auth = fx.add_auth(vault, client_id, signed_on=fx.days_ago(10), guardian_id=gid, signer_name="Pat Parent",
                       signer_role="personal_representative", expires_on=fx.today() + timedelta(days=20))
    assert [a.authorization_id for a in dashboard.summary(vault).authorizations_expiring] == [auth.id]
    clients.update_client(vault, client_id, care_consented_by=consented_by)
    found = [a.authorization_id for a in dashboard.summary(vault).authorizations_expiring]
    assert found == ([auth.id] if listed else [])
