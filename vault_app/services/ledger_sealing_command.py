"""The first sealing beside one command of the command line (issue 21, item 1).

Before, a `vault-app` command on a vault whose first sealing was not done (a vault made
before seals, an older backup restored) checked and sealed the whole ledger inside its
unlock: about 5 s at 1x, 20 s at 4x (2 minutes on a busy machine), before a one-second
`client list`. Now the unlock leaves it (`ledger_sealing.sealing_left_to_caller`) and
`SealingBesideCommand` runs it beside the command:

- `start`, right after the unlock: a query-only connection of its own to ledger.db and a
  thread that checks the chain a segment (4096 entries) at a time from the last seal,
  each segment in one read transaction (`ledger_sealing.scan`). It writes nothing.
- `finish`, when the command's own work is done: the thread stops within a millisecond or
  two (it looks between runs of a few hundred entries, and drops the segment under way), and
  the seals of the whole segments it checked are written on the command's thread, on the vault's own connection
  (the process's only writer), in one short transaction (`ledger_sealing.commit`), only if
  the live ledger still holds the MACs that were checked. When the scan reached the head,
  the sealing is done (`ledger.sealing_started`); else the next unlock, of the app or the
  command line, goes on from the last seal written.
- `abandon` (Ctrl-C, a bug): the thread stops the same way and nothing is written.

A kill at any point leaves the seals of earlier commands whole and nothing of this one
(the scan writes nothing; the write is one transaction). A full disk at the write is
logged by kind and the command's result stands: sealing only saves time later. Until it
is done, everything that reads seals (audit, destruction, backup verify, restore) checks
the unsealed part entry by entry, as for any unsealed ledger.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable

from vault_app.domain.errors import VaultError
from vault_app.services import ledger_sealing
from vault_app.services.vault import Vault
from vault_app.storage.compartment import Compartment
from vault_app.storage.header import LedgerAnchor
from vault_app.storage.ledger_store import LedgerStore

log = logging.getLogger(__name__)

# How long `finish` and `abandon` wait for the thread at most: it looks between runs of a few
# hundred entries, or after one query of a segment's 4096 entries (tens of milliseconds).
STOP_WAIT_SECONDS = 5.0


class SealingBesideCommand:
    """One sealing on a thread beside one command. `sealed` after `finish`: how many
    entries the seals written now cover (0: none written)."""

    def __init__(self, reader: Compartment, keys: ledger_sealing.Keys, anchor: LedgerAnchor, segment: int,
                 entries: int) -> None:
        self._reader: Compartment | None = reader
        self._keys: ledger_sealing.Keys | None = keys
        self._anchor = anchor
        self.segment = segment
        self.entries = entries  # left to check when it started
        self._stop = threading.Event()
        self._plan: ledger_sealing.SealPlan | None = None
        self.error: BaseException | None = None
        self.sealed = 0
        # Tests hold the thread before a segment (from the thread: the process stops itself).
        self.checkpoint: Callable[[], None] = lambda: None
        self._thread = threading.Thread(target=self._run, name="vault-ledger-sealing-cli", daemon=True)

    @classmethod
    def start(cls, vault: Vault) -> SealingBesideCommand | None:
        """After the unlock: the running job when the unlock left the sealing to it
        (`ledger_sealing.left_beside`), None when nothing is left or no second connection
        can be made (the next unlock, or an audit, seals)."""
        left = ledger_sealing.left_beside(vault.ledger.store, vault.ledger.segment_size)
        if not left:
            return None
        reader = vault.ledger.db.reader()
        if reader is None:
            return None
        job = cls(reader, ledger_sealing.keys_of(vault), vault.header.ledger_anchor, vault.ledger.segment_size,
                  left)
        job._thread.start()
        return job

    # --- the job's thread ---------------------------------------------------------------------
    def _step(self) -> None:
        self.checkpoint()

    def _run(self) -> None:
        reader, keys = self._reader, self._keys
        assert reader is not None and keys is not None
        try:
            # sleep(0) lets go of the GIL at once, so the command's own thread never waits
            # Python's switch interval for the check's loop.
            self._plan = ledger_sealing.scan(LedgerStore(reader), keys, self._anchor, self.segment, self._step,
                                             pause=lambda: time.sleep(0), enough=self._stop.is_set)
        except Exception as exc:  # a full disk at a read, a bug: reported by kind only
            self.error = exc
            log.warning("Sealing the ledger beside the command failed: %s", type(exc).__name__)
        finally:
            reader.close_reader()
            self._reader = None
            self._keys = None  # nothing of the vault's keys stays with the finished job

    # --- the command's thread -------------------------------------------------------------------
    def _stopped(self) -> bool:
        self._stop.set()
        self._thread.join(STOP_WAIT_SECONDS)
        return not self._thread.is_alive()

    def finish(self, vault: Vault) -> int:
        """The command is done: stop at the next segment boundary and write the seals of what
        was checked (one transaction). Returns how many entries they cover."""
        if not self._stopped() or self._plan is None or not vault.is_open:
            return 0
        plan, self._plan = self._plan, None
        try:
            if ledger_sealing.commit(vault, plan):
                self.sealed = plan.sealed_through - (plan.base.last_seq if plan.base is not None else 0)
        except VaultError as exc:  # a full disk, say: the command's result stands
            self.error = exc
            log.warning("Writing the ledger's seals after the command failed: %s", type(exc).__name__)
        except Exception as exc:  # a bug: sealing only saves time later, the command's result stands
            self.error = exc
            log.error("Writing the ledger's seals after the command failed: %s", type(exc).__name__)
        return self.sealed

    def abandon(self) -> None:
        """Ctrl-C or a failure of the command: stop and write nothing."""
        self._stopped()
        self._plan = None
