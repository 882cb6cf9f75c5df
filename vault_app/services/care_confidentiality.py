"""A parent's agreement to a confidential relationship between the therapist and a minor about the
minor's care (45 CFR 164.502(g)(3)(i)(C), clients.confidentiality_agreed_on/_by, records migration 0108),
and the authorizations whose signer the chart's facts no longer let stand.

From the day of the agreement the parent is not the minor's personal representative for that care: the
rules (domain/representatives "confidential_care_agreement", domain/who_acts.confidential_care_on) refuse a
parent's signature, access request and copy, and accept the minor's own signature. Recording it, or taking
it back, is ledgered by the guardian's id and the day, never a name.

When who consented to the care, or the agreement, changes on the chart, authorizations already recorded
may have a signer the rules now refuse (a minor who signed before the chart said a parent consented):
they are listed (signers_no_longer_valid), never deleted, and the disclosure gate refuses them at export
(services/disclosure_gate), saying why.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from vault_app.domain import typed_signer, who_acts
from vault_app.domain.authorization import Authorization
from vault_app.domain.clinical import Client, parse_date
from vault_app.domain.errors import InvalidInput, NotFound
from vault_app.domain.representatives import PARENTAL, RepAction, RepRefusal
from vault_app.domain.stale_signer import STALE_REASONS
from vault_app.services import clients, practice, representatives
from vault_app.services.clinical_common import audit, now_iso, today
from vault_app.services.vault import Vault
from vault_app.storage import clinical_clients
from vault_app.storage import disclosure_authorizations as auth_store

RECORDED = "client.confidentiality_agreement_recorded"
# The refusals that a change of the chart's consent facts can bring to a signature already recorded.
_SIGNER_CODES = frozenset(STALE_REASONS)


def record_agreement(vault: Vault, client_id: str, agreed_on: date | str | None, guardian_id: str = "") -> Client:
    """Record (or, with `agreed_on` None, take back) a parent's agreement to a confidential relationship
    about the minor's care: its day and the recorded parent or guardian who agreed."""
    current = clients.get_client(vault, client_id)
    if current.is_case:
        raise InvalidInput("A confidentiality agreement is recorded on a minor's own chart, not a joint record.",
                           code="client.confidentiality_on_case", field="confidentiality_agreed_on")
    if agreed_on is None:
        updated = replace(current, confidentiality_agreed_on=None, confidentiality_agreed_by="")
    else:
        day = parse_date(agreed_on, "agreement date", allow_future=False, field="confidentiality_agreed_on")
        assert day is not None
        guardian = next((g for g in current.guardians if g.guardian_id == guardian_id), None)
        if guardian is None:
            raise NotFound("Name the parent or guardian who agreed, as recorded for this client.",
                           hint="List them with 'vault-app guardian list CLIENT'.",
                           code="client.confidentiality_who", field="confidentiality_agreed_by")
        if guardian.authority not in PARENTAL:
            raise InvalidInput("Only a parent, guardian or person acting in loco parentis agrees to a minor's "
                               "confidential care (45 CFR 164.502(g)(3)(i)(C)).",
                               code="client.confidentiality_not_parent", field="confidentiality_agreed_by")
        majority = practice.load(vault).jurisdiction.age_of_majority
        age = current.age(day)
        if age is not None and age >= majority:
            raise InvalidInput("On that day the client was an adult: the agreement is about a minor's care.",
                               code="client.confidentiality_adult", field="confidentiality_agreed_on")
        updated = replace(current, confidentiality_agreed_on=day, confidentiality_agreed_by=guardian.guardian_id)
    if (updated.confidentiality_agreed_on, updated.confidentiality_agreed_by) == (
            current.confidentiality_agreed_on, current.confidentiality_agreed_by):
        return current
    with vault.records.transaction():
        clinical_clients.update(vault.records, replace(updated, updated_at=now_iso()))
    audit(vault, RECORDED, client_id=client_id,
          agreed_on=str(updated.confidentiality_agreed_on) if updated.confidentiality_agreed_on else None,
          guardian_id=updated.confidentiality_agreed_by or None)
    return clients.get_client(vault, client_id)


def agreed_by_name(client: Client) -> str:
    """The recorded parent who agreed, by name ("" when none, or they were removed since)."""
    found = next((g for g in client.guardians if g.guardian_id == client.confidentiality_agreed_by), None)
    return found.name.strip() if found is not None else ""


def signer_refusal_now(vault: Vault, auth: Authorization) -> RepRefusal | None:
    """Why the chart's facts as they are now refuse the signer of `auth` on its signing day, or None:
    the minor's own signature once the chart says a parent consented to the care, a parent's once a
    confidentiality agreement dated by then is recorded, or a representative who held no authority that
    day by the facts as now recorded (domain/stale_signer.STALE_REASONS). Asked of the signing day only:
    a representative whose authority ended since leaves the form standing (164.508(b)(5))."""
    if auth.signed_on is None:
        return None
    member = auth.signer_client_id or auth.client_id
    try:
        facts = representatives.client_facts(vault, member, auth.signed_on)
    except NotFound:
        return None
    on = auth.signed_on
    found: RepRefusal | None = None
    if auth.signer.role == "client":
        found = who_acts.client_signature_refusal(facts, on, part2=auth.part2)
    elif auth.signer.role == "personal_representative":
        guardian = representatives.recorded_signer(vault, member, auth.signer.name)
        action: RepAction = "sign_part2_consent" if auth.part2 else "sign_authorization"
        if guardian is not None:
            born = clients.get_client(vault, member).date_of_birth
            rep = representatives.rep_for(guardian, born, facts.age_of_majority, on)
            found = who_acts.representative_refusal(facts, rep, action, on)
        elif auth.signer.authority:
            found = typed_signer.typed_signer_refusal(facts, auth.signer.authority, on, part2=auth.part2)
    return found if found is not None and found.code in _SIGNER_CODES else None


def signers_no_longer_valid(vault: Vault, client_id: str, on: date | None = None) -> list[Authorization]:
    """The authorizations of the chart still in force on `on` (today) whose signer the chart's facts now
    refuse (signer_refusal_now), oldest first: said when those facts change, refused at export."""
    day = on or today()
    return [a for a in auth_store.list_for_client(vault.records, client_id)
            if a.status_on(day).usable and signer_refusal_now(vault, a) is not None]


def practice_signers_no_longer_valid(vault: Vault, on: date | None = None) -> list[Authorization]:
    """signers_no_longer_valid over every chart: said when a practice setting the rules read changes (the
    age of consent for treatment, the age of majority), which may take a signer's authority away on the
    signing day of forms on many charts (a parent's Part 2 consent once the minor could consent, 42 CFR
    2.14(a))."""
    day = on or today()
    return [a for a in auth_store.list_all(vault.records)
            if a.status_on(day).usable and signer_refusal_now(vault, a) is not None]


__all__ = ["RECORDED", "agreed_by_name", "practice_signers_no_longer_valid", "record_agreement", "signer_refusal_now",
           "signers_no_longer_valid"]
