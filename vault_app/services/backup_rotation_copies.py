"""The snapshots a rotation keeps for other copies of this vault writing into one repository.

Found reading the copy-beside walker's case again: a copy restored with "it replaces the
original" (`backup restore --replaces-original`), or a copy of the folder made before copies
beside got a register of their own, goes on with the same series in the same repository. Its
first backup's rotation deleted the snapshot it was restored from, which is the newest
snapshot of the vault it was restored from; that vault, still in use, then had no backup of
its newest day left, and listed it "removed by another copy".

What tells copies apart is what each snapshot records: the ledger entry it was made at (seq
and chain MAC, backup_lineage). The ledger is append-only and chained, so two copies hold the
same entries up to where they parted and different ones after. Hence, for this vault:

- a snapshot whose entry this ledger does not hold (and that no restore of this vault left
  behind: that is this vault's own past, backup_left_behind) is another copy's line; the
  rotation never deletes such a snapshot, whoever registered it;
- a restore into a folder with no vault (not in place: no safety copy) parted this vault from
  the vault it was restored from at the restored snapshot's entry. The newest snapshot made at
  or before that entry is that other vault's newest one, as far as the repository shows, and
  is kept, until a snapshot of another line, made later, shows that vault went on (its newest
  is then that one, kept by the first rule).

A copy that has written no snapshot since it parted, and whose parting this ledger does not
record (a folder copied by hand), leaves nothing in the repository to recognise it by.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from vault_app.domain.errors import VaultError
from vault_app.services import backup_keys, backup_left_behind
from vault_app.services.backup_registry_copy import COPY_BESIDE, RESTORED
from vault_app.services.vault import Vault

KEPT_TEXT = "kept for another copy of this vault: the newest snapshot of that copy's line"


@dataclass(frozen=True)
class _Snap:
    path: Path
    created: str
    seq: int
    ours: bool  # on this vault's line (or left behind by its own restore)


def _read(vault: Vault, snapshots_dir: Path) -> list[_Snap]:
    """Every snapshot that opens with this vault's keys, with its line; the others are another
    vault's or damaged, which the lineage check and the verify report."""
    from vault_app.services.backup_repo_read import open_snapshot, read_manifest_file
    from vault_app.storage.chunk_store import Repository

    source = backup_keys.vault_source(vault)
    left = backup_left_behind.marks(vault)
    found = []
    for path in Repository(snapshots_dir.parent).snapshot_paths():
        try:
            _slots, _master, body = open_snapshot(read_manifest_file(path), source)
        except (VaultError, OSError):
            continue
        seq, mac = body["ledger_head"]["seq"], body["ledger_head"]["mac"]
        ours = vault.ledger.holds(seq, mac) or (seq, mac) in left
        found.append(_Snap(path.resolve(), str(body["created"]), int(seq), ours))
    return found


def kept_for_other_copies(vault: Vault, snapshots_dir: Path) -> set[Path]:
    """The snapshots in REPO/snapshots the rotation may not delete: another copy's newest."""
    snaps = _read(vault, snapshots_dir)
    kept = {s.path for s in snaps if not s.ours}
    for entry in vault.ledger.entries(kinds=(RESTORED,)):
        parted = entry.payload.get("backup_ledger_seq")
        if entry.payload.get(COPY_BESIDE) or entry.payload.get("safety_copy") or not isinstance(parted, int):
            continue  # a copy beside registers none of them; a restore in place replaced the vault
        before = [s for s in snaps if s.ours and s.seq <= parted]
        if not before:
            continue
        newest = max(before, key=lambda s: (s.created, s.seq))  # two in one second: the later entry
        if not any(not s.ours and s.created > newest.created for s in snaps):
            kept.add(newest.path)
    return kept


__all__ = ["KEPT_TEXT", "kept_for_other_copies"]
