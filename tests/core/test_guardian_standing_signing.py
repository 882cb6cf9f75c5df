"""A representative's signature is judged on the day the form was signed (domain/representatives.
standing): a form signed while the guardian acted is recorded, and says that their authority has
ended since (it stands until it expires or the client revokes it, 45 CFR 164.508(b)(5)). Found
by the walker: a form a parent signed when the client was 16 could not be recorded once the client
was 18 ("not in force today"), so the chart lost its history. A new form signed by them is refused.
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
    birthday = fx.today() - timedelta(days=days)
    while (birthday.month, birthday.day) == (2, 29):
        birthday -= timedelta(days=1)
    return birthday.replace(year=birthday.year - 18)


def _chart(vault: Vault, born: date) -> str:
    chart = fx.make_chart(vault, n=1, date_of_birth=born)
    practice.update(vault, jurisdiction={"age_of_majority": 18, "age_of_consent_for_treatment": 18})
    return chart.client_id


def test_a_parent_whose_client_came_of_age_since_the_signing_is_recorded_as_signer(vault: Vault) -> None:
    client_id = _chart(vault, _turned_18_days_ago(2))
    pat = guardians.add_guardian(vault, client_id, "Pat Roe", authority="parent")
    assert authorizations.representative_signing_warning(vault, client_id, fx.days_ago(5), guardian_id=pat.guardian_id)
    auth = fx.add_auth(vault, client_id, signed_on=fx.days_ago(5), guardian_id=pat.guardian_id)  # the client was 17
    assert auth.signer.name == "Pat Roe" and auth.signer.role == "personal_representative"
    assert [a.id for a in authorizations.list_authorizations(vault, client_id)] == [auth.id]
    warning = authorizations.signing_warnings(vault, auth)
    assert len(warning) == 1 and getattr(warning[0], "code", "") == "authorization.representative_ended_since"
    assert "164.508(b)(5)" in warning[0] and "Pat Roe may not sign a new one" in warning[0]
    with pytest.raises(RefusedByPolicy) as e:  # the other side: signed since the 18th birthday
        fx.add_auth(vault, client_id, signed_on=fx.today(), guardian_id=pat.guardian_id)
    assert "reached the age of majority" in str(e.value)


def test_a_form_signed_before_a_decline_stands(vault: Vault) -> None:
    """A decline (164.502(g)(5)) is an election about acts from its day: a form signed before it
    is recorded, as tests/core/test_representatives.py has it; one signed on the day is refused."""
    client_id = _chart(vault, fx.born_years_ago(10))
    pat = guardians.add_guardian(vault, client_id, "Pat Roe", authority="parent")
    guardians.update_guardian(vault, client_id, pat.guardian_id, declined_on=fx.today().isoformat(),
                              declined_reason="best interest")
    assert fx.add_auth(vault, client_id, signed_on=fx.days_ago(5), guardian_id=pat.guardian_id)
    with pytest.raises(RefusedByPolicy) as e:
        fx.add_auth(vault, client_id, signed_on=fx.today(), guardian_id=pat.guardian_id)
    assert e.value.code == "representative.declined"


def test_a_parent_in_force_today_is_recorded_as_signer(vault: Vault) -> None:
    """The other side: nothing ended, the signature is theirs."""
    client_id = _chart(vault, fx.born_years_ago(10))
    pat = guardians.add_guardian(vault, client_id, "Pat Roe", authority="parent")
    auth = fx.add_auth(vault, client_id, signed_on=fx.days_ago(5), guardian_id=pat.guardian_id)
    assert auth.signer.name == "Pat Roe"
    assert authorizations.signing_warnings(vault, auth) == [], "nothing has ended: nothing to say"


def test_the_client_s_own_signature_of_then_says_their_age_on_the_signing_day(vault: Vault) -> None:
    """Found by the walker: "The client is 16" of an 18-year-old, for a form signed in 2025. The age
    is the one on the signing day, and the refusal says so."""
    client_id = _chart(vault, _turned_18_days_ago(2))
    guardians.add_guardian(vault, client_id, "Pat Roe", authority="parent")
    signed = fx.days_ago(5)
    with pytest.raises(RefusedByPolicy) as e:
        fx.add_auth(vault, client_id, signed_on=signed)  # the client was 17 that day
    day = f"{signed.month:02d}/{signed.day:02d}/{signed.year}"
    assert f"On {day}, the day the form was signed, the client was 17" in str(e.value), str(e.value)
    assert e.value.params["day"] == day
