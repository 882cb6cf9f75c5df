"""Record, list, revoke authorizations (45 CFR 164.508) and Part 2 consents (42 CFR 2.31).

The signed form is stored as an attachment of kind 'authorization' in the chart
(services/attachments.py); the row here mirrors its terms so the gate can check
them. Recorded terms never change: a wrong or changed form is superseded by a
new authorization, and a revocation is recorded with the date it was received.
"""

from __future__ import annotations

import secrets
from dataclasses import replace
from datetime import date
from typing import Any

from vault_app.domain.authorization import (
    Authorization,
    AuthStatus,
    RequiredStatements,
    Revocation,
    Signer,
    check_new,
    check_revocation,
    parse_kinds,
    recorded_event,
)
from vault_app.domain.clinical import Guardian, parse_date, require_date
from vault_app.domain.disclosure_parts import PARTS, parse_parts
from vault_app.domain.errors import InvalidInput, NotFound, RefusedByPolicy
from vault_app.domain.locale_format import DEFAULT_LOCALE, date_text
from vault_app.domain.names import check_name
from vault_app.domain.representatives import client_signature_warning, ended_since_signing, ended_since_signing_warning
from vault_app.services import attachments, clients, practice, representatives
from vault_app.services.clinical_common import now_iso, require_client, today
from vault_app.services.vault import Vault
from vault_app.storage import clinical_attachments
from vault_app.storage import disclosure_authorizations as store

MAX_TEXT = 4_000


def new_authorization_id() -> str:
    return "A-" + secrets.token_hex(4)


def _text(value: Any, what: str, *, max_len: int = MAX_TEXT, field: str = "") -> str:
    text = str(value or "").strip()
    if len(text) > max_len:
        raise InvalidInput(f"The {what} is too long (at most {max_len} characters).", code="text.too_long",
                           field=field, params={"max": max_len})
    if "\x00" in text:
        raise InvalidInput(f"The {what} contains a NUL character.", code="text.nul", field=field)
    return text


def _scan(vault: Vault, client_id: str, scan: bytes | None, scan_filename: str, attachment_id: str | None,
          kind: str, description: str, document_date: date | None) -> str | None:
    if scan is not None:
        return attachments.add_attachment(
            vault, client_id, scan, kind=kind, filename=scan_filename, description=description,
            document_date=document_date,
        ).attachment_id
    if attachment_id:
        found = clinical_attachments.get(vault.records, attachment_id)
        if found is None or found.client_id != client_id:
            raise NotFound("No attachment with that id in this chart.", code="attachment.not_found")
        return attachment_id
    return None


def _signer(
    vault: Vault, client_id: str, name: str, role: str, authority: str, guardian_id: str | None,
    signer_client_id: str | None, *, signed: date, part2: bool,
) -> tuple[Signer, str | None]:
    """The signer, and for a joint record the member who signed (or was represented)."""
    chart = clients.get_client(vault, client_id)
    members = chart.member_ids if chart.is_case else (client_id,)
    if signer_client_id is not None and signer_client_id not in members:
        if chart.is_case:
            raise InvalidInput("The signing member is not a member of this joint record.",
                               code="authorization.signer_not_member", field="signer_name")
        raise InvalidInput("The signer of an individual chart's authorization is that client or their representative.",
                           code="authorization.signer_not_client", field="signer_name")
    if guardian_id:
        found = _guardian(vault, client_id, guardian_id)
        if found is None:
            raise NotFound("No personal representative with that id for this client.", code="representative.not_found")
        # On the day the form was signed first (their recorded dates, then 164.502(g)): the refusal
        # names the day; then today, so that a form is not recorded for someone who no longer acts.
        representatives.require_may_act(vault, found, "sign_part2_consent" if part2 else "sign_authorization",
                                        signed)
        # Judged on the signing day only (found: a form the parent signed when the client was 16 could not
        # be recorded once they were 18, "not in force today"): valid when signed, it stands until it
        # expires or is revoked (164.508(b)(5)); signing_warnings says the authority has ended since.
        if not found.may_authorize:
            raise RefusedByPolicy(
                "This representative is not recorded as allowed to sign authorizations for the client.",
                hint="Check the custody order or guardianship papers, and update the representative's authority.",
                code="representative.may_not_authorize", field="signer_name",
            )
        label = found.authority.replace("_", " ")
        signer = Signer(found.name, "personal_representative",
                        authority or f"{label} ({found.relationship})".strip(), found.custody_order_attachment_id)
        return signer, (found.client_id if chart.is_case else None)
    if role not in ("client", "personal_representative"):
        raise InvalidInput("The signer is either the client or a personal representative.",
                           code="authorization.signer_role", field="signer_role")
    if chart.is_case and signer_client_id is None:
        raise InvalidInput(
            "This is a joint (couple or family) record: name the member who signed this authorization.",
            hint="Every adult member signs their own authorization (CLI: --signer-member ID).",
            code="authorization.signer_member_missing", field="signer_name",
        )
    signer = Signer(_text(name, "signer's name", max_len=200, field="signer_name"), role,  # type: ignore[arg-type]
                    _text(authority, "representative's authority", field="signer_authority"))
    if role == "personal_representative":
        # Typed in: the representative rules on the signing day, as for a recorded one (found by
        # the legal review: "Mom, parent" signed for a 30-year-old). A recorded representative's
        # name is recorded as them, their own dates and rules asked (domain/typed_signer.py).
        member = signer_client_id or client_id
        same = representatives.recorded_signer(vault, member, signer.name)
        if same is not None:
            return _signer(vault, client_id, name, role, authority, same.guardian_id, signer_client_id,
                           signed=signed, part2=part2)
        if signer.authority:  # else the missing element is said first (check_new), nothing recorded either way
            representatives.require_typed_signer(vault, member, signer.authority, signed, part2=part2)
    if role == "client":
        # A minor whose representative signs for them (164.502(g); 164.508(c)(1)(vi)): refused,
        # naming who may sign (found in the real app: the form proposed the minor as signer).
        representatives.require_client_may_sign(vault, signer_client_id or client_id, signed, part2=part2)
    return signer, (signer_client_id if chart.is_case else None)


def add_authorization(
    vault: Vault,
    client_id: str,
    *,
    description: str,
    covers: list[str] | tuple[str, ...] | frozenset[str],
    discloser: str,
    recipient_name: str,
    recipient_address: str = "",
    purposes: list[str] | tuple[str, ...],
    signed_on: date | str,
    signer_name: str = "",
    signer_role: str = "client",
    signer_authority: str = "",
    guardian_id: str | None = None,
    signer_client_id: str | None = None,
    expires_on: date | str | None = None,
    expiration_event: str = "",
    notes_from: date | str | None = None,
    notes_to: date | str | None = None,
    described_parts: list[str] | tuple[str, ...] | frozenset[str] = (),
    statement_revoke: str = "",
    statement_conditioning: str = "",
    statement_redisclosure: bool = False,
    part2: bool = False,
    patient_name_on_form: bool = False,
    scan: bytes | None = None,
    scan_filename: str = "",
    scan_attachment_id: str | None = None,
    check_only: bool = False,
) -> Authorization:
    """Check every 164.508(c) element, store the signed scan in the chart (kept as 164.508(b)(6) and
    164.530(j) require), then the terms. `check_only`: every check, nothing stored (the form says
    what is still missing as it is filled in; a scan chosen there, not yet read, is `scan_attachment_id`
    "pending")."""
    require_client(vault, client_id)
    signed = require_date(signed_on, "signature date", allow_future=False, field="signed_on")
    signer, signing_member = _signer(vault, client_id, signer_name, signer_role, signer_authority, guardian_id,
                                     signer_client_id, signed=signed, part2=bool(part2))
    auth = Authorization(
        id=new_authorization_id(),
        client_id=client_id,
        description=_text(description, "description", field="auth_description"),
        covers=parse_kinds(covers),
        discloser=_text(discloser, "discloser", max_len=500, field="discloser"),
        recipient_name=check_name(recipient_name, "recipient's name", max_len=500, field="recipient_name"),
        recipient_address=_text(recipient_address, "recipient's address", max_len=1_000, field="recipient_address"),
        purposes=tuple(p for p in (_text(p, "purpose", max_len=1_000, field="purpose") for p in purposes) if p),
        signed_on=signed,
        signer=signer,
        statements=RequiredStatements(
            _text(statement_revoke, "revocation statement"), _text(statement_conditioning, "conditioning statement"),
            bool(statement_redisclosure),
        ),
        expires_on=parse_date(expires_on, "expiration date", field="expires_on"),
        expiration_event=_text(expiration_event, "expiration event", max_len=500, field="expiration_event"),
        notes_from=parse_date(notes_from, "first date covered", field="notes_from"),
        notes_to=parse_date(notes_to, "last date covered", field="notes_to"),
        part2=bool(part2),
        patient_name_on_form=bool(patient_name_on_form),
        # A placeholder until the scan is stored, so every other element is checked first.
        scan_attachment_id=scan_attachment_id or ("pending" if scan is not None else None),
        created_at=now_iso(),
        signer_client_id=signing_member,
        described_parts=parse_parts(described_parts),
    )
    if auth.expires_on is not None and auth.expires_on < signed:
        raise InvalidInput("The expiration date is before the signature date.",
                           code="authorization.expires_before_signed", field="expires_on")
    discharged = clients.get_client(vault, client_id).discharged_on
    if discharged is not None and signed <= discharged and recorded_event(auth.expiration_event) == "discharge":
        # Entered after the discharge it expires at (45 CFR 164.508(c)(1)(v)): expired from that day.
        auth = replace(auth, event_occurred_on=discharged)
    check_new(auth)
    if check_only:
        return auth
    with vault.records.transaction():
        scan_id = _scan(vault, client_id, scan, scan_filename, scan_attachment_id, "authorization",
                        "signed authorization", signed)
        auth = replace(auth, scan_attachment_id=scan_id)
        store.insert(vault.records, auth)
    vault.ledger.append("authorization.recorded", {
        "authorization_id": auth.id, "client_id": client_id, "covers": sorted(auth.covers), "part2": auth.part2,
        "expires_on": auth.expires_on.isoformat() if auth.expires_on else None, "scan_attachment_id": scan_id,
        # The period of information it describes (164.508(c)(1)(i)); none recorded: both None.
        "notes_from": auth.notes_from.isoformat() if auth.notes_from else None,
        "notes_to": auth.notes_to.isoformat() if auth.notes_to else None,
        # The kinds its description names (164.508(c)(1)(i)); none ticked: [].
        "described_parts": sorted(auth.described_parts),
    })
    return auth


def proposed_signer(vault: Vault, client_id: str, on: date | str | None = None, *,
                    part2: bool = False) -> Guardian | None:
    """Whom the authorization form proposes as its signer: the representative in control of a
    minor (under the age of consent, or above it where the chart does not say the minor consented
    to the care: domain/who_acts.default_signer), or None: the client."""
    require_client(vault, client_id)
    day = on if isinstance(on, date) else date.fromisoformat(on) if on else today()
    return representatives.default_signer(vault, client_id, day, part2=part2)


def check_client_may_sign(vault: Vault, client_id: str, signed_on: date | str, *, part2: bool = False) -> None:
    """Before the warning for a minor signing alone is shown: refused outright when their
    representative signs for them (the form asked "Record anyway?" of a signature it then refused)."""
    require_client(vault, client_id)
    day = require_date(signed_on, "signature date", allow_future=False, field="signed_on")
    representatives.require_client_may_sign(vault, client_id, day, part2=part2)


def signing_warnings(vault: Vault, auth: Authorization) -> list[str]:
    """What the therapist should check about who signed (not refusals): a minor signing alone, or a
    representative whose authority has ended since the signing."""
    if auth.signed_on is None:
        return []
    member = auth.signer_client_id or auth.client_id
    if auth.signer.role == "personal_representative":
        ended = representative_signing_warning(vault, auth.client_id, auth.signed_on, signer_name=auth.signer.name,
                                               member_id=member)
        return [ended] if ended else []
    if auth.signer.role != "client":
        return []
    warning = client_signing_warning(vault, member, auth.signed_on, part2=auth.part2)
    return [warning] if warning else []


def representative_signing_warning(vault: Vault, client_id: str, signed_on: date | str, *,
                                   guardian_id: str | None = None, signer_name: str = "",
                                   member_id: str | None = None) -> str:
    """Before a form a representative signed is recorded (a recorded one by their id, or by the name typed,
    as _signer finds them): what it means that their authority has ended since the signing
    (domain.representatives.ENDED_SINCE_SIGNING); else, for a minor who may consent to their own care,
    that the chart does not say who consented (care_consent_question); else ""."""
    found = (_guardian(vault, client_id, guardian_id) if guardian_id else
             representatives.recorded_signer(vault, member_id or client_id, signer_name) if signer_name.strip()
             else None)
    ended = _ended_since(vault, found, signed_on) if found is not None else ""
    # Else, for a minor old enough to consent to their own care, who consented (as the chart records it)
    # decides whether this signature is the one asked for: nothing recorded is an open question to check.
    return ended or representatives.care_consent_question(vault, member_id or client_id, signed_on)


def _ended_since(vault: Vault, guardian: Guardian, signed_on: date | str) -> str:
    day = signed_on if isinstance(signed_on, date) else date.fromisoformat(signed_on)
    now = representatives.standing_of(vault, guardian, today())
    if not ended_since_signing(representatives.standing_of(vault, guardian, day), now) or now.ends_on is None:
        return ""
    tag = practice.printing_locale(vault)
    return ended_since_signing_warning(guardian.name.strip(), date_text(day, tag), date_text(now.ends_on, tag))


def _guardian(vault: Vault, client_id: str, guardian_id: str) -> Guardian | None:
    chart = clients.get_client(vault, client_id)
    charts = [clients.get_client(vault, m) for m in chart.member_ids] if chart.is_case else [chart]
    return next((g for c in charts for g in c.guardians if g.guardian_id == guardian_id), None)


def client_signing_warning(vault: Vault, client_id: str, signed_on: date | str, *, part2: bool = False) -> str:
    """Before an authorization the client signed is recorded: what the therapist must check
    when the client was a minor under the practice's age of consent that day, or ""."""
    client = clients.get_client(vault, client_id)
    day = signed_on if isinstance(signed_on, date) else date.fromisoformat(signed_on)
    consent_age = practice.load(vault).jurisdiction.age_of_consent_for_treatment
    return client_signature_warning(client.age(day), consent_age,
                                    "sign_part2_consent" if part2 else "sign_authorization")


def get_authorization(vault: Vault, authorization_id: str) -> Authorization:
    found = store.get(vault.records, authorization_id) if isinstance(authorization_id, str) else None
    if found is None:
        raise NotFound("No authorization with that id.", hint="List them with 'vault-app auth list --client ID'.",
                       code="authorization.not_found")
    return found


def list_authorizations(vault: Vault, client_id: str | None = None) -> list[Authorization]:
    if client_id is None:
        return store.list_all(vault.records)
    require_client(vault, client_id)
    return store.list_for_client(vault.records, client_id)


def status(auth: Authorization, on: date | None = None, locale: str = DEFAULT_LOCALE) -> AuthStatus:
    return auth.status_on(on or today(), locale)


def revoke(
    vault: Vault,
    authorization_id: str,
    *,
    received_on: date | str,
    in_writing: bool = True,
    scan: bytes | None = None,
    scan_filename: str = "",
) -> Authorization:
    """Record a written revocation. Disclosures made before it in reliance stay valid."""
    auth = get_authorization(vault, authorization_id)
    received = require_date(received_on, "date the revocation was received", allow_future=False,
                            field="revocation_received_on")
    revocation = Revocation(received, in_writing, None)
    check_revocation(auth, revocation, practice.printing_locale(vault))
    with vault.records.transaction():
        scan_id = _scan(vault, auth.client_id, scan, scan_filename, None, "authorization", "written revocation",
                        received)
        revocation = replace(revocation, attachment_id=scan_id)
        store.set_revocation(vault.records, auth.id, revocation)
    vault.ledger.append("authorization.revoked", {
        "authorization_id": auth.id, "client_id": auth.client_id, "received_on": received.isoformat(),
        "scan_attachment_id": scan_id,
    })
    return replace(auth, revocation=revocation)


def record_expiration_event(vault: Vault, authorization_id: str, *, occurred_on: date | str) -> Authorization:
    """The authorization's expiration event happened (e.g. "end of treatment")."""
    auth = get_authorization(vault, authorization_id)
    if not auth.expiration_event:
        raise InvalidInput(f"{auth.label} expires on a date, not at an event.", code="authorization.expires_on_date",
                           params={"id": auth.id})
    if auth.event_occurred_on is not None:
        on = date_text(auth.event_occurred_on, practice.printing_locale(vault))
        raise RefusedByPolicy(f"The expiration event was already recorded ({on}).",
                              code="authorization.event_already_recorded", params={"day": on})
    day = require_date(occurred_on, "date of the event", allow_future=False, field="event_occurred_on")
    with vault.records.transaction():
        store.set_event_occurred(vault.records, auth.id, day)
    vault.ledger.append("authorization.event_occurred", {
        "authorization_id": auth.id, "client_id": auth.client_id, "occurred_on": day.isoformat(),
    })
    return replace(auth, event_occurred_on=day)


def expiring_within(vault: Vault, days: int = 30, on: date | None = None) -> list[Authorization]:
    """Unrevoked authorizations whose expiration date falls in the next `days` days."""
    start = on or today()
    found = store.expiring_between(vault.records, start, date.fromordinal(start.toordinal() + days))
    return [a for a in found if a.expires_within(start, days)]


def describe(auth: Authorization, on: date | None = None, locale: str = DEFAULT_LOCALE) -> dict[str, Any]:
    """A plain dict for the CLI and GUI, with the current status in words (its dates in the
    practice's format: `locale`)."""
    st = status(auth, on, locale)
    return {
        "authorization_id": auth.id,
        "client_id": auth.client_id,
        "status": st.state,
        "status_message": st.message,
        "covers": sorted(auth.covers),
        "description": auth.description,
        "discloser": auth.discloser,
        "recipient": {"name": auth.recipient_name, "address": auth.recipient_address},
        "purposes": list(auth.purposes),
        "signed_on": auth.signed_on.isoformat() if auth.signed_on else None,
        "signer": {"name": auth.signer.name, "role": auth.signer.role, "authority": auth.signer.authority,
                   "member_id": auth.signer_client_id},
        "expires_on": auth.expires_on.isoformat() if auth.expires_on else None,
        "expiration_event": auth.expiration_event,
        "event_occurred_on": auth.event_occurred_on.isoformat() if auth.event_occurred_on else None,
        "notes_from": auth.notes_from.isoformat() if auth.notes_from else None,
        "notes_to": auth.notes_to.isoformat() if auth.notes_to else None,
        "described_parts": [p for p in PARTS if p in auth.described_parts],
        "statements": {
            "right_to_revoke": auth.statements.right_to_revoke,
            "conditioning": auth.statements.conditioning,
            "redisclosure": auth.statements.redisclosure,
        },
        "part2_consent": auth.part2,
        "scan_attachment_id": auth.scan_attachment_id,
        "revoked_on": auth.revocation.received_on.isoformat() if auth.revocation else None,
        "missing_elements": auth.missing(),
    }


__all__ = [
    "add_authorization",
    "check_client_may_sign",
    "client_signing_warning",
    "describe",
    "expiring_within",
    "get_authorization",
    "list_authorizations",
    "proposed_signer",
    "record_expiration_event",
    "representative_signing_warning",
    "revoke",
    "signing_warnings",
    "status",
]
