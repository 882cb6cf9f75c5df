"""What explains a string the destruction's content search found: other charts' rows share it,
the ledger keeps it (a short value, such as a disclosure's recipient), or the compliance records
kept after the chart hold it. A hit none of them explains is residue of the destroyed chart
(services/destruction_verify.py content_result). The readers answer from the live vault, or from
the image the search read (services/destruction_image.py LiveImage.explain).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, replace
from itertools import chain

from vault_app.services.destruction_steps import maintenance_psychotherapy
from vault_app.services.ledger import Ledger
from vault_app.services.vault import Vault
from vault_app.storage import compliance_store
from vault_app.storage import destruction_delete as deletion
from vault_app.storage.compartment import Compartment
from vault_app.storage.destruction_scan import TEXT, NeedleSet


def other_charts(records: Compartment, psychotherapy: Compartment, needles: NeedleSet) -> set[int]:
    """Needles that also occur in other charts' rows: such a string is not evidence of a
    residue of the destroyed chart (two clients can share a phrase)."""
    if not len(needles):
        return set()
    rows = chain(deletion.chart_contents(records, generated=True),
                 deletion.chart_contents(psychotherapy, generated=True))
    return needles.search(rows, stop_when_all_found=True)


def ledger_holds(ledger: Ledger, needles: NeedleSet, through: int | None = None) -> set[int]:
    """Needles present in the ledger's payloads (the ledger is never rewritten), in the
    entries up to `through` when given (those of an earlier moment)."""
    if not len(needles):
        return set()
    return needles.search(ledger.store.payload_runs(through=through), stop_when_all_found=True)


def compliance_holds(records: Compartment, needles: NeedleSet) -> set[int]:
    """Needles present in the compliance records kept by design after the chart (45 CFR 164.530(j)(2))."""
    if not len(needles):
        return set()
    return needles.search(compliance_store.contents(records))


def surviving(vault: Vault, needles: NeedleSet) -> set[int]:
    """`other_charts` in the live vault's rows."""
    if not len(needles):
        return set()
    with maintenance_psychotherapy(vault) as psy:
        return other_charts(vault.records, psy, needles)


def in_ledger(vault: Vault, needles: NeedleSet, through: int | None = None) -> set[int]:
    return ledger_holds(vault.ledger, needles, through)


@dataclass(frozen=True)
class Readers:
    """Where the search's hits are explained: in the live vault (`live`, on the worker), or
    in the image the live vault's search read (destruction_image.LiveImage.explain)."""

    others: Callable[[NeedleSet], set[int]]
    ledger: Callable[[NeedleSet], set[int]]
    compliance: Callable[[NeedleSet], set[int]]

    @classmethod
    def live(cls, vault: Vault) -> Readers:
        # Looked up when called: a test may stand a spy in for one of them.
        return cls(lambda ns: surviving(vault, ns), lambda ns: in_ledger(vault, ns),
                   lambda ns: compliance_holds(vault.records, ns))


def known(found: frozenset[bytes]) -> Callable[[NeedleSet], set[int]]:
    """A reader answering from strings found before (by their bytes), reading nothing."""
    return lambda ns: {i for i, n in enumerate(ns.needles) if n.data in found}


@dataclass
class Explained:
    """The hits in `looked_at` (indexes into the scan's needles) sorted by their
    explanation: other charts share them, the ledger keeps them (short values), the
    compliance records keep them. A hit in none of the three is a failure."""

    looked_at: set[int] = field(default_factory=set)
    shared: set[int] = field(default_factory=set)
    ledgered: set[int] = field(default_factory=set)
    kept: set[int] = field(default_factory=set)
    # Every needle (hit or not) found in the other charts' rows and in the compliance records
    # of the image the search read (destruction_image.LiveImage.explain), for the hits that
    # come later (the backups'): only the ledger is then read for them.
    other_charts: frozenset[bytes] = frozenset()
    compliance: frozenset[bytes] = frozenset()
    # The last ledger entry of that image: a later hit is looked for in the entries up to it
    # only, so an entry appended since (a disclosure naming the same recipient during the
    # purge) cannot explain a residue (None: no image, the live ledger as it is).
    ledger_through: int | None = None

    def copy(self) -> Explained:
        return replace(self, looked_at=set(self.looked_at), shared=set(self.shared), ledgered=set(self.ledgered),
                       kept=set(self.kept))

    def explains(self, index: int) -> bool:
        return index in self.shared or index in self.ledgered or index in self.kept


def explain(needles: NeedleSet, hits: Iterable[int], read: Readers, into: Explained | None = None) -> Explained:
    """Explain `hits` (those not looked at yet, when `into` already holds some), adding to `into`."""
    out = into if into is not None else Explained()
    todo = set(hits) - out.looked_at
    if not todo:
        return out
    index_of = {n.data: i for i, n in enumerate(needles.needles)}

    def back(subset: NeedleSet, found: set[int]) -> set[int]:
        return {index_of[subset.needles[i].data] for i in found}

    hit_set = needles.subset(todo)
    shared = back(hit_set, read.others(hit_set))
    # Each hit needs one explanation: a string other charts share is not looked for again
    # in the ledger (2M payloads at 4x) nor in the compliance records. The counts below
    # already left the shared ones out, so they are what they were when all were searched.
    unexplained = needles.subset(todo - shared)
    # Only a whole short text value may be kept in the ledger: only those are looked for there.
    short_text = unexplained.subset(i for i, n in enumerate(unexplained.needles) if n.whole and n.kind == TEXT)
    ledgered = back(short_text, read.ledger(short_text))
    rest = needles.subset(todo - shared - ledgered)
    kept = back(rest, read.compliance(rest))
    out.looked_at |= todo
    out.shared |= shared
    out.ledgered |= ledgered
    out.kept |= kept
    return out
