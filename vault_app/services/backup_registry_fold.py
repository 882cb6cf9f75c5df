"""The register itself: a backup as its ledger entries say it is, and their fold.

Apart from backup_registry.py (settings, status, where backups go), which re-exports all of it.
Ledger kinds folded: backup.created, backup.verified, backup.verify_failed, backup.purged,
backup.rotating (the rotation is about to delete it), backup.rotated, backup.moved (the
backup folder at another path now: backup_registry_moves) and backup.folder_lost.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from vault_app.services.backup_archive import file_hash
from vault_app.services.backup_checked import VERIFIED_PAGES
from vault_app.services.backup_registry_moves import MOVED, Move, move_of, rebased
from vault_app.services.ledger import LedgerEntry

CREATED = "backup.created"
VERIFIED = "backup.verified"
VERIFY_FAILED = "backup.verify_failed"
PURGED = "backup.purged"
ROTATING = "backup.rotating"
ROTATED = "backup.rotated"
# The backups of a folder deleted and made again (services/backup_folder_lost.py).
FOLDER_LOST = "backup.folder_lost"
REGISTER_KINDS = (CREATED, VERIFIED, VERIFY_FAILED, PURGED, ROTATING, ROTATED, MOVED, FOLDER_LOST)


@dataclass
class RegisteredBackup:
    backup_id: int  # ledger seq of its backup.created entry
    path: str
    created: str
    sha256: str
    bytes: int
    ledger_seq: int
    verified_at: str | None = None
    failed_at: str | None = None
    failure: str | None = None
    purged_at: str | None = None
    removed_at: str | None = None
    rotating_at: str | None = None
    # The MAC of ledger entry `ledger_seq` when the backup was made ("" in entries that did
    # not record it): with it, whether the backup is of this vault's history (of_this_history).
    ledger_mac: str = ""
    # The compartments whose every page a verify of these bytes checked (backup_checked.VERIFIED_PAGES):
    # with the record at creation, what the rotation's guard reads (backup_rotation_covered).
    verified_pages: tuple[str, ...] = ()
    # A snapshot's: what it added to the backup folder when it was made (its new chunks); what
    # it shares with the other snapshots is not its own. None for a single file, and for a
    # snapshot registered before it was recorded.
    bytes_written: int | None = None
    # Recorded lost with its folder (deleted, or its drive wiped, and made again: backup_folder_lost).
    lost_at: str | None = None
    # Its file name given to a newer backup since (backup_folder_lost: the new folder's names start
    # afresh): what is at its path now is that one, never this one found again.
    name_taken: bool = False

    @property
    def file(self) -> Path:
        return Path(self.path)

    @property
    def made_order(self) -> tuple[int, str, int]:
        """The order the backups were made in, newest last: by the ledger entry the backup ends at,
        then its clock time and its register entry. The clock alone is not it: a backup made after
        the computer's clock was set back (it had run ahead) sorted before the future-dated ones,
        and the rotation deleted it as it was made (found by a walker)."""
        return (self.ledger_seq, self.created, self.backup_id)

    @property
    def gone(self) -> bool:
        """Deleted by the app's own rotation: recorded so, or its deletion begun and the file
        no longer there while its folder is (a rotation killed between deleting the file and
        recording it). Without that, the backup stayed registered as "missing", and a later
        destruction's certificate said it "still holds these records until purged". A file
        whose folder is not there either (a drive unplugged) is not said gone: it may be."""
        if self.removed_at:
            return True
        if self.lost_at:  # found at its path again (the folder put back): a backup again
            if self.name_taken:
                return True
            try:
                return not self.file.exists()
            except OSError:
                return True
        if not self.rotating_at:
            return False
        try:
            return not self.file.exists() and self.file.parent.is_dir()
        except OSError:
            return False

    def state(self, *, check_hash: bool = False) -> str:
        """rotated / missing / failed / verified / present (a changed file counts as failed).
        "rotated": this vault's own rotation removed it, whatever is at its path now (a copy put
        back by hand: backup_changed.explain_rotated). Found by a walker: a rotated snapshot's
        row, read as "missing", was said removed by another copy of this vault, and one put back
        was listed "verified" though the parts of the backup folder it named were swept."""
        if self.gone:
            return "lost" if self.lost_at and not self.removed_at else "rotated"
        if not self.file.is_file():
            return "missing"
        if self.file.stat().st_size != self.bytes:
            return "failed"
        if check_hash and file_hash(self.file) != self.sha256:
            return "failed"
        if self.failed_at and (not self.verified_at or self.failed_at > self.verified_at):
            return "failed"
        return "verified" if self.verified_at else "present"

    def as_dict(self, *, check_hash: bool = False) -> dict[str, Any]:
        data = asdict(self)
        del data["ledger_mac"]  # bookkeeping for of_this_history; `backup list` shows what it did
        del data["verified_pages"]  # the rotation's; `backup verify` said what it checked
        del data["name_taken"]  # said by its state ("lost")
        data["state"] = self.state(check_hash=check_hash)
        data["file"] = self.file.name
        # A snapshot of a repository, or a single file: `backup list` and the Backups screen say
        # which. Imported here: the chunk store (ctypes) stays out of the unlock's peak memory.
        from vault_app.storage.chunk_store import is_snapshot_path

        data["kind"] = "snapshot" if is_snapshot_path(self.file) else "file"
        return data


def fold_register(entries: list[LedgerEntry], then: list[Move] | None = None) -> dict[str, RegisteredBackup]:
    """The register `entries` say, by path; `then`: moves of the backup folder another copy of
    the ledger recorded, applied after (entries read from several copies, backup.moved)."""
    found: dict[str, RegisteredBackup] = {}
    for e in entries:
        if e.kind == MOVED:
            move = move_of(e)
            if move is not None:
                found = _moved(found, move)
            continue
        if e.kind == FOLDER_LOST:
            for lost in e.payload.get("paths") or []:
                if str(lost) in found:
                    found[str(lost)].lost_at = e.time
            continue
        path = str(e.payload.get("path", ""))
        if e.kind == CREATED:
            _keep_past_row(found, path)
            found[path] = RegisteredBackup(
                e.seq, path, str(e.payload.get("time", e.time)), str(e.payload.get("sha256", "")),
                int(e.payload.get("bytes", 0)), int(e.payload.get("ledger_seq", 0)),
                ledger_mac=str(e.payload.get("ledger_mac") or ""),
                bytes_written=written if isinstance(written := e.payload.get("bytes_written"), int) else None,
            )
            continue
        item = found.get(path)
        if item is None:
            continue
        if e.kind == VERIFIED and e.payload.get("sha256") == item.sha256:
            item.verified_at, item.failed_at, item.failure = e.time, None, None
            pages = e.payload.get(VERIFIED_PAGES)
            if isinstance(pages, list):  # what any verify of these same bytes checked
                item.verified_pages = tuple(sorted({*item.verified_pages, *map(str, pages)}))
        elif e.kind == VERIFY_FAILED:
            item.failed_at, item.failure = e.time, str(e.payload.get("error", ""))
            item.verified_pages = ()  # a later verify must check the notes again to count (the safe side)
        elif e.kind == PURGED:
            # Re-encrypted with the chart removed: a new file that was checked before it replaced the old.
            item.sha256, item.bytes, item.purged_at = str(e.payload["sha256"]), int(e.payload["bytes"]), e.time
            item.verified_at, item.failed_at, item.failure = e.time, None, None
            item.verified_pages = ()  # other bytes: an earlier verify checked the old ones
        elif e.kind == ROTATING:
            item.rotating_at = e.time
        elif e.kind == ROTATED:
            item.removed_at = e.time
    for move in then or []:
        found = _moved(found, move)
    return found


def _past_key(item: RegisteredBackup) -> str:
    """The register's key of a row whose file name a newer backup took: its path and its id, so
    that what is recorded later of that path (verified, rotated) is the newer backup's."""
    return f"{item.path}\n{item.backup_id}"


def _keep_past_row(found: dict[str, RegisteredBackup], path: str) -> None:
    """A new backup registered at `path`: a backup lost with its folder (or rotated away) there
    before keeps its own row under another key. Found: the new folder's first backups take the
    lost ones' names (they are given afresh), and the new row replaced the lost one's, so `backup
    list --all` no longer listed it while the ledger kept both. A row still there (registered
    again: a restore carrying it) is replaced, as before."""
    item = found.get(path)
    if item is None or not (item.lost_at or item.removed_at):
        return
    item.name_taken = True
    found[_past_key(item)] = found.pop(path)


def _moved(found: dict[str, RegisteredBackup], move: Move) -> dict[str, RegisteredBackup]:
    """The backups registered under the move's old folder, under its new one. One registered at
    both paths (a restore carried it at the new one) is kept once: the one at the new path, to
    which what was recorded since refers."""
    moved: dict[str, RegisteredBackup] = {}
    for key, item in found.items():
        past = key != item.path
        was = item.path
        item.path = rebased(was, move)
        if past:
            moved.setdefault(_past_key(item), item)
        elif item.path == was or item.path not in found:
            moved.setdefault(item.path, item)
    return moved
