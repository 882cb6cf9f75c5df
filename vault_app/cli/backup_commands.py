"""backup create / verify / list / status / restore / locate / settings / auto."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from vault_app.cli import backup_restore_commands, common
from vault_app.cli.backup_restore_commands import warnings_text as _warnings_text
from vault_app.domain import locale_format
from vault_app.domain.errors import ExitCode, InvalidInput, VaultBusy, VaultError, VaultTampered
from vault_app.services import (
    backup,
    backup_checked,
    backup_folder_lost,
    backup_repo,
    backup_repo_owner,
    backup_rotation_copies,
    backup_rotation_covered,
)


def _recovery_key(args: argparse.Namespace) -> str | None:
    if not getattr(args, "recovery_key_file", None):
        return None
    return common.read_secret(
        args, env="VAULT_APP_RECOVERY_KEY", file_attr="recovery_key_file", prompt="Recovery key: ", what="recovery key"
    )


# Said with its next step (found: "not verified yet" and nothing to do about it).
NOT_VERIFIED = ("not verified yet: check it with 'vault-app backup verify' (the newest backup), or in the app: "
                "Vault > Backups > Check the selected backup")


def _emit_snapshot(args: argparse.Namespace, info: backup_repo.SnapshotInfo) -> None:
    common.emit(
        args,
        info.as_dict(),
        lambda: (
            f"Snapshot written: {info.path}\n  {info.vault_bytes} bytes of vault in {info.chunks} chunks; "
            f"{info.chunks_written} new chunks ({info.bytes_written} bytes) written\n"
            f"  {'verified (every chunk decrypted and every page checked)' if info.verified else NOT_VERIFIED}"
            + "".join(f"\n  rotated out: {p}" for p in info.rotated)
            + "".join(f"\n  {backup_rotation_copies.KEPT_TEXT}: {p}" for p in info.kept_for_other_copies)
            + "".join(f"\n  {backup_rotation_covered.KEPT_TEXT}: {p}" for p in info.kept_covering)
            + _warnings_text(info.warnings)
        ),
    )


def cmd_create_incremental(args: argparse.Namespace) -> int:
    if args.to:
        raise InvalidInput("Give either --to (a backup file) or --incremental (a snapshot), not both.")
    if args.kind == "file":
        raise InvalidInput("--incremental writes a snapshot; --kind file writes a single file. Give one of them.")
    # A copy sharing the default vault's backup folder: refused by create_incremental itself.
    with common.unlocked(args) as vault:
        info = backup_repo.create_incremental(vault, Path(args.incremental), verify=args.verify,
                                              rotate_old=not args.no_rotate)
    _emit_snapshot(args, info)
    return 0


def _kind_of_create(args: argparse.Namespace, conf: dict[str, Any]) -> str:
    """What `backup create` writes: --kind when given; a single file with --to (a copy to take
    elsewhere, as it always was); else what the settings say the backup folder holds."""
    if args.kind:
        return str(args.kind)
    return "file" if args.to else str(conf["kind"])


def cmd_create(args: argparse.Namespace) -> int:
    if args.incremental:
        return cmd_create_incremental(args)
    with common.unlocked(args) as vault:
        conf = backup.settings(vault)
        target = args.to or conf["target"]
        if not target:
            raise InvalidInput(
                "No backup folder given.",
                hint="Use --to DIR, or set one with 'vault-app backup settings --target DIR'.",
            )
        if not args.to:
            target = str(backup.configured_target(vault, Path(target)))  # the drive may be unplugged
        # A copy of the vault sharing the default vault's backup folder: not into that folder, refused
        # by the create functions themselves (services/vault_copy_home.py); --to elsewhere stays allowed.
        made: backup.BackupInfo | backup_repo.SnapshotInfo
        if _kind_of_create(args, conf) == "repo":
            made = backup_repo.create_incremental(vault, Path(target), verify=args.verify,
                                                  rotate_old=not args.no_rotate)
        else:
            made = backup.create_backup(vault, Path(target), verify=args.verify, rotate_old=not args.no_rotate)
    if isinstance(made, backup_repo.SnapshotInfo):
        _emit_snapshot(args, made)
        return 0
    info = made
    common.emit(
        args,
        info.as_dict(),
        lambda: (
            f"Backup written: {info.path}\n  {info.bytes} bytes, SHA-256 {info.sha256}\n"
            f"  {'verified (checked before packing, read back)' if info.verified else NOT_VERIFIED}"
            + "".join(f"\n  rotated out: {p}" for p in info.rotated)
            + "".join(f"\n  {backup_rotation_covered.KEPT_TEXT}: {p}" for p in info.kept_covering)
            + _warnings_text(info.warnings)
        ),
    )
    return 0


def _vault_matching(args: argparse.Namespace, passphrase: str) -> Any:
    """The configured vault, opened to record the verification, if it exists and opens.
    Held by the app's window (or another command), the check goes on without it and says so
    on stderr: found, "Backup OK" while the vault beside never learnt of the check (its
    dashboard kept "never checked") nor compared the backup with its destructions."""
    try:
        return common.open_told(args, passphrase)
    except VaultBusy as busy:
        _not_recorded(args, busy, f"{busy.message[0].lower()}{busy.message[1:]} To record it, check the backup "
                                  "there (Vault > Backups > Check the selected backup), or run this again once the "
                                  "vault is locked.")
        return None
    except VaultTampered as refused:
        # The vault's own files refused at its unlock (an older psychotherapy.db put back alone, for one):
        # said in the unlock's words, its advice with it (round 46: the check went on silent, "Backup OK").
        _not_recorded(args, refused, f"the vault did not open. {refused.message} {refused.hint}".rstrip())
        return None
    except VaultError:
        return None


def _not_recorded(args: argparse.Namespace, why: VaultError, said: str) -> None:
    """On stderr: the check goes on, not recorded in the vault, and why (`said`)."""
    text = f"This check is not recorded in the vault, nor compared with the charts it has destroyed since: {said}"
    if getattr(args, "json", False):
        print(json.dumps({"notice": "verification-not-recorded", "code": why.code, "message": text}), file=sys.stderr)
    else:
        print(f"NOTE: {text}", file=sys.stderr)


def _newest_registered(vault: Any) -> Path:
    """The newest registered backup whose file is here (not rotated out, not on an unplugged drive)."""
    from vault_app.services import backup_registry

    here = [b for b in backup_registry.registered(vault) if b.state() not in ("missing", "rotated")]
    if not here:
        raise InvalidInput("No backup is registered whose file is reachable here to check.",
                           hint="Make one with 'vault-app backup create', or name a backup: "
                                "'vault-app backup verify FILE'.")
    return max(here, key=lambda b: b.backup_id).file


# The window's "unlock them, then check again" in the command line's terms: here they stay locked
# when the passphrase given did not open the backup and the vault's keys did (services/backup_keys.py,
# a backup made before a passphrase change), which leave them locked.
_NOTES_LOCKED = ("The psychotherapy notes in it could not be checked: the passphrase given did not open them in this "
                 "backup (as when it was made before the passphrase was changed). To include them, check it with the "
                 "passphrase it was made with, or with the Emergency Kit (--recovery-key-file FILE).")


def plain_lines(result: dict[str, Any]) -> list[tuple[str, str]]:
    """What a verify's result means for a clinician, (code, English) line by line: the app's Check the
    selected backup's facts (backup_checked.plainly), the way to include locked notes the command line's."""
    lines = [(str(getattr(line, "code", "")), str(line)) for line in backup_checked.plainly(result)]
    return [(code, _NOTES_LOCKED if code == backup_checked.PLAIN_NOTES_LOCKED else text) for code, text in lines]


def cmd_verify(args: argparse.Namespace) -> int:
    key = _recovery_key(args)
    if args.file is None and key is not None:
        # The list of backups is in the vault, which the Emergency Kit does not open here.
        raise InvalidInput("Name the backup file to check with the Emergency Kit: 'vault-app backup verify FILE "
                           "--recovery-key-file KIT'.")
    # The practice's format when its vault is open here; else the default, the zone named.
    tag = locale_format.DEFAULT_LOCALE
    if key is not None:
        path = Path(args.file)
        check = backup_repo.verify_snapshot if backup_repo.is_snapshot(path) else backup.verify_backup
        result = check(path, recovery_key=key, full=args.full)
    else:
        phrase = common.passphrase(args)
        if args.file is None:
            # No FILE: the newest registered backup, said which before the check (it takes a while).
            with common.unlocked(args) as registry:
                path = _newest_registered(registry)
            if not getattr(args, "json", False):
                print(f"Checking the newest registered backup: {path}", flush=True)
        else:
            path = Path(args.file)
        check = backup_repo.verify_snapshot if backup_repo.is_snapshot(path) else backup.verify_backup
        vault = _vault_matching(args, phrase)
        try:
            result = check(path, passphrase=phrase, vault=vault, full=args.full)
            if vault is not None:
                tag = common.practice_locale(vault)
        finally:
            if vault is not None:
                vault.lock()
    if args.file is None:
        result = {**result, "newest_registered": str(path)}  # which one was checked, for a script too
    # What the check means, in a clinician's words: the app's Check the selected backup's lines
    # (backup_checked.plainly, one source); the check's own terms below are the support detail.
    plain = plain_lines(result)
    result = {**result, "plainly": [{"code": code, "text": text} for code, text in plain]}
    held = result.get("holds_destroyed") or []
    common.emit(
        args,
        result,
        lambda: (
            # Whole but still holding a destroyed chart: not "OK" (its warnings say which and the fix).
            ("Backup NOT CLEAN (whole, but it still holds a destroyed chart)" if held else "Backup OK")
            + f": {result['file']}\n  made {common.moment(result['created'], tag, zone=True)}, "
            f"ledger entry {result['ledger_seq']}\n"
            + "".join(f"  {text}\n" for _, text in plain)
            + f"For support, what was checked:\n  check: {result['check']}\n  checked: {', '.join(result['checked'])}"
            + "".join(f"\nWARNING: {w}" for w in result.get("warnings", ()))
        ),
    )
    # Whole but still holding a destroyed chart (a copy the purge never reached, an older copy of a
    # purged backup put back): an exit code of its own, so a script that checks backups does not
    # take it for clean (found by a walker: it exited 0), nor for a damaged file (4).
    return int(ExitCode.NOT_CLEAN) if held else 0


def _before_restore(b: dict[str, Any], tag: str) -> str:
    """The mark of a backup of the line a restore went back from, with the day the rotation
    stops keeping it when a restore of this vault left it behind."""
    if not b.get("before_restore"):
        return ""
    if b.get("kept_until"):
        return f"  (from before the restore, kept until {common.deadline_shown(b['kept_until'], tag)})"
    return "  (from before the restore)"


def _age_words(age: float) -> str:
    """A backup's age; one dated after now (made in a zone ahead, or this computer's clock set back
    since) said so, as the Today card says "dated after today", never "-0.0 days old" (a walker)."""
    return "dated after now (check this computer's clock)" if age < 0 else f"{age:.1f} days old"


def _last_verified_line(said: dict[str, Any]) -> str:
    """The last verified backup as the Backups window and the Today screen say it
    (services/backup_last_verified.py): its age, and where it is when not reachable now."""
    age, folder = said["age_days"], said["folder"]
    if age is None:
        return "Last verified backup: none"
    line = f"Last verified backup: {_age_words(age)}"
    reachable = said["reachable_age_days"]
    if said["where"] != "here" and reachable is not None:
        line = f"{line} (the newest reachable one: {_age_words(reachable)})"
    if said["where"] == "away":
        return f"{line}, in {folder}, which is not reachable now: connect its drive, or make a new backup."
    if said["where"] == "gone":
        return f"{line}; its file is no longer in {folder}, which is reachable: deleted or moved. Make a new backup."
    return line


def _folder_lost_line(lost: dict[str, Any], tag: str) -> str:
    """A backup folder found deleted or emptied (services/backup_folder_lost.py): its old backups are
    listed only with --all, so without this line the list read as if the history began in the new folder.
    The window's unlock says the same words (its own place to list them)."""
    return backup_folder_lost.lost_line(lost, common.moment(lost["at"], tag))


def _size(b: dict[str, Any]) -> str:
    """As the Backups window says it (gui/backups_list.py): a snapshot's own bytes are its small
    manifest, the chunks it shares with the others not its own, so its size is what it added to
    the folder when made; a single file's, the file. Found: "5195" here, "1031 KiB added" there."""
    if b.get("kind") != "snapshot":
        return f"{int(b['bytes']) // 1024} KiB"
    written = b.get("bytes_written")
    return f"{written // 1024} KiB added" if isinstance(written, int) else "not recorded"


def cmd_list(args: argparse.Namespace) -> int:
    with common.unlocked(args) as vault:
        items = backup.list_backups(vault, check_hash=args.check, include_removed=args.all)
        info = backup.status_of_folder(vault)
        info["folders_lost"] = backup_folder_lost.folders_lost(vault)
        tag = common.practice_locale(vault)

    def text() -> str:
        if not items:
            lines = ["No backups registered yet."]
        else:
            lines = [f"{'state':<9} {'kind':<8} {'made':<20} {'size':>16}  file"]
            lines += [f"{b['state']:<9} {b['kind']:<8} {common.moment(b['created'], tag):<20} {_size(b):>16}  "
                      f"{b['path']}" + _before_restore(b, tag)
                      + (f"\n  {b['file']}: {b['changed']}" if b.get("changed") else "") for b in items]
        lines += [_folder_lost_line(lost, tag) for lost in info["folders_lost"]]
        lines.append(_last_verified_line(info["last_verified"]))
        if info["last_verified"]["reminder_due"]:
            lines.append(f"REMINDER: make and verify a backup (threshold {info['settings']['reminder_days']} days).")
        return "\n".join(lines) + _warnings_text(info["warnings"])

    common.emit(args, {"backups": items, "status": info}, text)
    return 0


def cmd_locate(args: argparse.Namespace) -> int:
    """Locate… on the command line (the Backups window's): a registered backup whose file is not
    there, taken at WHERE only when it is that very backup (size and SHA-256), then checked again
    there (services/backup_locate.py). Found: the window had it, the command line had no way."""
    from vault_app.services import backup_locate  # Lazy: only `backup locate` asks

    with common.unlocked(args) as vault:
        registered = backup_locate.registered_path(vault, args.backup)
        path, summary = backup_locate.locate_and_check(vault, registered, Path(args.where))
    common.emit(
        args,
        {"registered": str(registered), "path": str(path), "check": summary},
        lambda: f"{registered.name} found at {path}: the very backup registered (the same size and SHA-256). "
                f"It is registered there now, and was checked again:\n  checked: {', '.join(summary['checked'])}",
    )
    return 0


def cmd_settings(args: argparse.Namespace) -> int:
    changes: dict[str, Any] = {
        "keep_daily": args.keep_daily,
        "keep_weekly": args.keep_weekly,
        "keep_monthly": args.keep_monthly,
        "reminder_days": args.reminder_days,
        "auto": args.auto,
        "kind": args.kind,
    }
    if args.target is not None:
        changes["target"] = args.target
    if args.no_target:
        changes["target"] = ""
    with common.unlocked(args) as vault:
        if changes.get("target") and (args.kind or backup.settings(vault).get("kind")) == "repo":
            # Refused before it is saved, as the Backups screen does: every backup would fail.
            backup_repo_owner.refuse_taken(Path(changes["target"]), vault.vault_id)
        if any(v is not None for v in changes.values()):
            conf = backup.configure(vault, **{k: v for k, v in changes.items() if v is not None})
        else:
            conf = backup.settings(vault)
        warnings = backup.status_of_folder(vault)["warnings"]
    common.emit(
        args,
        {"settings": conf, "warnings": warnings},
        lambda: "\n".join(f"{k:<14} {v}" for k, v in conf.items()) + _warnings_text(warnings),
    )
    return 0


def cmd_auto(args: argparse.Namespace) -> int:
    with common.unlocked(args) as vault:
        # A vault judged a copy makes no automatic backup (services/vault_copy_home.py); a scheduled
        # `backup auto` says so with Back up now's own refusal instead of "no backup needed"
        # (refuse_copy: asked once in the run, with the backup's own question).
        info = backup.backup_if_changed(vault, refuse_copy=True)
    common.emit(
        args,
        {"backup": info.as_dict() if info else None},
        (f"Backup written: {info.path}" + _warnings_text(info.warnings)) if info else
        "No backup needed (nothing changed, no target set, or automatic backups are off).",
    )
    return 0


def register(sub: argparse._SubParsersAction, common_parent: argparse.ArgumentParser) -> None:  # type: ignore[type-arg]
    p = sub.add_parser("backup", parents=[common_parent], help="encrypted backups: create, verify, list, restore")
    bsub = p.add_subparsers(dest="action", required=True)

    c = bsub.add_parser("create", parents=[common_parent],
                        help="back up now: a snapshot into the backup folder, or one encrypted file")
    c.add_argument("--to", metavar="DIR",
                   help="write one single-file backup into DIR (a copy to take elsewhere); without it, back up "
                   "into the configured folder as the settings say (a snapshot for a backup repository)")
    c.add_argument("--kind", choices=("file", "repo"),
                   help="'file': one single-file backup, even into a backup repository's folder; 'repo': a "
                   "snapshot (the folder becomes or stays a backup repository)")
    c.add_argument("--verify", action="store_true",
                   help="check the copy completely before writing it, record that inside it, read the file back")
    c.add_argument("--no-rotate", action="store_true", help="do not apply the rotation policy")
    c.add_argument("--incremental", metavar="DIR",
                   help="write a snapshot into the backup repository DIR (only new chunks are written)")
    c.set_defaults(handler=cmd_create)

    v = bsub.add_parser("verify", parents=[common_parent], help="check a backup completely without restoring")
    v.add_argument("file", metavar="FILE", nargs="?",
                   help="a backup file, or a snapshot (REPO/snapshots/*.vrs); default: the newest registered backup")
    v.add_argument("--recovery-key-file", metavar="FILE", help="open it with the Emergency Kit instead")
    v.add_argument("--full", action="store_true",
                   help="check every page and the whole ledger chain again, even if the backup records that "
                   "they were checked when it was made")
    v.set_defaults(handler=cmd_verify)

    ls = bsub.add_parser("list", parents=[common_parent], help="registered backups and their state")
    ls.add_argument("--check", action="store_true", help="re-hash every file (slower)")
    ls.add_argument("--all", action="store_true", help="include backups removed by rotation")
    ls.set_defaults(handler=cmd_list)

    backup_restore_commands.register_restore(bsub, common_parent)

    lo = bsub.add_parser("locate", parents=[common_parent],
                         help="a registered backup whose file was moved: register it where it is now")
    lo.add_argument("backup", metavar="BACKUP",
                    help="the missing backup: its path as 'backup list' shows it, or its file name alone")
    lo.add_argument("where", metavar="WHERE",
                    help="the file where it is now, or the folder it was moved to (a snapshot: the backup folder "
                    "that holds its 'snapshots'); taken only if it has the very size and SHA-256 registered")
    lo.set_defaults(handler=cmd_locate)

    s = bsub.add_parser("settings", parents=[common_parent], help="backup folder, rotation, reminder")
    s.add_argument("--target", metavar="DIR", help="the backup folder, ideally on an external drive")
    s.add_argument("--no-target", action="store_true", help="forget the backup folder")
    s.add_argument("--keep-daily", type=int, metavar="N",
                   help="rotation keeps the newest backup of each of the last N days (default 7)")
    s.add_argument("--keep-weekly", type=int, metavar="N",
                   help="rotation keeps the newest backup of each of the last N weeks (default 4)")
    s.add_argument("--keep-monthly", type=int, metavar="N",
                   help="rotation keeps the newest backup of each of the last N months (default 12)")
    s.add_argument("--reminder-days", type=int, metavar="N",
                   help="remind you when the newest verified backup is older than N days (default 7)")
    s.add_argument("--auto", action=argparse.BooleanOptionalAction, default=None,
                   help="back up automatically on lock and exit when something changed")
    s.add_argument("--kind", choices=("file", "repo"),
                   help="what the backups into the folder are: 'repo' (dated backups: each one writes only what "
                   "changed; the default of vaults made since it became the default) or 'file' (one file each "
                   "time; vaults made before keep it)")
    s.set_defaults(handler=cmd_settings)

    a = bsub.add_parser("auto", parents=[common_parent], help="back up to the configured folder if anything changed")
    a.set_defaults(handler=cmd_auto)
