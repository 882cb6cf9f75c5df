"""Planning a destruction: every check, the search strings, and the started entry.

Nothing changes here. A refusal lists every reason in plain words; the search
strings are taken from the rows about to be destroyed and stay in memory.
"""

from __future__ import annotations

import hashlib
import uuid
from collections.abc import Sequence
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

from vault_app.domain.clinical_documents import MAX_ATTACHMENT_BYTES, sniff_media_type
from vault_app.domain.destruction import (
    BASIS_KINDS,
    Basis,
    BasisKind,
    DestructionFacts,
    Scope,
    early_warning,
    refusals,
)
from vault_app.domain.errors import CompartmentLocked, InvalidInput, RefusedByPolicy
from vault_app.services import attachment_blobs, holds, practice, retention
from vault_app.services import destruction_verify as verify
from vault_app.services.destruction_steps import Target, chart_key_fingerprint, current_fingerprints
from vault_app.services.ledger import now_iso
from vault_app.services.vault import Vault
from vault_app.storage import destruction_delete as deletion
from vault_app.storage import destruction_facts
from vault_app.storage import psychotherapy_kept_originals as kept_store
from vault_app.storage.compartment import Compartment
from vault_app.storage.destruction_scan import NAME, NeedleSet
from vault_app.storage.files import read_limited

# The signed permission too large to read, said by its code (gui/refusal_words_chart.py).
_TOO_LARGE_CODE = {"permission": "destruction.permission_too_large"}

# Ledger kinds that mean a copy of chart content left the vault.
COPY_KINDS = ("disclosure", "note.printed", "export.created", "chart.exported", "attachment.exported")
NOT_DELIVERED = "disclosure.not_delivered"
# last_contact, discharged_on: the clients row's own dates, so a chart with no sessions or notes (an
# imported one, its last contact known) is still dated (found by a walker: "? to ?"). Only the
# clients table has them, and it has no note column: a notes-only destruction never reads them.
_DATE_COLUMNS = ("date", "note_date", "last_contact", "discharged_on")


def new_certificate_id() -> str:
    return f"DC-{datetime.now(UTC):%Y%m%d}-{uuid.uuid4().hex[:10].upper()}"


def read_permission(path: str | Path) -> bytes:
    """The client's signed permission as the therapist chose it: a scan (PDF, PNG or JPEG), read
    within the attachments' size limit. Only its hash and length are kept, but it was read whole
    first: a film or a disk image chosen by mistake filled the memory before anything was said."""
    data = read_limited(path, MAX_ATTACHMENT_BYTES, "signed permission",
                        "Scan it again at a lower resolution (200 dpi is enough to read a signature); "
                        "nothing was destroyed.", _TOO_LARGE_CODE["permission"])
    try:
        sniff_media_type(data)
    except InvalidInput:
        raise InvalidInput("The signed permission file is not a PDF, PNG or JPEG scan (or it is empty).",
                           hint="Choose the scan of the client's signed request; nothing was destroyed.",
                           code="destruction.permission_not_scan", field="permission") from None
    return data


def _basis(kind: str, permission: bytes | None, override_reason: str | None) -> Basis:
    if kind not in BASIS_KINDS:
        raise InvalidInput(f"Unknown destruction basis '{kind}'.", hint="Choose retention, permission or override.")
    chosen: BasisKind = next(k for k in BASIS_KINDS if k == kind)
    if chosen == "permission":
        # The written reason, for permission, is why the chart goes before its retention minimum.
        early = (override_reason or "").strip() or None
        if not permission:
            return Basis("permission", early_reason=early)
        return Basis("permission", hashlib.sha256(permission).hexdigest(), len(permission), early_reason=early)
    if chosen == "override":
        return Basis("override", override_reason=(override_reason or "").strip())
    return Basis("retention")


def _inclusive_dates(comp: Compartment, target: Target) -> list[str]:
    days: list[str] = []
    for table in deletion.chart_tables(comp):
        if table.virtual or (target.note_ids is not None and deletion.note_column(table) is None):
            continue
        for col in _DATE_COLUMNS:
            if col in table.columns:
                span = destruction_facts.date_span(comp, table, col, target.client_id, target.note_ids)
                days.extend(v[:10] for v in span)
    return days


def _disclosed_copies(vault: Vault, client_id: str, names: NeedleSet) -> list[dict[str, Any]]:
    """Every copy the ledger says left the vault, with the client's own name withheld
    (the certificate outlives the chart and must not carry it)."""
    out = []
    undelivered = {str(e.payload.get("disclosure_id")) for e in vault.ledger.entries(kinds=(NOT_DELIVERED,))}
    for entry in vault.ledger.entries(kinds=COPY_KINDS):
        p = entry.payload
        if p.get("client_id") != client_id or str(p.get("disclosure_id")) in undelivered:
            continue  # a file that was never written out is not a copy
        recipient = p.get("recipient") or {}
        name = str(recipient.get("name", "")) if isinstance(recipient, dict) else str(recipient)
        if name and names.search([name.encode()]):
            exact = any(n.data == name.strip().encode() for n in names.needles)
            name = "the client (name withheld)" if exact else "a recipient named with the client's name (withheld)"
        out.append({
            "date": str(p.get("date") or entry.time[:10]),
            "recipient": name or ("printed copy" if entry.kind == "note.printed" else "not recorded"),
            "kind": entry.kind,
            "id": str(p.get("disclosure_id") or p.get("note_id") or ""),
            "ledger_seq": entry.seq,
        })
    return out


def chart_needles(vault: Vault, target: Target, psychotherapy: Compartment) -> NeedleSet:
    """The search strings of the rows about to be destroyed and windows of the chart's
    attachment bodies (in the blob store now, so in no row the capture reads): the content
    search looks for them in every file and page. The set (and its automaton) built once."""
    found = verify.capture_needles(vault, target, psychotherapy)
    if target.note_ids is None:
        found += attachment_blobs.chart_needles(vault, target.client_id)
    return NeedleSet(found)


def _name_needles(needles: NeedleSet) -> NeedleSet:
    return NeedleSet(n for n in needles.needles if n.kind == NAME)


def _check_free_text(text: str, names: NeedleSet, what: str, *, field: str) -> None:
    if text and names.search([text.encode(), text.casefold().encode()]):
        raise InvalidInput(
            f"The {what} must not contain the client's name: it is kept in the ledger and on the certificate, "
            "which outlive the chart.", code="destruction.text_names_client", field=field,
        )


def kept_originals(psy: Compartment, client_id: str, ids: Sequence[str]) -> list[dict[str, Any]]:
    """The kept original PDFs among the chosen ids (named by their own id or their discarded
    draft's), as the certificate names them: ids, date, size and SHA-256, never their file
    name (it may carry the client's name; the certificate outlives the chart)."""
    return [{"kept_original_id": k.original_id, "discarded_note_id": k.discarded_note_id,
             "note_date": k.note_date.isoformat(), "bytes": k.size, "sha256": k.sha256}
            for k in kept_store.named(psy, client_id, list(ids))]


def _note_ids_missing(psy: Compartment, client_id: str, note_ids: Sequence[str]) -> tuple[str, ...]:
    present = destruction_facts.present_note_ids(psy, client_id, note_ids)
    return tuple(n for n in note_ids if n not in present)


def plan(
    vault: Vault,
    client: str,
    *,
    basis: str,
    confirm: str,
    note_ids: Sequence[str] | None = None,
    permission: bytes | None = None,
    override_reason: str | None = None,
    witness: str | None = None,
    authorized_by: str | None = None,
    verified_by: str | None = None,
    today: date | None = None,
) -> tuple[dict[str, Any], NeedleSet]:
    """Check everything and prepare the started entry. Raises RefusedByPolicy; changes nothing."""
    if not vault.psychotherapy_open:
        raise CompartmentLocked(
            "Unlock the psychotherapy notes before destroying records: they are part of the chart.",
            hint="On the command line, destroy asks for the passphrase again.", code="destruction.notes_locked",
        )
    client_id, chart = retention.resolve_chart(vault, client)
    if note_ids is not None:
        note_ids = tuple(dict.fromkeys(n.strip() for n in note_ids if n.strip()))
        if not note_ids:
            raise InvalidInput("Name at least one psychotherapy note to destroy, or omit --notes for the whole chart.")
    psy = vault.psychotherapy
    # A kept original PDF chosen goes by its discarded draft's id (destruction_delete.note_column);
    # the certificate names it apart from the notes.
    kept = kept_originals(psy, client_id, note_ids) if note_ids is not None else []
    if note_ids is not None:
        as_draft = {k["kept_original_id"]: k["discarded_note_id"] for k in kept}
        note_ids = tuple(dict.fromkeys(as_draft.get(n, n) for n in note_ids))
    target = Target(client_id, tuple(note_ids) if note_ids is not None else None)
    scope: Scope = "chart" if target.note_ids is None else "psychotherapy_notes"
    status = retention.status_for(vault, client_id)
    chosen = _basis(basis, permission, override_reason)
    counts: dict[str, int] = {}
    for name in target.compartments:
        comp = vault.compartment(name)
        found = (deletion.count_chart_rows(comp, client_id) if target.note_ids is None
                 else deletion.count_notes(comp, client_id, target.note_ids))
        counts.update({k: v for k, v in found.items() if v})
    facts = DestructionFacts(
        chart_number=chart,
        scope=scope,
        active_holds=tuple(h.reason for h in holds.active_holds(vault, client_id)),
        open_requests=tuple(retention.open_requests(vault, client_id)),
        eligible_on=status.eligible_on if status else None,
        today=today or retention.today(),
        missing_note_ids=_note_ids_missing(psy, client_id, target.note_ids) if target.note_ids else (),
        nothing_to_destroy=not counts,
        # The rule by its name (a preset's statute), not the saved source's first words.
        retention_source=retention.rule_name(vault),
        uncovered_from=status.uncovered_from if status else None,
        last_contact=status.last_contact if status else None,
        rule_years=status.years if status else 0,
        rule_after_age=status.after_age if status else None,
        locale=practice.printing_locale(vault),
    )
    problems = refusals(facts, chosen, confirm)
    if problems:
        raise RefusedByPolicy("Destruction refused. " + " ".join(problems), code="destruction.refused", parts=problems)
    needles = chart_needles(vault, target, psy)
    # The client's names alone, built once: each free text is checked against them, and the copies' recipients.
    names = _name_needles(needles)
    _check_free_text(chosen.override_reason or "", names, "override reason", field="override_reason")
    _check_free_text(chosen.early_reason or "", names, "reason", field="early_reason")
    _check_free_text(witness or "", names, "witness", field="witness")
    _check_free_text(authorized_by or "", names, "authorized by", field="authorized_by")
    _check_free_text(verified_by or "", names, "verified by", field="verified_by")
    days: list[str] = []
    for name in target.compartments:
        days.extend(_inclusive_dates(vault.compartment(name), target))
    basis_record = chosen.as_dict()
    if status is not None:
        basis_record["eligible_on"] = status.eligible_on.isoformat() if status.eligible_on else None
        basis_record["retention_rule"] = status.rule
    in_force = retention.policy(vault)
    basis_record["policy"] = in_force.describe()
    # Its name too, since the policy has its own (certificates signed before say the numbers only).
    basis_record["policy_name"] = in_force.name
    # Before the retention end on any basis (permission or override): signed, its date ISO as before.
    early = early_warning(facts, chosen, iso=True)
    if early:
        basis_record["early_warning"] = early
    basis_record["confirmed_chart_number"] = chart
    payload = {
        "destruction_id": new_certificate_id(),
        "client_id": client_id,
        "chart_number": chart,
        "scope": scope,
        "note_ids": [n for n in target.note_ids or () if n not in {k["discarded_note_id"] for k in kept}],
        **({"kept_originals": kept} if target.note_ids is not None else {}),
        "basis": basis_record,
        "counts": counts,
        "record_types": sorted(k.replace("_", " ") for k in counts),
        "inclusive_dates": {"from": min(days) if days else None, "to": max(days) if days else None},
        "key_fingerprints": current_fingerprints(vault, target.compartments),
        # The chart key under which its attachment bodies are sealed: deleting it is their crypto-erase.
        "chart_key_fingerprint": chart_key_fingerprint(vault, target),
        "performed_by": practice.load(vault).performer,
        "witness": (witness or "").strip() or None,
        # Roles default to the therapist (a solo practice); the certificate then says one person did all.
        "authorized_by": (authorized_by or "").strip() or practice.load(vault).performer,
        "verified_by": (verified_by or "").strip() or (witness or "").strip() or practice.load(vault).performer,
        "disclosed_copies": _disclosed_copies(vault, client_id, names),
        "started_at": now_iso(),
    }
    return payload, needles


