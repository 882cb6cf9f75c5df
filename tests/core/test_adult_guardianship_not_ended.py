"""A guardianship given over an adult does not end at the age of majority (45 CFR 164.502(g)(2)); a parent's,
or a minor's guardian's, does (164.502(g)(3)) unless a court order keeps it.

Found by walker wfamily: a 66-year-old's court-appointed conservator, recorded as his legal guardian in
force from 2025, read "authority ended on 01/01/1978: the client turned 18; may no longer sign" on the
Overview and in `guardian list`, and was refused. Table-driven, both sides (domain/representatives.standing
and the refusal), and through the service the lists read."""

from __future__ import annotations

from datetime import date

import pytest

from vault_app.domain.clinical import Guardian
from vault_app.domain.representatives import refusal, standing
from vault_app.services import clients, guardians, representatives
from vault_app.services.vault import Vault

TODAY = date(2026, 12, 6)
ROWS = (
    # authority, born, in force from, court order kept past majority, in force today
    ("legal_guardian", date(1960, 1, 1), date(2025, 3, 1), False, True),  # a conservatorship of an adult
    ("legal_guardian", date(1960, 1, 1), date(1978, 1, 1), False, True),  # from the birthday of majority itself
    ("legal_guardian", date(1960, 1, 1), None, False, False),  # no start recorded: the minor's guardian's end
    ("legal_guardian", date(2005, 5, 5), date(2015, 1, 1), False, False),  # a minor's guardianship, ended at 18
    ("legal_guardian", date(2005, 5, 5), date(2023, 5, 4), False, False),  # begun the day before the birthday
    ("legal_guardian", date(2005, 5, 5), date(2015, 1, 1), True, True),  # kept by a court order
    ("parent", date(1960, 1, 1), date(2025, 3, 1), False, False),  # a parent acts by parenthood: ended at 18
    ("health_care_agent", date(1960, 1, 1), None, False, True),  # never ended by coming of age
    ("legal_guardian", date(2012, 7, 4), None, False, True),  # a minor's guardian while the client is 14
)


def _guardian(authority: str, valid_from: date | None, order: bool) -> Guardian:
    return Guardian("g1", "c1", "Susan Vance", "conservator", authority, True,  # type: ignore[arg-type]
                    valid_from=valid_from, majority_order_attachment_id="att-1" if order else None)


@pytest.mark.parametrize(("authority", "born", "valid_from", "order", "in_force"), ROWS,
                         ids=[f"{r[0]}-{r[1].year}-{r[2]}-{'order' if r[3] else 'no order'}" for r in ROWS])
def test_coming_of_age_ends_only_an_authority_over_a_minor(authority: str, born: date, valid_from: date | None,
                                                           order: bool, in_force: bool) -> None:
    guardian = _guardian(authority, valid_from, order)
    found = standing(guardian, born, 18, TODAY)
    assert found.in_force is in_force, found
    if not in_force:
        assert found.why == "legal_end"


def test_the_lists_and_the_refusal_read_a_conservator_recorded_from_adulthood_as_in_force(vault: Vault) -> None:
    robert = clients.create_client(vault, "Robert Vance", date_of_birth="1960-01-01")
    susan = guardians.add_guardian(vault, robert.client_id, "Susan Vance", authority="legal_guardian",
                                   relationship="conservator (court-appointed)")
    assert representatives.standing_of(vault, susan, TODAY).why == "legal_end"  # no start: read as a minor's
    guardians.update_guardian(vault, robert.client_id, susan.guardian_id, valid_from=date(2025, 3, 1))
    kept = next(g for g in clients.get_client(vault, robert.client_id).guardians if g.guardian_id == susan.guardian_id)
    assert representatives.standing_of(vault, kept, TODAY).in_force
    facts = representatives.facts_for(vault, kept, "sign_authorization", TODAY)
    assert refusal(facts) is None
    # The other side: the same person with no start recorded is read as a minor's guardian, ended at 18.
    guardians.update_guardian(vault, robert.client_id, susan.guardian_id, valid_from=None)
    plain = next(g for g in clients.get_client(vault, robert.client_id).guardians if g.guardian_id == susan.guardian_id)
    ended = refusal(representatives.facts_for(vault, plain, "sign_authorization", TODAY))
    assert ended is not None and ended.code == "parent_past_majority"
