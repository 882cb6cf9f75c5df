"""The one door every disclosure goes through: `check(vault, request) -> Verdict`.

It gathers the facts the pure gate (domain/disclosure_gate.py) needs: which
notes or sessions the selection resolves to (ids, dates, signed or not: never
their text), the authorization on file, the access request, the client's Part 2
flag and age, and the jurisdiction settings. It writes nothing and logs nothing:
the export service, the manual-disclosure record and the confidentiality-decision
workflow all call it, and only a completed disclosure is logged.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date

from vault_app.domain import coming_of_age, disclosure_clock, locale_format
from vault_app.domain.authorization import Authorization
from vault_app.domain.clinical import EARLIEST_DATE, Client
from vault_app.domain.clinical_documents import Attachment
from vault_app.domain.disclosure import (
    AccessRequestFacts,
    DisclosureRequest,
    GateContext,
    ItemFacts,
    Verdict,
)
from vault_app.domain.disclosure_gate import decide
from vault_app.domain.disclosure_parts import shared_reason
from vault_app.domain.errors import InvalidInput, NotFound, RefusedByPolicy
from vault_app.domain.joint_held import authorized_by, confidence_warning
from vault_app.domain.names import check_name
from vault_app.domain.recipient_is_client import client_name_forms
from vault_app.domain.restrictions import DOCUMENTS, SELF_PAY, RestrictedItem
from vault_app.domain.stale_signer import stale_reason
from vault_app.services import (
    care_confidentiality,
    clients,
    clock_behind,
    joint_held,
    older_copy_destroyed,
    older_copy_refusal,
    practice,
    representatives,
)
from vault_app.services.vault import Vault
from vault_app.storage import (
    clinical_attachments,
    clinical_clients,
    clinical_notes,
    clinical_psychotherapy,
    clinical_sessions,
    legal_holds,
)
from vault_app.storage import disclosure_authorizations as auth_store
from vault_app.storage import disclosure_requests as request_store
from vault_app.storage import disclosure_restrictions as restriction_store
from vault_app.storage import joint_held as held_store
from vault_app.storage import psychotherapy_kept_originals as kept_store

# Evidence fields that name an attachment which must exist in the same chart.
ATTACHMENT_FIELDS = ("order_attachment_id", "assurance_attachment_id")


@dataclass(frozen=True)
class Candidate:
    id: str
    day: date
    signed: bool
    self_pay: bool = False
    shared: str = ""  # why it may hold what other people said (domain/disclosure_parts.shared_reason)
    others: int = 0


def _candidates(vault: Vault, client_id: str, kind: str) -> list[Candidate]:
    if kind == "progress":
        # What the chart knows of other people in a note: its session's modality.
        client = clients.get_client(vault, client_id)
        modality = {s.session_id: s.modality for s in clinical_sessions.list_for_client(vault.records, client_id)}
        notes = clinical_notes.list_for_client(vault.records, client_id, with_preview=False)
        return [Candidate(n.note_id, n.note_date, n.signed, False,
                          shared_reason(modality.get(n.session_id or "", ""), client.is_case))
                for n in notes]
    if kind == "psychotherapy":
        # Raises CompartmentLocked when the psychotherapy notes are not unlocked.
        # Those a newer copy of this vault destroyed (the chart kept) are not the chart's here: named
        # by id, they are unknown ids (refused), by dates, not among them.
        gone = older_copy_destroyed.notes_destroyed_there(vault)
        return [Candidate(n.note_id, n.note_date, n.signed)
                for n in clinical_psychotherapy.list_for_client(vault.psychotherapy, client_id)
                if n.note_id not in gone]
    if kind == "billing":
        # A session recorded for a draft note is no service yet (records migration 0104): never
        # disclosed as a date of service, as its draft is never disclosed.
        drafts = clinical_sessions.draft_only_ids(vault.records, client_id)
        sessions = clinical_sessions.list_for_client(vault.records, client_id)
        return [Candidate(s.session_id, s.date, True, s.billing_status == SELF_PAY) for s in sessions
                if s.session_id not in drafts]
    raise InvalidInput("Unknown kind of export. Choose progress, psychotherapy or billing.")


def _resolve(vault: Vault, request: DisclosureRequest) -> list[Candidate]:
    """The selection as items of the chart, oldest first. Unknown ids are an error, not a skip."""
    sel = request.selection
    if sel.date_from and sel.date_to and sel.date_from > sel.date_to:
        raise InvalidInput("The date range ends before it starts.", code="disclosure.range_reversed", field="date_to")
    by_id = {c.id: c for c in _candidates(vault, request.client_id, request.kind)}
    if sel.note_ids:
        unknown = [i for i in sel.note_ids if i not in by_id]
        if unknown and request.kind == "psychotherapy":
            _refuse_kept_originals(vault, request.client_id, unknown)
        if unknown:
            noun = "session" if request.kind == "billing" else f"{request.kind} note"
            raise NotFound(f"{len(unknown)} of the selected ids are not a {noun} of this client.",
                           hint="List them with 'vault-app note list --client ID'.", code="disclosure.not_of_client",
                           params={"count": len(unknown)})
        chosen = [by_id[i] for i in dict.fromkeys(sel.note_ids)]
    elif sel.date_from is None and sel.date_to is None:
        chosen = []
    else:
        chosen = list(by_id.values())
    chosen = [
        c for c in chosen
        if (sel.date_from is None or c.day >= sel.date_from) and (sel.date_to is None or c.day <= sel.date_to)
    ]
    chosen.sort(key=lambda c: (c.day, c.id))
    return chosen


def _refuse_kept_originals(vault: Vault, client_id: str, ids: Sequence[str]) -> None:
    """A kept original PDF (services/psychotherapy_originals.py) is what is left of an imported
    draft the therapist discarded: never signed here, and a draft is never disclosed
    (domain/disclosure_scope.py), so the gate's own rule refuses it whatever the authorization.
    Said as such, not as an unknown id."""
    kept = kept_store.named(vault.psychotherapy, client_id, list(ids))
    if kept:
        raise RefusedByPolicy(
            f"{len(kept)} of the selected ids are original PDFs kept from discarded psychotherapy drafts: they were "
            "never signed here, and an unsigned draft is never disclosed.",
            hint="To disclose what one holds, import a readable copy of that note again, check and sign it, then "
                 "export the note.", code="disclosure.kept_original_not_disclosed", params={"count": len(kept)})


def resolve_items(vault: Vault, request: DisclosureRequest) -> tuple[ItemFacts, ...]:
    part2 = clients.get_client(vault, request.client_id).part2
    return tuple(ItemFacts(c.id, request.kind, c.day, part2, signed=c.signed) for c in _resolve(vault, request))


def _checked_evidence(vault: Vault, request: DisclosureRequest) -> DisclosureRequest:
    """Drop attachment references that do not point into this chart, so the gate reports them missing."""
    evidence = dict(request.basis.evidence)
    changed = False
    for name in ATTACHMENT_FIELDS:
        ref = evidence.get(name)
        if ref:
            found = clinical_attachments.get(vault.records, str(ref))
            if found is None or found.client_id != request.client_id:
                evidence.pop(name)
                changed = True
    if not changed:
        return request
    return replace(request, basis=replace(request.basis, evidence=evidence))


def document_items(documents: Sequence[Attachment]) -> tuple[RestrictedItem, ...]:
    """The chart's documents as the gate weighs them: by the document's own date, else the day
    it was added on this computer's clock (its stored moment is UTC: a scan added in the evening in
    New York is the next day in UTC, after a restriction's end); neither known, the earliest day (so
    a restriction's end never frees it)."""
    def day(doc: Attachment) -> date:
        try:
            return doc.document_date or locale_format.on_the_clock(doc.created_at).date()
        except ValueError:
            return EARLIEST_DATE

    return tuple(RestrictedItem(d.attachment_id, DOCUMENTS, day(d), False) for d in documents)


def context_for(
    vault: Vault, request: DisclosureRequest, candidates: list[Candidate] | None = None, *,
    access_to_record: AccessRequestFacts | None = None, documents: Sequence[Attachment] = (),
) -> GateContext:
    client = clients.get_client(vault, request.client_id)
    if candidates is None:
        candidates = _resolve(vault, request)
    profile = practice.load(vault)
    authorization = None
    if request.basis.kind == "authorization" and request.basis.authorization_id:
        authorization = auth_store.get(vault.records, request.basis.authorization_id)
    access = None
    req_id = str(request.basis.evidence.get("request_id") or "")
    if access_to_record is not None:
        # Only a request not yet on file, named by the basis, open, of this client: a caller
        # handing facts for a recorded request would put its word above the record's.
        if (access_to_record.id != req_id or request_store.get(vault.records, req_id) is not None
                or access_to_record.status != "open" or access_to_record.client_id != request.client_id):
            raise InvalidInput("The access request to record does not match the disclosure asked for.")
        access = access_to_record
    if request.basis.kind == "client_access" and access is None:
        found = request_store.get(vault.records, req_id) if req_id else None
        if found is not None:
            access = AccessRequestFacts(found.id, found.client_id, found.kind, found.status)
    adults: tuple[str, ...] = ()
    joint: tuple[Authorization, ...] = ()
    named: tuple[tuple[str, str, str], ...] = ()
    if client.is_case and request.basis.kind == "authorization":
        # The same adults the export wizard's offer of held notes is reckoned on (joint_held.offered).
        adults = joint_held.adult_members(vault, client.client_id, request.on)
        joint = tuple(auth_store.list_for_client(vault.records, client.client_id))
    held: tuple[tuple[str, str], ...] = ()
    if client.is_case and request.kind == "progress":
        marks = {m.note_id: m.member_id for m in held_store.for_case(vault.records, client.client_id)}
        held = tuple((c.id, marks[c.id]) for c in candidates if c.id in marks)
    if adults or held:
        # A refusal names who has not authorized, and whose confidence a held note keeps, under any
        # basis (found: "member ids: ed0d2ea02f957eaf"): the chart number in the English, the name on screen.
        # A member whose chart is gone is said by id (the rule's fallback), not a refusal of its own.
        members = [clinical_clients.get(vault.records, m) for m in dict.fromkeys((*adults, *(m for _n, m in held)))]
        named = tuple((m.client_id, m.chart_number, m.display_name) for m in members if m is not None)
    return GateContext(
        items=tuple(ItemFacts(c.id, request.kind, c.day, client.part2, c.self_pay, c.signed, c.shared, c.others)
                    for c in candidates),
        client_part2=client.part2,
        client_is_minor=client.is_minor(request.on, profile.jurisdiction.age_of_majority),
        authorization=authorization,
        access_request=access,
        duty_to_warn=profile.jurisdiction.duty_to_warn,
        joint_adult_members=adults,
        joint_authorizations=joint,
        joint_member_names=named,
        joint_record=client.is_case,
        held_notes=held,
        restrictions=tuple(restriction_store.for_client(vault.records, client.client_id)),
        riders=document_items(documents),
        locale=locale_format.normalize(profile.locale),
        license_state=profile.license_state,
        chart_opened=_opened(client.created_at, candidates),
        majority_on=coming_of_age.majority_day(client.date_of_birth, profile.jurisdiction.age_of_majority),
        subpoena_hold_placed=_subpoena_hold_placed(vault, client.client_id) if request.basis.kind == "subpoena"
        else None,
        client_names=_client_names(vault, client),
    )


def _client_names(vault: Vault, client: Client) -> tuple[str, ...]:
    """The names the client goes by; for a couple's or family's record, its members' (each is a client
    of it: a copy for one is their access, 164.524), not the record's own name ("Rivera couple")."""
    if not client.is_case:
        return client_name_forms(client.legal_name, client.preferred_name)
    members = [clinical_clients.get(vault.records, m) for m in client.member_ids]
    forms = [f for m in members if m is not None for f in client_name_forms(m.legal_name, m.preferred_name)]
    return tuple(dict.fromkeys(forms))


def _subpoena_hold_placed(vault: Vault, client_id: str) -> date | None:
    """The day the chart's earliest subpoena hold still in force was placed (the practice's clock), or None."""
    # Read from storage, not services.holds: holds reads retention, whose requests service reads
    # export and so this module (an import circle). "subpoena" is holds.HOLD_AFTER's reason for it.
    found = [h for h in legal_holds.list_holds(vault.records, client_id) if h.reason == "subpoena"]
    return locale_format.on_the_clock(found[0].placed_at).date() if found else None


def _opened(created_at: str, candidates: list[Candidate]) -> date | None:
    """The day the chart was opened, as far as known: the day it was made here, or an earlier day
    of the records sent (a chart imported from another program holds older records)."""
    days = [c.day for c in candidates]
    if created_at:
        days.append(locale_format.on_the_clock(created_at).date())
    return min(days) if days else None


def check(vault: Vault, request: DisclosureRequest, *, access_to_record: AccessRequestFacts | None = None,
          documents: Sequence[Attachment] = ()) -> Verdict:
    """Decide one requested disclosure. Pure read: no ledger entry, no file.

    `access_to_record`: the client's access request as the caller will record it if, and only
    if, the disclosure is allowed (a superbill is asked for and given in one step). Recorded
    first and withdrawn on a refusal, it left the client a request they never withdrew.
    `documents`: the chart's documents going with the items (the complete open export), which
    a restriction covering documents refuses (45 CFR 164.522(a)(1)(iii))."""
    client = clients.get_client(vault, request.client_id)  # NotFound before anything else
    # A copy older than its backup folder's newest knows nothing of a revocation made since.
    older_copy_refusal.refuse_while_older(vault)
    older_copy_destroyed.refuse_destroyed_there(vault, request.client_id)  # also once the copy is kept
    # one line, no control characters
    check_name(request.recipient.name, "recipient's name", max_len=500, field="recipient_name")
    request = _checked_evidence(vault, request)
    candidates = _resolve(vault, request)
    context = context_for(vault, request, candidates, access_to_record=access_to_record, documents=documents)
    verdict = decide(request, context)
    if verdict.allowed:
        verdict = _on_the_record_day_too(vault, request, candidates, context, verdict,
                                         access_to_record=access_to_record, documents=documents)
    verdict = _care_consent_open(vault, context.authorization, verdict)
    verdict = _signer_no_longer_valid(vault, context.authorization, verdict)
    if not verdict.allowed or not client.is_case:
        return verdict
    # What it says about confidences is the rule's (domain/joint_held.confidence_warning): a
    # release carrying a held note its member alone authorized is theirs, not a release to trim.
    said_of_confidence = confidence_warning(dict(context.held_notes), verdict.item_ids,
                                            authorized_by(request, context, verdict.authorization_ids))
    return replace(verdict, warnings=(*verdict.warnings, said_of_confidence))


def _on_the_record_day_too(vault: Vault, request: DisclosureRequest, candidates: list[Candidate], context: GateContext,
                           verdict: Verdict, *, access_to_record: AccessRequestFacts | None,
                           documents: Sequence[Attachment]) -> Verdict:
    """A disclosure made now while this computer's clock is behind the vault's last record is judged on
    that record's day too, and refused when that day refuses it (domain/disclosure_clock.py)."""
    later = disclosure_clock.judged_again_on(request.on, clock_behind.recorded_day(vault),
                                              manual=disclosure_clock.on_its_own_day(request))
    if later is None:
        return verdict
    then = replace(request, on=later)
    then_verdict = decide(then, context_for(vault, then, candidates, access_to_record=access_to_record,
                                            documents=documents))
    clock = disclosure_clock.behind_record(locale_format.date_text(request.on, context.locale),
                                           locale_format.date_text(later, context.locale))
    return disclosure_clock.stricter(verdict, then_verdict, clock)


def _care_consent_open(vault: Vault, auth: Authorization | None, verdict: Verdict) -> Verdict:
    """A release on a representative's signature for a minor who may consent to their own care, whose
    chart does not say who consented: the export says the question is open (one line, cited)."""
    if not verdict.allowed or auth is None or auth.signer.role != "personal_representative" or not auth.signed_on:
        return verdict
    said = representatives.care_consent_question(vault, auth.signer_client_id or auth.client_id, auth.signed_on)
    return replace(verdict, warnings=(*verdict.warnings, said)) if said else verdict


def _signer_no_longer_valid(vault: Vault, auth: Authorization | None, verdict: Verdict) -> Verdict:
    """A release on an authorization whose signer the chart's facts, changed since it was recorded, no longer
    let stand (services/care_confidentiality.signer_refusal_now): refused, saying why; the form is kept."""
    if not verdict.allowed or auth is None or auth.signed_on is None:
        return verdict
    found = care_confidentiality.signer_refusal_now(vault, auth)
    if found is None:
        return verdict
    day = locale_format.date_text(auth.signed_on, locale_format.normalize(practice.load(vault).locale))
    reason = stale_reason(found.code, auth.id, day)
    # "The client now exercises their own rights and may revoke it" is said of a form that stands: not here.
    kept = tuple(w for w in verdict.warnings
                 if not getattr(w, "code", "").startswith("authorization.representative_adult"))
    return replace(verdict, allowed=False, reasons=(reason,), warnings=kept, item_ids=(), authorization_ids=())


__all__ = ["check", "context_for", "document_items", "resolve_items"]
