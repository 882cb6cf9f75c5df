"""Restoring a backup: everything is checked, and destroyed charts are destroyed again,
before a single file of the target folder changes.

Order: unpack + check into a private folder beside the target; collect every
destruction the backup's own ledger, the open vault, the vault being replaced
and an optional newer copy know; re-apply them in the unpacked copy and record
the restore there; only then keep a safety copy of the vault being replaced and
move the restored files in (header last), under a journal that lets the next open of the
folder finish a restore killed between two of those renames (restore_rollforward.py).
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Sequence
from dataclasses import asdict
from pathlib import Path

from vault_app.domain.compliance import ComplianceRecord
from vault_app.domain.errors import (
    CompartmentLocked,
    InvalidInput,
    RefusedByPolicy,
    VaultCorrupt,
    VaultError,
)
from vault_app.services import (
    backup_checked,
    backup_keys,
    backup_left_behind,
    backup_lineage_restore,
    backup_registry,
    backup_registry_copy,
    backup_registry_moved,
    restore_beside_record,
    restore_carried,
    restore_destructions,
    restore_rollforward,
    restore_safety_copy_back,
    restore_signing,
    restore_unsaid,
    signing_keys_keyring,
)
from vault_app.services.backup_archive import private_tempdir, sweep_stale, unpack
from vault_app.services.backup_registry import (
    RESTORED,
    VERIFIED,
    RegisteredBackup,
)
from vault_app.services.ctrl_c_held import ctrl_c_held
from vault_app.services.destruction_app_copies import BACKUP_PATH, ORIGINAL_FOLDER
from vault_app.services.device_secret import KeyringSecretStore, SecretStore, decode_secret, device_secret_name
from vault_app.services.fault_injection import crash_point
from vault_app.services.ledger import LedgerEntry
from vault_app.services.restore_destructions import LaterKeys
from vault_app.services.restore_held import backup_changed_since_asked, changed_since_asked
from vault_app.services.restore_other_vault import (
    another_vault_refusal,
    backup_vault_id,
    vault_files_in,
    vault_id_in,
)
from vault_app.services.restore_place import refuse_restore_place
from vault_app.services.restore_report import Checked, RestoreReport
from vault_app.services.restore_safety_copy import make_safety_copy, safety_copy_path
from vault_app.services.vault import Vault, recover_vault
from vault_app.storage import backup_snapshot, folder_lock, restore_journal, search_index
from vault_app.storage.compartment import COMPARTMENT_FILES
from vault_app.storage.files import PRIVATE_DIR, os_errors


def _new_search_time_lines(copy: Vault) -> None:
    """The restored compartments start a time line of their own for their search files
    (search_index.new_time_line): a search file of the line the vault leaves, put back or
    copied over later, never matches them, whatever their counts come to. The psychotherapy
    compartment is reached as a destruction's re-application reaches it, when this restore
    was given what opens its key (a passphrase, the recovery key, the vault with it unlocked);
    when it is not, its search file is still out of step, being bound to the records
    compartment's generation renewed here too (search_index.bound_line)."""
    # Search bookkeeping, not a change a backup must follow (backup_registry.changed_since_last_backup).
    with copy.records.transaction() as records, records.uncounted():
        search_index.new_time_line(records)
    try:
        with copy.psychotherapy_for_maintenance("restore") as psy, psy.transaction(), psy.uncounted():
            search_index.new_time_line(psy)
    except CompartmentLocked:
        # Not reachable here: its generation stays the backup's, and the records generation just
        # renewed keeps its old search files out all the same (docs/scaling.md, "Twenty-second round").
        pass


def _device_secret_here(store: SecretStore, vault_id: str) -> bool:
    text = store.get(device_secret_name(vault_id)) if store.available() else None
    return bool(text and decode_secret(text))


# --- restore ----------------------------------------------------------------------------------------
# Rebuild and check the copy into the (empty, private) staging folder, with this key source.
Unpacker = Callable[[backup_keys.KeySource, Path], Checked]


def _said_of_purges(
    path: Path, refused: VaultError, source: backup_keys.KeySource, to_dir: Path, current: Vault | None,
    newer: Path | None, known: Sequence[Path], later: LaterKeys | None,
) -> VaultError:
    """A snapshot refused for parts of the backup folder it names that are gone: when the vault's
    ledger (the open vault's, a copy's) has two purges of it and the snapshot is the earlier
    one's, put back, the refusal says so as `backup verify` does (backup_changed)."""
    if refused.code != "backup.repository_damaged" or source.opened is None:
        return refused
    from vault_app.services import backup_changed  # only on this refusal's way

    vid, master = source.opened
    scratch = RestoreReport(str(to_dir), vid, "", "", 0, 0, None)
    try:
        entries = restore_destructions.collect(vid, master, to_dir, current, newer, known, scratch, later)
    except VaultError:
        entries = []  # no copy to read (keys replaced since): the folder's note may still say
    return backup_changed.rotated_by_note(path, vid, backup_changed.snapshot_between_purges_in(entries, path, refused))


def _unpack_file(path: Path, full: bool) -> Unpacker:
    def into(source: backup_keys.KeySource, staging: Path) -> Checked:
        u = unpack(path, source, staging, full=full)
        return Checked(u.header, u.master, u.psychotherapy_wraps, u.ledger_head, str(u.manifest["created"]),
                       u.sha256, u.size, 1, u.check)
    return into


def restore_backup(
    path: Path,
    to_dir: Path,
    *,
    passphrase: str | None = None,
    recovery_key: str | None = None,
    new_passphrase: str | None = None,
    overwrite: bool = False,
    current: Vault | None = None,
    newer_ledger: Path | None = None,
    known_copies: Sequence[Path] = (),
    secrets_store: SecretStore | None = None,
    full: bool = False,
    other_vault: bool = False,
    replaces_original: bool = False,
    asked_sha256: str | None = None, current_passphrase: str | None = None,
) -> RestoreReport:
    """Restore the backup file `path` into `to_dir` (see `restore_folder`). `full`: every
    page and the ledger chain are checked again even when the backup records that they
    were checked when it was made (services/backup_checked.py)."""
    path = Path(path).expanduser().resolve()
    return restore_folder(
        path, _unpack_file(path, full), to_dir, passphrase=passphrase, recovery_key=recovery_key,
        new_passphrase=new_passphrase, overwrite=overwrite, current=current, newer_ledger=newer_ledger,
        known_copies=known_copies, secrets_store=secrets_store, other_vault=other_vault,
        replaces_original=replaces_original, asked_sha256=asked_sha256, current_passphrase=current_passphrase,
    )


def restore_folder(
    path: Path,
    unpack_into: Unpacker,
    to_dir: Path,
    *,
    passphrase: str | None = None,
    recovery_key: str | None = None,
    new_passphrase: str | None = None,
    overwrite: bool = False,
    current: Vault | None = None,
    newer_ledger: Path | None = None,
    known_copies: Sequence[Path] = (),
    secrets_store: SecretStore | None = None,
    other_vault: bool = False,
    replaces_original: bool = False,
    asked_sha256: str | None = None, current_passphrase: str | None = None,
) -> RestoreReport:
    """Restore the copy `path` (a backup file or a snapshot; `unpack_into` rebuilds and
    checks it) into `to_dir`. Both formats go through here, so each check is made once.

    A vault already in `to_dir` is replaced only with `overwrite=True`, and only after
    a safety copy of it was written beside it; by another vault's backup only with
    `other_vault=True` too (refused before the key is derived, from the backup's key block,
    and again once the backup is opened, before anything changes). `current` (an open vault; it is locked
    if it is the one being replaced), `newer_ledger` (a folder holding a newer copy
    of this vault; must be readable) and `known_copies` (folders that may hold a copy,
    e.g. the configured vault; skipped if they hold another vault) add destructions
    to re-apply. With `recovery_key` and
    `new_passphrase`, the restored vault gets the new passphrase (Emergency Kit path).
    `path` itself is registered in the restored vault (never a temporary file), unless the
    vault of the same id lives on in another folder (`current`'s, a known copy's) and
    `replaces_original` is not given: that copy beside it gets backups off and a register of its
    own (backup_registry_copy), so it never writes into nor thins the original's backups.
    `asked_sha256`: the copy's identity when a question was asked of it (restore_ask.identity);
    a different file found in its place is refused before anything changes. `current_passphrase`: with
    the Emergency Kit, the passphrase of the copies read for destructions whose keys were replaced since.
    """
    to_dir = Path(to_dir).expanduser().resolve()
    store = secrets_store or KeyringSecretStore()
    if to_dir.exists() and not to_dir.is_dir():
        raise InvalidInput(f"{to_dir} is not a folder.", code="restore.not_a_folder", field="to_dir")
    refuse_restore_place(to_dir)
    earlier = _finish_an_earlier_restore(to_dir, overwrite)
    existing = vault_files_in(to_dir)
    if existing and not overwrite:
        raise RefusedByPolicy(
            " ".join([*earlier, f"A vault already exists in {to_dir}; it was not touched by this restore."]),
            hint="Restore into an empty folder, or confirm with --overwrite (a safety copy of the current "
            "vault is kept beside it).",
            code=_EXISTS_CODE[bool(earlier)],
        )
    replaced_id = vault_id_in(to_dir) if existing and not other_vault else None
    if replaced_id is not None and backup_vault_id(path) not in (None, replaced_id):
        # Asked of this vault's copy, another vault's found there now is the file changed since.
        raise backup_changed_since_asked() if changed_since_asked(path, asked_sha256) else \
            another_vault_refusal(path, to_dir)
    if recovery_key is None and new_passphrase is not None:
        raise InvalidInput("A new passphrase is set only together with the recovery key.",
                           code="restore.new_passphrase_needs_kit")
    if new_passphrase is not None:
        from vault_app.services.vault_keys import check_new_passphrase

        check_new_passphrase(new_passphrase)
    source = backup_keys.master_source(
        passphrase=passphrase, recovery_key=recovery_key, vault=current, secrets_store=store
    )
    # Inside the target, so the final moves are renames on one file system and a journal
    # in the target names its work folder without a path out of it.
    made = [folder for folder in (to_dir, *to_dir.parents) if not folder.exists()]  # deepest first
    with os_errors("preparing the folder to restore into"):
        to_dir.mkdir(parents=True, exist_ok=True, mode=PRIVATE_DIR)
    try:
        return _restore_into(path, unpack_into, to_dir, existing, source, store, current, newer_ledger,
                             known_copies, recovery_key, new_passphrase, earlier, replaced_id,
                             later=LaterKeys.given(passphrase or current_passphrase, store),
                             replaces_original=replaces_original, asked_sha256=asked_sha256)
    except BaseException:
        for folder in made:
            with contextlib.suppress(OSError):
                folder.rmdir()  # only the folders this restore made, and only while empty
        raise


# A vault in the folder, said by a screen in its words (an earlier restore finished first has
# sentences of its own, said in the core's English).
_EXISTS_CODE = {False: "restore.vault_exists", True: ""}


def _finish_an_earlier_restore(to_dir: Path, overwrite: bool) -> list[str]:
    """A restore into `to_dir` that was killed while it put its files in place is finished
    (or found impossible to finish) before this one looks at the folder."""
    if not to_dir.is_dir() or not restore_rollforward.waiting(to_dir):
        return []
    try:
        said = restore_rollforward.finish_with_lock(to_dir)
    except VaultCorrupt as refused:
        if not overwrite:
            raise
        # What is in the folder is kept in this restore's safety copy, then replaced whole; its
        # journal replaces the refused one (kept until then: a failed restore changes nothing).
        return [f"{refused.message} This restore replaced it; what the folder held is in this restore's "
                "safety copy."]
    return [said] if said else []


def _backups_off(copy: Vault) -> None:
    """A copy beside its original: no backup folder, no backup on lock, until the therapist
    chooses one for it (the restore's entry already marks where its register begins)."""
    conf = backup_registry.settings(copy)
    copy.update_settings(**{backup_registry.SETTINGS_KEY: conf | {"target": None, "auto": False}})


def _go_on_with_backups(copy: Vault, path: Path, u: Checked, report: RestoreReport,
                        entries: list[LedgerEntry], changes: int) -> None:
    """The restored vault is the vault (a new computer, a replacement): its register goes on.
    `changes`: the count of writes the backup holds, read from the copy before the restore wrote."""
    report.backups_registered = restore_destructions.carry_register(copy, entries, {
        "path": str(path), "time": report.backup_created, "sha256": u.sha256, "bytes": u.size,
        "ledger_seq": u.ledger_head.seq, "ledger_mac": u.ledger_head.mac_hex,
        "format": u.register_format, backup_registry.CHANGES: changes}, report.source_holds_destroyed)
    # The backup restored from was checked just now, as a restore checks it: the
    # restored vault's dashboard said "Last verified backup: Never" (found in the real
    # app), since the copy's ledger ends before that backup's own check was recorded.
    # Recorded as `backup verify` records it, and only when this restore's reader says
    # which complete check it ran (backup_checked.FULL or RECORDED).
    if u.check in (backup_checked.FULL, backup_checked.RECORDED) and not report.source_holds_destroyed:
        copy.ledger.append(VERIFIED, {"path": str(path), "sha256": u.sha256,
                                      "ledger_seq": u.ledger_head.seq, "check": u.check})


def _where_from(path: Path, vault_id: str, left: Path | None) -> dict[str, str]:
    """In the restore's entry, for this vault's later destructions (destruction_app_copies): the backup
    restored from and the vault's id (all a restore on a new computer knows of where the vault came
    from), and the folder of the vault this one replaces from elsewhere (`left`), which still holds it."""
    return {BACKUP_PATH: str(path), "vault_id": vault_id} | ({ORIGINAL_FOLDER: str(left)} if left else {})


def _keep_signing_key(copy: Vault, report: RestoreReport, seen: list[restore_signing.Seen],
                      store: SecretStore) -> restore_signing.Kept:
    kept = restore_signing.keep(copy, report.backup_created, seen,
                                restore_signing.unread_headers(report.keys_replaced, report.vault_id),
                                signing_keys_keyring.remembered(store, report.vault_id),
                                signing_keys_keyring.retired_elsewhere(store, report.vault_id, Path(report.folder)))
    report.signing_key, report.signing_key_how = kept.fingerprint, kept.how
    report.signing_key_backup, report.signing_key_retired_on = kept.backup_fingerprint, kept.retired_on
    report.signing_keys_retired_here = list(kept.retired_here)
    return kept


def _restore_into(
    path: Path, unpack_into: Unpacker, to_dir: Path, existing: list[Path], source: backup_keys.KeySource,
    store: SecretStore, current: Vault | None, newer_ledger: Path | None, known_copies: Sequence[Path],
    recovery_key: str | None, new_passphrase: str | None, earlier: list[str], replaced_id: str | None,
    *, later: LaterKeys | None = None, replaces_original: bool = False, asked_sha256: str | None = None,
) -> RestoreReport:
    sweep_stale(to_dir)
    with private_tempdir(to_dir, "restore", keep=lambda staging: restore_rollforward.names(to_dir, staging)) \
            as staging:
        try:
            u = unpack_into(source, staging)
        except VaultError as refused:
            # Another file put in the place of the one asked about may not open with the key
            # given (a third vault's, "Replace this vault with another vault?"): said as the swap
            # it is, not as a wrong passphrase.
            if changed_since_asked(path, asked_sha256):
                raise backup_changed_since_asked() from refused
            said = _said_of_purges(path, refused, source, to_dir, current, newer_ledger, known_copies, later)
            if said is refused:
                raise
            raise said from refused
        if asked_sha256 is not None and u.sha256 != asked_sha256:
            raise backup_changed_since_asked()
        if replaced_id is not None and u.header.vault_id != replaced_id:
            raise another_vault_refusal(path, to_dir)  # the authenticated id: the key block's is not
        report = RestoreReport(
            str(to_dir), u.header.vault_id, u.sha256, u.created, u.ledger_head.seq, 0,
            str(safety_copy_path(to_dir)) if existing else None, check=u.check,
        )
        beside = backup_registry_copy.original_elsewhere(u.header.vault_id, to_dir, current, known_copies)
        original = None if replaces_original else beside
        report.copy_beside = str(original) if original is not None else None
        replaced_own: list[RegisteredBackup] = []
        kept: list[ComplianceRecord] = []
        replaced = restore_carried.Replaced()
        seen: list[restore_signing.Seen] = []
        entries = restore_destructions.collect(u.header.vault_id, u.master, to_dir, current, newer_ledger,
                                               known_copies, report, later, replaced_own if existing else None,
                                               kept, replaced if existing else None, seen)
        copy = backup_keys.open_with_master(staging, u.master, store, psychotherapy_wraps=u.psychotherapy_wraps)
        try:
            holds_changes = backup_registry.content_changes(copy)  # what the backup holds, before the restore writes
            report.reapplied = restore_destructions.reapply(copy, entries)
            report.compliance_records_carried = restore_destructions.carry_kept(copy, kept, entries)
            if existing:
                report.replaced_ledger = asdict(restore_carried.carry(copy.ledger, replaced, report.safety_copy,
                                                                          copy.records))
            report.source = str(path)
            report.source_holds_destroyed = [str(r["destruction_id"]) for r in report.reapplied if r["reapplied"]]
            _new_search_time_lines(copy)
            # In the same entry as the restore itself: the backups of the replaced vault's history
            # this one goes back from, so the automatic backups go on beside them.
            left = backup_left_behind.left_by(copy, replaced_own)
            report.left_behind = [str(b["path"]) for b in left]
            # Never a key a copy read has retired back in use (restore_signing; docs/retention.md).
            signing_kept = _keep_signing_key(copy, report, seen, store)
            copy.ledger.append(
                RESTORED,
                {"backup_sha256": u.sha256, "backup_created": report.backup_created,
                 "backup_ledger_seq": u.ledger_head.seq, "safety_copy": report.safety_copy, "check": u.check,
                 "destructions_known": len(report.reapplied),
                 "reapplied": [r.get("destruction_id") for r in report.reapplied if r.get("reapplied")],
                 backup_left_behind.PAYLOAD_KEY: left, "signing_key": signing_kept.payload()}
                | backup_lineage_restore.carried(entries)  # the files purged: its own past
                | ({backup_registry_copy.COPY_BESIDE: report.copy_beside} if report.copy_beside else {})
                | _where_from(path, u.header.vault_id, beside if replaces_original else None),
            )
            if report.copy_beside:
                _backups_off(copy)
            else:
                _go_on_with_backups(copy, path, u, report, entries, holds_changes)
                before = backup_registry.settings(copy)["target"]
                report.backup_folder_followed = backup_registry_moved.follow_restored_folder(copy, path)
                report.backup_folder_before = before if report.backup_folder_followed else None
                now = backup_registry.settings(copy)
                report.backups_go_to = (None if existing or report.backup_folder_followed or not now["auto"]
                                        or not now["target"] else str(now["target"]))
            head = copy.ledger.head()
            uses_device_secret = copy.header.uses_device_secret
        finally:
            backup_keys.close_copy(copy)
        if any(backup_snapshot.leftover_journal(staging / f) for f in COMPARTMENT_FILES.values()):
            raise InvalidInput("The restored copy was not closed cleanly; nothing was changed.",
                               code="restore.not_closed_cleanly")
        report.restored_ledger_seq = head.seq
        if existing and current is not None and current.is_open and current.folder.resolve() == to_dir:
            current.lock()
        report.warnings[:0] = earlier
        # No other window or command may have the vault open while its files are replaced.
        held = folder_lock.acquire(to_dir)
        try:
            safety = Path(report.safety_copy) if report.safety_copy else None
            if safety is not None:
                make_safety_copy(to_dir, safety)
            journal = restore_journal.describe(to_dir, staging, safety, report.vault_id, head.seq, head.mac_hex,
                                               uses_device_secret)
            # Said by whoever shows this report (restore_unsaid.said); a kill before it, by the next unlock.
            restore_unsaid.mark(to_dir, head.seq, head.mac_hex)
            with ctrl_c_held() as pressed:
                # Killed from here on, the next open of the folder finishes it (restore_rollforward.py).
                restore_rollforward.put_in_place(to_dir, journal, store)
        finally:
            held.release()
    report.ctrl_c_held = bool(pressed)
    crash_point("restore:in-place")
    # Its files in place: the keys it retired, recorded outside the folder (a kill before this: the next unlock).
    signing_keys_keyring.remember(store, report.vault_id, to_dir, signing_kept.retired)
    # What its safety copy holds, so that it may be moved back to undo the restore (restore_safety_copy_back).
    if report.safety_copy and replaced.verified and replaced.entries:
        last = replaced.entries[-1]
        restore_safety_copy_back.remember(store, report.vault_id, to_dir, Path(report.safety_copy),
                                          (last.seq, last.mac_hex), (head.seq, head.mac_hex))
    if report.copy_beside:  # the original's ledger names this copy, for its destructions
        report.copy_beside_not_told = restore_beside_record.record(
            Path(report.copy_beside), to_dir, report.vault_id, u.master, store, current)
    elif replaces_original and beside is not None:  # the vault left behind: told which copy replaced it
        report.original_not_told = restore_beside_record.record_replaced(
            beside, to_dir, report.vault_id, u.master, store, current)
        report.original_replaced = None if report.original_not_told else str(beside)
    if recovery_key is not None and new_passphrase is not None:
        recover_vault(to_dir, recovery_key, new_passphrase, secrets_store=store).lock()
        report.recovered = True
    elif uses_device_secret and not _device_secret_here(store, report.vault_id):
        report.needs_recover = True
    return report


__all__ = ["Checked", "RestoreReport", "Unpacker", "restore_backup", "restore_folder"]
