"""A representative's signature stands when their authority held on the signing day, even if it has
ended since (domain/representatives.ended_since_signing; 45 CFR 164.502(g), 164.508(b)(5)): table-
tested both sides, on the standing the Guardians window and the refusals read."""

from __future__ import annotations

from datetime import date

import pytest

from vault_app.domain.clinical import Guardian
from vault_app.domain.representatives import (
    ENDED_SINCE_SIGNING,
    ended_since_signing,
    ended_since_signing_warning,
    standing,
)

BORN = date(2008, 6, 1)  # 18 on 2026-06-01
TODAY = date(2026, 12, 5)


def _guardian(authority: str = "parent", **dates: date | None) -> Guardian:
    return Guardian(guardian_id="g1", client_id="c1", name="Pat Roe", relationship="mother", authority=authority,
                    may_authorize=True, created_at="2024-01-01T00:00:00Z", **dates)  # type: ignore[arg-type]


# (authority, recorded dates, signed on, ended since?)
ROWS = [
    ("parent", {}, date(2025, 2, 3), True),  # signed at 16; the client came of age on 2026-06-01
    ("parent", {}, date(2026, 5, 31), True),  # the last day of the authority
    ("parent", {}, date(2026, 6, 1), False),  # the birthday: the authority had already ended (refused, not this)
    ("parent", {}, date(2026, 12, 1), False),
    ("legal_guardian", {"valid_until": date(2026, 10, 1)}, date(2025, 2, 3), True),  # the recorded end since
    ("legal_guardian", {"valid_from": date(2025, 3, 1)}, date(2025, 2, 3), False),  # not yet in force that day
    ("healthcare_agent", {}, date(2025, 2, 3), False),  # an adult's agent: nothing ended
]


@pytest.mark.parametrize(("authority", "dates", "signed", "ended"), ROWS)
def test_a_signature_given_while_in_force_and_ended_since(authority: str, dates: dict[str, date], signed: date,
                                                          ended: bool) -> None:
    g = _guardian(authority, **dates)
    assert ended_since_signing(standing(g, BORN, 18, signed), standing(g, BORN, 18, TODAY)) is ended


def test_a_decline_since_is_not_an_end_of_the_authority() -> None:
    g = _guardian("parent", declined_on=date(2026, 1, 1))  # type: ignore[arg-type]
    assert not ended_since_signing(standing(g, BORN, 18, date(2025, 2, 3)), standing(g, BORN, 18, TODAY))


def test_the_warning_cites_and_names_its_dates() -> None:
    said = ended_since_signing_warning("Pat Roe", "02/03/2025", "06/01/2026")
    assert getattr(said, "code", "") == ENDED_SINCE_SIGNING.code
    assert "Signed on 02/03/2025 by Pat Roe" in said and "from 06/01/2026" in said
    assert "164.502(g)" in said and "164.508(b)(5)" in said and "may revoke" in said
