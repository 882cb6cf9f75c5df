"""A destruction's end (services/destruction.py tells the whole): every registered backup
present purged and searched (`backups_part`, on the worker or on a thread of its own), then the
verdict on the worker (`finish`): the failure recorded, or the certificate issued and recorded
in the ledger, and the new backup that carries the destruction to an older copy put back.
"""

from __future__ import annotations

import hashlib
from typing import Any

from vault_app.domain.destruction import DestructionNotVerified, canonical_json
from vault_app.domain.plurals import counted
from vault_app.services import backup_registry, destruction_app_copies, destruction_new_backup
from vault_app.services import destruction_backups as backups_step
from vault_app.services import destruction_certificate as certifying
from vault_app.services import destruction_progress as progressing
from vault_app.services import destruction_verify as verify
from vault_app.services.destruction_journal import COMPLETED, FAILED, stale_work_problem
from vault_app.services.destruction_live import Carrying
from vault_app.services.destruction_steps import crash_point
from vault_app.services.vault import Vault


def backups_part(vault: Vault, c: Carrying) -> None:
    """Purge and search every registered backup present. `vault` is the live vault, or its
    stand-in on a thread of its own (destruction_beside.LiveView): only the ledger, the
    registry (in the ledger) and the vault's keys are read, no compartment."""
    swept = backups_step.sweep(vault)
    if swept:
        c.log.add("remove stale work copies", f"{len(swept)} work copy(ies) an interrupted backup job left beside "
                  "registered backups")
    c.report.backups_begin()
    purged = backups_step.purge(vault, c.target, c.scan, c.destroyed_keys, on_backup=c.report.backup)
    # When each was made, for the certificate to name it by (a file's name carries its day only).
    made = {b.backup_id: b.created for b in backup_registry.registered(vault)}
    c.backups = [{**b, "created": made[b["backup_id"]]} if b.get("backup_id") in made else b for b in purged]
    c.report.backups_end()
    c.pending = backups_step.unreachable(vault)
    c.log.add("purge backups", f"{counted(len(c.backups), 'registered backup')} purged and searched (see each one's "
              "method)" + (f"; {counted(len(c.pending), 'registered backup')} not reachable" if c.pending else ""))
    crash_point("purged")


def finish(vault: Vault, c: Carrying) -> dict[str, Any]:
    """Sort the search's hits, record the failure or issue the certificate (short: on the
    worker). Only after every reachable backup was purged and searched (backups_part)."""
    payload, target, backups, pending = c.payload, c.target, c.backups, c.pending
    content = verify.content_result(vault, c.scan, captured_all=c.captured_all, explained=c.explained)
    struct = {**c.struct, "key_problems": list(c.struct["key_problems"])}
    stale_work_problem(vault, struct)
    ok = verify.passed(content, struct, backups)
    c.log.add("verify", "content search and structural checks " + ("passed" if ok else "FAILED"))
    crash_point("verified")
    verification = {"result": "passed" if ok else "failed", "content_search": content, "structural": struct,
                    "backups": backups, "backups_not_reachable": pending,
                    # A killed backup's or check's journaled work folder on a drive away now.
                    "unfinished_copies_beyond_reach": backups_step.beyond_reach(vault),
                    "app_copies_not_purged": destruction_app_copies.safety_copies(vault),
                    # A copy restored beside the vault, moved or deleted since: said, not a failure.
                    "app_copies_not_found": [c["path"] for c in destruction_app_copies.copies_beside(vault)
                                             if not c["found"]]}
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
            "are still present (" + ", ".join(verify.failure_places(content, struct, backups)) + "). "
            "No certificate was issued; the failure is recorded in the ledger.",
            hint="See docs/retention.md, 'When verification fails'.", code="destruction.not_verified",
        )
    c.report.begin(progressing.SIGN)
    certificate = certifying.certificate(vault, payload, c.started_seq, c.log, verification, c.resumed,
                                         target=target, backups=backups)
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
    # The purged backups keep their own ledgers: a new one carries this destruction to an older
    # copy put back (destruction_new_backup). Said beside the certificate, not in it.
    made = destruction_new_backup.after_purge(vault, backups, begins=c.report.new_backup)
    return body if made is None else {**body, destruction_new_backup.KEY: made}

