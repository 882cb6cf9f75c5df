"""A restore puts its files in place as a journaled roll-forward: the keyring's ledger anchor
widened to accept the restored head beside the folder's own, the journal (made durable),
the renames, the anchor narrowed to the restored head, the journal's removal. A restore
killed between two renames (SIGKILL, a crash, a power cut) is finished by the next open of
the folder, with the writer lock held and before the header is read: found because such a
kill left a folder of mixed files that the next unlock refused as rolled back, and the
therapist had to find the safety copy by hand.

The journal acts only on the state a killed restore leaves: its work folder still there
(the same folder, not a copy put back), every file either the old one or the staged one as
marked, and the staged header of the journal's vault. An old journal put back after the
restore finished finds no old file in place and is dropped; anything else is refused with
the safety copy named, and nothing is changed.

The open that finishes a restore never writes the keyring's anchor: it runs before any
passphrase, on what lies in the folder, and an anchor moved from there would let an older
copy of the vault put in the folder with a journal of its own pass the rollback check. The
restore widened the anchor before its journal existed (device_secret.widen_anchor), so
whichever vault a kill leaves whole is accepted, and the next lock writes one head again.
"""

from __future__ import annotations

import contextlib
import glob
import shutil
from pathlib import Path

from vault_app.domain.errors import VaultCorrupt, VaultError
from vault_app.services.backup_workdirs import sweep_stale
from vault_app.services.device_secret import SecretStore, widen_anchor, write_anchor
from vault_app.services.fault_injection import crash_point
from vault_app.storage import folder_lock
from vault_app.storage import header as header_io
from vault_app.storage import restore_journal as rj
from vault_app.storage.files import fsync_dir, os_errors
from vault_app.storage.layout import HEADER_NAME

COMPLETED = "A restore into this folder was interrupted; it has been completed: the vault is the restored one, whole."
UNCHANGED = ("A restore into this folder was interrupted before it changed anything; the vault is as it was "
             "before the restore.")
KEPT_IN = " The vault as it was before is kept in "  # then the safety copy's folder and a stop


def waiting(folder: Path) -> bool:
    """Whether a restore's journal is in `folder` (said without the lock: only a hint)."""
    return rj.present(folder)


def names(folder: Path, staging: Path) -> bool:
    """Whether the journal in `folder` names `staging`: then it must stay for the next open."""
    try:
        return rj.present(folder) and rj.read(folder).staging == staging.name
    except rj.JournalDamaged:
        return False


def put_in_place(folder: Path, journal: rj.Journal, store: SecretStore) -> None:
    """The restore's last steps, with the writer lock held and the safety copy made: the
    anchor widened, the journal, every staged file over the folder's (header last), the anchor
    narrowed, the journal's removal."""
    anchored = journal.device_secret or store.available()
    if anchored:
        widen_anchor(store, journal.vault_id, folder, journal.ledger_seq, journal.ledger_mac)
    crash_point("restore:anchor-widened")
    rj.write(folder, journal, before_replace=lambda: crash_point("restore:journal-flushed"))
    crash_point("restore:journal-written")
    try:
        _move_in(folder, journal)
    except VaultError as err:
        # A rename refused half-way (a drive's I/O error): the journal and the work folder stay.
        safety = journal.safety_copy_of(folder)
        err.hint = ("The restore is finished the next time this vault is opened (in the app or by a command)."
                    + (f" The vault as it was is kept in {safety}." if safety else ""))
        raise
    if anchored:
        # What the restore's copy would have left at its lock: a later rollback is measured against it.
        write_anchor(store, journal.vault_id, folder, journal.ledger_seq, journal.ledger_mac)
    crash_point("restore:anchor-set")
    rj.remove(folder)


def _done(state: str, new: rj.Mark | None) -> bool:
    return state == rj.NEW or (new is None and state == rj.ABSENT)


def _old(state: str, old: rj.Mark | None) -> bool:
    return state == rj.OLD or (old is None and state == rj.ABSENT)


def _move_in(folder: Path, journal: rj.Journal) -> None:
    staging, safety = journal.staging_in(folder), journal.safety_copy_of(folder)
    for name, (old, new) in journal.items.items():
        if _done(rj.state_of(folder / name, old, new), new):
            continue
        rj.move_item(staging, folder, name, safety)
        crash_point(f"restore:moved:{name}")
    with os_errors("putting the restored vault in place"):
        fsync_dir(folder)


def _safety_copy_named(folder: Path, journal: rj.Journal | None) -> Path | None:
    if journal is not None:
        return journal.safety_copy_of(folder)
    with contextlib.suppress(OSError):
        pattern = glob.escape(folder.name + rj.SAFETY_INFIX) + "*"
        found = sorted(folder.parent.glob(pattern), key=lambda p: p.stat().st_mtime)
        if found:
            return found[-1]
    return None


# By whether a safety copy of the vault as it was is there to open: a screen says where, in its words.
_INTERRUPTED_CODE = {True: "restore.interrupted.safety_copy", False: "restore.interrupted"}


def _refusal(folder: Path, journal: rj.Journal | None, why: str) -> VaultCorrupt:
    safety = _safety_copy_named(folder, journal)
    where = (f"The vault as it was before the restore is kept in the safety copy {safety}: open that folder "
             "instead, or" if safety else "Please")
    return VaultCorrupt(
        f"A restore into {folder} was interrupted and cannot be finished safely: {why}. Nothing was changed.",
        hint=f"{where} restore your latest backup into this folder again (with --overwrite, or the app's "
             "Restore; what is in the folder now is kept as another safety copy).",
        code=_INTERRUPTED_CODE[safety is not None], params={"safety": str(safety)} if safety else {},
    )


def _staged_vault_id(staging: Path) -> str | None:
    try:
        return header_io.read(staging).vault_id
    except VaultError:
        return None


def finish_interrupted(folder: Path, held: folder_lock.FolderLock) -> str | None:
    """With `held`, the writer lock of `folder` (a reader never rolls forward): a restore's
    journal found there is finished or dropped, and what happened said in a sentence; None
    without one. VaultCorrupt, with the safety copy named, when it cannot be done safely."""
    if not held.held or held.folder != folder:
        raise RuntimeError("a restore is finished only with the folder's writer lock held")
    for partial in rj.leftover_partials(folder):
        # A journal write a kill interrupted: never a journal, since its rename did not happen.
        partial.unlink(missing_ok=True)
    said = _journaled(folder)
    # A restore killed before its journal (while it unpacked or checked) left its work folder,
    # a whole vault's size, in the vault folder until the next restore; with the lock held and
    # no journal naming it, the open removes it (never a live process's: sweep_stale).
    sweep_stale(folder)
    return said


def _journaled(folder: Path) -> str | None:
    if not rj.present(folder):
        return None
    try:
        journal = rj.read(folder)
    except rj.JournalDamaged as why:
        raise _refusal(folder, None, f"its journal ({rj.journal_path(folder).name}) is damaged: {why}") from None
    states = {name: rj.state_of(folder / name, old, new) for name, (old, new) in journal.items.items()}
    if _own_work_folder(journal.staging_in(folder), journal, states):
        return _finish(folder, journal, states)
    # Its work folder is gone (or a copy is in its place): nothing to move in.
    if not any(state == rj.OLD for state in states.values()):
        rj.remove(folder)  # the restore had finished; an old journal put back
        return None
    if all(_old(states[name], old) for name, (old, _new) in journal.items.items()):
        rj.remove(folder)
        return UNCHANGED
    raise _refusal(folder, journal, "its restored files are gone, and the folder holds files of both vaults")


def _own_work_folder(staging: Path, journal: rj.Journal, states: dict[str, str]) -> bool:
    """The restore's own work folder: its inode, and what is still to move in it as staged. By
    the number alone, a copy put back was taken for it when the filesystem gave the copy the
    number of the folder removed when the restore finished (ext4 reuses them; a test met it
    under load), and the open refused the vault instead of dropping the old journal."""
    mark = rj.mark_of(staging)
    if mark is None or mark.size is not None or mark.ino != journal.staging_ino:
        return False
    return all(new is None or rj.state_of(staging / name, None, new) == rj.NEW
               for name, (_old, new) in journal.items.items() if not _done(states[name], new))


def _finish(folder: Path, journal: rj.Journal, states: dict[str, str]) -> str:
    staging = journal.staging_in(folder)
    for name, (_was, new) in journal.items.items():
        if _done(states[name], new):
            continue
        staged_here = new is None or rj.state_of(staging / name, None, new) == rj.NEW
        if not (states[name] in (rj.OLD, rj.ABSENT) and staged_here):
            raise _refusal(folder, journal, "its files are not the ones it recorded")
    if states[HEADER_NAME] != rj.NEW and _staged_vault_id(staging) != journal.vault_id:
        raise _refusal(folder, journal, "the restored files are of another vault than its journal says")
    _move_in(folder, journal)
    rj.remove(folder)
    shutil.rmtree(staging, ignore_errors=True)
    safety = journal.safety_copy_of(folder)
    if safety is not None and safety.is_dir():
        return f"{COMPLETED}{KEPT_IN}{safety}."
    return COMPLETED


def finish_with_lock(folder: Path, *, wait_seconds: float = 0.0) -> str | None:
    """finish_interrupted under a writer lock taken (and released) here: a restore starting."""
    held = folder_lock.acquire(folder, wait_seconds=wait_seconds)
    try:
        return finish_interrupted(folder, held)
    finally:
        held.release()


__all__ = ["COMPLETED", "KEPT_IN", "UNCHANGED", "finish_interrupted", "finish_with_lock", "names", "put_in_place",
           "waiting"]
