"""Destroying a chart, or selected psychotherapy notes, verifiably.

The ledger is the journal. "destruction.started" is written only after every
check passed and before anything changes: it is the point of no return. From
there the steps (delete, checkpoint, VACUUM, rekey, purge backups, verify) are
idempotent, and "destruction.completed" (carrying the certificate) is written
only after verification passed. A process killed in between leaves a started
entry without a completion; the after-unlock hook (`resume_interrupted`) then
finishes the destruction before anyone sees the vault. So there is never a
half-destroyed chart that looks destroyed: no certificate exists until the
verification it reports has passed.
"""

from __future__ import annotations

import hashlib
import importlib
import uuid
from collections.abc import Callable, Mapping, Sequence
from datetime import UTC, date, datetime
from typing import Any

from vault_app import __version__
from vault_app.domain.destruction import (
    BASIS_KINDS,
    Basis,
    BasisKind,
    DestructionCertificate,
    DestructionFacts,
    DestructionNotVerified,
    Scope,
    canonical_json,
    refusals,
)
from vault_app.domain.errors import CompartmentLocked, InvalidInput, NotFound, RefusedByPolicy, VaultError
from vault_app.services import destruction_verify as verify
from vault_app.services import holds, practice, retention
from vault_app.services.destruction_steps import (
    StepLog,
    Target,
    crash_point,
    current_fingerprints,
    erase,
    maintenance_psychotherapy,
    remaining_rows,
)
from vault_app.services.ledger import LedgerEntry, now_iso
from vault_app.services.vault import Vault
from vault_app.storage import destruction_delete as deletion
from vault_app.storage.compartment import Compartment
from vault_app.storage.destruction_scan import NAME, NeedleSet

STARTED = "destruction.started"
COMPLETED = "destruction.completed"
FAILED = "destruction.verification_failed"
RESUME_FAILED = "destruction.resume_failed"
VERIFIED = "destruction.verified"
REAPPLIED = "destruction.reapplied"
TERMINAL = (COMPLETED, FAILED)
# Ledger kinds that mean a copy of chart content left the vault.
COPY_KINDS = ("disclosure", "note.printed", "export.created", "chart.exported", "attachment.exported")
NOT_DELIVERED = "disclosure.not_delivered"
_DATE_COLUMNS = ("date", "note_date")


def new_certificate_id() -> str:
    return f"DC-{datetime.now(UTC):%Y%m%d}-{uuid.uuid4().hex[:10].upper()}"


def _tool(vault: Vault) -> str:
    cipher = vault.records.query_one("PRAGMA cipher_version")
    sqlite = vault.records.query_one("SELECT sqlite_version()")
    return f"vault-app {__version__} (SQLCipher {cipher[0] if cipher else '?'}, SQLite {sqlite[0]})"


# --- planning (nothing changes here) ----------------------------------------------------
def _basis(kind: str, permission: bytes | None, override_reason: str | None) -> Basis:
    if kind not in BASIS_KINDS:
        raise InvalidInput(f"Unknown destruction basis '{kind}'.", hint="Choose retention, permission or override.")
    chosen: BasisKind = next(k for k in BASIS_KINDS if k == kind)
    if chosen == "permission":
        if not permission:
            return Basis("permission")
        return Basis("permission", hashlib.sha256(permission).hexdigest(), len(permission))
    if chosen == "override":
        return Basis("override", override_reason=(override_reason or "").strip())
    return Basis("retention")


def _inclusive_dates(comp: Compartment, target: Target) -> list[str]:
    days: list[str] = []
    for table in deletion.chart_tables(comp):
        if table.virtual or (target.note_ids is not None and deletion.NOTE_COLUMN not in table.columns):
            continue
        for col in _DATE_COLUMNS:
            if col not in table.columns:
                continue
            where, params = "client_id = ?", [target.client_id]
            if target.note_ids is not None:
                where += f" AND note_id IN ({','.join('?' * len(target.note_ids))})"
                params.extend(target.note_ids)
            row = comp.query_one(f'SELECT min("{col}"), max("{col}") FROM "{table.name}" WHERE {where}', params)
            days.extend(str(v)[:10] for v in row if v)
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
            name = "the client (name withheld)"
        out.append({
            "date": str(p.get("date") or entry.time[:10]),
            "recipient": name or ("printed copy" if entry.kind == "note.printed" else "not recorded"),
            "kind": entry.kind,
            "id": str(p.get("disclosure_id") or p.get("note_id") or ""),
            "ledger_seq": entry.seq,
        })
    return out


def _name_needles(needles: NeedleSet) -> NeedleSet:
    return NeedleSet(n for n in needles.needles if n.kind == NAME)


def _check_free_text(text: str, needles: NeedleSet, what: str) -> None:
    names = _name_needles(needles)
    if text and names.search([text.encode(), text.casefold().encode()]):
        raise InvalidInput(
            f"The {what} must not contain the client's name: it is kept in the ledger and on the certificate, "
            "which outlive the chart.",
        )


def _note_ids_missing(psy: Compartment, client_id: str, note_ids: Sequence[str]) -> tuple[str, ...]:
    present: set[str] = set()
    for table in deletion.chart_tables(psy):
        if table.name == "psychotherapy_notes":
            marks = ",".join("?" * len(note_ids))
            rows = psy.query(
                f"SELECT note_id FROM psychotherapy_notes WHERE client_id = ? AND note_id IN ({marks})",
                (client_id, *note_ids),
            )
            present = {str(r[0]) for r in rows}
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
    today: date | None = None,
) -> tuple[dict[str, Any], NeedleSet]:
    """Check everything and prepare the started entry. Raises RefusedByPolicy; changes nothing."""
    if not vault.psychotherapy_open:
        raise CompartmentLocked(
            "Unlock the psychotherapy notes before destroying records: they are part of the chart.",
            hint="On the command line, destroy asks for the passphrase again.",
        )
    client_id, chart = retention.resolve_chart(vault, client)
    if note_ids is not None:
        note_ids = tuple(dict.fromkeys(n.strip() for n in note_ids if n.strip()))
        if not note_ids:
            raise InvalidInput("Name at least one psychotherapy note to destroy, or omit --notes for the whole chart.")
    target = Target(client_id, tuple(note_ids) if note_ids is not None else None)
    scope: Scope = "chart" if target.note_ids is None else "psychotherapy_notes"
    psy = vault.psychotherapy
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
    )
    problems = refusals(facts, chosen, confirm)
    if problems:
        raise RefusedByPolicy("Destruction refused. " + " ".join(problems))
    needles = verify.capture_needles(vault, target, psy)
    _check_free_text(chosen.override_reason or "", needles, "override reason")
    _check_free_text(witness or "", needles, "witness")
    days: list[str] = []
    for name in target.compartments:
        days.extend(_inclusive_dates(vault.compartment(name), target))
    basis_record = chosen.as_dict()
    if status is not None:
        basis_record["eligible_on"] = status.eligible_on.isoformat() if status.eligible_on else None
        basis_record["retention_rule"] = status.rule
    basis_record["policy"] = retention.policy(vault).describe()
    basis_record["confirmed_chart_number"] = chart
    payload = {
        "destruction_id": new_certificate_id(),
        "client_id": client_id,
        "chart_number": chart,
        "scope": scope,
        "note_ids": list(target.note_ids or ()),
        "basis": basis_record,
        "counts": counts,
        "record_types": sorted(k.replace("_", " ") for k in counts),
        "inclusive_dates": {"from": min(days) if days else None, "to": max(days) if days else None},
        "key_fingerprints": current_fingerprints(vault, target.compartments),
        "performed_by": practice.load(vault).performer,
        "witness": (witness or "").strip() or None,
        "disclosed_copies": _disclosed_copies(vault, client_id, _name_needles(needles)),
        "started_at": now_iso(),
    }
    return payload, needles


def destroy(vault: Vault, client: str, **options: Any) -> dict[str, Any]:
    """Plan (refusing if anything is wrong), then carry out and verify. Returns the certificate."""
    payload, needles = plan(vault, client, **options)
    crash_point("planned")
    started = vault.ledger.append(STARTED, payload)
    crash_point("started")
    return _carry_out(vault, payload, started.seq, needles, captured_all=True, resumed=False)


# --- carrying out (shared by destroy, resume) ---------------------------------------------
def _backup_service() -> Any:
    """services/backup.py, if this build has it (it imports this module for restore)."""
    try:
        return importlib.import_module("vault_app.services.backup")
    except ImportError:
        return None


def _backups(vault: Vault, target: Target, scan: verify.ContentScan | None,
             destroyed_keys: dict[str, str]) -> list[dict[str, Any]]:
    """Purge the chart from every registered backup, then search each purged copy."""
    backup = _backup_service()
    if backup is None:
        return []
    purge: Callable[..., list[dict[str, Any]]] | None = getattr(backup, "purge_from_backups", None)
    if purge is None:
        return []
    checked: list[dict[str, Any]] = []

    def destroy_in_copy(copy: Vault) -> None:
        log = StepLog()
        erase(copy, target, log, label="backup:")
        if scan is not None:
            scan.copy(copy, f"backup {len(checked) + 1}: ")
        checked.append(verify.copy_structural(copy, target, destroyed_keys))

    results = purge(vault, destroy_in_copy)
    out = []
    for i, result in enumerate(results):
        entry = {k: v for k, v in result.items() if k in ("backup_id", "path", "status", "ok", "ledger_seq", "error")}
        entry.setdefault("ok", result.get("status") in ("purged", "ok", "clean"))
        if i < len(checked):
            entry.update(checked[i])
            if checked[i].get("rows_remaining") or checked[i].get("key_problems"):
                entry["ok"] = False
        path = result.get("path")
        if scan is not None and path:
            from pathlib import Path

            backup_file = Path(str(path))
            if backup_file.is_file():
                scan.raw_file(backup_file, f"backup file {backup_file.name}")
        out.append(entry)
    return out


def _carry_out(
    vault: Vault, payload: dict[str, Any], started_seq: int, needles: NeedleSet, *, captured_all: bool, resumed: bool
) -> dict[str, Any]:
    target = Target.from_payload(payload)
    destroyed_keys = dict(payload.get("key_fingerprints") or {})
    log = StepLog()
    log.add("started", f"ledger entry {started_seq} recorded the decision before any change")
    erase(vault, target, log)
    scan = verify.ContentScan(needles)
    backups = _backups(vault, target, scan, destroyed_keys)
    log.add("purge backups", f"{len(backups)} registered backup(s) purged, re-encrypted and searched")
    crash_point("purged")
    verify.scan_vault(vault, scan)
    content = verify.content_result(vault, scan, captured_all=captured_all)
    struct = verify.structural(vault, target, destroyed_keys)
    ok = verify.passed(content, struct, backups)
    log.add("verify", "content search and structural checks " + ("passed" if ok else "FAILED"))
    crash_point("verified")
    verification = {"result": "passed" if ok else "failed", "content_search": content, "structural": struct,
                    "backups": backups}
    if not ok:
        vault.ledger.append(FAILED, {
            "destruction_id": payload["destruction_id"],
            "client_id": payload["client_id"],
            "found_in": [f["where"] for f in content["found"]],
            "rows_remaining": struct["rows_remaining"],
            "key_problems": struct["key_problems"],
            "backups_not_clean": [b.get("backup_id") or b.get("path") for b in backups if not b.get("ok")],
        })
        raise DestructionNotVerified(
            f"Destruction {payload['destruction_id']} did NOT verify: content or references of the chart "
            "are still present (" + ", ".join(_failure_places(content, struct, backups)) + "). "
            "No certificate was issued; the failure is recorded in the ledger.",
            hint="See docs/retention.md, 'When verification fails'.",
        )
    certificate = _certificate(vault, payload, started_seq, log, verification, resumed)
    body = certificate.to_dict()
    vault.ledger.append(COMPLETED, {
        "certificate_id": certificate.certificate_id,
        "client_id": certificate.client_id,
        "scope": certificate.scope,
        "note_ids": list(certificate.note_ids),
        "counts": certificate.counts,
        "inclusive_dates": certificate.inclusive_dates,
        "method": body["method"]["nist_sp_800_88_category"],
        "verification": verification["result"],
        "certificate_sha256": hashlib.sha256(canonical_json(body)).hexdigest(),
        "certificate": body,
    })
    crash_point("completed")
    return body


def _failure_places(content: dict[str, Any], struct: dict[str, Any], backups: list[dict[str, Any]]) -> list[str]:
    places = [f["where"] for f in content["found"]]
    if struct["rows_remaining"]:
        places.append(f"{struct['rows_remaining']} row(s) still naming the chart")
    places.extend(struct["key_problems"])
    if not struct["ledger_verified"]:
        places.append("the ledger does not verify")
    places.extend(f"backup {b.get('backup_id') or b.get('path')}" for b in backups if not b.get("ok"))
    return places or ["unknown"]


def _certificate(vault: Vault, payload: dict[str, Any], started_seq: int, log: StepLog,
                 verification: dict[str, Any], resumed: bool) -> DestructionCertificate:
    return DestructionCertificate(
        certificate_id=payload["destruction_id"],
        vault_id=vault.vault_id,
        performed_by=payload["performed_by"],
        started_at=payload["started_at"],
        completed_at=now_iso(),
        client_id=payload["client_id"],
        chart_number=payload["chart_number"],
        scope=payload["scope"],
        record_types=tuple(payload["record_types"]),
        counts=dict(payload["counts"]),
        inclusive_dates=dict(payload["inclusive_dates"]),
        note_ids=tuple(payload["note_ids"]),
        basis=dict(payload["basis"]),
        method_steps=tuple(log.steps),
        tool=_tool(vault),
        verification=verification,
        started_seq=started_seq,
        disclosed_copies=tuple(payload["disclosed_copies"]),
        witness=payload.get("witness"),
        resumed_after_interruption=resumed,
    )


# --- the journal: listing, resuming -------------------------------------------------------
def _by_id(vault: Vault) -> dict[str, dict[str, LedgerEntry]]:
    out: dict[str, dict[str, LedgerEntry]] = {}
    for entry in vault.ledger.entries(kinds=(STARTED, COMPLETED, FAILED, RESUME_FAILED, VERIFIED)):
        key = str(entry.payload.get("destruction_id") or entry.payload.get("certificate_id"))
        out.setdefault(key, {})[entry.kind] = entry
    return out


def interrupted(vault: Vault) -> list[LedgerEntry]:
    """Started destructions with neither a completion nor a recorded failure."""
    return [
        kinds[STARTED]
        for kinds in _by_id(vault).values()
        if STARTED in kinds and not any(k in kinds for k in TERMINAL)
    ]


def resume_interrupted(vault: Vault) -> None:
    """After-unlock hook: finish every interrupted destruction (idempotent).

    It never stops the unlock: a failure is recorded and retried next time.
    """
    for started in interrupted(vault):
        try:
            resume(vault, started)
        except DestructionNotVerified:
            continue  # recorded in the ledger by _carry_out
        except VaultError as err:
            vault.ledger.append(RESUME_FAILED, {
                "destruction_id": started.payload["destruction_id"], "error": err.kind,
            })


def resume(vault: Vault, started: LedgerEntry) -> dict[str, Any]:
    target = Target.from_payload(started.payload)
    with maintenance_psychotherapy(vault) as psy:
        # Whatever is still there can be searched for; what was already deleted
        # before the interruption took its strings with it.
        untouched = remaining_rows(vault, target, psy) >= sum(started.payload.get("counts", {}).values())
        needles = verify.capture_needles(vault, target, psy)
    return _carry_out(vault, started.payload, started.seq, needles, captured_all=untouched and len(needles) > 0,
                      resumed=True)


def list_destructions(vault: Vault) -> list[dict[str, Any]]:
    out = []
    for key, kinds in _by_id(vault).items():
        started = kinds.get(STARTED)
        if started is None:
            continue
        p = started.payload
        if COMPLETED in kinds:
            state = "completed"
        elif FAILED in kinds:
            state = "verification failed"
        else:
            state = "interrupted (finishes at the next unlock)"
        last_verified = kinds.get(VERIFIED)
        out.append({
            "certificate_id": key,
            "client_id": p["client_id"],
            "chart_number": p["chart_number"],
            "scope": p["scope"],
            "note_count": len(p.get("note_ids") or ()),
            "basis": p["basis"]["kind"],
            "started_at": p["started_at"],
            "started_seq": started.seq,
            "completed_seq": kinds[COMPLETED].seq if COMPLETED in kinds else None,
            "state": state,
            "last_verified": last_verified.time if last_verified else None,
        })
    return sorted(out, key=lambda d: int(d["started_seq"]))


def completed_entry(vault: Vault, certificate_id: str) -> LedgerEntry:
    for entry in vault.ledger.entries(kinds=(COMPLETED,)):
        if entry.payload.get("certificate_id") == certificate_id:
            return entry
    raise NotFound(f"No completed destruction with certificate id {certificate_id}.",
                   hint="List them with 'vault-app destruction list'.")


def verify_destruction(vault: Vault, certificate_id: str) -> dict[str, Any]:
    """Re-run the structural verification now (the content strings no longer exist)."""
    entry = completed_entry(vault, certificate_id)
    started = _by_id(vault)[certificate_id][STARTED]
    target = Target.from_payload(started.payload)
    destroyed_keys = dict(started.payload.get("key_fingerprints") or {})
    struct = verify.structural(vault, target, destroyed_keys)
    body = entry.payload.get("certificate") or {}
    intact = hashlib.sha256(canonical_json(body)).hexdigest() == entry.payload.get("certificate_sha256")
    backups = verify_backups(vault, target, destroyed_keys)
    ok = intact and verify.passed(None, struct, backups)
    vault.ledger.append(VERIFIED, {"certificate_id": certificate_id, "ok": ok})
    return {"certificate_id": certificate_id, "ok": ok, "certificate_intact_in_ledger": intact,
            "completed_seq": entry.seq, "structural": struct, "backups": backups}


def verify_backups(vault: Vault, target: Target, destroyed_keys: dict[str, str]) -> list[dict[str, Any]]:
    """Open each registered backup read-only and repeat the structural checks there."""
    backup = _backup_service()
    if backup is None:
        return []
    inspect: Callable[..., list[dict[str, Any]]] | None = getattr(backup, "inspect_backups", None)
    if inspect is None:
        return []
    return inspect(vault, lambda copy: verify.copy_structural(copy, target, destroyed_keys))


# --- restore: no destroyed chart comes back ---------------------------------------------------
def reapply_destructions(
    vault: Vault, destruction_entries: Sequence[LedgerEntry | Mapping[str, Any]], *, record: bool = True
) -> list[dict[str, Any]]:
    """Delete again, in a restored copy, every chart or note set the current ledger
    says was destroyed (started counts: the decision was final). Idempotent."""
    seen: set[str] = set()
    report = []
    for item in destruction_entries:
        kind, payload = (item.kind, item.payload) if isinstance(item, LedgerEntry) else (
            str(item.get("kind", "")), dict(item.get("payload") or {}))
        if kind not in (STARTED, COMPLETED) or "client_id" not in payload:
            continue
        key = str(payload.get("destruction_id") or payload.get("certificate_id"))
        if key in seen:
            continue
        seen.add(key)
        if kind == COMPLETED and "certificate" in payload:
            records = payload["certificate"].get("records", {})
            payload = {"client_id": payload["client_id"], "scope": records.get("scope", payload.get("scope")),
                       "note_ids": records.get("note_ids", payload.get("note_ids"))}
        target = Target.from_payload(payload)
        with maintenance_psychotherapy(vault) as psy:
            found = remaining_rows(vault, target, psy)
        if found:
            erase(vault, target, StepLog(), label="reapply:")
        report.append({"destruction_id": key, "client_id": target.client_id,
                       "scope": "chart" if target.note_ids is None else "psychotherapy_notes",
                       "rows_found": found, "reapplied": bool(found)})
    if record and any(r["reapplied"] for r in report):
        vault.ledger.append(REAPPLIED, {"destructions": [r["destruction_id"] for r in report if r["reapplied"]]})
    return report
