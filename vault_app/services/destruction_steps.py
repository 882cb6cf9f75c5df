"""The mechanical part of a destruction, run on the vault or on a copy of it
(a registered backup being purged, a restored backup being cleaned):
delete the rows, compact the files, rekey the compartments with fresh keys.

Every step is idempotent, so an interrupted destruction is finished by running
the same steps again (services/destruction.py resumes it after the next unlock).
"""

from __future__ import annotations

import contextlib
import hashlib
import re
import time
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor, wait
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TypeVar

from vault_app.crypto import keys
from vault_app.domain.errors import VaultError
from vault_app.domain.plurals import counted
from vault_app.services import attachment_blobs
from vault_app.services.fault_injection import CRASH_ENV as CRASH_ENV  # re-exported for the tests
from vault_app.services.fault_injection import crash_point as crash_point  # re-exported
from vault_app.services.ledger import now_iso
from vault_app.services.vault import Vault
from vault_app.storage import chart_keys, destruction_facts
from vault_app.storage import destruction_delete as deletion
from vault_app.storage.compartment import Compartment


def key_fingerprint(key: bytes) -> str:
    """A one-way tag of a key, safe to keep in the ledger, to check later that it is gone."""
    return hashlib.sha256(b"vault-app key fingerprint\x00" + key).hexdigest()[:32]


@dataclass(frozen=True)
class Target:
    client_id: str
    note_ids: tuple[str, ...] | None = None  # None: the whole chart

    @property
    def compartments(self) -> tuple[str, ...]:
        return ("records", "psychotherapy") if self.note_ids is None else ("psychotherapy",)

    @classmethod
    def from_payload(cls, payload: dict[str, Any]) -> Target:
        notes = [*(payload.get("note_ids") or ()),
                 *(k["discarded_note_id"] for k in payload.get("kept_originals") or ())]
        # A destruction of notes never widens to the chart, even with no note left to name (a
        # certificate of kept PDFs alone): its target is then nothing, not everything.
        scoped = payload.get("scope") == "psychotherapy_notes"
        return cls(str(payload["client_id"]), tuple(str(n) for n in notes) if scoped else None)


@dataclass
class StepLog:
    steps: list[dict[str, Any]] = field(default_factory=list)

    def add(self, step: str, detail: str = "", **extra: Any) -> None:
        self.steps.append({"step": step, "at": now_iso(), "detail": detail, **extra})


@contextlib.contextmanager
def maintenance_psychotherapy(vault: Vault) -> Iterator[Compartment]:
    """The psychotherapy compartment for deleting rows only, nothing is shown to anyone.

    Finishing an interrupted destruction, or cleaning a backup copy, cannot wait
    for the separate psychotherapy unlock, so it is opened here with the vault's
    key (and the staged key, if a rekey was interrupted) and closed afterwards.
    """
    with vault.psychotherapy_for_maintenance("destruction") as comp:
        yield comp


def compartment_for(vault: Vault, name: str, psychotherapy: Compartment | None) -> Compartment:
    if name == "psychotherapy":
        assert psychotherapy is not None
        return psychotherapy
    return vault.compartment(name)


def remaining_rows(vault: Vault, target: Target, psychotherapy: Compartment) -> int:
    return remaining_rows_in([compartment_for(vault, name, psychotherapy) for name in target.compartments], target)


def remaining_rows_in(comps: list[Compartment], target: Target) -> int:
    """`remaining_rows` in compartments opened without a Vault (a snapshot's purge)."""
    total = 0
    for comp in comps:
        if target.note_ids is None:
            total += sum(deletion.count_references(comp, target.client_id).values())
        else:
            total += sum(deletion.count_notes(comp, target.client_id, target.note_ids).values())
    return total


# The step the erase logs when the rekey follows beside the worker (services/destruction_rekey.py).
STAGED_STEP = "stage fresh keys"


def erase(vault: Vault, target: Target, log: StepLog, *, label: str = "", rebuild: bool = True,
          rekey_after: bool = True, rekey_later: bool = False, deleted: bool = False) -> dict[str, bytes]:
    """Delete, compact and rekey. `label` prefixes crash points (tests only).

    No VACUUM where a rekey follows (the live vault, a restored copy, a backup copy):
    secure_delete has already zeroed the freed cells and every freed page, and the rekey
    rewrites every page of the file, free pages included, under the fresh key
    (tests/core/test_destruction_rekey_pages.py). VACUUM would only rewrite each page once
    more. The free pages left in the file are zeros under the new key; the content search
    decrypts them with it like every other page. `rebuild` only matters without a rekey.

    `rekey_after=False` (a snapshot of a backup repository, with `rebuild=False`) leaves
    every page the deletion did not change byte for byte as it was: those pages stay the
    chunks every other snapshot and the live vault's next snapshot share. Only the pages
    the deletion changed are new; the chunks that held the old ones are scrubbed by the
    repository's sweep once no snapshot names them (docs/scaling.md, section 2).

    `rekey_later`: the fresh keys are only staged, and returned; the pages are rewritten
    beside the worker and the keys replaced by services/destruction_rekey.py.

    `deleted`: the rows were deleted already, in slices (`start_slices`, `delete_next`)."""
    fresh: dict[str, bytes] = {}
    rekey_now = rekey_after and not rekey_later
    with maintenance_psychotherapy(vault) as psy:
        comps = [compartment_for(vault, name, psy) for name in target.compartments]
        delete_and_compact(comps, target, log, label=label, rebuild=rebuild and not rekey_after, deleted=deleted)
        if rekey_later:
            fresh = stage_keys(vault, comps, label=label)
            log.add(STAGED_STEP, ", ".join(c.name for c in comps) + ": a fresh random key each, staged in the "
                    "header; every page is re-encrypted under it next, beside the vault's work")
        elif rekey_now:
            rekey_all(vault, comps, label=label)
        for comp in comps if rekey_now else ():
            log.add("rekey", f"{comp.name}: every page, free pages included, re-encrypted under a fresh random key; "
                    "old key removed from the header",
                    compartment=comp.name)
    if target.note_ids is None:
        # The chart key's row went with the chart's rows (secure_delete), and the rekey made
        # older page images undecryptable: the chart's blobs are ciphertext under no key.
        # Their files are scrubbed too (idempotent: a resumed destruction finds the rest).
        scrubbed = attachment_blobs.sweep_orphans(vault)
        log.add("crypto-erase attachments", "chart key deleted with secure_delete"
                + (", compartment rekeyed; " if rekey_now
                   else ", compartment to be rekeyed next; " if rekey_later
                   else " (no rekey in a snapshot copy); ")
                + f"{counted(len(scrubbed), 'attachment file')} overwritten with zeros and removed",
                files=len(scrubbed))
        crash_point(f"{label}blobs_scrubbed")
    swept = sweep_temp_files(vault)
    if swept:
        log.add("remove stale files",
                f"{counted(len(swept), 'temporary file')} an interrupted save left in the vault folder")
    return fresh


def delete_and_compact(comps: list[Compartment], target: Target, log: StepLog, *, label: str = "",
                       rebuild: bool = True, deleted: bool = False) -> None:
    """erase's deletion and compaction, on compartments however they were opened: the
    vault's, a Vault copy's, or a snapshot's files opened with its header's keys alone
    (services/snapshot_purge.py), so that every copy is cleaned by the same statements.
    The deletion is the slices' own function run in one go (`deleted`: done already)."""
    for comp in comps if not deleted else ():
        _secure(comp)
        rows = deletion.delete_all(comp, deletion.Deletion(target.client_id, target.note_ids))
        log.add("delete", f"{comp.name}: rows deleted with secure_delete on", compartment=comp.name, rows=rows)
        crash_point(f"{label}deleted:{comp.name}")
    def compact(comp: Compartment) -> list[str]:
        done = deletion.compact(comp, vacuum=rebuild)
        crash_point(f"{label}compacted:{comp.name}")
        return done

    for comp, done in zip(comps, side_by_side(comps, compact), strict=True):
        log.add("compact", f"{comp.name}: " + "; ".join(done), compartment=comp.name)


def _secure(comp: Compartment) -> None:
    if not deletion.secure_delete_on(comp):
        destruction_facts.enable_secure_delete(comp)


# --- the live vault's deletion in slices beside the worker (docs/scaling.md, eleventh round) ---
# Each slice is one operation on the worker, one transaction, sized so it stays near
# SLICE_SECONDS: an autosave or a chart opening queues behind at most one slice. The rows of
# a table cost very different amounts (a note's full-text index with secure-delete costs
# most), so each table starts at FIRST_BATCH rows and the batch follows the time measured.
SLICE_SECONDS = 0.05
FIRST_BATCH = 1
MAX_BATCH = 4096


@dataclass
class Slicing:
    """The chart's deletion between slices: the compartments (the psychotherapy one held
    open until `end_slices`), where each stands, and the next slice's size."""

    comps: list[Compartment]
    parts: list[deletion.Deletion]
    held: contextlib.ExitStack
    label: str = ""
    index: int = 0
    batch: int = FIRST_BATCH

    @property
    def done(self) -> bool:
        return self.index >= len(self.comps)


def start_slices(vault: Vault, target: Target, *, label: str = "") -> Slicing:
    """On the worker: secure_delete on, the chart closed to every write on the connections
    that could write it (destruction_delete.close_chart) until they close, and the
    psychotherapy compartment held for the deletion's duration (one maintenance opening)."""
    held = contextlib.ExitStack()
    try:
        psy = held.enter_context(maintenance_psychotherapy(vault))
        comps = [compartment_for(vault, name, psy) for name in target.compartments]
        for comp in comps:
            _secure(comp)
            deletion.close_chart(comp, target.client_id, target.note_ids)
    except BaseException:
        held.close()
        raise
    return Slicing(comps, [deletion.Deletion(target.client_id, target.note_ids) for _ in comps], held, label)


def delete_next(s: Slicing, log: StepLog) -> bool:
    """On the worker: one slice. True while slices remain."""
    if s.done:
        return False
    comp, d = s.comps[s.index], s.parts[s.index]
    table = d.index
    began = time.perf_counter()
    deletion.delete_slice(comp, d, s.batch)
    took = time.perf_counter() - began
    crash_point(f"{s.label}sliced:{comp.name}:{d.slices}")
    if d.index != table:
        s.batch = FIRST_BATCH  # another table, another cost per row
    elif took > 0:
        s.batch = max(1, min(MAX_BATCH, int(s.batch * min(2.0, SLICE_SECONDS / took))))
    else:
        s.batch = min(MAX_BATCH, s.batch * 2)
    if d.done:
        log.add("delete", f"{comp.name}: rows deleted with secure_delete on, in "
                f"{counted(d.slices, 'short transaction')} beside the vault's work", compartment=comp.name, rows=d.rows)
        crash_point(f"{s.label}deleted:{comp.name}")
        s.index += 1
        s.batch = FIRST_BATCH
    return not s.done


def end_slices(s: Slicing) -> None:
    """On the worker: let go of what `start_slices` held (idempotent)."""
    s.held.close()


_T = TypeVar("_T")


def side_by_side(comps: list[Compartment], work: Callable[[Compartment], _T]) -> list[_T]:
    """`work` on each compartment, the two at once (results in the order given).

    The compartments are separate files with connections of their own, and SQLCipher
    (pages, AES, HMAC) runs without Python's lock, so each gets a core. Only work that
    commits no transaction runs here: a commit's integrity stamp reads the ledger's head
    through the vault's one ledger connection (services/vault_session.py), which is not
    shared between threads. Both jobs are waited for before an error is raised, so no
    thread is left writing to a file after this returns."""
    if len(comps) < 2:
        return [work(comp) for comp in comps]
    with ThreadPoolExecutor(max_workers=len(comps), thread_name_prefix="destruction") as pool:
        futures = [pool.submit(work, comp) for comp in comps]
        wait(futures)
    return [f.result() for f in futures]


def rekey_all(vault: Vault, comps: list[Compartment], *, label: str = "") -> None:
    """`rekey` of every compartment, the page rewrites side by side. The header is
    written from this thread only: every fresh key is staged first, and each becomes
    the key once its file is rewritten. A crash at any point leaves each compartment
    opening with its old or its staged key, as with one at a time."""
    fresh = stage_keys(vault, comps, label=label)

    def rewrite(comp: Compartment) -> None:
        deletion.rekey(comp, fresh[comp.name])
        crash_point(f"{label}rekeyed:{comp.name}")

    side_by_side(comps, rewrite)
    for comp in comps:
        vault.replace_compartment_key(comp.name, fresh[comp.name])
        crash_point(f"{label}replaced:{comp.name}")


def stage_keys(vault: Vault, comps: list[Compartment], *, label: str = "") -> dict[str, bytes]:
    """A fresh random key per compartment, each staged in the header (the rekey's step 1)."""
    fresh = {comp.name: keys.random_key() for comp in comps}
    for comp in comps:
        vault.stage_compartment_key(comp.name, fresh[comp.name])
        crash_point(f"{label}staged:{comp.name}")
    return fresh


def rekey(vault: Vault, comp: Compartment, *, label: str = "") -> None:
    """Stage -> rekey -> replace (services/vault.py): a crash at any point leaves a
    compartment that opens with either the old or the staged key."""
    fresh = keys.random_key()
    vault.stage_compartment_key(comp.name, fresh)
    crash_point(f"{label}staged:{comp.name}")
    deletion.rekey(comp, fresh)
    crash_point(f"{label}rekeyed:{comp.name}")
    vault.replace_compartment_key(comp.name, fresh)
    crash_point(f"{label}replaced:{comp.name}")


# storage/files.py atomic_write's temp name: a header written when the process died
# before the rename would still wrap the keys in use at that moment.
_STALE_TEMP = re.compile(r"^\..+\.tmp-\d+$")


def stale_temp_files(vault: Vault) -> list[Path]:
    return [p for p in sorted(vault.folder.iterdir()) if p.is_file() and _STALE_TEMP.match(p.name)]


def sweep_temp_files(vault: Vault) -> list[str]:
    removed = []
    for path in stale_temp_files(vault):
        path.unlink(missing_ok=True)
        removed.append(path.name)
    return removed


def chart_key_fingerprint(vault: Vault, target: Target) -> str | None:
    """Fingerprint of the chart's keys (None: psychotherapy-notes scope, or a chart that
    never had an attachment in the blob store): one value over every generation kept,
    oldest first, their bytes joined. A chart with one generation (every chart before
    Replace every key gave them a second) has the fingerprint of that key alone, as
    certificates made before the generations give it, so older certificates read the same."""
    if target.note_ids is not None:
        return None
    every = chart_keys.every_generation(vault.records, target.client_id)
    return key_fingerprint(b"".join(every)) if every else None


def blob_problems(vault: Vault, target: Target) -> list[str]:
    """After a chart's destruction: no key of the chart (of any generation), no blob file
    without its row."""
    if target.note_ids is not None:
        return []
    problems = []
    if chart_keys.exists(vault.records, target.client_id):
        problems.append("the chart's attachment key is still in records.db")
    left = attachment_blobs.orphans(vault.folder, vault.records)
    if left:
        problems.append(f"{counted(len(left), 'attachment file')} of no remaining attachment "
                        f"{'is' if len(left) == 1 else 'are'} still in the vault folder")
    return problems


def current_fingerprints(vault: Vault, names: tuple[str, ...]) -> dict[str, str]:
    return {name: key_fingerprint(vault.compartment_key(name)) for name in names}


def key_problems(vault: Vault, destroyed: dict[str, str]) -> list[str]:
    """The header must hold no staged key and none of the keys the destruction retired."""
    problems = []
    staged = [slot for slot in vault.header.wrapped if slot.endswith(".staged")]
    if staged:
        problems.append("a re-encryption was left unfinished (staged key in the header)")
    if stale_temp_files(vault):
        problems.append("a temporary copy of the vault header (with older keys) is in the vault folder")
    for name, fingerprint in destroyed.items():
        try:
            if key_fingerprint(vault.compartment_key(name)) == fingerprint:
                problems.append(f"the {name} compartment still uses the key in use before the destruction")
        except VaultError:
            problems.append(f"the {name} key could not be read")
    return problems
