"""Which backups exist: the ledger is the register. Settings, states, rotation, warnings.

Ledger kinds (payloads carry paths, hashes and times, never client data):
backup.created, backup.verified, backup.verify_failed, backup.purged,
backup.rotating (the rotation is about to delete it), backup.rotated, backup.settings_changed;
backup.moved (the backup folder is at another path now: backup_registry_moves);
backup.restored lives in a restored vault.
"""

from __future__ import annotations

import contextlib
import os
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

from vault_app.domain.errors import EnvironmentProblem, InvalidInput, VaultError
from vault_app.domain.plurals import counted
from vault_app.services import (
    backup_folder_denied,
    backup_folder_lost,
    backup_folder_mark,
    backup_repo_owner,
    drive_privacy,
)
from vault_app.services.backup_folder_place import refuse_in_a_vault_folder
from vault_app.services.backup_kinds import BACKUP_KINDS as BACKUP_KINDS  # re-exported
from vault_app.services.backup_kinds import NEW_VAULT_KIND as NEW_VAULT_KIND  # re-exported
from vault_app.services.backup_kinds import SETTINGS_KEY as SETTINGS_KEY  # re-exported
from vault_app.services.backup_kinds import settings_for_new_vault as settings_for_new_vault  # re-exported
from vault_app.services.backup_registry_copy import folder_turns_backups_on, register_start
from vault_app.services.backup_registry_fold import CREATED as CREATED  # re-exported
from vault_app.services.backup_registry_fold import PURGED as PURGED  # re-exported
from vault_app.services.backup_registry_fold import REGISTER_KINDS as REGISTER_KINDS  # re-exported
from vault_app.services.backup_registry_fold import ROTATED as ROTATED  # re-exported
from vault_app.services.backup_registry_fold import ROTATING as ROTATING  # re-exported
from vault_app.services.backup_registry_fold import VERIFIED as VERIFIED  # re-exported
from vault_app.services.backup_registry_fold import VERIFY_FAILED as VERIFY_FAILED  # re-exported
from vault_app.services.backup_registry_fold import RegisteredBackup as RegisteredBackup  # re-exported
from vault_app.services.backup_registry_fold import fold_register as fold_register  # re-exported
from vault_app.services.backup_registry_moves import MOVED, Move, followed
from vault_app.services.ledger import LedgerEntry
from vault_app.services.vault import Vault
from vault_app.storage import header as header_io
from vault_app.storage import integrity_stamp
from vault_app.storage.files import PRIVATE_DIR, os_errors

RESTORED = "backup.restored"
# backup.created's count of the writes it holds (content_changes; changed_since_last_backup).
CHANGES = "changes"
SETTINGS_CHANGED = "backup.settings_changed"
DEFAULT_SETTINGS: dict[str, Any] = {
    "target": None,
    "keep_daily": 7,
    "keep_weekly": 4,
    "keep_monthly": 12,
    "reminder_days": 7,
    "auto": True,
    # What the backups into `target` are: "file" (a single-file backup each time) or
    # "repo" (a snapshot into a backup repository: services/backup_repo.py). "file" here is
    # what a vault made before snapshots became the default means by saying nothing: its
    # folder holds single-file backups and must never be turned into a repository unasked.
    # Vaults made since store "repo" at creation (settings_for_new_vault).
    "kind": "file",
}
_COUNT_LIMIT = 1000
# The names services/backup.py gives single-file backups (vault-backup-YYYY-MM-DD[-n].vaultbackup).
FILE_PREFIX = "vault-backup-"
FILE_SUFFIX = ".vaultbackup"
SINGLE_FILE_GLOB = f"{FILE_PREFIX}*{FILE_SUFFIX}"

# Ledger kinds that are no change a backup would hold, and why: after the last backup, these
# alone never call for a new one nor make "The vault changed since the last backup" true (it
# showed after every unlock, and after opening a chart). Everything else counts: a record
# written, a disclosure, an export or a printed copy (the accounting and a destruction's list
# of copies read them from the ledger), a destruction, a settings change. backup.* entries are
# the register itself (and a restore's record): never a change either.
NOT_CHANGES: dict[str, str] = {
    "vault.unlocked": "a session began; nothing was written",
    "psychotherapy.unlocked": "the notes were opened; nothing was written",
    "psychotherapy.locked": "the notes were closed; nothing was written",
    "psychotherapy.unlock_refused": "a wrong passphrase typed for the notes; nothing was written",
    "passphrase.reask_refused": "a wrong passphrase typed to confirm a change; nothing was written",
    "ledger.sealing_started": "seals only (services/ledger_sealing.py); a copy without them is sealed at its next "
                              "unlock",
    "chart.opened": "a chart was read",
    "note.viewed": "a note was read",
    "note.original_viewed": "an imported note's original was read",
    "attachment.viewed": "a document was read",
    "decision.viewed": "a decision was read",
    "search.psychotherapy": "a search was run",
    "audit.verified": "the ledger was checked; nothing was written",
    "key.revealed": "a key was shown; nothing was written",
    "backup.folder_lost_seen": "a warning about a lost backup folder was read; nothing was written",
    "psychotherapy.maintenance": "the notes were opened for a task that logs its own entries (a destruction, a "
                                 "rekey) or only renews search bookkeeping (a restore)",
}
CLOUD_FOLDERS = {
    "dropbox": "Dropbox",
    "onedrive": "OneDrive",
    "icloud drive": "iCloud Drive",
    "iclouddrive": "iCloud Drive",
    "mobile documents": "iCloud Drive",
    "com~apple~clouddocs": "iCloud Drive",
    "google drive": "Google Drive",
    "googledrive": "Google Drive",
    "my drive": "Google Drive",
}


# --- settings ---------------------------------------------------------------------------------
def settings(vault: Vault) -> dict[str, Any]:
    stored = vault.header.settings.get(SETTINGS_KEY)
    merged = dict(DEFAULT_SETTINGS)
    if isinstance(stored, dict):
        merged.update({k: v for k, v in stored.items() if k in DEFAULT_SETTINGS})
    return merged


def _count(key: str, value: object) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or not 0 <= value <= _COUNT_LIMIT:
        name = key.replace("_", " ")
        raise InvalidInput(f"{name} must be a whole number between 0 and {_COUNT_LIMIT}.", code="backup.count_range",
                           field=key, params={"max": _COUNT_LIMIT})
    return value


def configure(vault: Vault, **changes: Any) -> dict[str, Any]:
    """Change backup settings (target folder, rotation, reminder, automatic backups, and
    whether the target holds single-file backups or is a backup repository)."""
    unknown = set(changes) - set(DEFAULT_SETTINGS)
    if unknown:
        raise InvalidInput("Unknown backup setting: " + ", ".join(sorted(unknown)) + ".")
    new = settings(vault)
    if folder_turns_backups_on(vault, new, changes):
        changes = {**changes, "auto": True}
    for key, value in changes.items():
        if value is None and key != "target":
            continue
        if key == "target":
            new[key] = str(Path(value).expanduser().resolve()) if value else None
        elif key == "auto":
            new[key] = bool(value)
        elif key == "kind":
            if value not in BACKUP_KINDS:
                raise InvalidInput("The kind of backup is 'file' (one file each time) or 'repo' (snapshots "
                                   "into a backup repository).")
            new[key] = value
        else:
            new[key] = _count(key, value)
    if new["reminder_days"] == 0:
        raise InvalidInput("reminder days must be at least 1.", code="backup.reminder_days_zero", field="reminder_days")
    if new["target"] and Path(new["target"]) == vault.folder.resolve():
        raise InvalidInput("Backups cannot be kept inside the vault folder itself.", code="backup.inside_vault",
                           field="target")
    if changes.get("target"):
        # Made now, while it is chosen (its drive connected): later backups only write into it
        # (configured_target), so a drive unplugged then is said, not replaced by a folder here.
        # Written into now too: a read-only drive's folder was saved without a word (round 46).
        backup_folder_denied.refuse_unwritable(check_target(vault, Path(new["target"])))
        # Chosen now: this is the folder, whatever is (or is not) in it. A folder this vault
        # backed up into before is marked at once (services/backup_folder_connected.py would
        # refuse it without its backups there); a new one is marked with its first backup.
        # Its mark is made anew too (a drive now holding the backup folder's copy: backup.drive_swapped).
        chosen = Path(new["target"])
        if any(backup_folder(b) == chosen for b in registered(vault)) or backup_folder_mark.is_marked(
                chosen, vault.vault_id):
            lost = [] if backup_folder_mark.is_marked(chosen, vault.vault_id) else backup_folder_lost.lost_in(
                vault, chosen)
            backup_folder_mark.mark(chosen, vault.vault_id)
            backup_folder_lost.record_marked(vault, chosen)
            if lost:  # chosen again without its backups: they went with the folder it was
                backup_folder_lost.record_lost(vault, chosen, lost, backup_folder_lost.CHOSEN_AGAIN)
    vault.update_settings(**{SETTINGS_KEY: new})
    vault.ledger.append(SETTINGS_CHANGED, dict(new))
    return new


# --- the register -----------------------------------------------------------------------------
def registered(vault: Vault, *, include_removed: bool = False) -> list[RegisteredBackup]:
    # A copy restored beside its original registers from its restore on (backup_registry_copy).
    items = fold_register(vault.ledger.entries(kinds=REGISTER_KINDS, since_seq=register_start(vault))).values()
    return sorted((b for b in items if include_removed or not b.gone), key=lambda b: b.backup_id)


def find(vault: Vault, path: Path, *, include_removed: bool = False) -> RegisteredBackup | None:
    wanted = str(path.expanduser().resolve())
    # The newest registered there: an older one lost with its folder may have had the same name.
    return next((b for b in reversed(registered(vault, include_removed=include_removed)) if b.path == wanted), None)


def _made_in(path: str, folder: Path) -> bool:
    """A backup file directly in `folder`, or a snapshot of the repository `folder`."""
    parent = Path(path).parent
    return parent == folder or (parent.name == "snapshots" and parent.parent == folder)


def of_this_history(vault: Vault, ledger_seq: int, ledger_mac: str = "") -> bool:
    """Whether a backup that ends its ledger at entry `ledger_seq` (MAC `ledger_mac`) is a backup
    of this vault's own history: this ledger holds that very entry. A restore registers the
    backups the vault it replaced (or a newer copy) knew, and those of a line this vault left
    are not its last backup: one made at entry 49 by the vault restored away from kept a vault
    restored to entry 32 from ever backing up again ("nothing changed since entry 49"). An entry
    from before the MAC was recorded is judged by its number alone."""
    if ledger_mac:
        return vault.ledger.holds(ledger_seq, ledger_mac)
    return ledger_seq <= vault.ledger.head().seq


def of_this_vault(vault: Vault, b: RegisteredBackup) -> bool:
    return of_this_history(vault, b.ledger_seq, b.ledger_mac)


def last_created(vault: Vault, folder: Path | None = None) -> LedgerEntry | None:
    """The newest backup.created entry of a backup of this vault's history (of_this_history);
    with `folder`, of the backups made into it."""
    entries = vault.ledger.entries(kinds=(CREATED, MOVED), since_seq=register_start(vault))
    if folder is not None:
        # A backup made before its folder moved (backup.moved) is in it at its new path.
        where = folder.expanduser().resolve()
        entries = [e for e, moves in _with_later_moves(entries) if _made_in(
            followed(str(e.payload.get("path", "")), moves), where)]
    entries = [e for e in entries if e.kind == CREATED]
    return next((e for e in reversed(entries) if of_this_history(
        vault, int(e.payload.get("ledger_seq", 0)), str(e.payload.get("ledger_mac") or ""))), None)


def _with_later_moves(entries: list[LedgerEntry]) -> list[tuple[LedgerEntry, list[Move]]]:
    """Each backup.created entry with the moves of its folder recorded after it, in order."""
    later: list[Move] = []
    out: list[tuple[LedgerEntry, list[Move]]] = []
    for e in reversed(entries):
        if e.kind == MOVED:
            later = [(str(e.payload.get("from") or ""), str(e.payload.get("to") or "")), *later]
        else:
            out.append((e, later))
    return out[::-1]


def is_a_change(kind: str) -> bool:
    """Whether a ledger entry of `kind` is something a backup would hold that the last one
    lacks (NOT_CHANGES lists what is not, and why)."""
    return not (kind.startswith("backup.") or kind in NOT_CHANGES)


def changed_since_last_backup(vault: Vault) -> bool:
    """Whether anything a backup would hold happened since the last backup of this vault's
    history into the configured backup folder (any backup when none is set). A copy saved
    elsewhere (a single file to take away) does not stand in for it: the lock still brings
    the backup folder up to date.

    The one answer the lock, Quit, `backup auto` and the Backups window use. Two signs, either
    enough: a ledger entry that is a change (is_a_change), or a write the ledger never sees (a
    draft's autosave, held form text, an unlogged row): records.db's count of transactions
    that wrote a row (storage/integrity_stamp.py `changes`, which the notes' file bumps too)
    is not the one the backup recorded when it copied the files. Read from the file, so
    another process's writes (the CLI) count; compared for equality, so an older file put
    back counts as changed; a backup that recorded no count (made before it was kept) counts
    as changed once. Erring this way makes one backup too many, never one too few."""
    target = settings(vault)["target"]
    last = last_created(vault, Path(target) if target else None)
    if last is None:
        return True
    recorded = last.payload.get(CHANGES)
    if isinstance(recorded, bool) or not isinstance(recorded, int) or recorded != content_changes(vault):
        return True
    since = int(last.payload.get("ledger_seq", 0)) + 1
    return any(is_a_change(e.kind) for e in vault.ledger.entries(since_seq=since))


def content_changes(vault: Vault) -> int:
    """What a backup records as `changes` in its backup.created entry: read where the vault is
    used, before its files are copied (a write in between only makes the next backup come early)."""
    return integrity_stamp.changes(vault.records)


# --- rotation ---------------------------------------------------------------------------------
def _local_day(iso: str) -> date:
    return datetime.fromisoformat(iso).astimezone().date()


def plan_rotation(backups: list[RegisteredBackup], daily: int, weekly: int, monthly: int) -> set[int]:
    """backup_ids to keep: the newest backup of each of the last `daily` days, `weekly`
    ISO weeks and `monthly` months that have one, and always the newest backup; newest in the
    order they were made (RegisteredBackup.made_order), each one's day by its clock."""
    newest_first = sorted(backups, key=lambda b: b.made_order, reverse=True)
    keep: set[int] = {newest_first[0].backup_id} if newest_first else set()
    rules = (
        (daily, lambda d: d.isoformat()),
        (weekly, lambda d: "{}-W{:02d}".format(*d.isocalendar()[:2])),
        (monthly, lambda d: f"{d.year}-{d.month:02d}"),
    )
    for limit, bucket_of in rules:
        seen: set[str] = set()
        for b in newest_first:
            if len(seen) >= limit:
                break
            bucket = bucket_of(_local_day(b.created))
            if bucket not in seen:
                seen.add(bucket)
                keep.add(b.backup_id)
    return keep


# --- where backups go -----------------------------------------------------------------------------
def _existing(path: Path) -> Path:
    path = path.expanduser().resolve()
    while not path.exists() and path != path.parent:
        path = path.parent
    return path


def cloud_service(path: Path) -> str | None:
    for part in path.expanduser().resolve().parts:
        low = part.lower()
        for marker, service in CLOUD_FOLDERS.items():
            if low == marker or low.startswith(marker + " ") or low.startswith(marker + "-"):
                return service
    return None


def single_files_in(folder: Path) -> int:
    """How many single-file backups (of any vault) lie directly in `folder`."""
    with contextlib.suppress(OSError):
        return sum(1 for p in folder.glob(SINGLE_FILE_GLOB) if p.is_file())
    return 0


def _is_repository(folder: Path) -> bool:
    return (folder / "chunks").is_dir() and (folder / "snapshots").is_dir()


def target_warnings(vault_folder: Path, target: Path, kind: str | None = None) -> list[str]:
    """What the therapist should know about the folder backups go to. `kind` is what the
    backups into it are (the settings' "kind"); None: a repository if the folder is one."""
    warnings = []
    # First: a folder that cannot take this vault's snapshots at all (each backup refuses
    # it too: backup_repo_owner.claim). A vault not made yet (the first-run wizard) has no
    # header: any repository already there is another vault's.
    taken = backup_repo_owner.owner_problem(target, _vault_id_in(vault_folder))
    if taken is not None:
        warnings.append(taken.message)
    if (kind or ("repo" if _is_repository(target) else "file")) == "repo":
        # The repository is made beside single-file backups already there (an older vault's,
        # or copies saved here): they are never moved, rotated or turned into snapshots.
        found = single_files_in(target)
        if found:
            warnings.append(
                f"This folder also holds {counted(found, 'single-file backup')}. "
                + ("It is left as it is and stays" if found == 1 else "They are left as they are and stay")
                + " restorable; this vault's dated backups go into the folder's 'snapshots' and 'chunks' folders. "
                "Copy the whole folder to keep both."
            )
    service = cloud_service(target)
    if service:
        warnings.append(
            f"The backup folder is inside a {service} folder: every backup will be uploaded to {service}. "
            "The files are encrypted, but copies kept by the provider (version history, trash) are out of the "
            "app's reach, so a destroyed chart cannot be purged from them. Prefer an external drive."
        )
    try:
        same = os.stat(_existing(target)).st_dev == os.stat(_existing(vault_folder)).st_dev
    except OSError:
        same = False
    if same:
        warnings.append(
            "The backup folder is on the same disk as the vault: a disk failure or a stolen laptop takes both. "
            "Keep at least one backup on an external drive."
        )
    exposed = drive_privacy.backup_warning(target)  # an exFAT or FAT32 drive: files shown to every account
    if exposed:
        warnings.append(exposed)
    return warnings


def _vault_id_in(vault_folder: Path) -> str | None:
    """The id in the vault's header (written in the clear), or None when there is no vault."""
    try:
        return header_io.read(vault_folder).vault_id
    except (VaultError, OSError):
        return None


# --- status ---------------------------------------------------------------------------------------
def status(vault: Vault, now: datetime | None = None) -> dict[str, Any]:
    conf = settings(vault)
    now = now or datetime.now(UTC)
    # What the status says of the last backup and the last checked one, and what the reminders
    # and Today's "Checked copy" read from it, is of this vault's history only: after a restore
    # the register also names the backups of the line restored away from (changed_since too).
    every = registered(vault)
    items = [b for b in every if of_this_vault(vault, b)]
    present = [b for b in items if b.state() != "missing"]
    verified = [b for b in present if b.state() == "verified" and b.verified_at]
    last = max(present, key=lambda b: b.made_order, default=None)
    # The newest made of those checked (RegisteredBackup.made_order): by the time of its check, one checked
    # while the clock ran ahead stayed "the last" for a year, dated in the future (found by a walker).
    last_verified = max(verified, key=lambda b: b.made_order, default=None)
    age = None
    if last_verified is not None and last_verified.verified_at:
        age = (now - datetime.fromisoformat(last_verified.created)).total_seconds() / 86400
    away, away_age = _newest_verified_away(items, last_verified, now)
    target = conf["target"]
    return {
        "settings": conf,
        "registered": len(every),
        "last_backup": last.as_dict() if last else None,
        "last_verified_backup": last_verified.as_dict() if last_verified else None,
        "verified_backup_age_days": round(age, 2) if age is not None else None,
        # A verified backup newer than every reachable one, whose file is not reachable now.
        "last_verified_unreachable": away.as_dict() if away else None,
        "unreachable_backup_age_days": round(away_age, 2) if away_age is not None else None,
        "unreachable_backup_folder": str(backup_folder(away)) if away else None,
        # Its folder empty on the drive it was marked on: deleted and made again, not a drive away.
        "unreachable_folder_emptied": bool(away and backup_folder_lost.emptied(vault, backup_folder(away))),
        "reminder_due": age is None or age > conf["reminder_days"],
        "changed_since_last_backup": changed_since_last_backup(vault),
        "warnings": target_warnings(vault.folder, Path(target), conf["kind"]) if target else [],
    }


def _newest_verified_away(items: list[RegisteredBackup], last_verified: RegisteredBackup | None,
                          now: datetime) -> tuple[RegisteredBackup | None, float | None]:
    """The newest backup verified once whose file is not reachable now (its drive unplugged, its
    folder renamed or unmounted), when it is newer than the last verified one reachable; and its
    age in days. Still a checked copy, only not here: found in the real app, the dashboard said
    "Never" for a vault whose verified backups sat in an unmounted folder."""
    away = [b for b in items if b.verified_at and not (b.failed_at and b.failed_at > b.verified_at)
            and b.state() == "missing"]
    newest = max(away, key=lambda b: b.made_order, default=None)
    if newest is None or (last_verified is not None and last_verified.made_order > newest.made_order):
        return None, None
    return newest, (now - datetime.fromisoformat(newest.created)).total_seconds() / 86400


def backup_folder(item: RegisteredBackup) -> Path:
    """The folder the therapist chose for `item`: a backup file's own, a snapshot's repository."""
    return folder_of(item.file)


def folder_of(backup: Path) -> Path:
    """The backup folder `backup` lies in: a single file's own, a snapshot's (REPO/snapshots/NAME) repository."""
    parent = backup.parent
    return parent.parent if parent.name == "snapshots" else parent


def configured_target(vault: Vault, target: Path) -> Path:
    """The backup folder the settings name, for a backup made because they say so (on lock,
    at quit, Back up now, `backup auto`, `backup create` without --to): it must be there. It
    was made when it was chosen; gone now, it is on a drive that is not connected (a drive's
    folder, or its mount point, goes with it), and making it again put the backups on this
    computer's own disk under the drive's name, where the drive would be mounted next (found
    in the real app: a lock with the drive unplugged recreated the drive's folder)."""
    path = Path(target).expanduser()
    choose = "Backups (vault-app backup settings --target DIR)"
    if not path.is_dir():
        if path.exists() or path.is_symlink():
            raise InvalidInput(f"The backup folder {path} is not a folder. Nothing was written.",
                               hint=f"Choose another backup folder under {choose}.", code="backup.target_not_folder")
        raise EnvironmentProblem(
            f"The backup folder {path} is not there. If it is on an external drive, connect the drive. "
            "Nothing was written.",
            hint=f"Or choose another backup folder under {choose}.", code="backup.target_missing",
            params={"folder": str(path)})
    return check_target(vault, path)


def check_target(vault: Vault, target: Path) -> Path:
    """`target` checked (refused_target) and made if missing."""
    return make_target(refused_target(vault, target))


def refused_target(vault: Vault, target: Path) -> Path:
    """`target` resolved and checked, not made: a backup refuses what it will refuse before it
    makes a missing folder (`backup create --to` an unplugged drive's folder made it on the
    laptop's own disk, then refused it as not connected), then makes it (make_target)."""
    target = Path(target).expanduser().resolve()
    refuse_in_a_vault_folder(target, vault.folder)
    if target.exists() and not target.is_dir():
        raise InvalidInput(f"{target} is not a folder.", code="backup.target_not_folder", field="target")
    return target


def make_target(target: Path) -> Path:
    with os_errors("creating the backup folder"):
        # An existing folder (a mounted drive) keeps its permissions; the files are 0600.
        target.mkdir(parents=True, exist_ok=True, mode=PRIVATE_DIR)
    return target
