"""Seal a ledger that has no seals yet (issue 21: verification at disk speed, and item 1,
nothing interactive waits).

Seals (services/ledger_seals.py) were only made by the first full audit, so a vault
nobody had audited checked every entry one by one at each destruction, backup verify
and restore (500k entries: about 5 s). Sealing does what the audit's sealing does, and
nothing else: the whole chain checked entry by entry from genesis (and the chart-history
index against it), and only if nothing is wrong, every full segment sealed and
`ledger.sealing_started` appended under the chain.

It is split in two so that the long part can run beside the therapist's work
(services/ledger_sealing_beside.py, started by the app after its unlock):

- `scan` reads and checks (5 s at 1x, 20 s at 4x) and computes the seals, writing
  nothing. Each segment is read inside one read transaction, so the bytes a seal covers
  are exactly the bytes that were checked, whatever is appended meanwhile.
- `commit` writes them in one short transaction, where the vault is used, after checking
  that the chain it sealed is still the live ledger's prefix (each sealed segment's last
  MAC and the scanned head's MAC; entries appended since are fine and the segments they
  fill are sealed too, each checked entry by entry as an append seals one).

A ledger with problems is never sealed: the audit still checks it entry by entry and names
the entry. A ledger whose seal table was emptied (`ledger.sealing_started` is in it) is
left to the audit, which reports it. Copies (backups opened with the master key) are
never sealed: they run no unlock steps.

`seal_unsealed` (an after-unlock step, services/unlock_hooks.py) runs both in the unlock, for
callers that have nothing to run them beside (the command line, scripts); an unlock inside
`sealing_left_to_caller` (the app's) does so only for a ledger of at most one segment, and
the app seals a longer one beside. Inside `notice_before_sealing` (the command line's
unlocks) the caller is told first, so a user does not wait in silence.

Interrupted (Ctrl-C, a kill) at any point, nothing is half-written: the scan writes nothing,
the seals are one transaction (rolled back unless committed whole), and seals committed
without the `ledger.sealing_started` entry after them are whole and used by the audit.
"""

from __future__ import annotations

import contextlib
import contextvars
import logging
from collections.abc import Callable, Iterator
from dataclasses import dataclass

from vault_app.crypto import chain
from vault_app.crypto.keys import macs_equal
from vault_app.domain.errors import EnvironmentProblem
from vault_app.services import ledger_seals
from vault_app.services.fault_injection import crash_point
from vault_app.services.vault import Vault
from vault_app.storage.backup_snapshot import read_snapshot
from vault_app.storage.header import LedgerAnchor
from vault_app.storage.ledger_store import LedgerStore, SealRow

log = logging.getLogger(__name__)

# Set by an unlock whose caller seals beside it (the app: gui/ledger_sealing_running.py).
_LEFT_TO_CALLER: contextvars.ContextVar[bool] = contextvars.ContextVar("ledger_sealing_left_to_caller",
                                                                       default=False)


# Set by a caller that tells its user before a long sealing in the unlock (the command line:
# cli/common.py); called with the number of entries to check.
_NOTICE: contextvars.ContextVar[Callable[[int], None] | None] = contextvars.ContextVar(
    "ledger_sealing_notice", default=None)


@contextlib.contextmanager
def notice_before_sealing(tell: Callable[[int], None]) -> Iterator[None]:
    """Unlocks inside (on this thread) call `tell(entries)` just before they check and seal a
    ledger longer than one segment (seconds to minutes, once per vault): never for a sealed
    ledger, a short one, or one whose seals were emptied (left to the audit)."""
    token = _NOTICE.set(tell)
    try:
        yield
    finally:
        _NOTICE.reset(token)


@contextlib.contextmanager
def sealing_left_to_caller() -> Iterator[None]:
    """Unlocks inside (on this thread) leave the sealing of a ledger longer than one segment
    to the caller, which seals it beside the work (SealJob)."""
    token = _LEFT_TO_CALLER.set(True)
    try:
        yield
    finally:
        _LEFT_TO_CALLER.reset(token)


@dataclass(frozen=True)
class SealPlan:
    """Seals computed from checked entries, not yet written; what they cover."""

    seals: tuple[SealRow, ...]  # seal 0 ("sealing started") and one per full segment
    head_seq: int  # the last entry checked
    head_mac: bytes
    ends: tuple[tuple[int, bytes], ...]  # each sealed segment's last seq and the MAC checked there

    @property
    def sealed_through(self) -> int:
        return self.seals[-1].last_seq


class Keys:
    """The ledger's keyed MACs, for a check on another thread: each use copies their state."""

    def __init__(self, chain_mac: chain.ChainMac, sealer: chain.SegmentSeal) -> None:
        self.chain_mac = chain_mac
        self.sealer = sealer


def keys_of(vault: Vault) -> Keys:
    return Keys(*vault.ledger.keyed_checks())


def needs_sealing(vault: Vault) -> bool:
    store = vault.ledger.store
    return store.last_seal() is None and store.first_seq_of_kind(ledger_seals.SEALING_STARTED) is None


# Entries checked between two `pause` calls: the chain check is a Python loop, which holds
# the GIL for Python's switch interval (5 ms) whenever another thread asks for it; an
# autosave on the worker asks at each SQLite call. 256 entries are about 1 ms.
_RUN = 256


def scan(store: LedgerStore, keys: Keys, anchor: LedgerAnchor, segment: int,
         step: Callable[[], None] = lambda: None, *, pin: bool = True,
         pause: Callable[[], None] = lambda: None) -> SealPlan | None:
    """Check the whole chain entry by entry and its chart-history index, and compute the seal
    of every full segment. None when the ledger is sealed already, or anything is wrong
    (nothing to seal). Writes nothing. `step` is called between segments (it raises to stop),
    `pause` every few hundred entries (beside the worker: lets go of the GIL). `pin`: each
    segment read in a read transaction of its own (a connection of its own, while the
    vault's connection may append)."""
    if store.last_seal() is not None or store.first_seq_of_kind(ledger_seals.SEALING_STARTED) is not None:
        return None
    last = store.last()
    if last is None or last.seq < anchor.seq:
        return None
    head = last.seq
    run = chain.ChainRun(1, chain.GENESIS_MAC, watch=anchor.seq)
    seals = [SealRow(0, 1, 0, keys.sealer(0, 1, 0, chain.SEAL_GENESIS, ()))]
    ends: list[tuple[int, bytes]] = []
    sealing = True
    first = 1
    while first <= head:
        step()
        end = min(first + segment - 1, head)
        with read_snapshot([store.db]) if pin else contextlib.nullcontext():
            rows = store.iter_raw_between(first, end)
            for low in range(0, len(rows), _RUN):
                keys.chain_mac.check_run(rows[low:low + _RUN], run, max_problems=1)
                if run.problems:
                    break
                pause()
            if run.problems or run.next_seq != end + 1 or store.subject_index_problems(1, first, end):
                return None  # never sealed; the audit names the entry
            if sealing and end - first + 1 == segment:
                frame = store.segment_frame(first, end)
                if store.segment_has_nul(first, end) or not frame.complete:
                    # Never happens with entries this app wrote: the rest stays checked entry by entry.
                    sealing = False
                else:
                    prev = seals[-1]
                    seals.append(SealRow(prev.segment + 1, first, end,
                                         keys.sealer(prev.segment + 1, first, end, prev.seal, frame.columns)))
                    ends.append((end, run.prev))  # the checked MAC of entry `end`
        first = end + 1
    if anchor.seq and (run.watched_mac is None or not macs_equal(run.watched_mac, bytes.fromhex(anchor.mac_hex))):
        return None
    return SealPlan(tuple(seals), head, run.prev, tuple(ends))


def still_prefix(store: LedgerStore, plan: SealPlan) -> bool:
    """The live ledger still holds, at each sealed segment's end and at the scanned head, the
    MAC that was checked there (a chain: the same MAC at the end means the same entries)."""
    for seq, mac in (*plan.ends, (plan.head_seq, plan.head_mac)):
        row = store.get(seq)
        if row is None or not macs_equal(row.mac, mac):
            return False
    return True


def commit(vault: Vault, plan: SealPlan) -> bool:
    """Where the vault is used: write the seals of `plan` (one transaction), then the
    `ledger.sealing_started` entry. False when there is nothing to write: sealed meanwhile
    (an audit, a destruction), or the ledger is no longer the one that was checked."""
    ledger = vault.ledger
    store = ledger.store
    segment = ledger.segment_size
    if store.last_seal() is not None or not still_prefix(store, plan) \
            or ledger.entries(kinds=(ledger_seals.SEALING_STARTED,), since_seq=plan.head_seq + 1):
        return False
    keys = keys_of(vault)
    with ledger.db.transaction():
        if store.last_seal() is not None:
            return False
        for row in plan.seals:
            store.insert_seal(row)
        # Entries appended since the scan: seal the segments they filled (none is sealed as
        # it closes in a ledger not sealed yet), else the open run after the last seal would
        # grow past a segment, which the audit reads as removed seals.
        sealed = plan.sealed_through
        while ledger.head().seq - sealed >= segment:
            closed = ledger_seals.seal_if_due(store, keys.chain_mac, keys.sealer, sealed + segment, segment)
            if closed is None:
                break
            sealed = closed.last_seq
        crash_point("ledger_seals_inserted")
    crash_point("ledger_seals_committed")
    ledger.append(ledger_seals.SEALING_STARTED, {"segment": segment, "sealed_through": sealed})
    return True


def seal_unsealed(vault: Vault) -> bool:
    """After unlock: seal the ledger if it has never been sealed and verifies intact, in the
    unlock (scan and commit on this thread). Inside `sealing_left_to_caller` only a ledger of
    at most one segment (a new vault's: milliseconds, less than a thread and a connection
    cost) is sealed here; a longer one is left to the caller. True when it sealed now."""
    store = vault.ledger.store
    if store.last_seal() is not None:
        return False
    last = store.last()
    long = last is not None and last.seq > vault.ledger.segment_size
    if long and _LEFT_TO_CALLER.get():
        return False
    tell = _NOTICE.get()
    if long and tell is not None and last is not None \
            and store.first_seq_of_kind(ledger_seals.SEALING_STARTED) is None:
        tell(last.seq)
    try:
        reader = vault.ledger.db.reader()
        try:
            store = LedgerStore(reader) if reader is not None else vault.ledger.store
            plan = scan(store, keys_of(vault), vault.header.ledger_anchor, vault.ledger.segment_size,
                        pin=reader is not None)
        finally:
            if reader is not None:
                reader.close_reader()
        return plan is not None and commit(vault, plan)
    except EnvironmentProblem as exc:
        # Sealing only saves time later: a full disk (say) must not refuse the unlock. The
        # seals are written in one transaction, so nothing half-made is left; the next
        # unlock tries again.
        log.warning("Sealing the ledger after unlock failed: %s", type(exc).__name__)
        return False
