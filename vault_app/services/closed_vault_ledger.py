"""An entry appended to the ledger of a vault no window or command has open (a command-line
restore beside it tells it of the copy: restore_beside_record), moving both of its anchors as an
unlock, its appends and its lock would: the header's (each append moves it) and the system
keyring's (written at the lock; a vault opened with a backup's master key is a copy and never
writes it). Found at review: the keyring's anchor stayed where the last lock left it, so putting
back ledger.db and vault.header from before the entry dropped it and the next unlock passed.

The ledger is first checked as an unlock checks it (the chain from the header's anchor, the
keyring's anchor): an older copy put back meanwhile is not written into, nor made current by an
anchor moved onto it; the caller says the vault was not told.

A machine dying part way: the entry commits in ledger.db first, then the header's anchor, then the
keyring's. Anchors behind the ledger are what every unlock accepts (a window killed before its
lock leaves them so): killed before the keyring's write, the entry is there and the vault opens,
its keyring anchor one entry behind until the next lock (the window in which an older ledger put
back is not told from this one is that write's). Never ahead of the ledger: that would refuse the
vault."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from vault_app.crypto import keys
from vault_app.domain.errors import LedgerRollback, VaultTampered
from vault_app.services.device_secret import read_anchors, write_anchor
from vault_app.services.fault_injection import crash_point

if TYPE_CHECKING:
    from vault_app.services.device_secret import SecretStore
    from vault_app.services.vault import Vault


def as_last_seen(vault: Vault, store: SecretStore) -> bool:
    """Whether the vault's ledger is the one this computer last saw: its chain checks from the
    header's anchor, and it holds the entry the keyring recorded for its folder (or none is)."""
    try:
        if not vault.ledger.verify_from(vault.header.ledger_anchor).ok:
            return False
    except (LedgerRollback, VaultTampered):
        return False
    found = read_anchors(store, vault.vault_id, vault.folder)
    return not found or any(_holds(vault, seq, mac) for seq, mac in found)


def _holds(vault: Vault, seq: int, mac: bytes) -> bool:
    if seq == 0:
        return True
    row = vault.ledger.store.get(seq)
    return row is not None and keys.macs_equal(row.mac, mac)


def append(vault: Vault, store: SecretStore, kind: str, payload: dict[str, Any]) -> bool:
    """Append (kind, payload) and move both anchors; False, writing nothing, when the ledger is
    not the one this computer last saw (`as_last_seen`)."""
    if not as_last_seen(vault, store):
        return False
    vault.ledger.append(kind, payload)  # commits, then moves the header's anchor (Vault._move_anchor)
    crash_point("closed-ledger:appended")  # a test's kill: the keyring's anchor left one entry behind
    # As Vault.lock() writes it for the vault in use (a copy's is never written there); without a
    # keyring here (none on this computer, `--no-keyring`) there is none to move, as at a lock.
    if store.available():
        head = vault.ledger.head()
        write_anchor(store, vault.vault_id, vault.folder, head.seq, head.mac_hex)
    return True


__all__ = ["append", "as_last_seen"]
