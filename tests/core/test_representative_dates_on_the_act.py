"""A recorded representative acts only within their recorded dates, judged on the day of the act
(45 CFR 164.502(g)). Found by attack: the signature of a guardian appointed after the day the form
was signed was recorded (only "in force today" was asked), and a request for records by a guardian
whose recorded guardianship had ended was accepted as the representative's (the recorded dates
were not asked at all). On a real vault."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

import pytest

from tests.core import disclosure_fixtures as fx
from vault_app.domain.errors import RefusedByPolicy
from vault_app.services import authorizations, guardians, practice, requests
from vault_app.services.vault import Vault


def _minor(vault: Vault, years: int = 10) -> str:
    chart = fx.make_chart(vault, n=1, date_of_birth=fx.born_years_ago(years))
    practice.update(vault, jurisdiction={"age_of_majority": 18, "age_of_consent_for_treatment": 14})
    return chart.client_id


# (what, the guardian's recorded dates in days before today, days before today the act happened, refused
# with these words or None). Days, not dates: a date worked out at import is yesterday's after midnight.
SIGNING: list[tuple[str, dict[str, int], int, str | None]] = [
    ("signed before the guardianship began", {"valid_from": 10}, 40, "begins on"),
    ("signed the day it began", {"valid_from": 10}, 10, None),
    ("signed while in force, no end", {"valid_from": 60}, 40, None),
    ("signed on its last day", {"valid_until": 0}, 0, None),
    ("signed after it ended", {"valid_until": 50}, 40, "ended on"),
]


def _dated(days_ago: dict[str, int]) -> dict[str, Any]:
    return {name: fx.days_ago(n) for name, n in days_ago.items()}


@pytest.mark.parametrize(("what", "dates", "ago", "refused"), SIGNING, ids=[c[0] for c in SIGNING])
def test_a_representative_signs_only_within_their_recorded_dates(
        vault: Vault, what: str, dates: dict[str, int], ago: int, refused: str | None) -> None:
    client_id = _minor(vault)
    gail = guardians.add_guardian(vault, client_id, "Gail Roe", authority="legal_guardian", **_dated(dates))
    signed_on = fx.today() - timedelta(days=ago)
    if refused is None:
        auth = fx.add_auth(vault, client_id, signed_on=signed_on, guardian_id=gail.guardian_id)
        assert auth.signer.name == "Gail Roe" and auth.signer.role == "personal_representative", what
        return
    with pytest.raises(RefusedByPolicy, match=refused) as e:
        fx.add_auth(vault, client_id, signed_on=signed_on, guardian_id=gail.guardian_id)
    assert "Gail Roe, legal guardian" in str(e.value) and "164.502(g)" in str(e.value), what
    assert authorizations.list_authorizations(vault, client_id) == [], "nothing stored for the refusal"


REQUESTING: list[tuple[str, dict[str, int], int, str | None]] = [
    ("asked after the guardianship ended", {"valid_until": 30}, 5, "ended on"),
    ("asked before it began", {"valid_from": 5}, 20, "begins on"),
    ("asked while in force", {"valid_from": 30, "valid_until": 1}, 5, None),
]


@pytest.mark.parametrize(("what", "dates", "ago", "refused"), REQUESTING, ids=[c[0] for c in REQUESTING])
def test_a_representatives_request_for_records_is_theirs_only_within_their_dates(
        vault: Vault, what: str, dates: dict[str, int], ago: int, refused: str | None) -> None:
    client_id = _minor(vault)
    gail = guardians.add_guardian(vault, client_id, "Gail Roe", authority="legal_guardian", **_dated(dates))
    received = fx.today() - timedelta(days=ago)
    if refused is None:
        made = requests.add_request(vault, client_id, kind="access", received_on=received,
                                    guardian_id=gail.guardian_id)
        assert made.by_representative, what
        return
    with pytest.raises(RefusedByPolicy, match=refused):
        requests.add_request(vault, client_id, kind="access", received_on=received, guardian_id=gail.guardian_id)
    assert requests.list_requests(vault, client_id=client_id) == [], "nothing recorded for the refusal"
