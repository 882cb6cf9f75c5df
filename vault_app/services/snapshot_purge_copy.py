"""What a snapshot's purge opens: the parts of one snapshot a chart's deletion touches,
rebuilt in a private folder and opened with the keys the snapshot's header wraps, without
a Vault (services/snapshot_purge.py), and whether its ledger is a prefix of the live one."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from vault_app.crypto.keys import macs_equal
from vault_app.domain.errors import CompartmentLocked
from vault_app.services import retention_due
from vault_app.services.vault import Vault
from vault_app.storage import integrity_stamp
from vault_app.storage.compartment import COMPARTMENT_FILES, Compartment
from vault_app.storage.header import LedgerAnchor

# The chunks of each purged compartment file, in order: file name -> [(size, chunk id)].
Layout = dict[str, list[tuple[int, str]]]


def ledger_is_live_prefix(vault: Vault, head: LedgerAnchor) -> bool:
    """The MAC chain binds each entry to every one before it: a copy whose last entry has
    the live entry's MAC at the same number holds the same entries up to there."""
    if head.seq == 0:
        return False
    live = vault.ledger.get(head.seq)
    return live is not None and macs_equal(bytes.fromhex(live.mac_hex), bytes.fromhex(head.mac_hex))


def _stamp_in_copy(comp: Compartment) -> None:
    """The commit hook a Vault sets (services/vault_session.py), for a file whose ledger is
    not opened: the counter moves on (every commit moves it), the ledger entry it has seen
    stays the one it had seen, since nothing is appended to the snapshot's ledger. So the
    purged file is still bound to the snapshot's ledger exactly as before: a restore finds
    its counter not behind what the ledger recorded and the entry it names in the ledger."""
    if comp.name == "records":
        retention_due.refresh(comp)  # as the Vault's records hook: a no-op unless dates are stale
    stamp = integrity_stamp.read(comp)
    integrity_stamp.bump(comp, stamp.ledger_seq, stamp.ledger_mac)


@dataclass
class SnapshotCopy:
    """The parts of one snapshot a chart's deletion touches, rebuilt in a private folder:
    records.db, and psychotherapy.db when its key is reachable, plus ledger.db only when the
    snapshot's ledger is not a prefix of the live one (then its pages must be searched; when
    it is, the live ledger's pages, searched anyway, are the same entries: destruction_verify
    ContentScan.copy). `keys` holds the key of each compartment file in `folder`."""

    folder: Path
    keys: dict[str, bytes]
    ledger_is_live_prefix: bool
    # Where the destruction's report places what it finds in this snapshot: set by its
    # `destroy`, read by its `search`, which in a group runs after the next one's destroy.
    label: str = ""
    # The snapshot's last ledger entry: what its ledger held (destruction_places).
    ledger_head: int = 0
    _open: dict[str, Compartment] = field(default_factory=dict)

    def compartment(self, name: str) -> Compartment:
        if name not in self._open:
            key = self.keys.get(name)
            if key is None:
                # What a Vault copy raised for it too: the snapshot keeps the chart then.
                raise CompartmentLocked("The psychotherapy notes are locked, and this needs them.",
                                        hint="Unlock the psychotherapy notes (or give the passphrase) and try again.",
                                        code="psychotherapy.locked_needed")
            comp = Compartment.open(name, self.folder / COMPARTMENT_FILES[name], key)
            comp.before_commit = _stamp_in_copy
            self._open[name] = comp
        return self._open[name]

    def close(self) -> None:
        for comp in self._open.values():
            comp.close()
        self._open.clear()
