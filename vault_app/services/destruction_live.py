"""A destruction's live part: what needs the live vault alone (services/destruction.py tells
the whole). The deletion, the compaction, the rekey (or its staging) and the crypto-erase, then
the structural checks and the content search of the live vault, or the image the search reads
beside (destruction_beside). `Carrying` is one destruction between its parts: what this part
hands to the purge of the backups and to the finish (destruction_end).

Fault tests patch the names read here (`erase`, `live_rest`) on this module: the live part reads
them here, and destruction_beside calls `live_rest` and `rekey_swap` through this module.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from vault_app.domain.plurals import counted
from vault_app.services import backup_beside_control, backup_registry, compliance
from vault_app.services import destruction_backups as backups_step
from vault_app.services import destruction_explain as explaining
from vault_app.services import destruction_image as image_step
from vault_app.services import destruction_progress as progressing
from vault_app.services import destruction_rekey as rekeying
from vault_app.services import destruction_verify as verify
from vault_app.services.destruction_journal import structural
from vault_app.services.destruction_steps import (
    Slicing,
    StepLog,
    Target,
    blob_problems,
    crash_point,
    end_slices,
    erase,
    start_slices,
)
from vault_app.services.vault import Vault
from vault_app.storage import import_destroyed
from vault_app.storage.destruction_scan import NeedleSet


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


def _present_backups(vault: Vault) -> int:
    """How many registered backups the purge will open (for the bar's total only)."""
    return len(backup_registry.registered(vault)) - len(backups_step.unreachable(vault))

