"""The checks that refuse an older copy of one vault file: each compartment and the
header against the ledger, and the ledger against what the compartments have seen
(storage/integrity_stamp.py records both sides; docs/SECURITY.md explains the binding)."""

from __future__ import annotations

from vault_app.crypto import keys
from vault_app.domain.errors import LedgerRollback
from vault_app.services.ledger import Ledger
from vault_app.storage import integrity_stamp
from vault_app.storage.compartment import COMPARTMENT_FILES, Compartment
from vault_app.storage.header import Header


def check_compartment(ledger: Ledger, comp: Compartment) -> None:
    """`comp` against the ledger: neither may be older than what the other has seen."""
    filename = COMPARTMENT_FILES[comp.name]
    stamp = integrity_stamp.read(comp)
    recorded = ledger.last_state("p" if comp.name == "psychotherapy" else "r")
    if recorded.get("p" if comp.name == "psychotherapy" else "r", 0) > stamp.counter:
        raise LedgerRollback(
            f"{filename} was rolled back: it is older than the ledger, which recorded later changes to it.",
            hint="Someone may have put back an older copy of that file. Restore from your latest verified "
            "backup; nothing was changed.", code="ledger.file_rolled_back", params={"file": filename},
        )
    if stamp.ledger_seq:
        seen = ledger.store.get(stamp.ledger_seq)
        if seen is None or not keys.macs_equal(seen.mac, stamp.ledger_mac):
            raise LedgerRollback(
                f"ledger.db was rolled back: {filename} has seen ledger entry {stamp.ledger_seq}, "
                "which the ledger does not hold (or holds differently).",
                hint="Someone may have put back an older copy of ledger.db. Restore from your latest "
                "verified backup; nothing was changed.", code="ledger.file_saw_later",
                params={"file": filename, "entry": stamp.ledger_seq},
            )


def check_header(ledger: Ledger, header: Header) -> None:
    """The header against the ledger: not older than the generation the ledger recorded."""
    recorded = ledger.last_state().get("h", 0)
    if recorded > header.generation:
        raise LedgerRollback(
            f"vault.header was rolled back: it is generation {header.generation}, but the ledger "
            f"recorded generation {recorded}.",
            hint="Someone may have put back an older copy of vault.header (perhaps with an old passphrase). "
            "Restore from your latest verified backup; nothing was changed.", code="ledger.header_rolled_back",
            params={"generation": header.generation, "recorded": recorded},
        )
