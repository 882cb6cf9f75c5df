"""Export a disclosure: gate -> build in memory -> ONE ledger entry -> write the file.

Order matters (DESIGN.md, "Disclosure gate"):
1. the gate decides; a refusal writes nothing at all;
2. the document is built and encrypted in memory, and hashed;
3. a 'pending' delivery row goes into records.db, then the ledger entry of kind
   "disclosure" is committed (date, recipient and address, description, purpose,
   basis, authorization id, SHA-256 of the file, client id, item ids; no text);
4. only then is the file written (temp file, fsync, rename);
5. the row becomes 'delivered'. If the write fails, a follow-up ledger entry
   "disclosure.not_delivered" names the disclosure's seq and the row says so.
   If the process dies between 3 and 5, `reconcile_pending` (run after unlock and
   before every export) settles the row the same way: never a half-logged state.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import secrets
from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path
from typing import Any

from vault_app.domain.disclosure import (
    DisclosureRecord,
    DisclosureRequest,
    ItemFacts,
    Recipient,
    Verdict,
    describe_items,
)
from vault_app.domain.errors import InvalidInput, Problem, RefusedByPolicy
from vault_app.domain.export_carried import Carried, carried_text
from vault_app.services import (
    access_recipient,
    disclosure_gate,
    export_content,
    output_file,
    representatives,
)
from vault_app.services.clinical_common import now_iso, today
from vault_app.services.export_delivery import (
    DISCLOSURE,
    NOT_DELIVERED,
    not_delivered,
    owner,
    reconcile_pending,
    settle,
)
from vault_app.services.fault_injection import crash_point
from vault_app.services.vault import Vault
from vault_app.storage import disclosure_records as records
from vault_app.storage.files import atomic_write

# pdf_export (fpdf2, pikepdf, fontTools, Pillow) is imported by the functions that render:
# reconcile_pending runs after every unlock, and `vault-app search` or the unlock window
# should not pay about a second of CPU for a PDF they never make.


def new_disclosure_id() -> str:
    return "D-" + secrets.token_hex(5)


NOTHING_CARRIED = Carried()


@dataclass(frozen=True)
class Described:
    """What an export's description says (describe_items), as facts a screen words in its own
    language: the ledger keeps the English sentence, the receipt said it in English on Spanish
    screens. `fields` are the selection's field keys; `measures` the outcome measure results
    that went with progress notes; the rest what else the PDF carries (domain/export_carried)."""

    kind: str
    count: int
    first: date | None = None
    last: date | None = None
    fields: tuple[str, ...] = ()
    measures: int = 0
    amendments: int = 0
    addenda: int = 0
    disputes: int = 0
    disagreements: int = 0
    consent_copy: bool = False

    @classmethod
    def of(cls, kind: str, items: tuple[ItemFacts, ...], fields: tuple[str, ...],
           carried: Carried = NOTHING_CARRIED) -> Described:
        days = sorted(i.day for i in items)
        return cls(kind, len(items), days[0] if days else None, days[-1] if days else None, fields,
                   carried.measures, carried.amendments, carried.addenda, carried.disputes, carried.disagreements,
                   carried.consent_copy)


@dataclass(frozen=True)
class ExportResult:
    disclosure_id: str
    ledger_seq: int
    sha256: str
    path: Path
    verdict: Verdict
    description: str  # the ledger's English, as stored
    format: str
    described: Described | None = None  # the same, said by facts (None: a part of a joint archive)

    def as_dict(self) -> dict[str, Any]:
        return {
            "disclosure_id": self.disclosure_id,
            "ledger_seq": self.ledger_seq,
            "sha256": self.sha256,
            "path": str(self.path),
            "description": self.description,
            "format": self.format,
            "warnings": list(self.verdict.warnings),
        }


def _write_out(path: Path, data: bytes) -> None:
    """The single place the export touches the disk (tests inject failures here)."""
    atomic_write(path, data, what="writing the export")


def _check_target(out: Path, overwrite: bool) -> Path:
    return output_file.checked(out, "export", overwrite=overwrite)


# --- evidence -------------------------------------------------------------------------
def _store_evidence(vault: Vault, request: DisclosureRequest) -> tuple[str | None, str | None]:
    if request.basis.kind == "authorization" or not request.basis.evidence:
        return None, None
    body = json.dumps(dict(request.basis.evidence), sort_keys=True, ensure_ascii=False, default=str)
    digest = hashlib.sha256(body.encode()).hexdigest()
    evidence_id = "E-" + secrets.token_hex(5)
    records.insert_evidence(vault.records, evidence_id=evidence_id, client_id=request.client_id,
                            basis_kind=request.basis.kind, evidence=body, sha256=digest, created_at=now_iso())
    return evidence_id, digest


def _record(request: DisclosureRequest, verdict: Verdict, disclosure_id: str, description: str, sha: str | None,
            *, channel: str, evidence: tuple[str | None, str | None], extra: dict[str, Any],
            to: access_recipient.AccessTo | None = None) -> DisclosureRecord:
    if evidence[1]:
        extra = {**extra, "evidence_sha256": evidence[1]}
    if verdict.authorization_period is not None:
        # The dates of information the authorization describes (164.508(c)(1)(i)), so that an audit
        # sees from the entry alone that what went out lay within them.
        start, end = verdict.authorization_period
        extra = {**extra, "authorization_period": {"from": start, "to": end}}
    if verdict.parts_sent:
        # The kinds of information sent, as checked against the authorization (164.508(c)(1)(i)),
        # and whether the therapist confirmed them against its words (it recorded none).
        extra = {**extra, "parts_sent": list(verdict.parts_sent),
                 **({"parts_confirmed": True} if verdict.parts_confirmed else {})}
    if verdict.others_reviewed:
        extra = {**extra, "others_reviewed": list(verdict.others_reviewed)}
    recipient = request.recipient
    if request.basis.kind == "client_access":
        # The ledger outlives a destroyed chart: never keep the client's own name and
        # address there (nor a representative's). The document itself is addressed to them as
        # typed. A personal representative who received it is recorded by capacity and
        # guardian id (found in the real app: a parent's copy was logged as given to the client).
        to = to or access_recipient.AccessTo()
        recipient = Recipient(to.name, "")
        if to.guardian_id:
            extra = {**extra, "guardian_id": to.guardian_id}
        if to.directed:
            # A person the client's signed, written direction names (164.524(c)(3)(ii)): a third party,
            # named as the document is addressed, and listed in the accounting as any recipient but
            # the client or their representative (164.528(a)(1), (b)(2)(ii)): found by a walker, the
            # journalist typed in was listed as "the client" and left out of it.
            recipient = request.recipient
            verdict = replace(verdict, accountable=True, exclusion="")
            extra = {**extra, "directed_by_client": True}
    return DisclosureRecord(
        disclosure_id=disclosure_id,
        client_id=request.client_id,
        day=request.on,
        recipient=recipient,
        description=description,
        purpose=request.purpose,
        basis_kind=request.basis.kind,
        basis_summary=request.basis.summary(),
        authorization_id=request.basis.authorization_id,
        accountable=verdict.accountable,
        exclusion=verdict.exclusion,
        kind=request.kind,
        item_ids=verdict.item_ids or tuple(request.selection.note_ids),
        sha256=sha,
        manual=request.manual,
        channel=channel,
        part2=verdict.part2,
        evidence_id=evidence[0],
        extra=extra,
        hidden_from_client=verdict.hidden_from_client,
    )


# --- the export (what its document holds is read in export_content.py) ----------------
def check_form(request: DisclosureRequest, fmt: str, unencrypted_ok: bool) -> None:
    """The export's refusals of the file's form (a password is asked for separately)."""
    if fmt not in ("pdf", "json"):
        raise InvalidInput("The export format is pdf or json.", code="export.format", field="format")
    if fmt == "pdf":
        return
    if request.basis.kind != "client_access":
        raise InvalidInput("A JSON export is only for the client's own access request; use a PDF with a password.",
                           code="export.json_only_for_access", field="format")
    if not unencrypted_ok:
        raise InvalidInput(
            "A JSON export is not encrypted.",
            hint="Confirm that the client asked for this form (CLI: --unencrypted-json), or export a PDF instead.",
            code="export.json_unencrypted", field="format",
        )


def check(vault: Vault, request: DisclosureRequest) -> Verdict:
    """What export() decides before it writes, as one verdict: the gate's, refused too when the
    copy of a client's access request may not go to the one named (45 CFR 164.502(g)). Found:
    `export --check-only` said ALLOWED, then the export's refusal of a parent of a client who
    had turned 18."""
    verdict = disclosure_gate.check(vault, request)
    if not verdict.allowed:
        return verdict
    try:
        to, _ = access_recipient.access_to(vault, request)
    except RefusedByPolicy as refused:
        return replace(verdict, allowed=False, hint=refused.hint,
                       reasons=(Problem(refused.message, code=refused.code, params=refused.params),))
    # A person the client's written direction names is listed in the accounting (_record).
    return replace(verdict, accountable=True, exclusion="") if to.directed else verdict


def export(
    vault: Vault,
    request: DisclosureRequest,
    *,
    out: Path,
    password: str | None = None,
    fmt: str = "pdf",
    unencrypted_ok: bool = False,
    overwrite: bool = False,
) -> ExportResult:
    """Gate, log, write. Raises RefusedByPolicy (nothing logged) when the gate says no."""
    from vault_app.services.pdf_document import check_password
    from vault_app.services.pdf_export import carried, render_json, render_pdf

    check_form(request, fmt, unencrypted_ok)
    if fmt == "pdf":
        check_password(password)
    reconcile_pending(vault)
    target = _check_target(out, overwrite)
    verdict = disclosure_gate.check(vault, request)
    verdict.raise_if_refused()
    to, _ = access_recipient.access_to(vault, request)

    disclosure_id = new_disclosure_id()
    content = export_content.content(vault, request, verdict, disclosure_id, "")
    facts = export_content.facts(content)
    description = describe_items(request.kind, facts, tuple(request.selection.fields))
    # Everything the PDF carries beside its items is named, counted (found: amendments, disputes and
    # a Part 2 consent's copy went unsaid on the cover and the receipt).
    beside = carried(content)
    described = Described.of(request.kind, facts, tuple(request.selection.fields), beside)
    description += carried_text(beside)
    content = replace(content, description=description,
                      receiver=to.receiver if request.basis.kind == "client_access" else None)
    data = render_pdf(content, password or "") if fmt == "pdf" else render_json(content)
    sha = hashlib.sha256(data).hexdigest()

    stamp = now_iso()
    with vault.records.transaction():
        evidence = _store_evidence(vault, request)
        records.insert_delivery(vault.records, records.DeliveryRow(
            disclosure_id, request.client_id, "pending", None, str(target), sha, "", stamp, stamp, owner()))
    joint = {"authorization_ids": list(verdict.authorization_ids)} if len(verdict.authorization_ids) > 1 else {}
    measured = {"measure_ids": [m.measure_id for m in content.measures]} if content.measures else {}
    record = _record(request, verdict, disclosure_id, description, sha, channel="export", evidence=evidence,
                     extra={"format": fmt, **joint, **measured}, to=to)
    try:
        entry = vault.ledger.append(DISCLOSURE, record.payload())
    except BaseException:
        # Nothing was logged, so nothing may be written: drop the pending row again.
        with contextlib.suppress(Exception), vault.records.transaction():
            records.delete_delivery(vault.records, disclosure_id)
        raise
    crash_point("export_logged")  # tests kill here and after the file (test_kill_access_copy.py)
    written = False
    try:
        with vault.records.transaction():
            records.update_delivery(vault.records, disclosure_id, status="pending", updated_at=now_iso(),
                                    ledger_seq=entry.seq)
        _write_out(target, data)
        written = True
        crash_point("export_written")
        with vault.records.transaction():
            records.update_delivery(vault.records, disclosure_id, status="delivered", updated_at=now_iso())
    except BaseException as exc:
        if not written:
            # Best effort now; if even this fails, the row stays pending and the next
            # unlock settles it the same way (reconcile_pending).
            with contextlib.suppress(Exception):
                settle(vault, disclosure_id, entry.seq, target, sha,
                        f"the file could not be written ({type(exc).__name__})")
        raise
    return ExportResult(disclosure_id, entry.seq, sha, target, verdict, description, fmt, described)


def deliver(
    vault: Vault,
    parts: list[tuple[DisclosureRequest, Verdict, str]],
    data: bytes,
    *,
    out: Path,
    fmt: str,
    overwrite: bool = False,
    disclosure_ids: list[str] | None = None,
    extras: list[dict[str, Any]] | None = None,
) -> list[ExportResult]:
    """Log and write ONE file that carries several disclosures (services/open_export.py: a chart's
    progress notes and, when their basis allows, its psychotherapy notes, in one archive).

    The same order as `export`: each part gets its pending delivery row, then its own
    "disclosure" ledger entry (each names the file's SHA-256 and the other parts' ids),
    and only when every part is logged is the file written. A part that cannot be logged
    stops everything: the parts already logged are settled as not delivered. The ids may be
    chosen beforehand (`disclosure_ids`, from new_disclosure_id) so the document can print them;
    `extras`: what each part's entry records besides (the open export: which parts of the chart it held).
    """
    if not parts:
        raise InvalidInput("Nothing to export.", code="export.nothing")
    reconcile_pending(vault)
    target = _check_target(out, overwrite)
    sha = hashlib.sha256(data).hexdigest()
    ids = list(disclosure_ids) if disclosure_ids else [new_disclosure_id() for _ in parts]
    if len(ids) != len(parts):
        raise InvalidInput("One disclosure id per part of the export.")
    more = list(extras) if extras else [{} for _ in parts]
    receivers = [access_recipient.access_to(vault, request)[0] for request, _v, _d in parts]
    stamp = now_iso()
    with vault.records.transaction():
        evidences = [_store_evidence(vault, request) for request, _v, _d in parts]
        for (request, _v, _d), disclosure_id in zip(parts, ids, strict=True):
            records.insert_delivery(vault.records, records.DeliveryRow(
                disclosure_id, request.client_id, "pending", None, str(target), sha, "", stamp, stamp, owner()))
    entries: list[Any] = []
    try:
        for (request, verdict, description), disclosure_id, evidence, to, added in zip(
                parts, ids, evidences, receivers, more, strict=True):
            record = _record(request, verdict, disclosure_id, description, sha, channel="export", evidence=evidence,
                             extra={"format": fmt, "archive_parts": ids, **added}, to=to)
            entries.append(vault.ledger.append(DISCLOSURE, record.payload()))
    except BaseException:
        with contextlib.suppress(Exception):
            for disclosure_id, entry in zip(ids, entries, strict=False):
                not_delivered(vault, disclosure_id, entry.seq, "another part of the export could not be logged")
            with vault.records.transaction():
                for disclosure_id in ids[len(entries):]:
                    records.delete_delivery(vault.records, disclosure_id)
        raise
    written = False
    try:
        with vault.records.transaction():
            for disclosure_id, entry in zip(ids, entries, strict=True):
                records.update_delivery(vault.records, disclosure_id, status="pending", updated_at=now_iso(),
                                        ledger_seq=entry.seq)
        _write_out(target, data)
        written = True
        with vault.records.transaction():
            for disclosure_id in ids:
                records.update_delivery(vault.records, disclosure_id, status="delivered", updated_at=now_iso())
    except BaseException as exc:
        if not written:
            with contextlib.suppress(Exception):
                for disclosure_id, entry in zip(ids, entries, strict=True):
                    settle(vault, disclosure_id, entry.seq, target, sha,
                            f"the file could not be written ({type(exc).__name__})")
        raise
    return [ExportResult(disclosure_id, entry.seq, sha, target, verdict, description, fmt)
            for disclosure_id, entry, (_r, verdict, description) in zip(ids, entries, parts, strict=True)]


# --- manual disclosures ----------------------------------------------------------------
# The manual disclosure form's field of each thing it must be given (a refusal names it).
_MANUAL_FIELD: dict[str, str] = {"recipient": "disclosure_recipient", "purpose": "disclosure_purpose",
                                 "description of what was disclosed": "disclosure_description"}


def record_manual(
    vault: Vault,
    request: DisclosureRequest,
    *,
    description: str,
    channel: str = "phone",
) -> tuple[DisclosureRecord, Verdict]:
    """A disclosure made outside the app (a call to child protective services): recorded, never blocked.

    The gate is still asked; anything it would have refused is kept with the record
    as concerns, so the accounting and a later review see it.
    """
    if not request.manual:
        raise InvalidInput("A manual disclosure must be marked manual.")
    for value, what in ((request.recipient.name, "recipient"), (request.purpose, "purpose"),
                        (description, "description of what was disclosed")):
        if not value.strip():
            raise InvalidInput(f"Give the {what}.", code="disclosure.manual_missing", field=_MANUAL_FIELD[what])
    if channel not in ("phone", "mail", "fax", "email", "in_person", "other"):
        raise InvalidInput("The channel is phone, mail, fax, email, in_person or other.",
                           code="disclosure.channel_unknown", field="channel")
    if request.on > today():
        raise InvalidInput("The date of the disclosure is in the future.", hint="Give the day it was made.",
                           code="date.future", field="disclosed_on")
    verdict = disclosure_gate.check(vault, request)
    to, concern = access_recipient.access_to(vault, request, strict=False)
    stamp = now_iso()
    disclosure_id = new_disclosure_id()
    with vault.records.transaction():
        evidence = _store_evidence(vault, request)
        records.insert_delivery(vault.records, records.DeliveryRow(
            disclosure_id, request.client_id, "recorded", None, "", None, "", stamp, stamp, ""))
    reasons = ([] if verdict.allowed else list(verdict.reasons)) + ([concern] if concern else [])
    concerns = {"gate_concerns": reasons} if reasons else {}
    record = _record(request, verdict, disclosure_id, description.strip(), None, channel=channel,
                     evidence=evidence, extra=concerns, to=to)
    entry = vault.ledger.append(DISCLOSURE, record.payload())
    with vault.records.transaction():
        records.update_delivery(vault.records, disclosure_id, status="recorded", updated_at=now_iso(),
                                ledger_seq=entry.seq)
    return DisclosureRecord.from_payload(record.payload(), entry.seq), verdict


# --- reading the disclosure log --------------------------------------------------------
def disclosures(vault: Vault, client_id: str | None = None) -> list[DisclosureRecord]:
    """Every disclosure the ledger holds (optionally for one client), with delivery settled, and a
    representative who received a client's access copy named as the chart records them."""
    # One chart's through the ledger's chart index, not the records' delivery rows: the entry is
    # the record, and a disclosure can be without its row (the chart's rows go with the client's
    # row; a row waits for its ledger_seq while an export is killed) but never outside the index.
    logged = (vault.ledger.entries(kinds=(DISCLOSURE,)) if client_id is None
              else vault.ledger.client_entries(client_id, (DISCLOSURE,)))
    if not logged:
        return []
    # A "not delivered" entry names its disclosure and comes after it (it holds no client id).
    failed = {str(e.payload.get("disclosure_id"))
              for e in vault.ledger.entries(kinds=(NOT_DELIVERED,), since_seq=logged[0].seq)}
    found = []
    names = representatives.RepresentativeNames(vault)
    for e in logged:
        rec = DisclosureRecord.from_payload(e.payload, e.seq)
        if rec.disclosure_id in failed:
            rec = replace(rec, delivered=False)
        named = names.of(rec.client_id, rec.extra.get("guardian_id")) if rec.basis_kind == "client_access" else ""
        if named:
            rec = replace(rec, recipient=Recipient(named, rec.recipient.address))
        found.append(rec)
    return found


__all__ = ["Described", "ExportResult", "deliver", "disclosures", "export",
           "reconcile_pending", "record_manual"]
