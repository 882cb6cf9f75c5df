"""A backup folder deleted (or its drive wiped) and a new one made at the same path: its backups
are recorded as lost with it, and the new folder starts afresh.

Before: the new folder, empty, was said as "the backup drive is not connected" and refused;
chosen again, it was backed up into, while its old backups stayed in the register as "missing"
for good, the Today screen said the newest checked one was "no longer in" the folder (connect
its drive), and nothing said what had happened.

Told apart from a drive that is only away (its empty mount point at the path) by the drive: a
folder is recorded with the drive it was marked on (`backup.folder_marked`, its file system's
UUID: services/backup_volume.py). The same drive there now, without the mark and without any of
its backups: the folder was deleted or emptied, not unplugged. Where the drive is not told
(another system, a mark from before this was recorded), the folder is refused as before, and
choosing it again (the Backups window, `backup settings --target`) says it is the folder: its
backups are then recorded lost as well.

Recorded, never forgotten: `backup.folder_lost` names the backups' paths; their backup.created
entries stay in the ledger, and `backup list --all` lists them as "lost with their folder". One
found at its path again later (the folder put back from the trash) is a backup again.
"""

from __future__ import annotations

import os
from pathlib import Path

from vault_app.domain import locale_format
from vault_app.domain.plurals import counted
from vault_app.services.backup_folder_mark import read_mark
from vault_app.services.backup_registry_copy import register_start
from vault_app.services.backup_registry_fold import REGISTER_KINDS, fold_register
from vault_app.services.backup_volume import volume_of
from vault_app.services.vault import Vault

LOST = "backup.folder_lost"
MARKED = "backup.folder_marked"
# The therapist said the news of a loss was read (the Backups window): the unlock says it no more
# (`unread`); `backup list` still does. Payload: the backup.folder_lost entry's seq.
SEEN = "backup.folder_lost_seen"
DELETED = "deleted"  # the same drive, the folder without its mark and its backups
CHOSEN_AGAIN = "chosen again"  # the therapist chose the folder again without them


def lost_in(vault: Vault, folder: Path) -> list[str]:
    """The paths of this vault's registered backups in `folder` when none of them is there (and
    there is at least one), else []."""
    # The register read here, not through backup_registry (which asks this module at a folder chosen again).
    backups = fold_register(vault.ledger.entries(kinds=REGISTER_KINDS, since_seq=register_start(vault))).values()
    made_here = [b.path for b in backups if not b.gone and _folder_of(b.file) == folder]
    return [] if any(os.path.lexists(p) for p in made_here) else made_here


def _folder_of(backup: Path) -> Path:
    """As backup_registry.folder_of: a single file's own folder, a snapshot's repository."""
    return backup.parent.parent if backup.parent.name == "snapshots" else backup.parent


def record_marked(vault: Vault, folder: Path) -> None:
    """Say in the ledger which drive `folder` was marked on (what `emptied` compares with)."""
    found = read_mark(folder, vault.vault_id)
    volume = volume_of(folder)
    if found is not None and volume is not None:
        vault.ledger.append(MARKED, {"folder": str(folder), "folder_id": str(found.get("folder_id") or ""),
                                     "volume": volume})


def _marked_on(vault: Vault, folder: Path) -> str | None:
    entries = vault.ledger.entries(kinds=(MARKED,))
    found = next((e for e in reversed(entries) if e.payload.get("folder") == str(folder)), None)
    volume = found.payload.get("volume") if found is not None else None
    return volume if isinstance(volume, str) and volume else None


def emptied(vault: Vault, folder: Path) -> list[str]:
    """The backups lost with `folder` when it is on the drive it was marked on, without its mark
    and without any of them: deleted (or emptied) and made again, not a drive away."""
    lost = lost_in(vault, folder)
    if not lost or read_mark(folder, vault.vault_id) is not None:
        return []
    then = _marked_on(vault, folder)
    return lost if then is not None and volume_of(folder) == then else []


def record_lost(vault: Vault, folder: Path, paths: list[str], why: str) -> None:
    vault.ledger.append(LOST, {"folder": str(folder), "paths": paths, "why": why})


def lost_words(folder: Path) -> str:
    """What a backup into the new folder says of it (the register keeps the old ones' record).
    The window says it in its own language (gui/backup_warnings.LOST_FOLDER, the same words)."""
    return (f"The backup folder {folder} was deleted or emptied since the last backup: the backups made in it "
            "before went with it (still listed in the vault's records, as lost). A new backup history starts there "
            "now.")


def unread(vault: Vault) -> list[dict[str, object]]:
    """The backup folders found deleted and made again (not chosen again: the therapist did that)
    whose backups are still lost, and whose news the therapist has not said was read: the unlock
    says each, every time, in `lost_line`'s words (found: said at the one unlock after the backup
    that found it, in a line the next notice replaced, while `backup list` says it every time)."""
    seen = {e.payload.get("lost") for e in vault.ledger.entries(kinds=(SEEN,))}
    found = [f for f in folders_lost(vault) if f["why"] == DELETED and f["seq"] not in seen]
    if not found:
        return []
    from vault_app.services.practice import printing_locale  # only with a loss to say

    tag = printing_locale(vault)
    # "when": when it was found, as `backup list` writes moments (the practice's format, this computer's clock).
    return [{**f, "when": locale_format.moment_text(str(f["at"]), tag)} for f in found]


def mark_read(vault: Vault, seqs: list[int]) -> None:
    """The news of the losses recorded at `seqs` was read: the unlock says them no more."""
    seen = {e.payload.get("lost") for e in vault.ledger.entries(kinds=(SEEN,))}
    for seq in seqs:
        if seq not in seen:
            vault.ledger.append(SEEN, {"lost": seq})


def lost_count(lost: dict[str, object]) -> int:
    backups = lost["backups"]
    return len(backups) if isinstance(backups, list) else 0


def lost_line(lost: dict[str, object], when: str, where: str = "'vault-app backup list --all'") -> str:
    """What `backup list` says of a lost folder (`when`: the moment as it shows it), and the
    unlock (`where`: how the window lists them; gui/status_words.py says it in the screen's
    language)."""
    count = lost_count(lost)
    which = "the backup" if count == 1 else f"the {counted(count, 'backup')}"
    found = "chosen again without its backups" if lost["why"] == CHOSEN_AGAIN else "found"
    them = "it" if count == 1 else "them"
    return (f"The backup folder {lost['folder']} was deleted or emptied ({found} on {when}): {which} made in it "
            f"before went with it ({where} lists {them}, as lost). A new backup history started there.")


def folders_lost(vault: Vault) -> list[dict[str, object]]:
    """Every backup folder recorded as found deleted or emptied (or chosen again without its backups), oldest
    first: its folder, when (the ledger's time), why, and the backups that went with it and are still lost
    (one found at its path again is a backup again; a new backup written under an old one's name is not the
    old one). For `backup list`: the unlock says a loss once, and a therapist at the command line (a `backup
    auto` run unattended found it) was told nothing."""
    start = register_start(vault)
    register = fold_register(vault.ledger.entries(kinds=REGISTER_KINDS, since_seq=start))
    found: list[dict[str, object]] = []
    for e in vault.ledger.entries(kinds=(LOST,), since_seq=start):
        paths = [str(p) for p in e.payload.get("paths") or []]
        still = [p for p in paths if (row := register.get(p)) is None or row.backup_id > e.seq
                 or row.state() == "lost"]
        if still:
            found.append({"folder": str(e.payload.get("folder") or ""), "at": e.time,
                          "why": str(e.payload.get("why") or ""), "backups": still, "seq": e.seq})
    return found


__all__ = ["CHOSEN_AGAIN", "DELETED", "LOST", "MARKED", "SEEN", "emptied", "folders_lost", "lost_count", "lost_in",
           "lost_line", "lost_words", "mark_read", "record_lost", "record_marked", "unread"]
