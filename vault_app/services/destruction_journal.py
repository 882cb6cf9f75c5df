"""The destructions as the ledger records them: the journal's entry kinds, the list of
destructions and their state, and what can be done again with a completed one (its
structural verification now, its backups purged again). A restored copy has every recorded destruction
applied again (`reapply_destructions`). Carrying a destruction out lives in
services/destruction.py."""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from vault_app.domain.destruction import canonical_json
from vault_app.domain.errors import InvalidInput, NotFound, RefusedByPolicy, VaultError
from vault_app.services import backup_lineage, compliance
from vault_app.services import destruction_backups as backups_step
from vault_app.services import destruction_verify as verify
from vault_app.services.backup_registry import CREATED, RegisteredBackup, find, registered

# Re-exported: the journal's callers name them here (services/destruction_state.py says why apart).
from vault_app.services.destruction_state import BACKUPS_PURGED as BACKUPS_PURGED
from vault_app.services.destruction_state import COMPLETED as COMPLETED
from vault_app.services.destruction_state import FAILED as FAILED
from vault_app.services.destruction_state import REAPPLIED as REAPPLIED
from vault_app.services.destruction_state import RESUME_FAILED as RESUME_FAILED
from vault_app.services.destruction_state import STARTED as STARTED
from vault_app.services.destruction_state import TERMINAL as TERMINAL
from vault_app.services.destruction_state import VERIFIED as VERIFIED
from vault_app.services.destruction_state import by_id as by_id
from vault_app.services.destruction_state import interrupted as interrupted
from vault_app.services.destruction_steps import (
    StepLog,
    Target,
    blob_problems,
    erase,
    maintenance_psychotherapy,
    remaining_rows,
)
from vault_app.services.ledger import LedgerEntry
from vault_app.services.vault import Vault
from vault_app.storage import search_index
from vault_app.storage.files import os_errors
from vault_app.storage.layout import SEARCH_FILES


def structural(vault: Vault, target: Target, destroyed_keys: dict[str, str], *, with_chain: bool = True,
                ) -> dict[str, Any]:
    struct = verify.structural(vault, target, destroyed_keys, with_chain=with_chain)
    struct["key_problems"].extend(blob_problems(vault, target))
    return struct


def stale_work_problem(vault: Vault, struct: dict[str, Any]) -> None:
    if backups_step.stale_work(vault):
        struct["key_problems"].append("a work copy of a backup (with older keys) was left beside a registered backup")


def list_destructions(vault: Vault) -> list[dict[str, Any]]:
    out = []
    for key, kinds in by_id(vault).items():
        started = kinds.get(STARTED)
        if started is None:
            continue
        p = started.payload
        if COMPLETED in kinds:
            state = "completed" + (" (after a failed verification)" if FAILED in kinds else "")
        elif FAILED in kinds:
            state = "verification failed"
        else:
            state = "interrupted (finishes at the next unlock)"
        last_verified = kinds.get(VERIFIED)
        pending: list[Any] = []
        if BACKUPS_PURGED in kinds:
            pending = list(kinds[BACKUPS_PURGED].payload.get("not_reachable") or [])
        elif COMPLETED in kinds:
            verification = kinds[COMPLETED].payload.get("certificate", {}).get("verification", {})
            pending = list(verification.get("backups_not_reachable") or [])
        holding = _backups_still_holding(vault, key) if COMPLETED in kinds else 0
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
            "backups_not_reachable": len(pending),
            "backups_still_holding": holding,
        })
    return sorted(out, key=lambda d: int(d["started_seq"]))


def _backups_still_holding(vault: Vault, certificate_id: str) -> int:
    """Registered backups a restore was made from that still hold this destruction's chart (the
    restore destroyed it again in the vault, not in the file) and no purge reached since."""
    marked = {e.seq for e in vault.ledger.entries(kinds=(CREATED,))
              if certificate_id in (e.payload.get("holds_destroyed") or ())}
    if not marked:
        return 0
    purged = {int(b) for e in vault.ledger.entries(kinds=(BACKUPS_PURGED,))
              if e.payload.get("certificate_id") == certificate_id for b in e.payload.get("purged") or ()}
    return sum(1 for b in registered(vault) if b.backup_id in marked - purged and not b.gone)


def completed_entry(vault: Vault, certificate_id: str) -> LedgerEntry:
    for entry in vault.ledger.entries(kinds=(COMPLETED,)):
        if entry.payload.get("certificate_id") == certificate_id:
            return entry
    raise NotFound(f"No completed destruction with certificate id {certificate_id}.",
                   hint="List them with 'vault-app destruction list'.", code="destruction.certificate_not_found",
                   params={"id": certificate_id})


def verify_destruction(vault: Vault, certificate_id: str) -> dict[str, Any]:
    """Re-run the structural verification now (the content strings no longer exist)."""
    entry = completed_entry(vault, certificate_id)
    started = by_id(vault)[certificate_id][STARTED]
    target = Target.from_payload(started.payload)
    destroyed_keys = dict(started.payload.get("key_fingerprints") or {})
    struct = structural(vault, target, destroyed_keys)
    stale_work_problem(vault, struct)
    body = entry.payload.get("certificate") or {}
    intact = hashlib.sha256(canonical_json(body)).hexdigest() == entry.payload.get("certificate_sha256")
    backups = backups_step.inspect(vault, target, destroyed_keys)
    ok = intact and verify.passed(None, struct, backups)
    vault.ledger.append(VERIFIED, {"certificate_id": certificate_id, "ok": ok})
    return {"certificate_id": certificate_id, "ok": ok, "certificate_intact_in_ledger": intact,
            "completed_seq": entry.seq, "structural": struct, "backups": backups}


def purge_backups_again(vault: Vault, certificate_id: str,
                        on_backup: Callable[[int], None] | None = None) -> dict[str, Any]:
    """Purge a completed destruction from the registered backups again: for a backup
    that was not reachable then (an unplugged drive) and is present now. `vault` may be the
    purge's view of it on a thread of its own (destruction_again_beside); `on_backup(i)` hears
    that the i-th backup is being purged."""
    completed_entry(vault, certificate_id)
    started = by_id(vault)[certificate_id][STARTED]
    target = Target.from_payload(started.payload)
    destroyed_keys = dict(started.payload.get("key_fingerprints") or {})
    backups_step.sweep(vault)
    results = backups_step.purge(vault, target, None, destroyed_keys, on_backup=on_backup)
    pending = backups_step.unreachable(vault)
    ok = all(r.get("ok") for r in results)
    vault.ledger.append(BACKUPS_PURGED, {
        "certificate_id": certificate_id,
        "purged": [r.get("backup_id") for r in results if r.get("ok")],
        "failed": [r.get("backup_id") for r in results if not r.get("ok")],
        "not_reachable": [p["backup_id"] for p in pending],
    })
    return {"certificate_id": certificate_id, "ok": ok, "backups": results, "backups_not_reachable": pending}


def purge_named_file(vault: Vault, certificate_id: str, file: Path) -> dict[str, Any]:
    """Purge a completed destruction from one single-file backup named by its path, registered or
    not (found by a walker: a verified backup copied by hand stayed NOT CLEAN after `destruction
    purge-backups`, which reaches only registered backups, while `backup verify` sent the
    therapist to that very command). Refused, with nothing changed, for a file that is not there,
    a snapshot (purged with its repository), and another vault's or another copy's backup."""
    return purge_checked_file(vault, named_file(vault, certificate_id, file))


@dataclass(frozen=True)
class NamedFile:
    """A backup file named for a purge, checked (`named_file`) and not yet purged."""

    certificate_id: str
    path: Path
    registered_as: RegisteredBackup | None
    ours: bool
    target: Target
    destroyed_keys: dict[str, str]


def named_file(vault: Vault, certificate_id: str, file: Path) -> NamedFile:
    """purge_named_file's checks, every refusal of it, with nothing changed. Apart from the purge:
    the app runs them on its worker (they read the whole ledger) and the purge beside it
    (services/destruction_again_beside.py)."""
    completed_entry(vault, certificate_id)
    started = by_id(vault)[certificate_id][STARTED]
    path = Path(file).expanduser().resolve()
    if not path.is_file():
        raise NotFound(f"No backup file at {path}.", hint="Name the backup file 'backup verify' said NOT CLEAN.",
                       code="purge.file_not_found", params={"file": str(path)})
    from vault_app.storage.chunk_store import is_snapshot_path  # ctypes: only for this command

    if is_snapshot_path(path):
        raise InvalidInput(
            f"The file {path.name} is a snapshot of a backup folder: --file purges a single backup file.",
            hint="A registered backup folder's snapshots are purged without --file; a snapshot copied there by "
                 "hand is deleted.", code="purge.file_is_snapshot", params={"file": str(path)})
    if _vault_id_of(path) not in (None, vault.vault_id):
        raise RefusedByPolicy(f"The file {path} is a backup of another vault: nothing was changed.",
                              hint="Purge it from the vault it is a backup of, or delete it.",
                              code="purge.file_of_another_vault", params={"file": str(path)})
    registered_as = find(vault, path)
    # A copy of this vault of another line (a copy restored beside it, or this very file purged
    # and put in place by a purge killed before it was recorded) is purged all the same, but its
    # purged head is not recorded as this vault's: backup_lineage would take its folder for ours.
    ours = registered_as is not None or backup_lineage.file_of_this_line(vault, path) is True
    return NamedFile(certificate_id, path, registered_as, ours, Target.from_payload(started.payload),
                     dict(started.payload.get("key_fingerprints") or {}))


def purge_checked_file(vault: Vault, named: NamedFile) -> dict[str, Any]:
    """The purge of a file `named_file` checked. `vault` may be the purge's view of it on a
    thread of its own (destruction_again_beside), as for purge_backups_again."""
    backups_step.sweep(vault)
    entry = backups_step.purge_named(vault, named.target, named.destroyed_keys, named.path, named.registered_as,
                                     named.certificate_id, record_head=named.ours)
    return {"certificate_id": named.certificate_id, "ok": bool(entry.get("ok")), "backups": [entry],
            "backups_not_reachable": []}


def _vault_id_of(path: Path) -> str | None:
    """The vault id in a backup file's key block (read without a key); None when unreadable."""
    from vault_app.storage import backup_format

    try:
        return backup_format.read_slots(path).vault_id.hex()
    except (VaultError, OSError, ValueError):
        return None


# --- restore: no destroyed chart comes back ---------------------------------------------------
def _drop_unattached_search_files(vault: Vault) -> None:
    """A copy (an older vault folder, a restored backup) is erased without its search files
    attached (storage/search_index.py): a search file it carries still holds the chart's
    words. Derived data: removed, and built again from the cleaned copy when it is opened as
    the vault."""
    if vault.records.search:
        return  # the vault itself: its connections keep its search files in step
    with os_errors("removing a copy's search index"):
        for filename in SEARCH_FILES.values():
            search_index.remove_files(vault.folder / filename)


def _day_of(stamp: str) -> date | None:
    try:
        return date.fromisoformat(stamp[:10])
    except ValueError:
        return None  # an entry without its day: retain dates it today, as the destruction would


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
        started_at = str(payload.get("started_at") or "")
        if kind == COMPLETED and "certificate" in payload:
            certificate = payload["certificate"]
            records = certificate.get("records", {})
            started_at = str(certificate.get("started_at") or "")
            # The kept PDFs it destroyed are named apart from its notes (destruction_certificate).
            kept = ((certificate.get("extra") or {}).get("kept_original_pdfs") or {}).get("destroyed") or []
            payload = {"client_id": payload["client_id"], "scope": records.get("scope", payload.get("scope")),
                       "note_ids": records.get("note_ids", payload.get("note_ids")), "kept_originals": kept}
        target = Target.from_payload(payload)
        with maintenance_psychotherapy(vault) as psy:
            found = remaining_rows(vault, target, psy)
        if found:
            if target.note_ids is None:
                # What the destruction kept (45 CFR 164.530(j)(2)), by the rule it kept them by, dated
                # the day it was decided: a restored copy of the chart erased without it lost the
                # authorization, requests, letters and the identity the accounting needs (found in
                # the real app).
                compliance.retain(vault, target.client_id, _day_of(started_at))
            erase(vault, target, StepLog(), label="reapply:")
            _drop_unattached_search_files(vault)
        report.append({"destruction_id": key, "client_id": target.client_id,
                       "scope": "chart" if target.note_ids is None else "psychotherapy_notes",
                       "rows_found": found, "reapplied": bool(found)})
    if record and any(r["reapplied"] for r in report):
        vault.ledger.append(REAPPLIED, {"destructions": [r["destruction_id"] for r in report if r["reapplied"]]})
    if record:
        carry_records(vault, destruction_entries)
    return report


def carry_records(
    vault: Vault, destruction_entries: Sequence[LedgerEntry | Mapping[str, Any]]
) -> list[str]:
    """Write into a restored copy's ledger every finished destruction the newer ledger
    records and the copy's does not: its start and its certificate, as recorded, with where
    they stood (`carried_from`). Found in the real app: restoring a backup already purged of a
    chart re-applied nothing (nothing was left), and the destruction's certificate, the proof
    the law asks for, was gone from Records > Destructions and certificates. An unfinished one
    is not carried: the copy would take it up again at its next unlock; the re-application
    above already deleted what it started to. The certificate ids carried."""
    have = by_id(vault)
    items = []
    for item in destruction_entries:
        if isinstance(item, LedgerEntry):
            origin = {"seq": item.seq, "time": item.time, "mac": item.mac_hex}
            items.append((item.kind, dict(item.payload), origin))
        else:
            items.append((str(item.get("kind", "")), dict(item.get("payload") or {}), {
                k: item[k] for k in ("seq", "time", "mac") if k in item}))
    finished = {str(p.get("certificate_id")) for kind, p, _o in items if kind == COMPLETED}
    carried: list[str] = []
    for kind, payload, origin in items:
        key = str(payload.get("destruction_id") or payload.get("certificate_id"))
        if kind not in (STARTED, COMPLETED) or key not in finished or kind in have.get(key, {}):
            continue
        payload.setdefault("carried_from", origin)
        entry = vault.ledger.append(kind, payload)
        have.setdefault(key, {})[kind] = entry
        if kind == COMPLETED:
            carried.append(key)
    return carried
