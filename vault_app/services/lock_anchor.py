"""Whether the vault a window unlocks is the one it locked, continued, or one a restore put in
its place meanwhile (a terminal's `vault-app backup restore --overwrite` while the window was
locked: the folder's lock is let go then, so commands may run).

Found on Xvfb: the unlock after such a restore said only "Unlocked.": the chart open at the lock
was silently gone, and the form left open on it (held in the vault that was replaced), and
nothing said the vault was now the backup's. The ledger only grows, so the entry that was its
last at the lock is still there, unchanged, in the same vault continued by any command; a
restore brings the backup's ledger, which has no such entry or another one at that place.

The same unlock also tells (each unlocked Vault is asked, never a stale answer of an earlier one):
- the chart open at the lock destroyed meanwhile (`vault-app destroy`): it is not reopened, and
  the forms left on it went with it (the destruction takes their held text); said, not silent;
- the Emergency Kit replaced meanwhile (a terminal's `vault-app rekey`, which shows its new kit
  there): a notice written at the lock about the kit ("your old kit no longer works, replace
  every key again") is then about a kit that is no longer the vault's.

Kept in this process's memory only, by folder: a sequence number, a MAC, a chart's random id, a
digest of the header's recovery wrap (itself ciphertext, on disk beside the vault), the vault's id
and the folder's device and inode numbers; no record. On a drive that keeps no file ids (FAT, exFAT,
FUSE: storage/drive_ids.py) a random stamp instead, written into the vault folder (STAMP_FILE).
Its limit there: a copy of the whole folder made after the lock (its stamp with it) put in the
folder's place is told only by its ledger and id, as any copy."""

from __future__ import annotations

import hashlib
import secrets
import time
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from vault_app.domain.errors import NotFound, VaultError
from vault_app.storage import drive_ids
from vault_app.storage.files import atomic_write, read_small_regular

if TYPE_CHECKING:
    from vault_app.services.vault import Vault
    from vault_app.storage.header import LedgerAnchor


@dataclass(frozen=True)
class _AtLock:
    anchor: LedgerAnchor
    kit: str  # digest of the master key's wrap under the recovery key: which Emergency Kit opens it
    open_chart: str | None  # the chart on screen at the lock (a random id)
    at: float = 0.0  # when (time.time()): a restore's safety copy made since names a restore
    vault_id: str = ""  # the header's (plain): another vault's restored in its place is told
    folder: tuple[int, int] | None = None  # the folder's (device, inode): one put in its place is told
    # On a drive whose ids change while the files stay (FAT, exFAT, FUSE: storage/drive_ids.py), the
    # folder's own random stamp instead, written into it at the lock (STAMP_FILE); "" when none.
    stamp: str = ""


@dataclass(frozen=True)
class Meanwhile:
    """What another program changed while the window was locked, as found at its unlock."""

    replaced: bool = False  # a backup restored over the vault
    chart_destroyed: bool = False  # the chart open at the lock is gone (not said with `replaced`)
    kit_replaced: bool = False  # the Emergency Kit the vault had at the lock opens it no more


_AT_LOCK: dict[Path, _AtLock] = {}
# What was found, kept on the unlocked Vault (Vault.done_at_unlock, one count per field of
# Meanwhile): said until the lock, as each unlock opens a Vault of its own.
_FIELDS = ("replaced", "chart_destroyed", "kit_replaced")


def _kit(vault: Vault) -> str:
    return hashlib.sha256(vault.header.wrapped.get("master_by_recovery", "").encode()).hexdigest()


# In the vault folder, on a drive that keeps no file ids (a dot-file: no vault file; no secret: random).
STAMP_FILE = ".window-lock-stamp"


def remember(vault: Vault, open_chart: str | None = None) -> None:
    """At the lock (on the worker, the vault still open): its ledger's last entry, its kit, and
    the chart then on screen; and what tells the folder (its ids, else its stamp)."""
    folder = vault.folder.expanduser().resolve()
    kept = drive_ids.keeps_ids(folder)
    _AT_LOCK[folder] = _AtLock(vault.ledger.head(), _kit(vault), open_chart, time.time(), vault.header.vault_id,
                               _identity(folder) if kept else None, "" if kept else _stamped(folder))


def _stamped(folder: Path) -> str:
    """A new random stamp written into `folder` (STAMP_FILE), or "" when it cannot be (a drive
    gone read-only: the folder is then told by its vault's id and ledger alone, as a copy would be)."""
    stamp = secrets.token_hex(16)
    try:
        atomic_write(folder / STAMP_FILE, stamp.encode("ascii"), what="marking the vault folder at the lock")
    except (VaultError, OSError):
        return ""
    return stamp


def _stamp_in(folder: Path) -> str:
    """The stamp in `folder`, "" when none: read only from a small plain file (a pipe there never
    holds the unlock; storage/files.read_small_regular)."""
    found, _info = read_small_regular(folder / STAMP_FILE, 64)
    return found.decode("ascii", errors="replace").strip() if found else ""


def _not_the_folder_locked(at_lock: _AtLock, folder: Path) -> bool:
    """Whether `folder` is not the folder locked: another in its place (moved aside, a restore's).
    By its ids where the drive keeps them, else by its stamp (a FAT/exFAT drive gave the folder a new
    inode number once the system forgot it: found, round 46, the PIN said a restore that never was)."""
    if at_lock.stamp:
        return _stamp_in(folder) != at_lock.stamp
    return at_lock.folder is not None and _identity(folder) not in (None, at_lock.folder)


def _identity(folder: Path) -> tuple[int, int] | None:
    try:
        found = folder.stat()
    except OSError:
        return None
    return found.st_dev, found.st_ino


def check_after_unlock(vault: Vault) -> bool:
    """At the unlock that follows (on the worker): True when the vault was replaced meanwhile;
    what else changed is kept for `meanwhile`."""
    at_lock = _AT_LOCK.pop(vault.folder.expanduser().resolve(), None)
    if at_lock is None or at_lock.anchor.seq <= 0:
        return False
    replaced = not vault.ledger.holds(at_lock.anchor.seq, at_lock.anchor.mac_hex)
    found = Meanwhile(replaced=replaced,
                      chart_destroyed=not replaced and _gone(vault, at_lock.open_chart),
                      kit_replaced=_kit(vault) != at_lock.kit)
    for field in _FIELDS:
        if getattr(found, field):
            vault.done_at_unlock[f"meanwhile.{field}"] = 1
    return replaced


def _gone(vault: Vault, client_id: str | None) -> bool:
    # Lazy: the clients service is the vault's own code, loaded by then; not at this module's import
    from vault_app.services import clients

    if client_id is None:
        return False
    try:
        clients.get_client(vault, client_id)
    except NotFound:  # only a destruction removes a chart
        return True
    return False


def restored_since_lock(folder: Path) -> Path | None:
    """Before the unlock, the vault still closed (the PIN refused): the safety copy a restore over
    `folder` made since this window's lock (backup_restore keeps one, FOLDER-before-restore-STAMP,
    beside it), or None. Read from the folder's neighbours, not the vault: its keys may not be the
    PIN's any more."""
    folder = folder.expanduser().resolve()
    at_lock = _AT_LOCK.get(folder)
    if at_lock is None or not at_lock.at:
        return None
    try:
        made = [(p.stat().st_mtime, p) for p in folder.parent.glob(f"{folder.name}-before-restore-*") if p.is_dir()]
    except OSError:
        return None
    since = [m for m in made if m[0] >= at_lock.at]
    return max(since)[1] if since else None


def replaced_since_lock(folder: Path) -> bool:
    """Before the unlock, the vault still closed (the PIN refused): whether the vault in `folder` is
    not the one locked, continued, whatever made it so (a restore into the folder moved aside, an
    --overwrite whose safety copy went since: no safety copy to find). Read from vault.header, plain:
    its ledger anchor moves at every ledger entry, so the vault continued by any program ends at or
    after the lock's last entry; an older copy's ends before it, or at it with another entry; another
    vault's has another id. And a folder not the one locked (the vault's moved aside, a restore's
    in its place) holds another vault than the one locked, whatever its ledger: a backup made
    after the lock holds every entry the locked vault had."""
    # Lazy: the header's reader is the vault's own code, loaded by then; not at this module's import
    from vault_app.domain.errors import VaultError
    from vault_app.storage import header as header_io

    at_lock = _AT_LOCK.get(folder.expanduser().resolve())
    if at_lock is None or at_lock.anchor.seq <= 0:
        return False
    try:
        header = header_io.read(folder)
    except (VaultError, OSError):
        return False  # no header to read: the unlock says what is wrong with it
    now, then = header.ledger_anchor, at_lock.anchor
    moved = _not_the_folder_locked(at_lock, folder.expanduser().resolve())
    return moved or (bool(at_lock.vault_id) and header.vault_id != at_lock.vault_id) or now.seq < then.seq or (
        now.seq == then.seq and now.mac_hex != then.mac_hex)


def forget(folder: Path) -> None:
    """The app's own restore into `folder` (its unlock window's Restore from a backup…): not
    another program's, and said by that window."""
    _AT_LOCK.pop(folder.expanduser().resolve(), None)


def meanwhile(vault: Vault) -> Meanwhile:
    """What this unlocked vault was found changed by another program at its unlock."""
    return Meanwhile(**{field: bool(vault.done_at_unlock[f"meanwhile.{field}"]) for field in _FIELDS})


__all__ = ["STAMP_FILE", "Meanwhile", "check_after_unlock", "forget", "meanwhile", "remember", "replaced_since_lock",
           "restored_since_lock"]
