"""The rotation of a backup folder: the registered backups the policy (7 daily, 4 weekly,
12 monthly by default) no longer keeps are deleted. Apart from the register
(backup_registry) because it asks the lineage check (backup_lineage, which reads the
register) before deleting a single file."""

from __future__ import annotations

from pathlib import Path

from vault_app.domain.errors import VaultError
from vault_app.services import (
    backup_left_behind,
    backup_lineage,
    backup_rotation_copies,
    backup_rotation_covered,
    backup_rotation_removed,
    backup_rotation_upgrade,
)
from vault_app.services.backup_registry import (
    FILE_SUFFIX,
    ROTATED,
    ROTATING,
    RegisteredBackup,
    fold_register,
    plan_rotation,
    registered,
    settings,
)
from vault_app.services.backup_registry_moves import MOVED, followed, moves_in
from vault_app.services.fault_injection import crash_point
from vault_app.services.ledger import LedgerEntry
from vault_app.services.vault import Vault
from vault_app.storage.chunk_store import Repository

SWEEP_SKIPPED = ("The snapshot was made and recorded, but the chunks only the rotated snapshots used were not "
                 "removed: {reason} Move what is not a snapshot out of the backup folder's 'snapshots' folder; "
                 "the next backup removes them then.")


def sweep_after_rotation(repo: Repository) -> list[str]:
    """The clean-up after a rotation, or the warning that it was skipped. The sweep refuses,
    removing nothing, when the 'snapshots' folder holds a file it cannot read (a cut copy, a
    folder, a pipe): another snapshot might name chunks it cannot see. Found by the
    older-copies pass: that refusal reached `backup create` (and the backup on lock) as
    "The backup repository is damaged ... Use another snapshot or another backup" after the
    new snapshot was written and recorded, so a backup made read as one that failed."""
    try:
        repo.sweep()
    except VaultError as err:
        return [SWEEP_SKIPPED.format(reason=err.message)]
    return []


def rotate(vault: Vault, target: Path, kept: list[str] | None = None,
           kept_covering: list[str] | None = None) -> list[str]:
    """Delete registered backups in `target` that the policy no longer keeps. Files the
    app did not register, the newest verified backup, the newest whose check covered every
    compartment (backup_rotation_covered), the backups the newest upgrade made
    (backup_rotation_upgrade) and in a repository the newest snapshot of another copy of this
    vault (backup_rotation_copies) are never touched; the last two, when the
    policy alone would have deleted them, are added to `kept_covering` / `kept` when given,
    for the report to say why they stay."""
    conf = settings(vault)
    folder = target.expanduser().resolve()
    settle_interrupted(vault)
    present = [b for b in registered(vault) if b.file.parent == folder and b.state() != "missing"]
    # The backups a restore went back from are not this vault's history: the policy neither
    # keeps them (a day's, week's or month's backup of the old line would stand for this one's)
    # nor removes them during the grace period, while a restore made by mistake can be undone
    # from them (backup_left_behind); after it they all go, as any backup the policy lets go.
    left = backup_left_behind.kept_until(vault)
    moment = backup_left_behind.now()
    here = [b for b in present if (b.ledger_seq, b.ledger_mac) not in left]
    expired = [b for b in present if left.get((b.ledger_seq, b.ledger_mac), moment) < moment]
    keep = plan_rotation(here, conf["keep_daily"], conf["keep_weekly"], conf["keep_monthly"])
    keep |= backup_rotation_upgrade.kept(vault, here)  # the way back to the version before the upgrade
    verified = [b for b in here if b.state() == "verified"]
    if verified:
        keep.add(max(verified, key=lambda b: b.made_order).backup_id)
    others: set[Path] | None = None  # read (every manifest opened) only when something is to go
    covering: int | None = None  # likewise: the newest backup whose check covered every compartment
    removed = []
    for b in here + expired:
        if b.backup_id in keep or not _still_ours(vault, b.file):
            continue
        if covering is None:
            found = backup_rotation_covered.newest_covering(vault, here)
            covering = found.backup_id if found is not None else -1
        if b.backup_id == covering:
            if kept_covering is not None:
                kept_covering.append(b.path)
            continue
        if others is None:
            others = backup_rotation_copies.kept_for_other_copies(vault, folder) if folder.name == "snapshots" \
                else set()
        if b.file.resolve() in others:
            if kept is not None:
                kept.append(b.path)
            continue
        # Said before the file goes, so a kill between the deletion and its record leaves a
        # backup the register knows is being rotated out (RegisteredBackup.gone), never one
        # "missing" that a destruction's certificate names as still holding a chart.
        vault.ledger.append(ROTATING, _said(b))
        # For another copy of this vault that still registers it (backup_rotation_removed): a
        # snapshot or a single file alike (found: a single file was said "missing").
        backup_rotation_removed.record(b.file, vault, b.sha256)
        try:
            b.file.unlink()
        except FileNotFoundError:
            pass
        except OSError:
            continue  # rotation is housekeeping; a stuck file is tried again next time
        crash_point("rotation:deleted")
        vault.ledger.append(ROTATED, _said(b))
        removed.append(b.path)
    return removed


def _said(b: RegisteredBackup) -> dict[str, object]:
    return {"path": b.path, "sha256": b.sha256, "backup_id": b.backup_id}


def settle_interrupted(vault: Vault) -> int:
    """Record as rotated the backups a killed rotation deleted without saying so (its
    backup.rotating entry written, the file gone, its folder there). How many."""
    settled = [b for b in registered(vault, include_removed=True) if b.rotating_at and not b.removed_at and b.gone]
    for b in settled:
        vault.ledger.append(ROTATED, _said(b) | {"settled": True})
    return len(settled)


def carry_rotations(copy: Vault, entries: list[LedgerEntry]) -> int:
    """In a restored copy: the backups its own ledger registers that the newer ledger
    (`entries`, its register kinds) says the rotation deleted since. The copy's ledger ends
    before those deletions; without them a restore brought every backup rotated out since
    back into the register as "missing". How many."""
    # At the backup folder's path now where a copy recorded its move (backup_registry_moves).
    moves = moves_in(copy.ledger.entries(kinds=(MOVED,))) + moves_in(entries)
    newer = fold_register(entries, then=moves)
    carried = 0
    for b in registered(copy):
        later = newer.get(followed(b.path, moves))
        if later is not None and later.created == b.created and later.gone:
            copy.ledger.append(ROTATED, _said(b) | {"carried_over": True})
            carried += 1
    return carried


def _still_ours(vault: Vault, path: Path) -> bool:
    """A registered single file whose path now holds another vault's or another copy's backup
    is not this vault's to remove (services/backup_lineage.py); a snapshot's manifest is
    its repository's (one vault per repository: backup_repo_owner)."""
    if not path.name.endswith(FILE_SUFFIX):
        return True
    return backup_lineage.may_remove(vault, path)


__all__ = ["carry_rotations", "rotate", "settle_interrupted"]
