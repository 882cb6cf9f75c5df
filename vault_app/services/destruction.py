"""Destroying a chart, or selected psychotherapy notes, verifiably.

The ledger is the journal. "destruction.started" is written only after every
check passed and before anything changes: it is the point of no return. From
there the steps (delete, checkpoint, rekey, purge backups, verify) are
idempotent, and "destruction.completed" (carrying the certificate) is written
only after verification passed. A process killed in between leaves a started
entry without a completion; the after-unlock hook (`resume_interrupted`) then
finishes the destruction before anyone sees the vault. So there is never a
half-destroyed chart that looks destroyed: no certificate exists until the
verification it reports has passed.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any

from vault_app.domain.destruction import (
    DestructionNotVerified,
    canonical_json,
)
from vault_app.domain.errors import NotFound, VaultError
from vault_app.domain.plurals import counted
from vault_app.services import (
    backup_beside_control,
    backup_registry,
    compliance,
    destruction_app_copies,
    destruction_finishing,
    destruction_left,
    destruction_new_backup,
    destruction_state,
)
from vault_app.services import destruction_backups as backups_step
from vault_app.services import destruction_certificate as certifying
from vault_app.services import destruction_explain as explaining
from vault_app.services import destruction_image as image_step
from vault_app.services import destruction_progress as progressing
from vault_app.services import destruction_rekey as rekeying
from vault_app.services import destruction_verify as verify

# The journal's side (services/destruction_journal.py), re-exported: callers name them here.
from vault_app.services.destruction_journal import (
    BACKUPS_PURGED as BACKUPS_PURGED,
)
from vault_app.services.destruction_journal import (
    COMPLETED as COMPLETED,
)
from vault_app.services.destruction_journal import (
    FAILED as FAILED,
)
from vault_app.services.destruction_journal import (
    REAPPLIED as REAPPLIED,
)
from vault_app.services.destruction_journal import (
    RESUME_FAILED as RESUME_FAILED,
)
from vault_app.services.destruction_journal import (
    STARTED as STARTED,
)
from vault_app.services.destruction_journal import (
    TERMINAL as TERMINAL,
)
from vault_app.services.destruction_journal import (
    VERIFIED as VERIFIED,
)
from vault_app.services.destruction_journal import (
    by_id as by_id,
)
from vault_app.services.destruction_journal import (
    completed_entry as completed_entry,
)
from vault_app.services.destruction_journal import (
    interrupted as interrupted,
)
from vault_app.services.destruction_journal import (
    list_destructions as list_destructions,
)
from vault_app.services.destruction_journal import (
    purge_backups_again as purge_backups_again,
)
from vault_app.services.destruction_journal import (
    purge_named_file as purge_named_file,
)
from vault_app.services.destruction_journal import (
    reapply_destructions as reapply_destructions,
)
from vault_app.services.destruction_journal import (
    stale_work_problem as stale_work_problem,
)
from vault_app.services.destruction_journal import (
    structural as structural,
)
from vault_app.services.destruction_journal import (
    verify_destruction as verify_destruction,
)
from vault_app.services.destruction_plan import chart_needles, plan
from vault_app.services.destruction_steps import (
    Slicing,
    StepLog,
    Target,
    blob_problems,
    crash_point,
    end_slices,
    erase,
    maintenance_psychotherapy,
    remaining_rows,
    start_slices,
)
from vault_app.services.ledger import LedgerEntry
from vault_app.services.vault import Vault
from vault_app.storage import import_destroyed
from vault_app.storage.destruction_scan import NeedleSet


def destroy(vault: Vault, client: str, *, progress: progressing.DestructionProgress | None = None,
            **options: Any) -> dict[str, Any]:
    """Plan (refusing if anything is wrong), then carry out and verify. Returns the certificate.
    `progress` hears each step as it begins (services/destruction_progress.py). All on the
    calling thread (the CLI; the GUI runs the backups' part beside: destruction_beside)."""
    carrying = begin(vault, client, progress=progress, **options)
    with past_no_return():
        backups_part(vault, carrying)
        return finish(vault, carrying)


def begin(vault: Vault, client: str, *, progress: progressing.DestructionProgress | None = None,
          search_beside: bool = False, rekey_beside: bool = True, delete_beside: bool = False,
          **options: Any) -> Carrying:
    """Plan, record the decision ("started"), then the live part (live_part)."""
    payload, needles = plan(vault, client, **options)
    crash_point("planned")
    before = vault.ledger.head().seq
    try:
        started = vault.ledger.append(STARTED, payload)
    except VaultError as err:
        # The entry can be committed while what follows it fails (the header's anchor written
        # on a full disk): then the decision stands, and the next unlock carries it out.
        if _recorded_after(vault, before, STARTED):
            _tell_what_happens_next(err)
        raise
    crash_point("started")
    with past_no_return():
        return live_part(vault, payload, started.seq, needles, captured_all=True, resumed=False, progress=progress,
                         search_beside=search_beside, rekey_beside=rekey_beside, delete_beside=delete_beside)


@contextmanager
def past_no_return() -> Iterator[None]:
    """Past the point of no return, an error says what happens next, not just what went wrong."""
    try:
        yield
    except DestructionNotVerified:
        raise
    except VaultError as err:
        _tell_what_happens_next(err)
        raise


def _tell_what_happens_next(err: VaultError) -> None:
    if "destruction resume" in err.hint:
        return  # the hint already says it (a backup drive that cannot be written)
    err.hint = (err.hint + " " if err.hint else "") + destruction_state.WHAT_HAPPENS_NEXT


def _recorded_after(vault: Vault, seq: int, kind: str) -> bool:
    """Whether the ledger's newest entry, after `seq`, is a `kind` (read after a failure: a
    read that fails too says no, and the first error is the one reported)."""
    try:
        last = vault.ledger.store.last()
    except VaultError:
        return False
    return last is not None and last.seq > seq and last.kind == kind


# --- carrying out (shared by destroy, resume, and the GUI's run beside: destruction_beside) ------
@dataclass
class Carrying:
    """One destruction between its parts: what the live part (on the vault's worker) hands
    to the purge of the backups (possibly on a thread of its own) and to the finish."""

    payload: dict[str, Any]
    started_seq: int
    target: Target
    destroyed_keys: dict[str, str]
    report: progressing.Reporter
    log: StepLog
    scan: verify.ContentScan
    captured_all: bool
    resumed: bool
    struct: dict[str, Any] = field(default_factory=dict)
    backups: list[dict[str, Any]] = field(default_factory=list)
    pending: list[dict[str, Any]] = field(default_factory=list)
    # The live vault's image still to be searched (destruction_beside.search_part), held until then.
    image: image_step.LiveImage | None = None
    # The staged keys whose pages are rewritten beside, until the swap (destruction_rekey).
    rekey: rekeying.Pending | None = None
    # The deletion in slices, until live_rest (destruction_beside.delete_part).
    slicing: Slicing | None = None
    search_beside: bool = False
    rekey_beside: bool = True
    # The search's hits explained beside the worker (destruction_beside), or None: the finish does it.
    explained: explaining.Explained | None = None
    # False only to measure the way before (benchmarks/): the finish explains the hits, on the worker.
    explain_beside: bool = True


def _carry_out(
    vault: Vault, payload: dict[str, Any], started_seq: int, needles: NeedleSet, *, captured_all: bool, resumed: bool,
    progress: progressing.DestructionProgress | None = None,
) -> dict[str, Any]:
    carrying = live_part(vault, payload, started_seq, needles, captured_all=captured_all, resumed=resumed,
                         progress=progress)
    backups_part(vault, carrying)
    return finish(vault, carrying)


def live_part(
    vault: Vault, payload: dict[str, Any], started_seq: int, needles: NeedleSet, *, captured_all: bool, resumed: bool,
    progress: progressing.DestructionProgress | None = None, search_beside: bool = False, rekey_beside: bool = True,
    delete_beside: bool = False,
) -> Carrying:
    """What needs the live vault alone: the deletion, rekey and crypto-erase, then the
    structural checks and the content search of the live vault (before the backups: whatever
    the therapist writes while they are purged is not taken for a residue of the chart).

    `search_beside`: the search's image is fixed here (destruction_image) and searched on
    another thread (destruction_beside.search_part); if it cannot be fixed, searched here.
    With it, `rekey_beside` (False only to measure the way before, benchmarks/): the fresh
    keys are only staged here, the pages rewritten from the image beside and swapped in on
    the worker (destruction_rekey, rekey_swap). With it too, `delete_beside`: only the chart
    closed to writes here; its rows are deleted in slices handed to the worker one at a
    time (destruction_beside.delete_part), then `live_rest` does the rest."""
    target = Target.from_payload(payload)
    report = progressing.Reporter(progress, target, _present_backups(vault))
    # The erase's own log entries move the bar on (delete, compact, rekey, crypto-erase).
    log = report.log()
    c = Carrying(payload, started_seq, target, dict(payload.get("key_fingerprints") or {}), report, log,
                 verify.ContentScan(needles), captured_all, resumed, search_beside=search_beside,
                 rekey_beside=rekey_beside)
    report.begin(progressing.RETAIN if target.note_ids is None else progressing.DELETE)
    log.add("started", f"ledger entry {started_seq} recorded the decision before any change")
    if target.note_ids is None:
        # 45 CFR 164.530(j)(2): the chart's compliance records outlive it (idempotent on resume).
        compliance.retain(vault, target.client_id)
        kept = compliance.summary(vault, target.client_id)
        log.add("retain compliance records", ", ".join(f"{k}: {n}" for k, n in kept["counts"].items()) or "none")
        # Its import-map rows go with it; a keyed fingerprint of the source keys that created it
        # stays, so that running the same import again says the chart was destroyed instead of
        # bringing it back (services/importers/, docs/import.md). Idempotent on resume.
        remembered = import_destroyed.remember_chart(vault.records, target.client_id, str(payload["destruction_id"]),
                                                     str(payload["started_at"])[:10])
        if remembered:
            log.add("remember imports", f"{counted(remembered, 'keyed fingerprint')} of the import source ids, "
                    "so the same import cannot bring the chart back; no id itself is kept")
    # A backup on lock still reading these files is stopped first (docs/scaling.md).
    backup_beside_control.before_destruction(vault)
    if delete_beside and search_beside:
        c.slicing = start_slices(vault, target)
        return c
    return live_rest(vault, c)


def live_rest(vault: Vault, c: Carrying) -> Carrying:
    """The live part after (or with) the deletion: compaction, rekey or its staging,
    crypto-erase, the checks, the image (on the worker, one operation)."""
    target, report = c.target, c.report
    search_beside, later = c.search_beside, c.search_beside and c.rekey_beside
    slicing, c.slicing = c.slicing, None
    try:
        fresh = erase(vault, target, c.log, rekey_later=later, deleted=slicing is not None)
    finally:
        if slicing is not None:
            end_slices(slicing)
    if not search_beside:
        _search_here(vault, c)
        report.begin(progressing.STRUCTURAL)
        c.struct = structural(vault, target, c.destroyed_keys)
        report.finished(progressing.STRUCTURAL)
    else:
        # Rows and keys here (milliseconds), before the image: they open and close the
        # psychotherapy compartment, whose checkpoint must not meet the image's reads. The
        # ledger's chain is checked on the image beside (destruction_beside.search_part).
        c.struct = structural(vault, target, c.destroyed_keys, with_chain=False)
        if later:
            # The keys are checked once the staged ones replace them (rekey_swap); until then, a failure.
            c.struct["key_problems"] = [rekeying.NOT_REKEYED, *blob_problems(vault, target)]
        c.image = image_step.take(vault, c.scan)
        if later and c.image is not None:
            c.rekey = rekeying.prepare(vault, fresh, c.image.sizes)
        elif later:
            c.rekey = rekeying.Pending(vault.folder, fresh)
            rekey_swap(vault, c, lambda: None)  # no image, no copies: in place, here, as before
        if c.image is None:
            report.begin(progressing.STRUCTURAL)
            c.struct.update(verify.ledger_chain(vault.ledger, vault.header.ledger_anchor, seal=True))
            report.finished(progressing.STRUCTURAL)
            _search_here(vault, c)
    crash_point("live")
    return c


def rekey_swap(vault: Vault, c: Carrying, release_image: Callable[[], None]) -> None:
    """On the worker: the copies written beside put in place, the staged keys made the keys,
    then the keys checked (destruction_rekey.swap_and_check)."""
    if c.rekey is None:
        release_image()
        return
    rekeying.swap_and_check(vault, c.rekey, release_image, c.log, c.struct, c.destroyed_keys)


def _search_here(vault: Vault, c: Carrying) -> None:
    c.report.begin(progressing.SEARCH)
    verify.scan_vault(vault, c.scan)
    c.report.finished(progressing.SEARCH)


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


def _present_backups(vault: Vault) -> int:
    """How many registered backups the purge will open (for the bar's total only)."""
    return len(backup_registry.registered(vault)) - len(backups_step.unreachable(vault))


def resume_interrupted(
    vault: Vault, progress: progressing.DestructionProgress | None = None
) -> list[dict[str, Any]]:
    """After-unlock hook: finish every interrupted destruction (idempotent).

    It never stops the unlock: a failure is recorded and retried next time.
    """
    with destruction_finishing.finishing():  # said on screen meanwhile (destruction_finishing.py)
        return _resume_all(vault, progress)


def _resume_all(vault: Vault, progress: progressing.DestructionProgress | None) -> list[dict[str, Any]]:
    out = []
    destruction_state.forget_not_finished(vault.vault_id)
    for started in interrupted(vault):
        key = str(started.payload["destruction_id"])
        try:
            body = resume(vault, started, progress=progress)
            held = destruction_left.still_holding(body.get("verification") or {})
            vault.done_at_unlock[destruction_state.HELD_AT_UNLOCK] += len(held)
            after = body.get(destruction_new_backup.KEY)  # the new backup made, or why not (said by the caller)
            out.append({"certificate_id": key, "state": "completed", "still_holding": held,
                        **({"backup_after": after} if after else {})})
        except DestructionNotVerified:
            out.append({"certificate_id": key, "state": "verification failed"})  # recorded by _carry_out
        except VaultError as err:
            not_finished(vault, key, err)
            # The hint says what to do (a backup drive that cannot be written: make it writable or
            # disconnect it); `destruction resume` prints both.
            out.append({"certificate_id": key, "state": "interrupted", "error": err.message, "hint": err.hint})
        except Exception as exc:  # a bug must not lock the user out of the vault; it is recorded
            not_finished(vault, key, exc)
            out.append({"certificate_id": key, "state": "interrupted", "error": "internal error"})
    vault.done_at_unlock[destruction_state.FINISHED_AT_UNLOCK] += sum(o["state"] == "completed" for o in out)
    return out


def not_finished(vault: Vault, destruction_id: str, err: BaseException) -> None:
    """A destruction past its "started" entry stopped before its completion (a resume, or the
    app's purge beside the worker): recorded, and why kept for the screens (the status bar,
    Records > Destructions). Found: the app's own destruction stopping at a backup drive that
    cannot be written left no word of why in the Destructions window until the next unlock."""
    kind = err.kind if isinstance(err, VaultError) else f"internal: {type(err).__name__}"
    vault.ledger.append(RESUME_FAILED, {"destruction_id": destruction_id, "error": kind})
    destruction_state.remember_not_finished(vault.vault_id, *destruction_state.stop_reason(err))


def retry_failed(vault: Vault, certificate_id: str, *,
                 progress: progressing.DestructionProgress | None = None) -> dict[str, Any]:
    """After a failed verification and the user's clean-up: run every step and the
    checks again. The failure stays on record; the content search covers only what
    was not yet deleted (its strings were the destroyed content), and the
    certificate says so."""
    kinds = by_id(vault).get(certificate_id, {})
    if STARTED not in kinds or FAILED not in kinds or COMPLETED in kinds:
        raise NotFound(f"No failed destruction with id {certificate_id}.",
                       hint="List them with 'vault-app destruction list'.", code="destruction.failed_not_found",
                       params={"id": certificate_id})
    return resume(vault, kinds[STARTED], progress=progress)


def resume(vault: Vault, started: LedgerEntry, *,
           progress: progressing.DestructionProgress | None = None) -> dict[str, Any]:
    target = Target.from_payload(started.payload)
    with maintenance_psychotherapy(vault) as psy:
        # Whatever is still there can be searched for; what was already deleted
        # before the interruption took its strings with it.
        untouched = remaining_rows(vault, target, psy) >= sum(started.payload.get("counts", {}).values())
        needles = chart_needles(vault, target, psy)
    return _carry_out(vault, started.payload, started.seq, needles, captured_all=untouched and len(needles) > 0,
                      resumed=True, progress=progress)
