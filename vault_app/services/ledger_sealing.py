"""Seal a ledger that has no seals yet (issue 21: verification at disk speed, and item 1,
nothing interactive waits).

Seals (services/ledger_seals.py) were only made by the first full audit, so a vault
nobody had audited checked every entry one by one at each destruction, backup verify
and restore (500k entries: about 5 s). Sealing does what the audit's sealing does, and
nothing else: the whole chain checked entry by entry from genesis (and the chart-history
index against it), and only if nothing is wrong, every full segment sealed and
`ledger.sealing_started` appended under the chain.

It is split in two so that the long part can run beside the therapist's work
(services/ledger_sealing_beside.py, started by the app after its unlock;
services/ledger_sealing_command.py, beside a command of the command line):

- `scan` reads and checks (5 s at 1x, 20 s at 4x) and computes the seals, writing
  nothing. Each segment is read inside one read transaction, so the bytes a seal covers
  are exactly the bytes that were checked, whatever is appended meanwhile. Asked to stop
  (`enough`), it returns the seals of the segments checked so far.
- `commit` writes them in one short transaction, where the vault is used, after checking
  that the chain it sealed is still the live ledger's prefix (each sealed segment's last
  MAC and the scanned head's MAC; entries appended since are fine and the segments they
  fill are sealed too, each checked entry by entry as an append seals one).

The sealing is done once `ledger.sealing_started` is written under the chain. Before that,
seals may cover only the first segments (a command ended before the scan did): the next
sealing goes on from the last seal, after checking that seal (one keyed hash), and until
then the audit checks the rest entry by entry (a long unsealed tail means removed seals
only once the sealing is done: services/ledger.py `verify_full`).

A ledger with problems is never sealed: the audit still checks it entry by entry and names
the entry. A ledger whose seal table was emptied (`ledger.sealing_started` is in it) is
left to the audit, which reports it. Copies (backups opened with the master key) are
never sealed: they run no unlock steps.

`seal_unsealed` (an after-unlock step, services/unlock_hooks.py) runs both in the unlock, for
callers that have nothing to run them beside (scripts, the benchmarks); an unlock inside
`sealing_left_to_caller` (the app's and the command line's) does so only for a ledger never
sealed of at most one segment, and leaves the rest to be sealed beside (`left_beside`).

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

    seals: tuple[SealRow, ...]  # seal 0 ("sealing started") unless going on, then one per full segment
    head_seq: int  # the last entry checked
    head_mac: bytes
    ends: tuple[tuple[int, bytes], ...]  # each sealed segment's last seq and the MAC checked there
    base: SealRow | None = None  # the last seal there was when the scan began (going on from it)
    # Checked to the ledger's head (and its anchor): the sealing is done once written. False
    # when the caller stopped it at a segment boundary: the seals of the segments checked.
    complete: bool = True

    @property
    def sealed_through(self) -> int:
        last = self.seals[-1] if self.seals else self.base
        return last.last_seq if last is not None else 0


class Keys:
    """The ledger's keyed MACs, for a check on another thread: each use copies their state."""

    def __init__(self, chain_mac: chain.ChainMac, sealer: chain.SegmentSeal) -> None:
        self.chain_mac = chain_mac
        self.sealer = sealer


def keys_of(vault: Vault) -> Keys:
    return Keys(*vault.ledger.keyed_checks())


def needs_sealing(vault: Vault) -> bool:
    return left_to_seal(vault.ledger.store)[0]


def left_to_seal(store: LedgerStore) -> tuple[bool, SealRow | None]:
    """(the first sealing is not done, the seal it goes on from). Done once the
    `ledger.sealing_started` entry is written (then an emptied seal table is the audit's to
    report, never resealed). Not done: no seals yet, or seals of a sealing stopped at a
    segment boundary (the command line's, when its command ended first), whose last one the
    next sealing goes on from."""
    if store.first_seq_of_kind(ledger_seals.SEALING_STARTED) is not None:
        return False, None
    return True, store.last_seal()


def left_beside(store: LedgerStore, segment: int) -> int:
    """How many entries a sealing beside the work (the app's job, the command line's) has to
    check, 0 when the unlock seals them itself: a ledger never sealed with at most one
    segment (a new vault's: milliseconds, less than a thread and a connection cost). Going on
    from earlier seals is always beside: it reads the seal table and checks the last seal
    first (tens of milliseconds on a busy machine), which an unlock need not wait for."""
    left, base = _left(store)
    return left if _beside(left, base, segment) else 0


def entries_left(store: LedgerStore) -> int:
    """How many entries the first sealing still has to check (0: done, or nothing there)."""
    return _left(store)[0]


def _left(store: LedgerStore) -> tuple[int, SealRow | None]:
    """(entries_left, the seal it goes on from), read once."""
    todo, base = left_to_seal(store)
    last = store.last()
    if not todo or last is None:
        return 0, None
    return max(0, last.seq - (base.last_seq if base is not None else 0)), base


def _beside(left: int, base: SealRow | None, segment: int) -> bool:
    return left > 0 and (base is not None or left > segment)


# Entries checked between two `pause` calls: the chain check is a Python loop, which holds
# the GIL for Python's switch interval (5 ms) whenever another thread asks for it; an
# autosave on the worker asks at each SQLite call. 256 entries are about 1 ms.
_RUN = 256


def _base_holds(store: LedgerStore, keys: Keys, base: SealRow) -> bool:
    """Going on from a seal written earlier: it is still the last, in its place, and matches
    its segment (one keyed hash), so the chain goes on from bytes a seal covers. The seals
    before it are not checked again here (a second a thousand seals, more than a quick
    command lasts): each new seal covers only entries checked now, so one that fails
    earlier is still named by the audit, whatever is sealed after it."""
    seals = store.seals()
    return bool(seals) and seals[-1] == base and ledger_seals.last_seal_holds(store, keys.sealer, seals)


def scan(store: LedgerStore, keys: Keys, anchor: LedgerAnchor, segment: int,
         step: Callable[[], None] = lambda: None, *, pin: bool = True,
         pause: Callable[[], None] = lambda: None, enough: Callable[[], bool] = lambda: False) -> SealPlan | None:
    """Check the chain entry by entry from the last seal (from genesis when there is none;
    that seal first checked, one keyed hash) and its chart-history index, and compute the
    seal of every full segment. None when the sealing is done already, or anything is wrong
    (nothing to seal). Writes nothing. `step` is called between segments (it raises to
    stop: nothing to write); `enough` between segments and between runs of a few hundred
    entries (True: the plan of the whole segments checked so far, not complete); `pause`
    every few hundred entries (beside other work: lets go of the GIL). `pin`: each segment
    read in a read transaction of its own (a connection of its own, while the vault's
    connection may append)."""
    todo, base = left_to_seal(store)
    last = store.last()
    if not todo or last is None or last.seq < anchor.seq or (base is not None and base.last_seq > last.seq):
        return None
    head = last.seq
    if base is not None and not _base_holds(store, keys, base):
        return None  # the last seal or its segment changed: left to the audit, which names it
    first = base.last_seq + 1 if base is not None else 1
    # Going on from a seal: the MAC it covers at its last entry is where the chain goes on.
    start_row = store.get(first - 1) if first > 1 else None
    if first > 1 and start_row is None:
        return None
    start_mac = start_row.mac if start_row is not None else chain.GENESIS_MAC
    run = chain.ChainRun(first, start_mac, watch=anchor.seq if anchor.seq >= first else 0)
    prev = base if base is not None else SealRow(0, 1, 0, keys.sealer(0, 1, 0, chain.SEAL_GENESIS, ()))
    seals = [] if base is not None else [prev]
    ends: list[tuple[int, bytes]] = [(first - 1, start_mac)] if first > 1 else []
    sealing = True
    origin, checked_to, checked_mac = first, first - 1, start_mac
    def stopped() -> SealPlan:  # the segments checked whole; the one under way is dropped
        return SealPlan(tuple(seals), checked_to, checked_mac, tuple(ends), base, complete=False)

    while first <= head:
        step()
        if enough():
            return stopped()
        end = min(first + segment - 1, head)
        with read_snapshot([store.db]) if pin else contextlib.nullcontext():
            rows = store.iter_raw_between(first, end)
            for low in range(0, len(rows), _RUN):
                keys.chain_mac.check_run(rows[low:low + _RUN], run, max_problems=1)
                if run.problems:
                    break
                pause()
                # Within a segment too: the command's end waits a run (a millisecond or
                # two), not the rest of a segment.
                if enough():
                    return stopped()
            if run.problems or run.next_seq != end + 1 or store.subject_index_problems(1, first, end):
                return None  # never sealed; the audit names the entry
            if sealing and end - first + 1 == segment:
                frame = store.segment_frame(first, end)
                if store.segment_has_nul(first, end) or not frame.complete:
                    # Never happens with entries this app wrote: the rest stays checked entry by entry.
                    sealing = False
                else:
                    prev = SealRow(prev.segment + 1, first, end,
                                   keys.sealer(prev.segment + 1, first, end, prev.seal, frame.columns))
                    seals.append(prev)
                    ends.append((end, run.prev))  # the checked MAC of entry `end`
        if sealing:
            checked_to, checked_mac = end, run.prev
        first = end + 1
    watched = run.watched_mac
    if anchor.seq and anchor.seq < origin:  # inside the sealed part: its row is covered by a seal
        row = store.get(anchor.seq)
        watched = row.mac if row is not None else None
    if anchor.seq and (watched is None or not macs_equal(watched, bytes.fromhex(anchor.mac_hex))):
        return None
    return SealPlan(tuple(seals), head, run.prev, tuple(ends), base)


def still_prefix(store: LedgerStore, plan: SealPlan) -> bool:
    """The live ledger still holds, at each sealed segment's end and at the scanned head, the
    MAC that was checked there (a chain: the same MAC at the end means the same entries)."""
    for seq, mac in (*plan.ends, (plan.head_seq, plan.head_mac)):
        row = store.get(seq) if seq > 0 else None
        if seq > 0 and (row is None or not macs_equal(row.mac, mac)):
            return False
    return True


def _same_base(store: LedgerStore, plan: SealPlan) -> bool:
    """No seal was written since the scan began (else another sealing went on meanwhile)."""
    last = store.last_seal()
    if last is None or plan.base is None:
        return last is None and plan.base is None
    return last == plan.base


def commit(vault: Vault, plan: SealPlan) -> bool:
    """Where the vault is used: write the seals of `plan` (one transaction), then, when the
    plan reached the ledger's head, the `ledger.sealing_started` entry (the sealing is done).
    False when there is nothing to write: sealed meanwhile (an audit, a destruction, another
    sealing), or the ledger is no longer the one that was checked."""
    ledger = vault.ledger
    store = ledger.store
    segment = ledger.segment_size
    if not plan.complete and plan.sealed_through == (plan.base.last_seq if plan.base is not None else 0):
        return False  # stopped before a segment was checked: nothing to write
    if not left_to_seal(store)[0] or not _same_base(store, plan) or not still_prefix(store, plan):
        return False
    keys = keys_of(vault)
    with ledger.db.transaction():
        if not _same_base(store, plan):
            return False
        for row in plan.seals:
            store.insert_seal(row)
        sealed = plan.sealed_through
        if plan.complete:
            # Entries appended since the scan: seal the segments they filled (none is sealed
            # as it closes in a ledger not sealed yet), else the open run after the last seal
            # would grow past a segment, which the audit reads as removed seals. A stopped
            # plan leaves them to the sealing that goes on from its last seal.
            while ledger.head().seq - sealed >= segment:
                closed = ledger_seals.seal_if_due(store, keys.chain_mac, keys.sealer, sealed + segment, segment)
                if closed is None:
                    break
                sealed = closed.last_seq
        crash_point("ledger_seals_inserted")
    crash_point("ledger_seals_committed")
    if plan.complete:
        ledger.append(ledger_seals.SEALING_STARTED, {"segment": segment, "sealed_through": sealed})
    return True


def seal_unsealed(vault: Vault) -> bool:
    """After unlock: finish the first sealing if it is not done and the ledger verifies
    intact, in the unlock (scan and commit on this thread). Inside `sealing_left_to_caller`
    only what `left_beside` leaves to the unlock (a new vault's short ledger); the rest is
    left to the caller. True when it sealed now."""
    store = vault.ledger.store
    left, base = _left(store)
    if not left or (_LEFT_TO_CALLER.get() and _beside(left, base, vault.ledger.segment_size)):
        return False
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
