"""An older ledger.db put back alone: vault.header and records.db beside it are newer and whole.

Found in round 45: with ledger.db copied aside, work done (a client added), then the copy put back, the unlock
said the audit record "is an older or cut-short copy" and advised "Restore from your latest verified backup":
a restore replaces records.db too, and whatever was written since that backup would then be only in the
restore's safety copy. As for an older vault.header alone (services/vault_binding.check_header), the refusal
says which file is old, that the others are newer and whole and nothing was changed, and what to do first:
put back the newer ledger.db kept beside the vault (`ledger.db.replaced-*`, storage/ledger_kept_beside.py)
when one holds the entries the header and records.db saw; else a newer copy of ledger.db the therapist has,
and only then a restore, with what it would replace said plainly.

Told apart from the other rollbacks by the files themselves: the header's anchor (moved at every ledger
append) names an entry this ledger does not hold, and records.db has seen an entry this ledger does not hold
either (records.db put back with it would not have). Anything else keeps the refusal it had.
"""

from __future__ import annotations

from vault_app.crypto import keys
from vault_app.domain.errors import LedgerRollback
from vault_app.services.unlocking_vault import UnlockingVault as Vault
from vault_app.storage import integrity_stamp, ledger_kept_beside

ROLLED_BACK = "ledger.rolled_back"  # services/ledger.py: the ledger behind the header's anchor
ALONE = "ledger.rolled_back_alone"
ALONE_NEWER_BESIDE = "ledger.rolled_back_alone.newer_beside"

_ALONE = ("Someone may have put back an older copy of ledger.db. Only this one file is old: the vault's keys and "
          "records beside it are newer and whole, and nothing was changed.")
_NO_NEWER = (" If you have a newer copy of ledger.db (in a copy of the vault folder made since, or your "
             "computer's own backup of it), close the app and put it in the vault folder in place of this one. "
             "Only if you have none, restore from your latest verified backup: it replaces records.db and the "
             "psychotherapy notes too, and anything written since that backup (clients, sessions, notes) is then only "
             "in the safety copy the restore keeps. If you are not sure, ask whoever looks after your computer first.")
_NEWER_BESIDE = (" {kept}, in the vault folder, is a newer ledger.db of this vault: close the app, move ledger.db "
                 "out of the vault folder, rename {kept} to ledger.db, and open the app again. Do not restore a "
                 "backup for this: it would replace the newer records too.")


def verify(vault: Vault) -> None:
    """The ledger chain from the header's anchor (Ledger.verify_from), an older ledger.db put back alone
    refused in its own words (the module docstring)."""
    try:
        vault.ledger.verify_from(vault.header.ledger_anchor)
    except LedgerRollback as exc:
        if exc.code == ROLLED_BACK:
            refuse_if_alone(vault)
        raise


def refuse_if_alone(vault: Vault) -> None:
    """Raise the refusal of an older ledger.db put back alone, when it is one (a compartment refused as
    newer than the ledger: psychotherapy.db opened with the unlock is checked before the chain)."""
    named = alone(vault)
    if named is not None:
        raise named from None


def _holds(vault: Vault, seq: int, mac: bytes) -> bool:
    seen = vault.ledger.store.get(seq)
    return seen is not None and keys.macs_equal(seen.mac, mac)


def alone(vault: Vault) -> LedgerRollback | None:
    """The refusal of an older ledger.db put back alone, or None when the header's anchor or records.db is
    not newer than it (put back with it)."""
    ledger = vault.ledger
    anchor = vault.header.ledger_anchor
    stamp = integrity_stamp.read(vault.records)
    if not stamp.ledger_seq or not anchor.seq or _holds(vault, anchor.seq, bytes.fromhex(anchor.mac_hex)) \
            or _holds(vault, stamp.ledger_seq, stamp.ledger_mac):
        return None
    ends, recorded = ledger.head().seq, anchor.seq
    wanted = [(anchor.seq, bytes.fromhex(anchor.mac_hex)), (stamp.ledger_seq, stamp.ledger_mac)]
    kept = ledger_kept_beside.newer_kept_beside(vault.folder, vault.compartment_key("ledger"), wanted)
    if kept is None:
        return LedgerRollback(
            "ledger.db, the vault's audit record, is an older copy than the files beside it: vault.header and "
            f"records.db were written after it (in detail: it was rolled back to entry {ends}; the vault had "
            f"recorded entry {recorded}).", hint=_ALONE + _NO_NEWER,
            code="ledger.rolled_back_alone", params={"ends": ends, "recorded": recorded})  # ALONE (literal: scanned)
    return LedgerRollback(
        "ledger.db, the vault's audit record, is an older copy than the files beside it: vault.header and "
        f"records.db were written after it (in detail: it was rolled back to entry {ends}; the vault had "
        f"recorded entry {recorded}).", hint=_ALONE + _NEWER_BESIDE.format(kept=kept),
        code="ledger.rolled_back_alone.newer_beside", params={"ends": ends, "recorded": recorded, "kept": kept})


__all__ = ["ALONE", "ALONE_NEWER_BESIDE", "alone", "refuse_if_alone", "verify"]
