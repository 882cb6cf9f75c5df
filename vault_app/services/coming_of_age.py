"""Clients coming of age (domain/coming_of_age): for the dashboard, those who turn 18 (the
practice's age of majority) within 30 days, and those who did within the last 30 days while a form
their parent signed is still in force; for the Authorizations tab, such a form's marker.

A parent's authority ends on that day (45 CFR 164.502(g)(2)-(3)); the form stands until it expires
or is revoked (164.508(b)(5)), now the client's to control: ask them to sign their own (walk-teen
round 33: nothing said so before or after the birthday). A representative whose authority a court
order keeps past majority (domain/representatives.standing) is not marked.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta

from vault_app.domain import coming_of_age, who_acts
from vault_app.domain.authorization import Authorization
from vault_app.services import authorizations, clients, practice, representatives
from vault_app.services.clinical_common import today
from vault_app.services.vault import Vault
from vault_app.storage import clinical_clients


@dataclass(frozen=True)
class ComingOfAgeItem:
    client_id: str
    majority_on: date
    came: bool  # of age already (within the last 30 days)
    parent_forms: int  # forms a representative signed before that day, still in force
    age_of_majority: int = 18
    # Not of age yet: a recorded parent or guardian acts for the client today. False where none does
    # (the minor consented to their own care, a confidentiality agreement, none recorded): "the parent's
    # authority ends then" was said of a parent holding none (found by a walker, New York, MHL 33.21).
    parent_acts: bool = True


def _years_before(day: date, years: int) -> date:
    try:
        return day.replace(year=day.year - years)
    except ValueError:  # 29 February
        return day.replace(year=day.year - years, day=28)


def adult_since_signing(vault: Vault, auth: Authorization, date_of_birth: date | None, age_of_majority: int,
                        on: date) -> date | None:
    """The day the client came of age, for a form in force that a representative signed while they
    were a minor and whose authority ended by law on that day; else None."""
    if auth.signer.role != "personal_representative" or auth.signed_on is None or auth.revocation is not None:
        return None
    if auth.status_on(on).state != "valid":
        return None
    day = coming_of_age.adult_since_signing(auth.signed_on, date_of_birth, age_of_majority, on)
    if day is None:
        return None
    found = representatives.recorded_signer(vault, auth.signer_client_id or auth.client_id, auth.signer.name)
    if found is not None and representatives.standing_of(vault, found, on).why != "legal_end":
        return None  # a court order keeps the authority, or it ended otherwise (said elsewhere)
    return day


def adult_since_by_form(vault: Vault, client_id: str, on: date | None = None) -> dict[str, date]:
    """For the Authorizations tab: each form's id whose signer's authority ended with the client's
    coming of age, with that day. A joint record's forms by the member each was signed for."""
    return adult_since_of(vault, authorizations.list_authorizations(vault, client_id), on)


def adult_since_of(vault: Vault, auths: Iterable[Authorization], on: date | None = None) -> dict[str, date]:
    """adult_since_by_form's answer for these forms, of any charts (`auth list|show|add`, which
    said nothing of it: walker, round 46)."""
    day = on or today()
    majority = practice.load(vault).jurisdiction.age_of_majority
    found: dict[str, date] = {}
    births: dict[str, date | None] = {}
    for auth in auths:
        member = auth.signer_client_id or auth.client_id
        if member not in births:
            births[member] = clients.get_client(vault, member).date_of_birth
        since = adult_since_signing(vault, auth, births[member], majority, day)
        if since is not None:
            found[auth.id] = since
    return found


def a_parent_acts(vault: Vault, client_id: str, on: date) -> bool:
    """A recorded representative may act for the client on `on` (who_acts: the chart's facts)."""
    facts = representatives.client_facts(vault, client_id, on)
    return any(who_acts.representative_refusal(facts, rep, "sign_authorization", on) is None
               for rep in facts.representatives)


def items(vault: Vault, on: date | None = None, window: int = coming_of_age.WINDOW_DAYS) -> list[ComingOfAgeItem]:
    """The dashboard's list: coming of age soon (charts not discharged), then of age lately with a
    parent-signed form still in force; soonest birthday first."""
    day = on or today()
    majority = practice.load(vault).jurisdiction.age_of_majority
    # A day's slack each side: born on 29 February comes of age on 1 March of a common year.
    first = _years_before(day - timedelta(days=window + 1), majority)
    last = _years_before(day + timedelta(days=window + 1), majority)
    found: list[ComingOfAgeItem] = []
    for client_id, born, status in clinical_clients.born_between(vault.records, first, last):
        soon = coming_of_age.comes_of_age_soon(born, majority, day, window)
        if soon is not None and status != "discharged":
            found.append(ComingOfAgeItem(client_id, soon, False, 0, majority, a_parent_acts(vault, client_id, day)))
            continue
        lately = coming_of_age.came_of_age_lately(born, majority, day, window)
        if lately is not None:
            forms = len(adult_since_by_form(vault, client_id, day))
            if forms:
                found.append(ComingOfAgeItem(client_id, lately, True, forms, majority))
    return sorted(found, key=lambda item: item.majority_on)


__all__ = ["ComingOfAgeItem", "a_parent_acts", "adult_since_by_form", "adult_since_of", "adult_since_signing", "items"]
