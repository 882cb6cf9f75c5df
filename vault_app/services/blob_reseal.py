"""Documents sealed under an earlier generation of their chart's key, sealed again under the
current one beside the therapist's work (twenty-sixth round, docs/scaling.md).

Replace every key gives every chart a new key (storage/chart_keys.rotate_all), but a document
attached before stays under the generation it was sealed with, which an older copy of
records.db holds: that copy, its passphrase and today's blobs/ open it. This job reads each
such blob and seals its bytes into a NEW blob under the chart's current key, then switches
the row and scrubs the old file; a generation no row names any more loses its key row.

Per blob, four steps; only the two marked "worker" touch records.db, each one short:

1. `claim` (worker): no destruction under way (it wins: the job leaves every document to the
   next run), the row still names the old blob, the chart still has both keys (a destruction
   done meanwhile: nothing to do); the new blob's intent is committed and HELD
   (storage/blob_intents.hold) before its first byte exists: an import's end meanwhile (a
   full sweep, then every intent cleared) leaves a held intent and its file. Before a claim,
   the job waits while a backup on lock of this vault still copies the files it pinned (they
   name the OLD blobs: one switched and scrubbed now would fail that backup's check).
2. `seal` (beside): the old blob read segment by segment, each authenticated, and sealed into
   the new blob (blob_store.write: a temporary name, flushed, renamed). Never on the worker:
   a 25 MiB scan costs the worker nothing.
3. `switch` (worker, one transaction): if the row still names the old blob and the new file
   is whole on disk (a destruction's full sweep may have scrubbed it), the row names the new
   blob and its generation, the new blob's intent goes and an intent for the OLD blob is
   committed and held (it is now named by no row); else the new blob keeps its intent. In the same
   transaction, with secure_delete on, every earlier generation no row names is deleted,
   unless another write's intent is pending (an import sealed beside under a generation it
   read before may still commit rows naming it) or a destruction is under way (its
   certificate names the keys it erases itself).
4. `scrub` (beside) the file named by the intent `switch` left, then `forget` (worker) clears
   that intent.

A kill at any point leaves every row naming a whole blob under a key records.db holds, and
every file no row names covered by an intent: the next unlock's sweep
(attachment_blobs.sweep_intents) scrubs it. Nothing else is needed to recover, and the job
starts again after that unlock. A stop (the lock, quit) is looked at between blobs and
between the segments of one: a blob half-sealed is dropped (its temporary file removed, its
intent cleared by the same worker call that would have switched it, or left to the sweep).
"""

from __future__ import annotations

import contextlib
import logging
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path
from typing import Any, TypeVar

from vault_app.domain.errors import VaultCorrupt, VaultError
from vault_app.services import backup_beside_control, destruction_state
from vault_app.services.beside_job import BesideJob, Submit, hand_over
from vault_app.services.fault_injection import crash_point
from vault_app.services.ledger import now_iso
from vault_app.services.vault import Vault
from vault_app.storage import attachment_reseal, blob_intents, blob_store, chart_keys, destruction_facts
from vault_app.storage import destruction_delete as deletion
from vault_app.storage.attachment_reseal import Earlier

log = logging.getLogger(__name__)

T = TypeVar("T")
# How long a lock or quit waits for the thread: it looks between segments of 1 MiB.
STOP_WAIT_SECONDS = 5.0
# How often a job waiting for a backup on lock's copy looks whether it is stopped.
BACKUP_LOOK_SECONDS = 0.25

# Runs `fn(vault)` where the vault is used and returns its result.
OnWorker = Callable[[Callable[[Vault], Any]], Any]


class ResealStopped(Exception):
    """The vault is locking: the job ends at its next step; the next unlock starts it again."""


@dataclass(frozen=True)
class Claim:
    """One blob being sealed again: what the beside step needs (keys: repr left out)."""

    item: Earlier
    new_blob: str
    generation: int
    old_key: bytes = field(repr=False)
    new_key: bytes = field(repr=False)


@dataclass
class Outcome:
    resealed: int = 0
    skipped: int = 0  # edited, deleted, destroyed or unreadable meanwhile: left as they were
    generations_deleted: int = 0


def pending(vault: Vault) -> list[Earlier]:
    """Worker, one read: every attachment sealed under an earlier generation."""
    return attachment_reseal.earlier_sealed(vault.records)


def claim(vault: Vault, item: Earlier) -> Claim | None:
    """Worker, short (step 1). None when there is nothing to do for it any more."""
    db = vault.records
    if destruction_state.any_interrupted(vault):
        return None  # a destruction under way (beside the work): it wins; the next run goes on
    if not attachment_reseal.still_names(db, item.attachment_id, item.blob_id, item.generation):
        return None
    current = chart_keys.current(db, item.client_id)
    old_key = chart_keys.at(db, item.client_id, item.generation)
    if current is None or old_key is None or current.generation <= item.generation:
        return None  # the chart destroyed meanwhile (its keys are gone): the destruction wins
    new_blob = blob_store.new_blob_id()
    # Held, not only committed: an import's end meanwhile (a full sweep, then every intent
    # cleared) must leave this one and its file, else a kill before the switch would leave a
    # whole file under the current key that no intent names (blob_intents.hold).
    blob_intents.hold(db, new_blob, now_iso())
    crash_point("reseal_claimed")
    return Claim(item, new_blob, current.generation, old_key, current.key)


def seal(vault_folder: Path, claimed: Claim, stopping: Callable[[], bool] = lambda: False) -> bool:
    """Beside (step 2): the old blob's bytes sealed into the new one. False when the old blob
    cannot be read (scrubbed by a destruction meanwhile, or damaged: it stays as it was, and
    the full check at unlock reports a damaged one). ResealStopped on a stop."""
    item = claimed.item

    def segments() -> Iterator[bytes]:
        for part in blob_store.read(vault_folder, item.blob_id, item.client_id, claimed.old_key):
            if stopping():
                raise ResealStopped
            yield part

    try:
        blob_store.write(vault_folder, claimed.new_blob, item.client_id, claimed.new_key, segments())
    except VaultCorrupt:
        return False
    crash_point("reseal_sealed")
    return True


def switch(vault: Vault, claimed: Claim, sealed: bool) -> tuple[str, int]:
    """Worker, one transaction (step 3). Returns the blob whose file is to be scrubbed now (the
    old one when the row was switched, else the new one; its intent is committed) and how many
    earlier generations lost their key row."""
    db = vault.records
    item = claimed.item
    if not deletion.secure_delete_on(db):
        destruction_facts.enable_secure_delete(db)  # a deleted key row is zeroed in its page
    with db.transaction():
        switched = (sealed and blob_store.exists(vault.folder, claimed.new_blob)
                    and chart_keys.at(db, item.client_id, claimed.generation) is not None
                    and attachment_reseal.switch(db, item.attachment_id, item.blob_id, claimed.new_blob,
                                                 claimed.generation))
        if not switched:
            return claimed.new_blob, 0
        blob_intents.clear(db, claimed.new_blob)
        blob_intents.release(db, claimed.new_blob)
        blob_intents.hold(db, item.blob_id, now_iso())  # named by no row from this commit on
        deleted = 0
        if _may_delete_keys(vault, (item.blob_id,)):
            deleted = chart_keys.delete_unused_earlier(db)
    crash_point("reseal_switched")
    return item.blob_id, deleted


def _may_delete_keys(vault: Vault, ours: tuple[str, ...]) -> bool:
    """No other write's intent pending (it may commit a row naming an earlier generation) and
    no destruction under way (its plan recorded the fingerprint of every generation the chart
    had: the certificate names the keys its own step erases, none deleted here meanwhile)."""
    return not blob_intents.any_but(vault.records, ours) and not destruction_state.any_interrupted(vault)


def scrub(vault_folder: Path, blob_id: str) -> None:
    """Beside (step 4): the file no row names (and a temporary file of it) overwritten and removed."""
    for path in blob_store.temp_files_of(vault_folder, blob_id):
        blob_store.scrub(path)
    blob_store.scrub_blob(vault_folder, blob_id)
    crash_point("reseal_scrubbed")


def forget(vault: Vault, blob_id: str) -> None:
    """Worker (step 4's end): the intent of a file scrubbed, unless a row names it (a blob id
    is never reused, so none does; the check costs one probe of an index)."""
    if not blob_intents.named_by_row(vault.records, blob_id):
        blob_intents.clear(vault.records, blob_id)
    blob_intents.release(vault.records, blob_id)


def tidy_generations(vault: Vault) -> int:
    """Worker, one statement: earlier generations no row names (a chart whose documents were all
    deleted, or that had none), deleted, unless another write's intent is pending."""
    db = vault.records
    if not _may_delete_keys(vault, ()):
        return 0
    if not deletion.secure_delete_on(db):
        destruction_facts.enable_secure_delete(db)
    with db.transaction():
        return chart_keys.delete_unused_earlier(db)


def reseal_all(on_worker: OnWorker, folder: Path, stopping: Callable[[], bool] = lambda: False,
               before_each: Callable[[], None] = lambda: None,
               waiting: Callable[[], None] = lambda: None) -> Outcome:
    """The whole job: `on_worker(fn)` runs fn where the vault is used (the GUI's worker through
    `hand_over`, beside_job.SerialWorker.call, or this thread for the command line).
    `before_each()` runs on this thread before each document (tests hold the job there);
    `waiting()` once each time it starts waiting for a backup on lock's copy."""
    outcome = Outcome()
    # Again while a pass re-sealed something: a Replace every key during a pass leaves the
    # documents it re-sealed under the generation it just retired. A pass that re-sealed
    # nothing (every one left skipped: a damaged file, a destruction under way) ends it.
    while True:
        before = outcome.resealed
        items: list[Earlier] = on_worker(pending)
        _one_pass(on_worker, folder, items, outcome, stopping, before_each, waiting)
        if not items or outcome.resealed == before:
            break
    outcome.generations_deleted += on_worker(tidy_generations)
    return outcome


def _one_pass(on_worker: OnWorker, folder: Path, items: list[Earlier], outcome: Outcome,
              stopping: Callable[[], bool], before_each: Callable[[], None], waiting: Callable[[], None]) -> None:
    for item in items:
        before_each()
        if stopping():
            raise ResealStopped
        _after_backup_copy(folder, stopping, waiting)
        claimed: Claim | None = on_worker(partial(claim, item=item))
        if claimed is None:
            outcome.skipped += 1
            continue
        try:
            sealed = seal(folder, claimed, stopping)
        except (ResealStopped, VaultError):
            # Nothing switched: the new blob's temporary file is gone (blob_store.write); its
            # intent is cleared with nothing on disk, or left to the next unlock's sweep.
            _quietly(on_worker, claimed.new_blob)
            raise
        doomed, deleted = on_worker(partial(switch, claimed=claimed, sealed=sealed))
        outcome.generations_deleted += deleted
        if doomed == claimed.new_blob:
            outcome.skipped += 1
        else:
            outcome.resealed += 1
        scrub(folder, doomed)
        on_worker(partial(forget, blob_id=doomed))


def _after_backup_copy(folder: Path, stopping: Callable[[], bool], waiting: Callable[[], None]) -> None:
    """Not while a backup on lock of this vault still copies the files its records.db, pinned
    at the lock, names: those are the OLD blobs of every document not yet re-sealed, and one
    switched and scrubbed now fails that backup's check. A claim is the only way to a switch,
    and no new pin can come while the job runs (a lock stops it first), so looking here, before
    each claim, is enough. A stop is honoured while waiting."""
    if backup_beside_control.files_copied(folder, 0):
        return
    waiting()
    while not backup_beside_control.files_copied(folder, BACKUP_LOOK_SECONDS):
        if stopping():
            raise ResealStopped


def _quietly(on_worker: OnWorker, blob_id: str) -> None:
    # Locked already: the intent stays, and the next unlock's sweep scrubs what it names.
    with contextlib.suppress(ResealStopped, VaultError):
        on_worker(partial(forget, blob_id=blob_id))


def reseal_here(vault: Vault, stopping: Callable[[], bool] = lambda: False) -> Outcome:
    """The job on this thread (the command line, where nothing else uses the vault meanwhile)."""
    return reseal_all(lambda fn: fn(vault), vault.folder, stopping)


def work_left(vault: Vault) -> bool:
    """Worker, cheap: a blob under an earlier generation, or an earlier generation no row names."""
    return attachment_reseal.earlier_generations_kept(vault.records)


class ResealJob(BesideJob):
    """The re-sealing on a thread of its own (the app: started after an unlock and after Replace
    every key). `outcome` after the end: an Outcome, or None when stopped or failed (`error`)."""

    def __init__(self, folder: Path, submit: Submit, *, on_end: Callable[[ResealJob], None] | None = None,
                 vault_open: Callable[[], bool] = lambda: True) -> None:
        super().__init__()
        self._folder = folder
        # A close that does not go through the app's lock (a restore replacing the vault closes
        # it on the worker first, then replaces blobs/) stops the job too, within a segment.
        self._vault_open = vault_open
        self._submit = submit
        self._on_end = on_end
        self.outcome: Outcome | None = None
        self.stopped = False
        self.error: BaseException | None = None
        # Tests hold the job before a document ("document"), from its thread.
        self.checkpoint: Callable[[str], None] = lambda _name: None

    def start(self) -> None:
        # Not a daemon: a quit waits for it (it stops within a segment), so a file is never
        # left half-scrubbed by the interpreter's exit; a kill is covered by the intents.
        self._start("vault-blob-reseal", daemon=False)

    def _stop_now(self) -> bool:
        return self._stopping.is_set() or not self._vault_open()

    def _on_worker(self, fn: Callable[[Vault], T]) -> T:
        return hand_over(self._submit, fn, self._stop_now, ResealStopped)

    def _run(self) -> None:
        try:
            self.outcome = reseal_all(self._on_worker, self._folder, self._stop_now,
                                      lambda: self.checkpoint("document"), lambda: self.checkpoint("backup copying"))
        except ResealStopped:
            self.stopped = True
        except VaultError as exc:  # a full disk, say: the next unlock starts again
            self.error = exc
            log.warning("Sealing documents again under the current chart keys stopped: %s", type(exc).__name__)
        except Exception as exc:  # a bug: by type only (no vault content in logs)
            self.error = exc
            log.error("Sealing documents again under the current chart keys failed: %s", type(exc).__name__)

    def _ended_hook(self) -> None:
        if self._on_end is not None:
            self._on_end(self)


__all__ = ["STOP_WAIT_SECONDS", "Claim", "Outcome", "ResealJob", "ResealStopped", "claim", "forget", "pending",
           "reseal_all", "reseal_here", "scrub", "seal", "switch", "tidy_generations", "work_left"]
