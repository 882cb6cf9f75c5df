"""The destruction's verdict per place in its backups: a string found in a backup copy is
explained only by that copy's own content at the copy's moment (docs/scaling.md,
"Fifteenth round (2026-12-03): the certificate's verdict per place").

A needle found in a place is no residue when the place's bytes may be someone else's: a
row of another chart, a short value the ledger keeps, a compliance record. For the live
vault's places that is the live vault's content (destruction_explain.explain). For a copy's
places it must be the copy's: text another chart wrote in the live vault after the copy was
made is not in the copy's rows, so those bytes in the copy are not that chart's, they are a
residue of the destroyed one. Each copy is judged while its purged files are open, once its
places were searched (`CopyVerdicts.judge`):

- other charts' rows, read by runs of RUN_ROWS rows (storage/shared_rows.py): the first copy
  with a needle reads its runs until each of its needles is found and keeps, for each, the
  run where it was (table and rowid range, no content); a later copy reads those runs again
  in its own files, and its other rows only for a needle its run does not hold there. A
  rotation of snapshots thus reads a few dozen runs a copy, not every row.
- its compliance records (a few rows), then all its chart rows (BLOB columns too) for
  what is still not explained.
- for a whole short text value, the ledger: the copy's own up to its head when open (a
  single-file backup's copy, a snapshot whose ledger is not the live one's prefix); else
  the live ledger's entries up to the copy's head, the same entries by the MAC chain
  (snapshot_purge_copy.ledger_is_live_prefix), looked up later where the live ledger is
  read (`resolve`).

A needle none of these explains fails each of the copy's places where it was found,
whatever the live vault holds. Reads only; the copy's rows are the purged ones, so a
copy whose deletion left rows of the chart fails its own structural check anyway.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from itertools import chain

from vault_app.storage import compliance_store, shared_rows
from vault_app.storage import destruction_delete as deletion
from vault_app.storage.compartment import Compartment
from vault_app.storage.destruction_scan import TEXT, Matcher, NeedleSet
from vault_app.storage.ledger_store import LedgerStore
from vault_app.storage.shared_rows import Run

# Rows per run: a later copy reads again each run that held a needle in an earlier one. At
# 1x (709 shared needles, 3 snapshots) 8 rows: 1.6-2.2 s CPU for the first copy, 0.07-0.1 s
# each later one; 32: 0.9-1.1 s, 0.1-0.2 s; 256: 0.6 s, 0.28 s (docs/scaling.md, fifteenth round).
RUN_ROWS = 32
# The live ledger's entries up to a copy's head: (needles, head) -> those found there.
LiveLedger = Callable[[NeedleSet, int], set[int]]


@dataclass
class CopyVerdicts:
    """Every backup copy's own explanation of the needles found in its places."""

    needles: NeedleSet
    judged: set[str] = field(default_factory=set)  # the places whose hits their copy judged
    unexplained: dict[str, set[int]] = field(default_factory=dict)  # place -> needles
    # Short values of copies whose ledger is the live one's prefix: (the copy's head,
    # needle -> its places there), for the live ledger (`resolve`).
    pending: list[tuple[int, dict[int, set[str]]]] = field(default_factory=list)
    copies: int = 0
    rows_read: int = 0
    _witnesses: dict[int, Run] = field(default_factory=dict)
    _matcher: Matcher | None = None

    def judge(self, hits: dict[int, set[str]], label: str, records: Compartment,
              psychotherapy: Compartment | None, ledger: LedgerStore | None, head: int) -> None:
        """The copy whose places start with `label`: its hits explained by its own rows of
        other charts, compliance records and (`ledger` open, or else later by `resolve`)
        its ledger's entries up to `head`."""
        found: dict[int, set[str]] = {}
        for index, places in hits.items():
            mine = {p for p in places if p.startswith(label)}
            if mine:
                found[index] = mine
        self.copies += 1
        self.judged |= {p for places in found.values() for p in places}
        if not found:
            return
        comps = {"records": records, **({"psychotherapy": psychotherapy} if psychotherapy is not None else {})}
        rest = set(found) - self._in_runs(comps, set(found))
        if rest and shared_rows.has_table(records, "compliance_records"):
            rest -= self._search(rest, compliance_store.contents(records))
        if rest:  # every chart row, BLOBs too: what no run of text rows holds
            rest -= self._search(rest, chain.from_iterable(deletion.chart_contents(c) for c in comps.values()))
        short = {i for i in rest if self.needles.needles[i].whole and self.needles.needles[i].kind == TEXT}
        if short and ledger is not None:
            rest -= self._search(short, ledger.payload_runs(through=head))
        elif short:
            self.pending.append((head, {i: found[i] for i in short}))
        for index in rest:
            for place in found[index]:
                self.unexplained.setdefault(place, set()).add(index)

    def resolve(self, live: LiveLedger) -> None:
        """The short values left for the live ledger: one found in its entries up to the
        copy's head is kept there by design, in the copy too."""
        pending, self.pending = self.pending, []
        for head, places in pending:
            order = sorted(places)
            for k in live(self.needles.subset(order), head):
                for place in places[order[k]]:
                    self.unexplained[place].discard(order[k])

    def fails(self, index: int, place: str) -> bool | None:
        """Whether the hit of needle `index` in `place` is a residue, or None: not a copy's
        place (the live vault's explanation decides)."""
        if place not in self.judged:
            return None
        return index in self.unexplained.get(place, ())

    def _search(self, indexes: set[int], chunks: Iterable[bytes]) -> set[int]:
        order = sorted(indexes)
        return {order[k] for k in self.needles.subset(order).search(chunks, stop_when_all_found=True)}

    def _in_runs(self, comps: dict[str, Compartment], wanted: set[int]) -> set[int]:
        """Those of `wanted` a run of the copy's own text rows holds: the runs where an
        earlier copy held them read again here, then the rows for the others, in order
        until each is found (its run kept for the next copy)."""
        held: set[int] = set()
        witnessed = sorted(wanted & self._witnesses.keys())
        if witnessed:
            matcher = Matcher(self.needles.needles, witnessed)
            runs = sorted({self._witnesses[i] for i in witnessed}, key=lambda r: (r.compartment, r.table, r.after))
            tables: dict[str, dict[str, str]] = {}
            for run in runs:
                comp = comps.get(run.compartment)
                if comp is None:
                    continue
                if run.compartment not in tables:
                    tables[run.compartment] = shared_rows.text_tables(comp, only={r.table for r in runs})
                data = shared_rows.read_run(comp, run, tables[run.compartment])
                self.rows_read += len(data)
                held |= matcher.find(data)
        missing = wanted - held
        if not missing:
            return held
        matcher = Matcher(self.needles.needles, sorted(missing))
        rebuilt_at = len(held)
        for comp in comps.values():
            for run, data in shared_rows.runs(comp, RUN_ROWS):
                self.rows_read += len(data)
                for index in matcher.find(data) - held:
                    held.add(index)
                    self._witnesses[index] = run
                if not missing - held:
                    return held
                # Without the strings found so far: each occurrence of one is handled in
                # Python, and most are found in the first runs.
                if len(held) - rebuilt_at >= 16:
                    matcher = Matcher(self.needles.needles, sorted(missing - held))
                    rebuilt_at = len(held)
        return held


__all__ = ["CopyVerdicts", "LiveLedger"]
