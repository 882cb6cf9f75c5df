"""The first sealing of a ledger, beside the therapist's work (issue 21, item 1).

Before, the first unlock of a vault with an unsealed ledger (every vault made before seals,
every restored old backup) checked the whole chain entry by entry and sealed it inside the
unlock: about 5 s at 1x and 20 s at 4x at the unlock window, once. Now the app's unlock
skips that step (services/ledger_sealing.py `sealing_left_to_caller`) and `SealJob` does it:

- `prepare`, where the vault is used (the GUI's worker), right after the unlock: one indexed
  read (sealed already: nothing to do), then a query-only connection of its own to ledger.db
  (Compartment.reader: SQLCipher in WAL mode lets a reader see committed entries while the
  vault's connection appends) and the ledger's keyed MACs. Milliseconds.
- On a thread of its own: `ledger_sealing.scan` over that connection, a segment (4096
  entries) at a time, each in a read transaction of its own. It writes nothing. Between
  segments it checks whether it must stop.
- The seals are handed to where the vault is used (`submit`, as the import hands its charts:
  services/beside_job.hand_over) and written by `ledger_sealing.commit` in one short
  transaction, only if the chain it sealed is still the live ledger's prefix.

`stop` (the lock, quit): the thread stops at its next segment (tens of milliseconds), closes
its connection and drops the keys; nothing is handed over after it, a commit already queued
runs whole before the lock. Sealing is only an optimisation: the next unlock starts again.
Until it is done, everything that reads seals (audit, destruction, backup verify, restore)
checks the unsealed entries one by one, as for any unsealed ledger.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable

from vault_app.domain.errors import VaultError
from vault_app.services import ledger_sealing
from vault_app.services.beside_job import BesideJob, Submit, hand_over
from vault_app.services.vault import Vault
from vault_app.storage.compartment import Compartment
from vault_app.storage.header import LedgerAnchor
from vault_app.storage.ledger_store import LedgerStore

log = logging.getLogger(__name__)

# How long a lock waits for the thread to let go of its connection and keys: it checks
# between segments, each one query of 4096 entries and their MACs (tens of milliseconds).
STOP_WAIT_SECONDS = 5.0


class SealingStopped(Exception):
    """The vault is locking: the scan ends at the next segment, nothing is written."""


class SealJob(BesideJob):
    """One sealing on a thread of its own. `outcome` after the end: "sealed", "nothing"
    (sealed already, changed meanwhile, or something wrong: left to the audit), "stopped"
    or "failed" (with `error`)."""

    def __init__(self, reader: Compartment, keys: ledger_sealing.Keys, anchor: LedgerAnchor, segment: int,
                 submit: Submit, *, on_end: Callable[[SealJob], None] | None = None,
                 vault_open: Callable[[], bool] = lambda: True) -> None:
        self._reader: Compartment | None = reader
        # A lock that does not go through the app's controller (a restore replacing the vault
        # closes it on the worker first) stops the scan too, at its next segment.
        self._vault_open = vault_open
        self._keys: ledger_sealing.Keys | None = keys
        self._anchor = anchor
        self._segment = segment
        self._submit = submit
        self._on_end = on_end
        super().__init__()
        self.outcome = ""
        self.error: BaseException | None = None
        # Tests hold the job at a named step ("segment" before each, "scanned") from its thread.
        self.checkpoint: Callable[[str], None] = lambda _name: None

    @classmethod
    def prepare(cls, vault: Vault, submit: Submit, *,
                on_end: Callable[[SealJob], None] | None = None) -> SealJob | None:
        """Where the vault is used, after its unlock: the job for a ledger whose first sealing
        is not done, None for a sealed one, for one with at most a segment left (the unlock seals those in place:
        a vault the first-run wizard just made waits for its first unlock, as before), or when
        no second connection can be made (the audit seals)."""
        # Going on from the seals of a sealing the command line stopped at a segment boundary.
        if not ledger_sealing.left_beside(vault.ledger.store, vault.ledger.segment_size):
            return None
        reader = vault.ledger.db.reader()
        if reader is None:
            return None
        return cls(reader, ledger_sealing.keys_of(vault), vault.header.ledger_anchor, vault.ledger.segment_size,
                   submit, on_end=on_end, vault_open=lambda: vault.is_open)

    # --- the caller's side ------------------------------------------------------------------
    def start(self) -> None:
        # A daemon: it writes nothing from its thread, and quitting stops it first anyway.
        self._start("vault-ledger-sealing", daemon=True)

    # --- the job's thread ---------------------------------------------------------------------
    def _step(self) -> None:
        self.checkpoint("segment")
        if self._stopping.is_set() or not self._vault_open():
            raise SealingStopped

    def _scan(self) -> ledger_sealing.SealPlan | None:
        reader, keys = self._reader, self._keys
        assert reader is not None and keys is not None
        try:
            # sleep(0) lets go of the GIL at once, so the worker never waits a switch interval for it.
            return ledger_sealing.scan(LedgerStore(reader), keys, self._anchor, self._segment, self._step,
                                       pause=lambda: time.sleep(0))
        finally:
            reader.close_reader()
            self._reader = None

    def _commit(self, plan: ledger_sealing.SealPlan) -> bool:
        def write(vault: Vault) -> bool:
            if self._stopping.is_set():  # the lock came after the hand-over: nothing more is written
                raise SealingStopped
            return ledger_sealing.commit(vault, plan)

        return hand_over(self._submit, write, self._stopping.is_set, SealingStopped)

    def _run(self) -> None:
        try:
            plan = self._scan()
            self.checkpoint("scanned")
            self.outcome = "sealed" if plan is not None and self._commit(plan) else "nothing"
        except SealingStopped:
            self.outcome = "stopped"
        except VaultError as exc:  # a full disk, say: the next unlock tries again
            self.outcome, self.error = "failed", exc
            log.warning("Sealing the ledger beside the work failed: %s", type(exc).__name__)
        except Exception as exc:  # a bug: reported by type only (no vault content in logs)
            self.outcome, self.error = "failed", exc
            log.error("Sealing the ledger beside the work failed: %s", type(exc).__name__)
        finally:
            if self._reader is not None:
                self._reader.close_reader()
                self._reader = None
            self._keys = None  # nothing of the vault's keys stays with the finished job

    def _ended_hook(self) -> None:
        if self._on_end is not None:
            self._on_end(self)
