"""The refusal of a representative's signature asks today's standing (domain/representatives.
standing), the rule the Guardians window and the Overview say: a form signed while the guardian
acted is not recorded for someone who no longer acts today. Only the recorded dates were asked
for today: a parent whose client came of age since the signing was recorded as the signer
while every screen said "may no longer sign".
On a real vault."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from tests.core import disclosure_fixtures as fx
from vault_app.domain.errors import RefusedByPolicy
from vault_app.services import authorizations, guardians, practice
from vault_app.services.vault import Vault


def _turned_18_days_ago(days: int) -> date:
    """A birth date whose 18th birthday was `days` days ago (not 29 February)."""
    birthday = fx.TODAY - timedelta(days=days)
    while (birthday.month, birthday.day) == (2, 29):
        birthday -= timedelta(days=1)
    return birthday.replace(year=birthday.year - 18)


def _chart(vault: Vault, born: date) -> str:
    chart = fx.make_chart(vault, n=1, date_of_birth=born)
    practice.update(vault, jurisdiction={"age_of_majority": 18, "age_of_consent_for_treatment": 18})
    return chart.client_id


def test_a_parent_whose_client_came_of_age_since_the_signing_is_not_recorded_as_signer(vault: Vault) -> None:
    client_id = _chart(vault, _turned_18_days_ago(2))
    pat = guardians.add_guardian(vault, client_id, "Pat Roe", authority="parent")
    with pytest.raises(RefusedByPolicy) as e:
        fx.add_auth(vault, client_id, signed_on=fx.days_ago(5), guardian_id=pat.guardian_id)  # the client was 17
    assert e.value.code == "representative.not_in_force"
    assert authorizations.list_authorizations(vault, client_id) == []


def test_a_form_signed_before_a_decline_stands(vault: Vault) -> None:
    """A decline (164.502(g)(5)) is an election about acts from its day: a form signed before it
    is recorded, as tests/core/test_representatives.py has it; one signed on the day is refused."""
    client_id = _chart(vault, fx.born_years_ago(10))
    pat = guardians.add_guardian(vault, client_id, "Pat Roe", authority="parent")
    guardians.update_guardian(vault, client_id, pat.guardian_id, declined_on=fx.TODAY.isoformat(),
                              declined_reason="best interest")
    assert fx.add_auth(vault, client_id, signed_on=fx.days_ago(5), guardian_id=pat.guardian_id)
    with pytest.raises(RefusedByPolicy) as e:
        fx.add_auth(vault, client_id, signed_on=fx.TODAY, guardian_id=pat.guardian_id)
    assert e.value.code == "representative.declined"


def test_a_parent_in_force_today_is_recorded_as_signer(vault: Vault) -> None:
    """The other side: nothing ended, the signature is theirs."""
    client_id = _chart(vault, fx.born_years_ago(10))
    pat = guardians.add_guardian(vault, client_id, "Pat Roe", authority="parent")
    auth = fx.add_auth(vault, client_id, signed_on=fx.days_ago(5), guardian_id=pat.guardian_id)
    assert auth.signer.name == "Pat Roe"
