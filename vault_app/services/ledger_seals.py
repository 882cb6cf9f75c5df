"""Sealed segments: the full audit at disk speed (issue 21, item 5).

Checking the chain costs a Python step per entry (about 5 us: 10 s for 2M entries).
A seal covers a run of consecutive entries (a segment, SEGMENT entries) with ONE keyed
hash over their bytes, framed inside SQLite (LedgerStore.segment_frame), so checking a
sealed segment is one query and one HMAC in C (crypto/chain.py SegmentSeal).

What a seal proves, and why it is as strong as the per-entry MACs:
- A segment is sealed only after its entries were checked entry by entry against the
  chain (from the previous segment's last MAC): when the entry that closes it is
  appended (same transaction), or by the first full audit of a vault made before seals.
  A seal never blesses entries that failed their check, nor an index that disagrees.
- The seal covers every byte of every entry (stored MAC included), the segment's
  chart-history index rows (so the audit's index check covers only the unsealed tail)
  and the segment's bounds, and is chained to the previous seal (segment 0 is an empty "sealing started"
  seal). Changing, removing, adding or moving an entry of a sealed segment, or altering,
  swapping or reordering a seal, breaks a seal.
- Removing seals: once a vault is sealed (its first sealing done: the command line may
  stop it at a segment boundary and the next unlock goes on), every run of SEGMENT entries is sealed as it
  closes, so more than SEGMENT - 1 unsealed entries after the last seal means seals were
  removed or the table rolled back; an emptied table is caught by the `ledger.sealing_started`
  entry (under the chain) that the first sealing wrote.
- Truncating the ledger is caught as before, by the anchor in the header.
Entries after the last seal are checked entry by entry, as before.
"""

from __future__ import annotations

from collections.abc import Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from typing import NamedTuple

from vault_app.crypto import chain
from vault_app.crypto.keys import macs_equal
from vault_app.storage.ledger_store import LedgerStore, SealRow

SEGMENT = 4096
SEALING_STARTED = "ledger.sealing_started"


@dataclass
class SealedPart:
    """What checking the seals found: entries proven by seals, where the per-entry check
    goes on, and problems."""

    checked: int = 0
    next_seq: int = 1
    prev_mac: bytes = chain.GENESIS_MAC
    problems: list[str] = field(default_factory=list)
    broken: bool = False  # the seal table itself is malformed: check everything entry by entry


def _genesis(sealer: chain.SegmentSeal) -> SealRow:
    return SealRow(0, 1, 0, sealer(0, 1, 0, chain.SEAL_GENESIS, ()))


def _entries_ok(store: LedgerStore, chain_mac: chain.ChainMac, first: int, last: int, prev_mac: bytes) -> bool:
    run = chain.ChainRun(first, prev_mac)
    chain_mac.check_run(store.iter_raw_between(first, last), run, max_problems=1)
    return not run.problems and run.checked == last - first + 1


def _mac_of(store: LedgerStore, seq: int) -> bytes:
    row = store.get(seq) if seq > 0 else None
    return row.mac if row else chain.GENESIS_MAC


def seal_if_due(store: LedgerStore, chain_mac: chain.ChainMac, sealer: chain.SegmentSeal, seq: int,
                segment: int) -> SealRow | None:
    """After appending entry `seq` (inside its transaction): seal the open segment when it
    is full and its entries check out. Nothing is sealed in a vault not sealed yet."""
    last = store.last_seal()
    # Exactly full: a longer open run means seals were removed (or a segment failed its
    # check); resealing it would hide that, so it is left for the audit to report.
    if last is None or seq - last.last_seq != segment:
        return None
    first = last.last_seq + 1
    if not _entries_ok(store, chain_mac, first, seq, _mac_of(store, last.last_seq)) \
            or store.segment_has_nul(first, seq) or store.subject_index_problems(1, first, seq):
        return None  # left open: the full audit reports what is wrong there
    frame = store.segment_frame(first, seq)
    row = SealRow(last.segment + 1, first, seq, sealer(last.segment + 1, first, seq, last.seal, frame.columns))
    store.insert_seal(row)
    return row


def seal_all(store: LedgerStore, sealer: chain.SegmentSeal, head_seq: int, segment: int) -> int:
    """Seal every full segment of a ledger that was just checked entry by entry and whose
    chart-history index agrees with it (inside the caller's transaction). Returns how many
    entries were sealed."""
    prev = _genesis(sealer)
    store.insert_seal(prev)
    return seal_on(store, sealer, prev, head_seq, segment)


def seal_on(store: LedgerStore, sealer: chain.SegmentSeal, prev: SealRow, head_seq: int, segment: int) -> int:
    """seal_all going on after the seal `prev` (its entries after it were just checked entry
    by entry, and their index): returns the last entry sealed."""
    first = prev.last_seq + 1
    while first + segment - 1 <= head_seq:
        last = first + segment - 1
        if store.segment_has_nul(first, last):
            break  # never happens with entries this app wrote; the rest stays checked entry by entry
        frame = store.segment_frame(first, last)
        prev = SealRow(prev.segment + 1, first, last, sealer(prev.segment + 1, first, last, prev.seal, frame.columns))
        store.insert_seal(prev)
        first = last + 1
    return first - 1


def _in_place(row: SealRow, index: int, next_seq: int) -> bool:
    # Seal 0 is the empty "sealing started" seal; then each covers the next entries.
    return (row.segment, row.first_seq) == (index, next_seq) and (
        row.last_seq == 0 if index == 0 else row.last_seq >= row.first_seq)


class SealCheck(NamedTuple):
    holds: bool  # the seal matches its segment
    entries: int  # how many entries the segment holds


def _seal_holds(store: LedgerStore, sealer: chain.SegmentSeal, row: SealRow, prev_seal: bytes) -> SealCheck:
    """(the seal matches its segment, how many entries the segment holds). The cheap read
    in the table's order first; only the canonical (ordered) frame can fail a seal."""
    n = row.last_seq - row.first_seq + 1
    frame = store.segment_frame(row.first_seq, row.last_seq, scan_order=True)
    for attempt in (frame, None):
        framed = attempt or store.segment_frame(row.first_seq, row.last_seq)
        columns = framed.columns if n else ()
        if framed.complete and macs_equal(sealer(row.segment, row.first_seq, row.last_seq, prev_seal, columns),
                                          row.seal):
            return SealCheck(True, framed.count)
        frame = framed
    return SealCheck(False, frame.count)


def last_seal_holds(store: LedgerStore, sealer: chain.SegmentSeal, seals: list[SealRow]) -> bool:
    """The last seal is in its place after the one before it and matches its segment (one
    query and one keyed hash): where a sealing stopped part-way goes on from."""
    if not seals:
        return False
    last = seals[-1]
    before = seals[-2] if len(seals) > 1 else None
    if not _in_place(last, len(seals) - 1, before.last_seq + 1 if before is not None else 1):
        return False
    return _seal_holds(store, sealer, last, before.seal if before is not None else chain.SEAL_GENESIS).holds


def _seal_results(store: LedgerStore, sealer: chain.SegmentSeal, seals: list[SealRow],
                  readers: Sequence[LedgerStore]) -> list[SealCheck]:
    """_seal_holds for every seal (each against the previous seal as stored: segments are
    independent given the stored seals and MACs). With readers (connections of their own),
    the seals are shared out between this thread and one thread per reader: SQLite and
    the HMAC release the GIL, so each framing runs on its own core."""
    prevs = [chain.SEAL_GENESIS] + [row.seal for row in seals[:-1]]
    jobs = list(zip(seals, prevs, strict=True))
    if not readers or len(jobs) < 2:
        return [_seal_holds(store, sealer, row, prev) for row, prev in jobs]
    stores = [store, *readers]
    shares = [jobs[i::len(stores)] for i in range(len(stores))]

    def run(share: int) -> list[SealCheck]:
        return [_seal_holds(stores[share], sealer, row, prev) for row, prev in shares[share]]

    with ThreadPoolExecutor(max_workers=len(readers), thread_name_prefix="ledger-seals") as pool:
        futures = [pool.submit(run, share) for share in range(1, len(stores))]
        mine = run(0)
        theirs = [f.result() for f in futures]
    by_share = [mine, *theirs]
    # Back in the seals' order: seal i was in share i % len(stores), at position i // len(stores).
    results = [by_share[i % len(stores)][i // len(stores)] for i in range(len(jobs))]
    # A seal that failed on another connection is checked again on this one: only what the
    # caller's own connection reads may fail a seal (it is the one the report speaks for).
    return [r if r.holds or i % len(stores) == 0 else _seal_holds(store, sealer, *jobs[i])
            for i, r in enumerate(results)]


def check_seals(store: LedgerStore, chain_mac: chain.ChainMac, sealer: chain.SegmentSeal,
                seals: list[SealRow], max_problems: int, readers: Sequence[LedgerStore] = ()) -> SealedPart:
    """Check every seal (one query and one HMAC per segment, shared out over `readers`
    when given); a segment whose seal fails is checked entry by entry to say which entry
    is wrong. The report is the same with readers or without (tests/core/test_ledger_seals_parallel.py)."""
    out = SealedPart()
    in_place = 0
    next_seq = 1
    for index, row in enumerate(seals):
        if not _in_place(row, index, next_seq):
            break
        in_place += 1
        next_seq = row.last_seq + 1
    results = _seal_results(store, sealer, seals[:in_place], readers)
    for index, row in enumerate(seals):
        if index >= in_place:
            out.problems.append(f"the ledger's seal table was altered (seal {row.segment} is out of place)")
            out.broken = True
            return out
        n = row.last_seq - row.first_seq + 1
        holds, count = results[index]
        if not holds:
            run = chain.ChainRun(row.first_seq, out.prev_mac)
            chain_mac.check_run(store.iter_raw_between(row.first_seq, row.last_seq), run,
                                max_problems=max(1, max_problems - len(out.problems)))
            if count != n and not run.problems:
                run.problems.append(f"entries {row.first_seq}-{row.last_seq}: {n - count} missing")
            out.problems.extend(run.problems or [
                f"the seal of entries {row.first_seq}-{row.last_seq} does not match them or their chart-history "
                "index (the seal or the index was changed outside the app)"])
        out.checked += n
        if n:
            out.prev_mac = _mac_of(store, row.last_seq)
        out.next_seq = row.last_seq + 1
        if len(out.problems) >= max_problems:
            break
    return out


def tail_problem(tail_entries: int, segment: int, last: SealRow) -> str | None:
    if tail_entries >= segment:
        return (f"{tail_entries} entries after entry {last.last_seq} are not sealed, though every "
                f"{segment} are: seals were removed or the seal table was rolled back")
    return None
