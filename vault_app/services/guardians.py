"""Guardians and personal representatives recorded on a chart: added, corrected (their
authority changed or ended, or declined under 45 CFR 164.502(g)(5)), removed, and which
of them may authorize on a day. What the law lets them do is domain/representatives.py's,
asked through services/representatives.py."""

from __future__ import annotations

from datetime import date
from typing import Any

from vault_app.domain import guardian_records_access, typed_signer
from vault_app.domain.clinical import (
    GUARDIAN_AUTHORITIES,
    MAX_NAME_LEN,
    Guardian,
    choice,
    clean_text,
    new_id,
    parse_date,
)
from vault_app.domain.errors import InvalidInput, NotFound, RefusedByPolicy
from vault_app.domain.names import check_name
from vault_app.domain.representatives import standing
from vault_app.services import access_recipient, clients, practice
from vault_app.services.clinical_common import audit, now_iso, require_client, today
from vault_app.services.vault import Vault
from vault_app.storage import clinical_clients, disclosure_requests

_GUARDIAN_FIELDS = (
    "name", "relationship", "authority", "may_authorize", "custody_order_attachment_id", "phone", "address",
    "valid_from", "valid_until", "notes", "majority_order_attachment_id", "declined_on", "declined_reason",
    "records_access_basis", "records_access_code",
)


def _guardian(vault: Vault, client_id: str, guardian_id: str, created_at: str, fields: dict[str, Any],
              before: Guardian | None = None) -> Guardian:
    attachment_id = clients.chart_attachment(vault, client_id, fields.get("custody_order_attachment_id"))
    majority_order = clients.chart_attachment(vault, client_id, fields.get("majority_order_attachment_id") or None)
    declined_on = parse_date(fields.get("declined_on"), "date you declined the representative", field="declined_on")
    declined_reason = clean_text(fields.get("declined_reason"), "reason for declining", field="declined_reason")
    if bool(declined_on) != bool(declined_reason):
        raise InvalidInput(
            "Declining a personal representative (45 CFR 164.502(g)(5)) needs both the date and your reason.",
            hint="The reason is your professional judgment that treating them as representative could endanger "
                 "the client (abuse, neglect or endangerment) and is not in the client's best interest.",
            code="guardian.decline_needs_both", field="declined_reason" if declined_on else "declined_on",
        )
    if typed_signer.foster_without_order(str(fields.get("relationship") or ""), bool(fields.get("may_authorize", True)),
                                         attachment_id) and not _foster_no_order(before):
        raise InvalidInput(typed_signer.FOSTER_RECORDED, hint=typed_signer.FOSTER_RECORDED_HINT,
                           code="guardian.foster_needs_order", field=_foster_field(before))
    access_code, access_text = guardian_records_access.checked_basis(
        fields.get("records_access_code"),
        clean_text(fields.get("records_access_basis"), "basis for having the records", field="records_access_basis"))
    start = parse_date(fields.get("valid_from"), "start of authority", field="valid_from")
    end = parse_date(fields.get("valid_until"), "end of authority", field="valid_until")
    if start and end and end < start:
        raise InvalidInput("The authority ends before it starts.", code="guardian.ends_before_start",
                           field="valid_until")
    return Guardian(
        guardian_id=guardian_id,
        client_id=client_id,
        name=check_name(fields.get("name"), "guardian name", required=True, max_len=MAX_NAME_LEN,
                        field="guardian_name"),
        relationship=check_name(fields.get("relationship"), "relationship", max_len=MAX_NAME_LEN,
                                field="relationship"),
        authority=choice(fields.get("authority"), GUARDIAN_AUTHORITIES, "kind of authority",  # type: ignore[arg-type]
                         field="authority"),
        may_authorize=bool(fields.get("may_authorize", True)),
        custody_order_attachment_id=attachment_id,
        # One line, as the client's own (domain/clinical.py): a line break forged the next line.
        phone=check_name(clean_text(fields.get("phone"), "phone", field="guardian_phone"), "phone",
                         field="guardian_phone"),
        address=clean_text(fields.get("address"), "address", field="guardian_address"),
        valid_from=start,
        valid_until=end,
        notes=clean_text(fields.get("notes"), "notes", field="guardian_notes"),
        created_at=created_at,
        majority_order_attachment_id=majority_order,
        declined_on=declined_on,
        declined_reason=declined_reason,
        records_access_basis=access_text,
        records_access_code=access_code,
    )


def _foster_no_order(before: Guardian | None) -> bool:
    """A record already of that kind (saved by a version before the rule): the save refuses only a change
    that makes one, so that any other field stays correctable; what such a record would do unsafely, act
    for the child, the representative rules refuse ("foster_without_order"). It locked the whole record."""
    return before is not None and typed_signer.foster_without_order(before.relationship, before.may_authorize,
                                                                    before.custody_order_attachment_id)


def _foster_field(before: Guardian | None) -> str:
    """The field whose change made the record a foster parent who signs with no order: the keyboard goes there."""
    if before is not None and (before.custody_order_attachment_id or "").strip():
        return "custody_order_attachment_id"
    if before is not None and not before.may_authorize:
        return "may_authorize"
    return "relationship"


def add_guardian(
    vault: Vault,
    client_id: str,
    name: str,
    *,
    authority: str,
    relationship: str = "",
    may_authorize: bool = True,
    custody_order_attachment_id: str | None = None,
    phone: str = "",
    address: str = "",
    valid_from: date | str | None = None,
    valid_until: date | str | None = None,
    notes: str = "",
    records_access_basis: str = "",
    records_access_code: str = "",
) -> Guardian:
    require_client(vault, client_id)
    fields = {
        "name": name, "authority": authority, "relationship": relationship, "may_authorize": may_authorize,
        "custody_order_attachment_id": custody_order_attachment_id, "phone": phone, "address": address,
        "valid_from": valid_from, "valid_until": valid_until, "notes": notes,
        "records_access_basis": records_access_basis, "records_access_code": records_access_code,
    }
    guardian = _guardian(vault, client_id, new_id(), now_iso(), fields)
    with vault.records.transaction():
        clinical_clients.insert_guardian(vault.records, guardian)
    audit(vault, "guardian.added", client_id=client_id, guardian_id=guardian.guardian_id)
    return guardian


def update_guardian(vault: Vault, client_id: str, guardian_id: str, **changes: Any) -> Guardian:
    """Correct a guardian's details or record that their authority changed or ended; the id
    stays, so authorizations they signed still point at them."""
    require_client(vault, client_id)
    unknown = set(changes) - set(_GUARDIAN_FIELDS)
    if unknown:
        raise InvalidInput("Unknown guardian field.", hint="Fields: " + ", ".join(_GUARDIAN_FIELDS) + ".")
    current = next((g for g in clinical_clients.guardians_for(vault.records, client_id)
                    if g.guardian_id == guardian_id), None)
    if current is None:
        raise NotFound("No guardian with that id in this chart.", code="guardian.not_found")
    if "records_access_basis" in changes and "records_access_code" not in changes \
            and not str(changes["records_access_basis"] or "").strip():
        changes = changes | {"records_access_code": ""}  # the basis's words cleared alone: no basis left
    fields = {f: getattr(current, f) for f in _GUARDIAN_FIELDS} | changes
    guardian = _guardian(vault, client_id, guardian_id, current.created_at, fields, current)
    pending = _their_open_requests(vault, client_id, guardian_id)
    with vault.records.transaction():
        clinical_clients.update_guardian(vault.records, guardian)
    audit(vault, "guardian.updated", client_id=client_id, guardian_id=guardian_id, fields=sorted(changes))
    for request_id, rule in _their_open_requests(vault, client_id, guardian_id).items():
        if rule and not pending.get(request_id):
            # Judged again: the request is kept as theirs, and the chart's history says when it came to need review.
            audit(vault, "request.requester_changed", client_id=client_id, request_id=request_id,
                  guardian_id=guardian_id, rule=rule)
    return guardian


def _their_open_requests(vault: Vault, client_id: str, guardian_id: str) -> dict[str, str]:
    """The open requests `guardian_id` made, each with the code of the refusal that keeps its copy from them
    today ("" : none; access_recipient.requester_no_longer)."""
    on = today()
    found: dict[str, str] = {}
    for q in disclosure_requests.list_requests(vault.records, client_id=client_id, open_only=True):
        if q.guardian_id == guardian_id:
            refused = access_recipient.requester_no_longer(vault, q, on)
            found[q.id] = refused.code if refused is not None else ""
    return found


def requests_to_review(vault: Vault, client_id: str, guardian_id: str) -> list[RefusedByPolicy]:
    """The open requests `guardian_id` made whose copy no longer goes to them nor to the client today, each
    as the refusal that says so (access_recipient.requester_no_longer): said when their standing changes."""
    on = today()
    return [refused for q in disclosure_requests.list_requests(vault.records, client_id=client_id, open_only=True)
            if q.guardian_id == guardian_id and (refused := access_recipient.requester_no_longer(vault, q, on))]


def remove_guardian(vault: Vault, client_id: str, guardian_id: str) -> None:
    require_client(vault, client_id)
    with vault.records.transaction():
        removed = clinical_clients.delete_guardian(vault.records, client_id, guardian_id)
    if not removed:
        raise NotFound("No guardian with that id in this chart.", code="guardian.not_found")
    audit(vault, "guardian.removed", client_id=client_id, guardian_id=guardian_id)


def representatives(vault: Vault, client_id: str, on: date | None = None) -> list[Guardian]:
    """Guardians who may authorize on the date: their standing (domain/representatives.standing),
    the rule the lists and refusals use, so a declined representative (164.502(g)(5)) and a parent
    past the client's age of majority (164.502(g)(2)-(3)) are not among them."""
    client = clients.get_client(vault, client_id)
    when = on or today()
    majority = practice.load(vault).jurisdiction.age_of_majority
    return [g for g in client.guardians if standing(g, client.date_of_birth, majority, when).may_sign
            and not typed_signer.foster_without_order(g.relationship, g.may_authorize, g.custody_order_attachment_id)]


__all__ = ["add_guardian", "remove_guardian", "representatives", "requests_to_review", "update_guardian"]
