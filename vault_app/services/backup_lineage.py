"""One line of backups per backup folder: a vault writes a backup into a folder only when
the folder's newest backup of this vault is of this very vault's history.

Found in the real app: a backup restored into a folder of its own (to look something up)
carries the vault's id, keys and backup settings. Its first lock wrote a backup of that
copy into the vault's backup folder, and the rotation (one backup a day) removed the real
vault's backup of the same day: the newest backup then held the copy, not the day's work.
With single files the copy's rotation went further: it removes the files its own register
names, which are the original's files from before the copy's restore point, and the
original then finds them "missing".

A backup's table of contents names the ledger entry it was made at (seq and chain MAC). The
vault's ledger holds that same entry exactly when the backup was made of this vault or of a
vault it continues (the ledger is append-only and chained: a copy that went its own way
writes other entries from the point where it left). So the folder's newest backup of this
vault is read, and a vault whose ledger lacks its entry is refused before anything is
written. A vault restored from the newest backup (a new computer after a lost one)
continues it and may back up there; a copy restored from an older one, or the original
after such a copy wrote there, is asked to choose another folder. A vault that restored an
older backup over itself in place continues none of the folder's newer backups, but its
restore recorded them as left behind (backup_left_behind): a newest backup it left behind
does not stop it, one a second copy wrote there since does.

Which backup is the newest:
- a snapshot repository: its newest snapshot. One whose manifest does not open with this
  vault's keys is another vault's (put there by hand: the repository's marker keeps other
  vaults out), a copy's that replaced every key after it went its own way, or damaged; a
  manifest has no unkeyed checksum to tell these apart, so such a snapshot refuses the
  folder, unless this vault registered that very path and its key block still names this
  vault: then it is this vault's own, damaged (the verify's and `backup list`'s to report,
  not a reason to stop backing up), and the next newest decides. It used to be skipped
  whoever's it was, so a copy that replaced its keys and the original both wrote there, each
  reading past the other's snapshots, and the copy's rotation removed snapshots the
  original had registered too;
- a folder of single files: of the files of this vault (the id is in each file's key
  block, read without a key), the one whose table of contents says it was created last.
  Only the files of the newest day by name (vault-backup-YYYY-MM-DD[-n]) are read, one or
  two chunks each, whatever their size: the check costs the same with a year of backups
  in the folder. A damaged file is skipped. A file of this vault whose key block opens with
  none of the keys this vault holds (its master key and those kept from before Replace every
  key), yet whose checksum holds, was made by a copy that replaced its keys after it went
  its own way: it counts as another copy's, unless this vault registered that very file.
  A file this vault's own destruction purged names the head of the purged copy's ledger,
  which went on past the vault's (the destruction ran on it): the backup.purged entry
  records that head, so the file stays on the line (it was refused as another copy's); a
  restore from before the destruction carries those heads into the restored vault
  (backup_lineage_restore: it was refused there as another copy's, found by a walker).
Only the folder written into matters: copies saved elsewhere (`--to`) are that folder's.

The rotation (backup_registry.rotate) asks `may_remove` before it deletes a registered
single file: a file now at that path that is another vault's or another copy's (a name
taken again after the first file was rotated out) is left where it is.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from vault_app.domain.errors import RefusedByPolicy, VaultError, VaultTampered
from vault_app.services import (
    backup_archive,
    backup_keys,
    backup_left_behind,
    backup_lineage_restore,
    backup_registry,
)
from vault_app.services.backup_registry import FILE_PREFIX, FILE_SUFFIX, SINGLE_FILE_GLOB
from vault_app.services.vault import Vault
from vault_app.storage import backup_format
from vault_app.storage.backup_format import Slots

if TYPE_CHECKING:
    from vault_app.storage.chunk_store import Repository

ANOTHER_COPY = "backup.folder_of_another_copy"  # the refusal's code: the folder's newest backup is another copy's
_DAY = re.compile(rf"{re.escape(FILE_PREFIX)}(\d{{4}}-\d{{2}}-\d{{2}})(?:-(\d+))?{re.escape(FILE_SUFFIX)}")


@dataclass(frozen=True)
class _Found:
    path: Path
    created: str  # "" when its table of contents cannot be read with this vault's keys
    ours: bool  # of this vault's line (or a file this vault registered)
    left: bool = False  # of the line this vault's restore went back from (backup_left_behind)


def _purged_here(vault: Vault, path: Path, seq: int, mac: str) -> bool | None:
    """A single file this vault's own destruction purged: the purge ran the destruction on the
    backup's copy, whose ledger then went on past the vault's own (its head is in no entry of
    the vault). The purge records that head in its backup.purged entry, and a restore carries the
    heads the replaced vault's purges recorded (backup_lineage_restore); a purge by a version
    before that recorded none, and the file is then known by its checksum (a whole read, only
    for such a file; None when that checksum fails: damaged)."""
    if (seq, mac) in backup_lineage_restore.purged_heads(vault):
        return True
    older = any(not isinstance(entry.payload.get("ledger_head"), dict)
                and Path(str(entry.payload.get("path", ""))) == path.resolve()
                for entry in vault.ledger.entries(kinds=(backup_registry.PURGED,)))
    return _registered_by(vault, path) if older else False


def _refusal(where: Path, newest: Path, created: str = "") -> RefusedByPolicy:
    # `created`: when the other copy made it ("" when its table of contents does not open here),
    # for the unlock's word that this copy is the older one (backup_superseded.py).
    return RefusedByPolicy(
        f"The newest backup in {where} ({newest.name}) is of another copy of this vault, with records "
        "this copy does not have (a copy restored from a backup, or the vault such a copy was made from). "
        "Nothing was written: backing up here would mix the two, and the rotation could remove the other "
        "copy's backups.",
        hint="Choose another backup folder for this copy under Backups (vault-app backup settings --target DIR).",
        code="backup.folder_of_another_copy",
        # `path`: the newest backup itself, which the older copy's message offers to restore here.
        params={"folder": str(where), "newest": newest.name, "created": created, "path": str(newest)},
    )


# --- snapshot repositories ---------------------------------------------------------------------
def refuse_snapshot_into(vault: Vault, repo: Repository) -> None:
    """Raise when the repository's newest snapshot is of another copy of this vault."""
    # Not at the top: the chunk store (ctypes) stays out of single-file backups' imports.
    from vault_app.services.backup_repo_read import open_snapshot, read_manifest_file

    source = backup_keys.vault_source(vault)
    mine: set[Path] | None = None
    for path in reversed(repo.snapshot_paths()):
        try:
            raw = read_manifest_file(path)
        except VaultError:
            raw = b""  # unreadable: as damaged as a manifest that does not open
        try:
            _slots, _master, body = open_snapshot(raw, source)
        except VaultError:
            # Another vault's, a copy's under keys of its own, or damaged: only a snapshot this
            # vault registered, its key block still naming this vault, is known to be its own.
            if mine is None:
                mine = {b.file for b in backup_registry.registered(vault)}
            ours = _names_this_vault(raw, vault)
            if path.resolve() in mine and ours:
                continue  # this vault's own snapshot, damaged: the verify's (and the list's) to report
            if ours and not _keys_open(raw, source):
                # This vault's id under keys this copy does not hold: another copy's after its
                # Replace every key, as a single file of it is (_read_file). Found: the older copy's
                # unlock said nothing and its Quit offered "choose another backup folder", where the
                # same backups as single files made it the older copy, told to restore the newest.
                raise _refusal(repo.root, path) from None
            raise _not_opening(repo.root, path) from None
        head = body["ledger_head"]  # its shape checked by open_snapshot (backup_repo_read.check_body)
        seq, mac = head["seq"], head["mac"]
        if not vault.ledger.holds(seq, mac) and not backup_left_behind.is_left_behind(vault, seq, mac):
            raise _refusal(repo.root, path, str(body["created"]))
        return


def _keys_open(raw: bytes, source: backup_keys.KeySource) -> bool:
    """Whether a manifest's key block opens with this vault's keys (its body may still be damaged)."""
    from vault_app.storage.snapshot_manifest import read_slots

    try:
        slots = read_slots(raw)
        backup_keys.content_key(slots, source(slots))
    except (VaultError, ValueError):
        return False
    return True


def _names_this_vault(raw: bytes, vault: Vault) -> bool:
    """Whether a manifest's key block (read without a key) names this vault's id."""
    from vault_app.storage.snapshot_manifest import read_slots

    try:
        return read_slots(raw).vault_id.hex() == vault.vault_id
    except (VaultError, ValueError):
        return False


def _not_opening(where: Path, newest: Path) -> RefusedByPolicy:
    return RefusedByPolicy(
        f"The newest snapshot in {where} ({newest.name}) does not open with this vault's keys: it is another "
        "vault's, a snapshot of a copy of this vault that replaced every key, or damaged. Nothing was written: "
        "backing up here would mix two lines of backups in one folder.",
        hint="Choose another backup folder for this vault under Backups (vault-app backup settings --target DIR).",
        code="backup.folder_of_another_vault", params={"folder": str(where), "newest": newest.name},
    )


# --- folders of single files -----------------------------------------------------------------
def _slots(path: Path) -> Slots | None:
    """The key block (no key needed), or None for a file too damaged to have one."""
    try:
        return backup_format.read_slots(path)
    except (VaultError, OSError):
        return None


def _registered_by(vault: Vault, path: Path) -> bool | None:
    """Whether this vault registered this very file; None when its checksum fails (damaged)."""
    try:
        _size, sha256 = backup_format.check_trailer(path)
    except (VaultError, OSError):
        return None
    return any(b.sha256 == sha256 for b in backup_registry.registered(vault, include_removed=True))


def _read_file(vault: Vault, path: Path, slots: Slots) -> _Found | None:
    """A file of this vault's id read the cheap way; None when it is damaged."""
    master = backup_keys.master_from_vault(slots, vault)
    try:
        content_key = backup_keys.content_key(slots, master)
    except VaultTampered:
        # Under none of this vault's keys: another copy's after its Replace every key, or a
        # damaged key block; only the whole-file checksum tells the two apart (read only here).
        registered = _registered_by(vault, path)
        return None if registered is None else _Found(path, "", registered)
    try:
        manifest = backup_archive.read_manifest(path, slots, content_key)
    except VaultError:
        return None
    head = manifest["ledger_head"]  # its shape checked by backup_archive._parse_manifest
    seq, mac = head["seq"], head["mac"]
    ours = vault.ledger.holds(seq, mac) or _purged_here(vault, path, seq, mac)
    if ours is None:
        return None
    return _Found(path, manifest["created"], ours, not ours and backup_left_behind.is_left_behind(vault, seq, mac))


def file_of_this_line(vault: Vault, path: Path) -> bool | None:
    """Whether the single file at `path` is a backup of this vault's line (made by it, one its
    purge wrote, or of the line its restore went back from): False for another vault's or
    another copy's, None when it is damaged (services/destruction_named_file.py asks)."""
    slots = _slots(path)
    if slots is None:
        return None
    if slots.vault_id.hex() != vault.vault_id:
        return False
    found = _read_file(vault, path, slots)
    return None if found is None else found.ours or found.left


def _by_day(folder: Path) -> list[list[Path]]:
    """The folder's single files by the day in their names, newest day first; a file renamed
    by hand (no day) is read with the newest day's."""
    days: dict[str, list[Path]] = {}
    undated: list[Path] = []
    try:
        files = sorted(p for p in folder.glob(SINGLE_FILE_GLOB) if p.is_file())
    except OSError:
        return []
    for path in files:
        day = _DAY.fullmatch(path.name)
        if day is None:
            undated.append(path)
        else:
            days.setdefault(day.group(1), []).append(path)
    groups = [days[d] for d in sorted(days, reverse=True)] or [[]]
    groups[0] = groups[0] + undated
    return groups


def _number(path: Path) -> int:
    """The -n of a day's n-th file: within one second of creation time, the later name."""
    day = _DAY.fullmatch(path.name)
    return int(day.group(2)) if day is not None and day.group(2) else 1


def _newest_file(vault: Vault, folder: Path) -> _Found | None:
    for group in _by_day(folder):
        found = []
        for path in group:
            slots = _slots(path)
            if slots is None or slots.vault_id.hex() != vault.vault_id:
                continue  # damaged, or another vault's (its own folder's business)
            item = _read_file(vault, path, slots)
            if item is not None:
                found.append(item)
        undated = [f for f in found if not f.created]
        if any(not f.ours for f in undated):
            return next(f for f in undated if not f.ours)  # of a copy with keys of its own: not this line
        dated = [f for f in found if f.created]
        if dated:
            return max(dated, key=lambda f: (f.created, _number(f.path)))
        if undated:
            return undated[0]
    return None


def refuse_file_into(vault: Vault, folder: Path) -> None:
    """Raise when the newest single-file backup of this vault in `folder` is of another copy."""
    newest = _newest_file(vault, folder)
    if newest is not None and not newest.ours and not newest.left:
        raise _refusal(folder, newest.path, newest.created)
    # The newest is this vault's own, yet another copy's lies there: this vault's came after it
    # from an older version of the app (newest_of_another_line). Two lines in one folder still.
    other = newest_of_another_line(vault, folder)
    if other is not None:
        raise _refusal(folder, *other)


def may_remove(vault: Vault, path: Path) -> bool:
    """For the rotation: False when the single file at a path this vault registered is now
    another vault's or another copy's. A damaged file is removed as before, and so is one a
    restore of this vault left behind (its grace period over: backup_left_behind)."""
    slots = _slots(path)
    if slots is None:
        return True
    if slots.vault_id.hex() != vault.vault_id:
        return False
    found = _read_file(vault, path, slots)
    return found is None or found.ours or found.left


def newest_of_another_line(vault: Vault, folder: Path) -> tuple[Path, str] | None:
    """The newest single file in `folder` of another copy of this vault (neither of this vault's
    line nor left behind by its restore), whatever its day, while the folder's newest may be this
    vault's own: an older version of the app, which has no lineage check, wrote its backup of this
    copy there after the other copy's (found by a walker: release 0.1.0's backup on lock). Only
    files this vault never registered are read, so a folder only this vault writes into costs
    nothing. (path, created); created is "" when its table of contents does not open here."""
    mine = {b.path for b in backup_registry.registered(vault, include_removed=True)}
    try:
        files = sorted(p for p in folder.glob(SINGLE_FILE_GLOB) if p.is_file())
    except OSError:
        return None
    found = []
    for path in files:
        slots = None if str(path.resolve()) in mine else _slots(path)
        if slots is None or slots.vault_id.hex() != vault.vault_id:
            continue
        item = _read_file(vault, path, slots)
        if item is not None and not item.ours and not item.left:
            found.append(item)
    if not found:
        return None
    newest = max(found, key=lambda f: (f.created, _number(f.path)))
    return newest.path, newest.created


# --- what the Backups screen says ------------------------------------------------------------
def problem(vault: Vault) -> str | None:
    """The refusal the next backup into the configured folder would meet, as a sentence
    (the backup on lock only logs it; the Backups screen and `backup status` show it)."""
    refused = refusal(vault)
    return None if refused is None else f"{refused.message} {refused.hint}"


def refusal(vault: Vault) -> RefusedByPolicy | None:
    """The refusal itself (its code and params), or None: nothing stops the next backup here."""
    conf = backup_registry.settings(vault)
    if not conf["target"]:
        return None
    target = Path(conf["target"]).expanduser().resolve()
    if not target.is_dir():
        return None
    try:
        if conf["kind"] == "repo":
            from vault_app.storage.chunk_store import Repository

            refuse_snapshot_into(vault, Repository(target))
        else:
            refuse_file_into(vault, target)
    except RefusedByPolicy as refused:
        return refused
    except (VaultError, OSError):
        return None  # the backup itself reports what else is wrong with the folder
    return None


__all__ = ["ANOTHER_COPY", "file_of_this_line", "may_remove", "newest_of_another_line", "problem", "refusal",
           "refuse_file_into", "refuse_snapshot_into"]
