"""Issue a superbill or a statement: a disclosure of billing information to the client
(or, for a minor, to a guardian acting as personal representative) through the gate.

The client asking for a superbill is asking for a copy of their own billing records
(45 CFR 164.524; billing records are part of the designated record set, 164.501). So:
1. the request is an access request (a guardian's is checked against 164.502(g)),
   unless one already on file is named;
2. the gate decides under the client's own access request, the one named or the one
   about to be recorded, and the PDF is built and encrypted in memory: a refusal or a
   failure up to here writes nothing (no request, no ledger entry);
3. a pending delivery row and then ONE "disclosure" ledger entry are written (ids, dates,
   the file's SHA-256; never the name), then the file; then the request is recorded (with
   the file that answers it: a failure before leaves no request open without its document)
   and granted, and the row is settled. Killed on the way, the next unlock settles it
   (export_delivery.reconcile_pending): the file found whole, the request is recorded and granted.
A disclosure to the individual is excluded from the accounting of disclosures
(45 CFR 164.528(a)(1)(ii)); the gate marks it so, and the accounting lists it only
among the exclusions.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import socket
from dataclasses import asdict, dataclass, replace
from datetime import date
from pathlib import Path
from typing import Any

from vault_app.domain import who_acts
from vault_app.domain.billing import (
    ADDON_KIND,
    Charge,
    applied_oldest_first,
    code_with_units,
    lists_charge,
    paid_through,
    place_of_service,
    split_cents,
)
from vault_app.domain.clinical import require_date
from vault_app.domain.decedent import PASSWORD_TO_CLIENT, PASSWORD_TO_ESTATE, password_to
from vault_app.domain.disclosure import (
    AccessRequestFacts,
    DisclosureRecord,
    DisclosureRequest,
    ItemFacts,
    Recipient,
    Selection,
    describe_items,
)
from vault_app.domain.disclosure_basis import LegalBasis
from vault_app.domain.disclosure_wording import BILLING_REQUEST_KINDS, billing_request_description
from vault_app.domain.document_dates import bill_audience, document_locale
from vault_app.domain.errors import InvalidInput, NotFound, RefusedByPolicy
from vault_app.domain.names import check_name
from vault_app.domain.statement import NOTHING_TO_STATE, nothing_to_state, statement_totals
from vault_app.domain.statement_addressee import estate_addressee
from vault_app.domain.superbill_diagnosis import FROM_PLAN
from vault_app.domain.superbill_fees import every_service_unpriced, unpriced_services
from vault_app.domain.superbill_provider import missing_for_superbill, missing_words
from vault_app.domain.superbill_repeats import CLIENT, AlreadyIssued, EarlierBill, Repeat, repeated_days, repeats
from vault_app.services import (
    access_recipient,
    billing,
    clients,
    disclosure_gate,
    export,
    export_delivery,
    output_file,
    practice,
    representatives,
    request_records,
    requests,
    sessions,
    superbill_addressee,
    superbill_diagnosis,
)
from vault_app.services.clinical_common import age_of_majority, now_iso, today
from vault_app.services.fault_injection import crash_point
from vault_app.services.superbill_pdf import BillDocument, Line, bill_words, render
from vault_app.services.vault import Vault
from vault_app.storage import disclosure_records as records
from vault_app.storage.files import atomic_write

KINDS = BILLING_REQUEST_KINDS
PENDING_REQUEST = "R-to-be-recorded"  # the gate's name for the access request recorded once it allows
PURPOSE = {
    "superbill": "superbill for the client's own insurance reimbursement",
    "statement": "statement of account for the client",
}
# A stored name with a line break or an invisible character, by whose it is (a guardian's?).
_UNSAFE_NAME_CODE = {False: "superbill.client_name_unsafe", True: "superbill.guardian_name_unsafe"}


@dataclass(frozen=True)
class Issued:
    disclosure_id: str
    ledger_seq: int
    sha256: str
    path: Path
    request_id: str
    addressee: str  # "client" or the guardian's id (never a name: this goes to JSON and logs)
    sessions: int
    charged_cents: int
    paid_cents: int
    accountable: bool
    exclusion: str
    unpriced: tuple[str, ...] = ()  # codes listed with no fee set (domain/billing.unpriced_codes)
    # The visits (ISO dates) whose diagnosis the current treatment plan gave (none recorded on the
    # session): said to the therapist, whose diagnosis it is (domain/superbill_diagnosis).
    diagnosis_from_plan: tuple[str, ...] = ()
    # Who is given the PDF's password (domain/decedent.password_to): "client", "guardian", or "estate",
    # the client having died (the executor or administrator, 164.502(g)(4)).
    password_to: str = PASSWORD_TO_CLIENT

    def as_dict(self) -> dict[str, Any]:
        data = asdict(self)
        data["path"] = str(self.path)
        return data


def _write_out(path: Path, data: bytes) -> None:
    atomic_write(path, data, what="writing the superbill")


def _target(out: Path, overwrite: bool) -> Path:
    return output_file.checked(out, "superbill", overwrite=overwrite)


def provider_missing(vault: Vault) -> tuple[str, ...]:
    """The practice details a superbill needs and the profile lacks (domain/superbill_provider)."""
    return missing_for_superbill(practice.load(vault))


def refuse_without_provider(vault: Vault) -> None:
    missing = provider_missing(vault)
    if missing:
        raise InvalidInput(
            "A health plan cannot pay from a superbill without the practice's NPI, Tax ID and address "
            f"(CMS-1500 items 24J, 25 and 33). Not set: {missing_words(missing)}.",
            hint="Fill them in under Vault > Settings… > About you and the practice (or: vault-app practice update "
                 "--npi … --tax-id … --address …), then make the superbill again.",
            code="superbill.provider_missing", params={"missing": ", ".join(missing)})


def refuse_unpriced(charges: list[Charge]) -> None:
    """Refused, before any request is recorded, while a service of these dates has no fee
    (domain/superbill_fees: some lines unpriced misstate the charges as much as all of them)."""
    codes = unpriced_services(charges)
    if codes:
        which = "every service on it" if every_service_unpriced(charges) else "some of its services"
        raise InvalidInput(
            "A health plan cannot pay from a superbill without the charge for each service (CMS-1500 items 24F "
            f"and 28), and no fee is set for {which}: {', '.join(codes)}.",
            hint="Set the fee in the fee schedule (the client's Account… > Fee schedule…, or: vault-app fee schedule "
                 "CODE AMOUNT; one session's: Set the selected session's fee…, or vault-app fee session), then make "
                 "the superbill again. A statement can be made as it is.",
            code="superbill.unpriced", params={"codes": ", ".join(codes)})


def issue(
    vault: Vault,
    client_id: str,
    *,
    kind: str = "superbill",
    first: date | str,
    last: date | str,
    out: Path,
    password: str,
    guardian_id: str | None = None,
    request_id: str | None = None,
    overwrite: bool = False,
    again: bool = False,
) -> Issued:
    """A superbill or statement for the services from `first` to `last`, to the client or,
    with `guardian_id`, to that guardian (their share, where the chart records a split).

    A superbill listing a session an earlier superbill to the same addressee listed is refused
    (AlreadyIssued) unless `again`: then it says on its face which one(s) it replaces
    (domain/superbill_repeats)."""
    from vault_app.services.pdf_document import check_password

    if kind not in KINDS:
        raise InvalidInput("Choose a superbill or a statement.", code="superbill.kind", field="superbill_kind")
    if kind == "superbill":
        refuse_without_provider(vault)
    check_password(password)
    day_from = require_date(first, "first date of service", field="service_from")
    day_to = require_date(last, "last date of service", field="service_to")
    if day_to < day_from:
        raise InvalidInput("The range of dates ends before it starts.", code="superbill.range_reversed",
                           field="service_to")
    target = _target(out, overwrite)
    client = clients.get_client(vault, client_id)
    whole = billing.account(vault, client_id)
    if kind == "superbill" and not any(c.kind == "session" and day_from <= c.on <= day_to for c in whole.charges):
        # Said here, before a request is recorded: the gate's "Nothing is selected: pick billing
        # information by id or by a date range" asked for ids no form has, and said nothing of
        # the dates given (a range holding only a missed-appointment fee).
        raise InvalidInput("No session falls within these dates: the superbill lists the sessions of the dates "
                           "given.", hint="Choose dates that include a session (a superbill lists services only; "
                                          "a missed-appointment fee is on the statement).",
                           code="superbill.no_session", field="service_from")
    if kind == "superbill":
        refuse_unpriced([c for c in whole.charges if day_from <= c.on <= day_to])
        superbill_diagnosis.refuse_undiagnosed(superbill_diagnosis.for_sessions(
            vault, client_id, (c.ref_id for c in whole.charges if c.kind == "session" and day_from <= c.on <= day_to)))
    if kind == "statement" and nothing_to_state(whole.charges, whole.payments, day_from, day_to):
        # A statement states the account, sessions or not: refused only with nothing to state.
        raise InvalidInput(NOTHING_TO_STATE, hint="Choose dates that include a session, a fee or a payment.",
                           code="superbill.nothing_to_state", field="service_from")
    on = today()
    guardian = None
    if guardian_id is not None:
        guardian = next((g for g in client.guardians if g.guardian_id == guardian_id), None)
        if guardian is None:
            raise NotFound("No guardian with that id for this client.", code="guardian.not_found")
        # Asked whether or not a request is named: a request on file does not say which
        # representative made it, and one recorded while they could act says nothing of today
        # (declined since, authority ended): the document goes to this guardian (164.502(g)).
        representatives.require_may_act(vault, guardian, "request_records", on)
    elif client.is_minor(on, age_of_majority(vault)):
        raise RefusedByPolicy(
            "This client is a minor: address the statement to a parent or guardian who may act for them.",
            hint="Choose the guardian (CLI: --guardian ID; 'vault-app guardian list CLIENT').",
            code="superbill.minor_needs_guardian", field="send_to",
        )
    contact = client.contact
    name = guardian.name if guardian is not None else client.legal_name
    address = guardian.address if guardian is not None else (contact.safe_address or contact.address)
    if guardian is None and password_to(False, client.died_on, on) == PASSWORD_TO_ESTATE:
        # The client has died: the estate's executor or administrator receives it, as the account
        # window says and as its password goes (found: the PDF was still addressed to the client).
        executor = superbill_addressee.executor(vault, client, on)
        # In the statement's language: the client's letters'; a superbill's, English (superbill_pdf.bill_words).
        name = estate_addressee(client.legal_name, executor.name if executor else None, bill_words(kind,
                                client.letters_in).language)
        address = executor.address if executor is not None and executor.address.strip() else address
    try:
        # The gate checks it as "the recipient's name"; here it is the client's (or guardian's),
        # stored before names were checked (a line break): said so, with where to correct it.
        check_name(name, "client's name" if guardian is None else "guardian's name", max_len=500)
    except InvalidInput as bad:
        # An unsafe character has a code of its own here, whose hint says where to correct the
        # name (the name's own code says to type it again); anything else keeps the name's code.
        unsafe = bad.code.startswith("name.")
        raise InvalidInput(bad.message, hint="Correct it in the chart (Edit details…, or Guardians… for a "
                                             "guardian's), then make the PDF again.",
                           code=_UNSAFE_NAME_CODE[guardian is not None] if unsafe else bad.code,
                           field=bad.field, params=bad.params) from None

    def asked(request_id: str) -> DisclosureRequest:
        return DisclosureRequest(
            client_id=client_id, kind="billing",
            selection=Selection(date_from=day_from, date_to=day_to, account=kind == "statement"),
            recipient=Recipient(name, address), purpose=PURPOSE[kind],
            basis=LegalBasis("client_access", {"request_id": request_id}), on=on,
        )

    if request_id is not None:
        # Granted once, a request is closed: the gate allowed it, the PDF was written and logged,
        # and only then did granting it fail, telling the therapist it failed after it was disclosed.
        on_file = requests.get_request(vault, request_id)
        if on_file.client_id == client_id and on_file.kind == "access":
            on_file.check_open()
    export_delivery.reconcile_pending(vault)
    # The gate decides before the client's request is recorded: recorded first, a refusal
    # withdrew it, and the client's requests (and the ledger) showed a request they had
    # withdrawn, which they never made that way.
    to_record = AccessRequestFacts(PENDING_REQUEST, client_id, "access", "open") if request_id is None else None
    verdict = disclosure_gate.check(vault, asked(request_id or PENDING_REQUEST), access_to_record=to_record)
    verdict.raise_if_refused()
    found = earlier_superbills(vault, client_id, verdict.item_ids, guardian_id) if kind == "superbill" else ()
    days = dict(_days(vault, verdict)) if found else {}
    if found and not again:
        # Before anything is written: asked again, the same checks run and it is issued.
        raise AlreadyIssued(found, days, again_hint=(
            "If this one replaces it (a lost copy, a corrected fee), issue it again (CLI: --again): it will say "
            "which superbill it replaces."))
    diagnoses = superbill_diagnosis.for_sessions(vault, client_id, verdict.item_ids) if kind == "superbill" else {}
    doc = _document(vault, kind, client, name, address, guardian_id, day_from, day_to, verdict.item_ids,
                    {sid: d.codes for sid, (_on, d) in diagnoses.items()},
                    replaces=tuple((r.disclosure_id, r.issued_on, repeated_days((r,), days)) for r in found))
    disclosure_id = doc.disclosure_id
    data = render(doc, password)  # in memory: a failure here has recorded nothing
    with_file = None
    if request_id is None:
        # Recorded with the file that answers it (after the file, before the grant), never
        # before: recorded first, a kill before the file left the client's request open and
        # due with no document, and the next "Make the PDF" recorded another one beside it.
        with_file = requests.new_request(
            vault, client_id, kind="access", received_on=on, guardian_id=guardian_id,
            description=billing_request_description(kind, day_from.isoformat(), day_to.isoformat()))
        request_id = with_file.id
    request = asked(request_id)
    sha = hashlib.sha256(data).hexdigest()
    # A statement of dates without a session is described by its dates (the access request's words).
    description = (describe_items("billing", tuple(ItemFacts(i, "billing", d) for i, d in _days(vault, verdict)))
                   if verdict.item_ids else
                   billing_request_description(kind, day_from.isoformat(), day_to.isoformat()))
    stamp = now_iso()
    with vault.records.transaction():
        records.insert_delivery(vault.records, records.DeliveryRow(
            disclosure_id, client_id, "pending", None, str(target), sha, "", stamp, stamp,
            f"{os.getpid()}@{socket.gethostname()}"))
    record = DisclosureRecord(
        disclosure_id=disclosure_id, client_id=client_id, day=on,
        # The ledger outlives a destroyed chart: never the client's (or guardian's) name there.
        recipient=Recipient(access_recipient.CLIENT_SELF_RECIPIENT if guardian is None
                            else who_acts.ledger_recipient(guardian.authority), ""),
        description=description, purpose=PURPOSE[kind], basis_kind="client_access",
        basis_summary=request.basis.summary(), authorization_id=None, accountable=verdict.accountable,
        exclusion=verdict.exclusion, kind="billing", item_ids=verdict.item_ids, sha256=sha, channel="export",
        part2=verdict.part2,
        # request_id: what the settling of a killed issue grants once the file is found whole
        # (recording it first, from these facts, when the issue records it and was killed before).
        extra={"format": "pdf", "document": kind, "guardian_id": guardian_id, "request_id": request_id,
               **({"replaces": [r.disclosure_id for r in found]} if found else {}),
               **({request_records.RECORDED_WITH_FILE: request_records.facts(with_file)} if with_file else {})},
    )
    entry = vault.ledger.append(export_delivery.DISCLOSURE, record.payload())
    with vault.records.transaction():
        records.update_delivery(vault.records, disclosure_id, status="pending", updated_at=now_iso(),
                                ledger_seq=entry.seq)
    crash_point("superbill_logged")
    try:
        _write_out(target, data)
    except BaseException as exc:
        # Settled now, as export.export does: left to reconcile_pending, a disk full in the app
        # kept the disclosure 'pending' for an hour (this process's row "may still be running").
        # If even this fails, the next unlock settles it the same way.
        with contextlib.suppress(Exception):
            export_delivery.settle_unwritten(vault, disclosure_id, entry.seq, target, sha,
                                    f"the file could not be written ({type(exc).__name__})")
        raise
    crash_point("superbill_written")
    if with_file is not None:
        request_records.record(vault, with_file)
        crash_point("superbill_request_recorded")
    # Granted while the delivery is still pending: killed after the grant, the settling finds
    # the file and marks it delivered; killed before it, the settling grants it too
    # (export_delivery.reconcile_pending). Marked delivered first, a kill before the grant left the
    # client's request open and due though they had the document, and nothing settled it.
    requests.grant_request(vault, request_id, granted=f"{kind} {disclosure_id}")
    with vault.records.transaction():
        records.update_delivery(vault.records, disclosure_id, status="delivered", updated_at=now_iso())
    return Issued(disclosure_id, entry.seq, sha, target, request_id, guardian_id or "client", len(doc.lines),
                  doc.charged_cents, doc.paid_cents, verdict.accountable, verdict.exclusion,
                  tuple(sorted({line.cpt.split(" ")[0] for line in doc.lines if not line.priced})),
                  tuple(sorted({on.isoformat() for on, d in diagnoses.values() if d.source == FROM_PLAN})),
                  password_to(guardian_id is not None, client.died_on, on))


def earlier_superbills(vault: Vault, client_id: str, session_ids: tuple[str, ...],
                       guardian_id: str | None) -> tuple[Repeat, ...]:
    """The superbills already issued to this addressee that listed any of these sessions."""
    bills = [EarlierBill(r.disclosure_id, r.day, str(r.extra.get("document", "")),
                         str(r.extra.get("guardian_id") or CLIENT), r.item_ids, r.delivered)
             for r in export.disclosures(vault, client_id) if r.kind == "billing"]
    return repeats(bills, session_ids, guardian_id or CLIENT)


def _days(vault: Vault, verdict: Any) -> list[tuple[str, date]]:
    return [(sid, sessions.get_session(vault, sid).date) for sid in verdict.item_ids]


def _document(vault: Vault, kind: str, client: Any, name: str, address: str, guardian_id: str | None,
              first: date, last: date, session_ids: tuple[str, ...], diagnoses: dict[str, tuple[str, ...]],
              replaces: tuple[tuple[str, date, tuple[date, ...]], ...] = ()) -> BillDocument:
    """What the gate allowed, at the fees on file: sessions (a statement: and the missed-appointment
    fees of these dates) and what was paid."""
    issued_on = today()
    account = billing.account(vault, client.client_id, first=first, last=last)
    fees = {c.ref_id: c.cents for c in account.charges}
    unpriced = {c.ref_id for c in account.charges if not c.priced}
    shares = billing.split(vault, client.client_id)
    share = shares.get(guardian_id) if guardian_id else None

    order = sorted(shares)  # the same order on every guardian's statement: the parts add up

    def part(cents: int) -> int:
        if share is None or guardian_id is None:
            return cents
        return split_cents(cents, tuple(shares[g] for g in order))[order.index(guardian_id)]

    # What was paid by today towards these charges, whenever it was paid (the whole account,
    # oldest charge first: see domain.billing.applied_oldest_first). A statement counted only the
    # payments dated in its dates: October's, paid on November 2, read "Balance due $600.00"
    # to a client whose account owed $60.00.
    whole = billing.account(vault, client.client_id)
    applied = applied_oldest_first(whole.charges, paid_through(whole.payments, issued_on))
    addons: dict[str, list[Charge]] = {}
    for c in account.charges:
        if c.kind == ADDON_KIND:
            addons.setdefault(c.session_id, []).append(c)
    lines = []
    listed = set(session_ids)  # the charges this document lists, to tell where else the payments went
    for session_id in session_ids:
        s = sessions.get_session(vault, session_id)
        fee = fees.get(session_id, 0)
        pos = place_of_service(s.setting, s.location)
        # A superbill's: the diagnosis in force on the date of service (domain/superbill_diagnosis).
        icd = diagnoses.get(session_id, s.icd10_codes)
        lines.append(Line(s.date, pos, s.cpt_code, icd, s.duration_minutes, fee, part(fee), "session",
                          part(applied.get(session_id, 0)), priced=session_id not in unpriced))
        # Each add-on code its own line, its units and its fee, as a claim's service lines are
        # (CMS-1500 24D-24G): listed only beside the session's code, it was never priced.
        lines += [Line(s.date, pos, code_with_units(c.cpt_code, c.units), icd, None, c.cents,
                       part(c.cents), "add-on", part(applied.get(c.ref_id, 0)), priced=c.priced)
                  for c in addons.get(session_id, ())]
        listed.update(c.ref_id for c in addons.get(session_id, ()))
    for c in account.charges:
        if c.kind not in ("session", ADDON_KIND) and lists_charge(kind, c.kind):  # a missed-appointment fee
            label = "missed appointment" if c.kind == "no_show" else "late cancellation"
            lines.append(Line(c.on, "", "", (), None, c.cents, part(c.cents), label, part(applied.get(c.ref_id, 0))))
            listed.add(c.ref_id)
    lines.sort(key=lambda line: line.on)  # stable: an add-on stays after its session
    # Payments are not attributed to a payer: each guardian's document shows their share of them.
    paid = sum(line.paid_cents for line in lines)
    totals = None
    if kind == "statement":
        # The client's whole account up to these dates (their share of it, where split): what was
        # owed or paid ahead before them, these dates' charges as listed, and every payment.
        owed = [replace(c, cents=part(c.cents)) for c in whole.charges if c.on < first]
        owed += [Charge(line.on, line.description, "", line.cpt, line.share_cents) for line in lines]
        totals = statement_totals(owed, [replace(p, amount_cents=part(p.amount_cents)) for p in whole.payments],
                                  first, last, issued_on)
    return BillDocument(
        kind=kind, disclosure_id=export.new_disclosure_id(), issued_on=issued_on, profile=practice.load(vault),
        client_name=client.legal_name, client_dob=client.date_of_birth, chart_number=client.chart_number,
        addressee=name, addressee_address=address, share_percent=share, first=first, last=last,
        lines=tuple(lines), paid_cents=paid,
        payments=tuple((p.paid_on, p.method, p.amount_cents, part(p.amount_cents)) for p in account.payments)
        if kind == "statement" else (),
        # A superbill goes to the client's health plan: US dates (domain/document_dates).
        totals=totals, locale=document_locale(bill_audience(kind), practice.printing_locale(vault)),
        words=bill_words(kind, client.letters_in), replaces=replaces,
        # A superbill read "Amount paid $0.00" the day $90.50 was paid: it had gone to an older
        # session. Said on it, charge by charge, where the payments received went.
        received_cents=part(paid_through(whole.payments, issued_on)) if kind == "superbill" else 0,
        paid_elsewhere=tuple((c.on, _charge_words(c), part(applied[c.ref_id]))
                             for c in sorted(whole.charges, key=lambda c: c.on)
                             if kind == "superbill" and c.ref_id not in listed and applied.get(c.ref_id, 0)),
    )


def _charge_words(charge: Charge) -> str:
    if charge.kind == "session":
        return f"session ({charge.cpt_code})" if charge.cpt_code else "session"
    if charge.kind == ADDON_KIND:
        return f"add-on code {code_with_units(charge.cpt_code, charge.units)}"
    return "missed appointment" if charge.kind == "no_show" else "late cancellation"


__all__ = ["KINDS", "Issued", "earlier_superbills", "issue", "provider_missing", "refuse_unpriced",
           "refuse_without_provider"]
