"""Encrypted backups: create, verify, list, rotate, automatic backup, purge for destruction.

One backup = one file (see storage/backup_format.py) holding a consistent
snapshot of the header and all three compartments, each still encrypted with
its own SQLCipher key, the whole again encrypted and authenticated. Restoring
lives in services/backup_restore.py (re-exported here).
"""

from __future__ import annotations

import contextlib
import tempfile
import time
from dataclasses import asdict, dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from vault_app.domain.errors import VaultError
from vault_app.domain.plurals import counted
from vault_app.services import (
    attachment_blobs,
    backup_changed,
    backup_checked,
    backup_folder_connected,
    backup_held,
    backup_keys,
    backup_last_verified,
    backup_left_behind,
    backup_lineage,
    backup_registry,
    backup_repo_owner,
    staging_journal,
)
from vault_app.services.backup_archive import (
    Unpacked,
    check_before_packing,
    copy_locked_compartment,
    pack_folder,
    partial_path,
    private_tempdir,
    read_back,
    replace_file,
    sweep_stale,
    unpack,
)
from vault_app.services.backup_disk_full import said_as_the_full_disk
from vault_app.services.backup_folder_denied import said_as_the_backup_folder
from vault_app.services.backup_folder_gone import said_as_gone
from vault_app.services.backup_registry import (
    CREATED,
    VERIFIED,
    VERIFY_FAILED,
    configure,
    make_target,
    refused_target,
    registered,
    settings,
    status,
    target_warnings,
)
from vault_app.services.backup_registry import check_target as check_target  # re-exported
from vault_app.services.backup_registry import configured_target as configured_target  # re-exported
from vault_app.services.backup_rotation import rotate
from vault_app.services.backup_workdirs import done_with
from vault_app.services.device_secret import SecretStore
from vault_app.services.fault_injection import crash_point
from vault_app.services.vault import Vault
from vault_app.storage import backup_folder_lock, backup_snapshot
from vault_app.storage import header as header_io
from vault_app.storage.compartment import COMPARTMENT_FILES
from vault_app.storage.files import os_errors
from vault_app.storage.header import Header, LedgerAnchor

# Re-exported, imported on first use: callers keep using backup.restore_backup,
# backup.purge_from_backups and backup.inspect_backups, but importing them at the top loads
# the restore and the destruction (~6 MB resident) into every window that lists backups,
# and so into the unlock's peak while its KDF holds 256 MiB
# (tests/gui/test_unlock_memory_imports.py). Thin functions, not a module __getattr__:
# that would also run for every probe of a missing attribute (__path__, __wrapped__).
if TYPE_CHECKING:
    from vault_app.services.backup_copies import inspect_backups, purge_from_backups
    from vault_app.services.backup_repo import SnapshotInfo
    from vault_app.services.backup_restore import restore_backup
    from vault_app.services.vault_copy_home import Sharing
else:
    def restore_backup(*args, **kwargs):
        from vault_app.services import backup_restore

        return backup_restore.restore_backup(*args, **kwargs)

    def purge_from_backups(*args, **kwargs):
        from vault_app.services import backup_copies

        return backup_copies.purge_from_backups(*args, **kwargs)

    def inspect_backups(*args, **kwargs):
        from vault_app.services import backup_copies

        return backup_copies.inspect_backups(*args, **kwargs)


FILE_PREFIX = backup_registry.FILE_PREFIX
FILE_SUFFIX = backup_registry.FILE_SUFFIX


@dataclass
class BackupInfo:
    backup_id: int
    path: str
    file: str
    sha256: str
    bytes: int
    created: str
    ledger_seq: int
    verified: bool
    seconds: float
    rotated: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    # Backups the policy lets go that stay: the newest whose check covered every compartment
    # (backup_rotation_covered).
    kept_covering: list[str] = field(default_factory=list)

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)


# --- create -------------------------------------------------------------------------------------
def backup_file_name(folder: Path, day: str) -> Path:
    """vault-backup-YYYY-MM-DD.vaultbackup (-2, -3... for more than one a day): the date only."""
    candidate = folder / f"{FILE_PREFIX}{day}{FILE_SUFFIX}"
    n = 2
    while candidate.exists():
        candidate = folder / f"{FILE_PREFIX}{day}-{n}{FILE_SUFFIX}"
        n += 1
    return candidate


def snapshot_vault(vault: Vault, staging: Path) -> tuple[Header, LedgerAnchor]:
    """Copies of every compartment taken under one set of read transactions, plus the header."""
    compartments = vault.own_files()
    with backup_snapshot.read_snapshot(compartments):
        head = vault.ledger.head()
        header = vault.header
        for comp in compartments:
            dest = staging / COMPARTMENT_FILES[comp.name]
            backup_snapshot.snapshot_open(comp, vault.compartment_key(comp.name), dest)
        if not vault.psychotherapy_open:
            # Locked notes are copied as they are on disk, still encrypted: the unlocked vault
            # does not hold their key (it has its own wrapping), and this process holds the
            # folder's writer lock, so nobody writes that file meanwhile.
            # Only the file checked against the ledger in this session: an older copy put back
            # is refused here, before rotation could remove the backups that hold its notes.
            vault.refuse_unchecked_psychotherapy_file()
            name = "psychotherapy"
            source, dest = vault.folder / COMPARTMENT_FILES[name], staging / COMPARTMENT_FILES[name]
            copy_locked_compartment(name, source, dest)
        # The attachment blobs records.db names in this snapshot, copied while it is held
        # (a blob is never changed once written; a destruction may scrub one afterwards).
        attachment_blobs.copy_blobs(vault.folder, staging, attachment_blobs.referenced(vault))
    with os_errors("preparing the backup"):
        header_io.write_copy(staging, header)
    return header, head


def create_backup(vault: Vault, target_dir: Path, *, verify: bool = False, rotate_old: bool = True,
                  shared: Sharing | None = None) -> BackupInfo:
    """See _create_backup. A permission refused in the backup folder is said as that folder's
    (services/backup_folder_denied.py), not as the vault folder's. `shared`: whether this vault
    is a copy sharing the folder, asked already (backup_if_changed), else asked here."""
    from vault_app.services import vault_copy_home  # a copy sharing the default vault's backup folder

    # Here, not in each caller: Save a single-file copy… into the shared folder had no check.
    vault_copy_home.refuse_backup_into(vault, target_dir, shared)  # before anything is written
    # A full disk said as which one (services/backup_disk_full.py).
    with said_as_the_backup_folder(target_dir), said_as_gone(target_dir), \
            said_as_the_full_disk(vault.folder, target_dir):
        return _create_backup(vault, target_dir, verify=verify, rotate_old=rotate_old)


def _create_backup(vault: Vault, target_dir: Path, *, verify: bool = False, rotate_old: bool = True) -> BackupInfo:
    """Write one encrypted backup file into `target_dir`, register it in the ledger,
    optionally check it (as a restore would) and apply the rotation policy.

    The snapshot holds read transactions on the vault's own connections: call it
    where the vault is used (the GUI's single background-operation helper), not
    alongside another operation on the same vault."""
    started = time.perf_counter()
    target = refused_target(vault, target_dir)  # made only once nothing below refuses it
    # Not into another vault's backup repository (a single-file copy saved there with `--to`
    # was written while the folder was said to be another vault's): each vault needs a folder
    # of its own, and that vault's rotation, purges and sweeps are not this vault's. A folder
    # of this vault's own snapshots still takes a copy beside them (docs/backup.md).
    backup_repo_owner.refuse_taken(target, vault.vault_id)
    backup_lineage.refuse_file_into(vault, target)  # only onto this vault's own line, before anything is written
    # Not into an unplugged drive's empty mount point (services/backup_folder_connected.py).
    lost = backup_folder_connected.refuse_unless_connected(vault, target)
    make_target(target)
    now = datetime.now(UTC)
    created = now.isoformat(timespec="seconds")
    day = now.astimezone().date().isoformat()
    # Named for this process until it is put in place: two copies backing up into one
    # folder never write the same file.
    partial = partial_path(backup_file_name(target, day), "partial")
    master = backup_keys.master_of(vault)
    sweep_stale(target)
    warnings: list[str] = [lost] if lost else []
    checked: dict[str, Any] | None = None
    try:
        # Staged on the vault's own disk when there is room (it holds these files already), else
        # beside the backup; journaled either way, so a kill's unpacked copy is found by the next
        # unlock and by a destruction wherever it is (services/staging_journal.py).
        parent = staging_journal.work_parent(vault.folder, target, staging_journal.vault_bytes(vault.folder))
        with staging_journal.journaled_tempdir(vault.folder, parent, "backup") as staging:
            changes = backup_registry.content_changes(vault)  # before the copy: see there
            header, head = snapshot_vault(vault, staging)
            if verify:
                # Checked before packing, so that a restore of this file can rely on its
                # authentication instead of repeating the checks (services/backup_checked.py).
                checked, problem = check_staging(staging, header, master, head, vault.psychotherapy_wraps())
                if problem:
                    warnings.append(problem)
            staging_journal.journal_file(vault.folder, partial)  # wherever it is written (a copy saved anywhere)
            sha256, size = pack_folder(staging, partial, header, master, head, created, checked=checked)
            crash_point("backup.packed")
        if checked is not None:
            read_back(partial, master)  # the file holds exactly the checked bytes
        # The line, the free name, the rename, the register and the rotation as one step
        # against another copy backing up into this folder now (storage/backup_folder_lock.py).
        with backup_folder_lock.held(target):
            backup_repo_owner.refuse_taken(target, vault.vault_id)  # again: another vault may have claimed it
            backup_lineage.refuse_file_into(vault, target)  # again: another copy may have written meanwhile
            backup_folder_connected.mark_at_put_in_place(vault, target, partial)  # its drive not swapped
            dest = backup_file_name(target, day)
            replace_file(partial, dest)
            entry = vault.ledger.append(
                CREATED,
                {"path": str(dest), "time": created, "sha256": sha256, "bytes": size, "ledger_seq": head.seq,
                 "ledger_mac": head.mac_hex, "format": 1, backup_registry.CHANGES: changes},
            )
            if checked is not None:
                vault.ledger.append(VERIFIED, {"path": str(dest), "sha256": sha256, "ledger_seq": head.seq,
                                               "check": backup_checked.RECORDED})
            elif verify:
                verify_backup(dest, vault=vault)  # the full check (it fails where the staging check failed)
            kept_covering: list[str] = []
            rotated = rotate(vault, target, kept_covering=kept_covering) if rotate_old else []
    finally:
        with contextlib.suppress(OSError):
            partial.unlink()
        done_with(partial)  # still there when its drive was away: the next backup removes it
    return BackupInfo(
        entry.seq, str(dest), dest.name, sha256, size, created, head.seq, verify,
        round(time.perf_counter() - started, 3), rotated, target_warnings(vault.folder, target) + warnings,
        kept_covering,
    )


def check_staging(staging: Path, header: Header, master: bytes, head: LedgerAnchor,
                  wraps: tuple[bytes, ...] = ()) -> tuple[dict[str, Any] | None, str | None]:
    """`check_before_packing` of a backup's staging copy: (its record, None), or (None,
    why) when something is damaged; the backup is then written without the record, and
    its full check (at once when verifying, and at every restore) reports the damage."""
    keys = backup_keys.unwrap_header(header, master, wraps)
    try:
        return check_before_packing(staging, keys, header.ledger_anchor, head), None
    except VaultError as err:
        return None, f"The copy made for the backup failed its check ({err.message}); it is checked in full instead."


def backup_if_changed(vault: Vault, *, drafts_new: bool = False,
                      refuse_copy: bool = False) -> BackupInfo | SnapshotInfo | None:
    """For the GUI on lock and on exit: back up to the configured target if anything
    changed since the last backup. None when no target is set, automatic backups are
    off, or nothing changed. `drafts_new`: the open forms' typing just held is not in the
    last backup (services/held_text.held_while), which the ledger does not see.
    `refuse_copy`: a copy sharing the default vault's backup folder, which makes no automatic
    backup (vault_copy_home), is refused as Back up now is (`backup auto`) instead of None."""
    conf = settings(vault)
    if not conf["target"] or not conf["auto"]:
        return None
    from vault_app.services import vault_copy_home  # a copy sharing the default vault's backup folder

    # Asked once for the run: here, and by the writer's own refusal below
    shared = vault_copy_home.sharing(vault)
    if shared.automatic is not None:
        if refuse_copy:
            raise vault_copy_home.shared_folder_refusal(shared.any or shared.automatic)
        return None
    if not drafts_new and not backup_registry.changed_since_last_backup(vault):
        return None
    return create_to_target(vault, Path(conf["target"]), shared=shared)


def create_to_target(vault: Vault, target: Path,
                     shared: Sharing | None = None) -> BackupInfo | SnapshotInfo:
    """Back up now into `target`, checked as a restore would check it: a single file, or a
    snapshot when the settings say the target is a backup repository ("kind": "repo").
    `shared`: as create_backup's."""
    target = configured_target(vault, target)
    # A copy sharing the default vault's backup folder is refused by the create functions below.
    if settings(vault)["kind"] == "repo":
        # Not at the top: snapshot repositories' code (chunk store, ctypes) is not resident
        # while the unlock's KDF runs (see the re-exports above).
        from vault_app.services.backup_repo import create_incremental

        return create_incremental(vault, target, verify=True, shared=shared)
    return create_backup(vault, target, verify=True, shared=shared)


# --- verify -------------------------------------------------------------------------------------
def _summary(u: Unpacked, path: Path) -> dict[str, Any]:
    return {
        "ok": True,
        "path": str(path),
        "file": path.name,
        "sha256": u.sha256,
        "bytes": u.size,
        "created": u.manifest["created"],
        "vault_id": u.header.vault_id,
        "format_version": u.manifest["format_version"],
        "ledger_seq": u.ledger_head.seq,
        "parts": [{"name": p["name"], "bytes": p["size"]} for p in u.manifest["parts"]],
        # Which check ran, said plainly (the GUI shows these lines): the full one, or the
        # one relying on the checks recorded when the backup was made.
        "check": u.check,
        "checked": [*map(backup_checked.checked_line, (
                        backup_checked.CHECKSUM, backup_checked.AUTHENTICATION,
                        backup_checked.PART_HASHES if u.check != backup_checked.RECORDED
                        else backup_checked.PART_HASHES_READ_BACK, backup_checked.HEADER_MAC)),
                    *backup_checked.described(u.check, u.checked_record, u.keys, "backup")],
        "psychotherapy_pages_checked": "psychotherapy" in u.keys or (
            u.check == backup_checked.RECORDED and "psychotherapy" in (u.checked_record or {}).get("pages", ())),
    }


def verify_backup(
    path: Path,
    *,
    passphrase: str | None = None,
    recovery_key: str | None = None,
    vault: Vault | None = None,
    secrets_store: SecretStore | None = None,
    work_dir: Path | None = None,
    full: bool = False,
) -> dict[str, Any]:
    """Check a backup completely (everything a restore checks) without restoring it. A
    backup checked when it was made is checked as its restore would be (its result's
    "check" says so); `full=True` repeats every page and chain check regardless.

    With an open `vault` of the same vault id, the result goes into its ledger
    (backup.verified / backup.verify_failed)."""
    path = Path(path).expanduser().resolve()
    source = backup_keys.master_source(
        passphrase=passphrase, recovery_key=recovery_key, vault=vault, secrets_store=secrets_store,
        vault_if_refused=True,
    )
    try:
        work = work_dir or Path(tempfile.gettempdir())
        sweep_stale(work)
        # Journaled with an open vault: a kill's unpacked copy is swept by its next unlock.
        with (staging_journal.journaled_tempdir(vault.folder, work, "verify")
              if vault is not None and vault.is_open else private_tempdir(work, "verify")) as folder:
            unpacked = unpack(path, source, folder, full=full)
            summary = _summary(unpacked, path)
            held = backup_held.destructions_held(vault, summary["vault_id"], folder, unpacked.master,
                                                 unpacked.psychotherapy_wraps)
    except VaultError as err:
        if vault is not None and vault.is_open and backup_registry.find(vault, path) is not None:
            vault.ledger.append(VERIFY_FAILED, {"path": str(path), "error": err.kind})
        raise
    if vault is not None and vault.is_open and summary["vault_id"] == vault.vault_id:
        registered_as = backup_registry.find(vault, path)
        if (registered_as is not None and summary["sha256"] != registered_as.sha256
                and backup_changed.older_than_purge(registered_as, unpacked.manifest)):
            summary["older_than_purge"] = True  # the GUI's words (gui/backups.py)
            summary["warnings"] = [backup_changed.before_purge(vault, registered_as)]
        elif registered_as is not None and summary["sha256"] != registered_as.sha256:
            later = backup_changed.later_purges(vault, registered_as, sha256=summary["sha256"])
            if later:
                summary["between_purges"] = True  # the GUI's words (gui/backups.py)
                summary["warnings"] = [backup_changed.between_purges(vault, registered_as, later)]
        if held and (summary.get("older_than_purge") or summary.get("between_purges")):
            # A purged backup's older copy put back is said above, in words of its own (delete it);
            # what it holds is named all the same, so `backup verify` exits NOT_CLEAN for it too.
            summary["holds_destroyed"] = held
        elif held:
            # Whole, but not clean: not recorded verified (`backup list` called such a file verified).
            summary["holds_destroyed"] = held
            summary.setdefault("warnings", []).extend(backup_held.held_warnings(
                held, unregistered=path if registered_as is None else None))
            return summary
        vault.ledger.append(
            VERIFIED, {"path": str(path), "sha256": summary["sha256"], "ledger_seq": summary["ledger_seq"],
                       "check": summary["check"],
                       backup_checked.VERIFIED_PAGES: backup_checked.verified_pages(summary)}
        )
    return summary


def list_backups(vault: Vault, *, check_hash: bool = False, include_removed: bool = False) -> list[dict[str, Any]]:
    """Each registered backup with its state; one whose file changed says, in "changed", what
    the file on disk shows happened (services/backup_changed.py: another copy of this vault's
    purge is "changed", not "failed")."""
    rows = []
    until = backup_left_behind.kept_until(vault)
    left = set(until)
    for b in registered(vault, include_removed=include_removed):
        row = b.as_dict(check_hash=check_hash)
        # Of the line a restore went back from: kept and purged, no longer this vault's history.
        row["before_restore"] = backup_left_behind.from_before_restore(vault, b, left)
        # Until when the rotation keeps one a restore left behind (its grace period).
        kept = until.get((b.ledger_seq, b.ledger_mac))
        row["kept_until"] = kept.isoformat(timespec="seconds") if kept is not None and not b.gone else None
        # A failed row is read whole (its checksum) to say what happened: without, the Backups
        # window said "failed" of a file `backup list --check` called "changed" (found by a
        # walker). Only rows already failed pay for it.
        found = backup_changed.explain(vault, b, check_hash=True) if row["state"] == "failed" \
            else backup_changed.explain_missing(vault, b) if row["state"] == "missing" \
            else backup_changed.explain_rotated(vault, b) if row["state"] == "rotated" else None
        if found is None and row["state"] == "missing":
            found = backup_changed.explain_not_found(b)  # where it was looked for, and why it may not be there
        if found is not None:
            row["state"], row["changed"] = found
        rows.append(row)
    return rows


def status_of_folder(vault: Vault) -> dict[str, Any]:
    """`status`, its warnings led by the refusal the next backup into the backup folder
    would meet (services/backup_lineage.py): the backup on lock only logs a refusal, so the
    Backups screen and `backup list`/`settings` say it. Not in `status` itself: it reads the
    folder's newest files, and the Today screen asks for the status at every visit."""
    info = status(vault)
    # The one answer to "last verified backup" that the Backups window, `backup list` and the
    # Today screen say alike (services/backup_last_verified.py).
    info["last_verified"] = asdict(backup_last_verified.from_status(info))
    refused = backup_lineage.problem(vault)
    if refused:
        info["warnings"] = [refused, *info["warnings"]]
    return info


def reminder_text(vault: Vault) -> str | None:
    """A plain sentence for the GUI when the last verified backup is too old, else None."""
    info = status(vault)
    if not info["reminder_due"]:
        return None
    age = info["verified_backup_age_days"]
    return reminder_sentence(None if age is None else int(age))


def reminder_sentence(age_days: int | None) -> str:
    """The reminder for a verified backup `age_days` old (None: there is none). The GUI says
    the same in the screen's language (gui/status_words.py, kept equal by its tests)."""
    if age_days is None:
        return "This vault has no verified backup yet. Make one now: Vault > Backups… > Back up now (Ctrl+Shift+B)."
    return (f"Your last verified backup is {counted(age_days, 'day')} old. "
            "Make a new one: Vault > Backups… (Ctrl+Shift+B).")


__all__ = [
    "BackupInfo",
    "backup_if_changed",
    "configure",
    "create_backup",
    "create_to_target",
    "inspect_backups",
    "list_backups",
    "purge_from_backups",
    "reminder_sentence",
    "reminder_text",
    "restore_backup",
    "settings",
    "status",
    "status_of_folder",
    "verify_backup",
]
