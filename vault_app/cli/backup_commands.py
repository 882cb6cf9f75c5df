"""backup create / verify / list / status / restore / settings / auto."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from vault_app.cli import common
from vault_app.domain import locale_format
from vault_app.domain.errors import InvalidInput, VaultBusy, VaultError, WrongPassphrase
from vault_app.domain.plurals import counted
from vault_app.services import backup, backup_repo, backup_repo_owner, backup_rotation_copies, backup_rotation_covered


def _recovery_key(args: argparse.Namespace) -> str | None:
    if not getattr(args, "recovery_key_file", None):
        return None
    return common.read_secret(
        args, env="VAULT_APP_RECOVERY_KEY", file_attr="recovery_key_file", prompt="Recovery key: ", what="recovery key"
    )


# Said with its next step (found: "not verified yet" and nothing to do about it).
NOT_VERIFIED = ("not verified yet: check it with 'vault-app backup verify' (the newest backup), or in the app: "
                "Vault > Backups > Check the selected backup")


def _warnings_text(warnings: list[str]) -> str:
    return "".join(f"\nWARNING: {w}" for w in warnings)


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
        text = (f"This check is not recorded in the vault, nor compared with the charts it has destroyed since: "
                f"{busy.message[0].lower()}{busy.message[1:]} To record it, check the backup there "
                "(Vault > Backups > Check the selected backup), or run this again once the vault is locked.")
        if getattr(args, "json", False):
            print(json.dumps({"notice": "verification-not-recorded", "code": busy.code, "message": text}),
                  file=sys.stderr)
        else:
            print(f"NOTE: {text}", file=sys.stderr)
        return None
    except VaultError:
        return None


def _newest_registered(vault: Any) -> Path:
    """The newest registered backup whose file is here (not rotated out, not on an unplugged drive)."""
    from vault_app.services import backup_registry

    here = [b for b in backup_registry.registered(vault) if b.state() not in ("missing", "rotated")]
    if not here:
        raise InvalidInput("No backup is registered whose file is reachable here to check.",
                           hint="Make one with 'vault-app backup create', or name a backup: "
                                "'vault-app backup verify FILE'.")
    return max(here, key=lambda b: b.backup_id).file


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
    held = result.get("holds_destroyed") or []
    common.emit(
        args,
        result,
        lambda: (
            # Whole but still holding a destroyed chart: not "OK" (its warnings say which and the fix).
            ("Backup NOT CLEAN (whole, but it still holds a destroyed chart)" if held else "Backup OK")
            + f": {result['file']}\n  made {common.moment(result['created'], tag, zone=True)}, "
            f"ledger entry {result['ledger_seq']}\n"
            f"  check: {result['check']}\n  checked: {', '.join(result['checked'])}"
            + "".join(f"\nWARNING: {w}" for w in result.get("warnings", ()))
        ),
    )
    # Exit 0 as for the other copies that open but still hold a destroyed chart (an older copy of a
    # purged backup): the file is whole; what it holds is said, with the fix.
    return 0


def _before_restore(b: dict[str, Any], tag: str) -> str:
    """The mark of a backup of the line a restore went back from, with the day the rotation
    stops keeping it when a restore of this vault left it behind."""
    if not b.get("before_restore"):
        return ""
    if b.get("kept_until"):
        return f"  (from before the restore, kept until {common.day(b['kept_until'], tag)})"
    return "  (from before the restore)"


def _last_verified_line(said: dict[str, Any]) -> str:
    """The last verified backup as the Backups window and the Today screen say it
    (services/backup_last_verified.py): its age, and where it is when not reachable now."""
    age, folder = said["age_days"], said["folder"]
    if age is None:
        return "Last verified backup: none"
    line = f"Last verified backup: {age:.1f} days old"
    reachable = said["reachable_age_days"]
    if said["where"] != "here" and reachable is not None:
        line = f"{line} (the newest reachable one: {reachable:.1f} days old)"
    if said["where"] == "away":
        return f"{line}, in {folder}, which is not reachable now: connect its drive, or make a new backup."
    if said["where"] == "gone":
        return f"{line}; its file is no longer in {folder}, which is reachable: deleted or moved. Make a new backup."
    return line


def cmd_list(args: argparse.Namespace) -> int:
    with common.unlocked(args) as vault:
        items = backup.list_backups(vault, check_hash=args.check, include_removed=args.all)
        info = backup.status_of_folder(vault)
        tag = common.practice_locale(vault)

    def text() -> str:
        if not items:
            lines = ["No backups registered yet."]
        else:
            # A snapshot's bytes are its manifest's: the chunks it shares with the others are not its own.
            lines = [f"{'state':<9} {'kind':<8} {'made':<20} {'bytes':>12}  file"]
            lines += [f"{b['state']:<9} {b['kind']:<8} {common.moment(b['created'], tag):<20} {b['bytes']:>12}  "
                      f"{b['path']}" + _before_restore(b, tag)
                      + (f"\n  {b['file']}: {b['changed']}" if b.get("changed") else "") for b in items]
        lines.append(_last_verified_line(info["last_verified"]))
        if info["last_verified"]["reminder_due"]:
            lines.append(f"REMINDER: make and verify a backup (threshold {info['settings']['reminder_days']} days).")
        return "\n".join(lines) + _warnings_text(info["warnings"])

    common.emit(args, {"backups": items, "status": info}, text)
    return 0


def _replaced_ledger_lines(said: dict[str, Any] | None) -> list[str]:
    """What the replaced vault's ledger held beyond the backup (by kind, never content) and the
    disclosures carried from it (services/restore_carried.py), as the GUI's summary says it."""
    if not said:
        return []
    safety = said.get("safety_copy")
    if not said.get("read"):
        return [f"Nothing was carried over from the vault it replaced: its audit ledger could not be verified as "
                f"this vault's. The safety copy in {safety} keeps it as it was."]
    beyond: dict[str, int] = said.get("beyond") or {}
    if not beyond:
        return ["The ledger of the vault it replaced held nothing beyond this backup."]
    words = {"signed_notes": ("signed note or amendment", "signed notes or amendments"),
             "authorizations": ("authorization entry", "authorization entries"),
             "requests": ("request entry", "request entries"), "accounting": ("accounting entry", "accounting entries"),
             "destructions": ("destruction entry", "destruction entries"), "disclosures": ("disclosure", "disclosures"),
             "not_delivered": ("copy recorded as not delivered", "copies recorded as not delivered"),
             "housekeeping": ("housekeeping entry (backups, unlocks, checks)",
                              "housekeeping entries (backups, unlocks, checks)"),
             "other": ("other record entry", "other record entries")}
    held = ", ".join(counted(n, *words.get(k, words["other"])) for k, n in beyond.items())
    lines = [f"The ledger of the vault it replaced held, beyond this backup: {held}."]
    if said.get("disclosures_carried"):
        lines.append("Carried into the restored vault, for the accounting of disclosures: "
                     f"{counted(said['disclosures_carried'], 'disclosure')}.")
    if said.get("not_delivered_carried"):
        lines.append("Carried into the restored vault, for the accounting of disclosures: "
                     f"{counted(said['not_delivered_carried'], 'record', 'records')} that a copy was not delivered.")
    if said.get("suspensions_carried"):
        lines.append("Carried into the restored vault, for the accounting of disclosures: "
                     f"{counted(said['suspensions_carried'], 'accounting suspension')}.")
    from vault_app.cli import restore_ask_words

    return lines + restore_ask_words.left_behind(beyond, safety)


def cmd_restore(args: argparse.Namespace) -> int:
    common.refuse_a_folder_of_other_files(Path(args.to).expanduser(), "restored")
    from vault_app.cli import restore_ask_words, restore_secrets

    given = restore_secrets.read(args)
    key, new_phrase, phrase = given.recovery_key, given.new_passphrase, given.passphrase
    restore = backup.restore_backup
    if backup_repo.is_snapshot(Path(args.file)):
        # Here: a snapshot's restore loads the destruction stack (about a hundred modules),
        # which `backup list`, `create`, `verify` and `auto` paid for at every start.
        from vault_app.services import backup_repo_restore

        restore = backup_repo_restore.restore_snapshot
    from vault_app.crypto import kdf

    # The backup's key, derived for the question, is the restore's too: one Argon2 run, not two
    # (kdf.Carried; a file replaced in between with another salt is derived again).
    carried = kdf.Carried()
    try:
        with kdf.using(carried):
            asked = restore_ask_words.say_before(args, phrase, key) if args.overwrite else None
            report = restore(
                Path(args.file),
                Path(args.to),
                passphrase=phrase,
                recovery_key=key,
                new_passphrase=new_phrase,
                overwrite=args.overwrite,
                newer_ledger=Path(args.newer_ledger) if args.newer_ledger else None,
                known_copies=[common.vault_folder(args)],
                full=args.full,
                other_vault=args.other_vault,
                replaces_original=args.replaces_original,
                asked_sha256=asked,
            )
    except WrongPassphrase as exc:
        raise restore_secrets.wrong_passphrase(exc) from None
    finally:
        carried.wipe()
    data = report.as_dict()

    def text() -> str:
        made = common.moment(report.backup_created, locale_format.DEFAULT_LOCALE, zone=True)
        lines = [f"Restored into {report.folder} (backup made {made}; check: {report.check}).",
                 f"Anything written after {made} is not in this backup."]
        if report.safety_copy:
            lines.append(f"The vault it replaced was kept as a safety copy in {report.safety_copy}.")
        if report.left_behind:
            stays = "stays where it is" if len(report.left_behind) == 1 else "stay where they are"
            lines.append(f"{counted(len(report.left_behind), 'newer backup')} of the vault it replaced {stays}, "
                         "listed as from before the restore; the next backups go on in the same folder.")
        done = [r for r in report.reapplied if r.get("reapplied")]
        if report.destruction_sources:
            lines.append(f"Destructions re-applied: {len(done)} (of {len(report.reapplied)} known; sources: "
                         f"{', '.join(report.destruction_sources)}).")
        else:
            # Only the backup's own ledger was read (a new machine): said plainly what that cannot
            # know (found by a walker: a chart destroyed after the backup came back with only
            # "Destructions re-applied: 0 (of 0 known; sources: the backup itself)").
            lines.append(f"Destructions made after this backup are UNKNOWN here: only the backup's own record was "
                         f"read, so a chart destroyed since {made} may be back in this vault. If you destroyed any "
                         "since, restore again with --newer-ledger DIR (a newer copy of this vault), or find their "
                         "destruction certificates and destroy those charts again.")
        for cert in report.source_holds_destroyed:
            # Named with its fix: `backup verify` checks the file's integrity, not what it holds.
            lines.append(f"STILL HOLDS A DESTROYED CHART: the backup restored from, {report.source}, still holds what "
                         f"destruction {cert} destroyed (destroyed again here, not in that file)"
                         + ("." if report.copy_beside else
                            f": purge it with 'vault-app destruction purge-backups {cert}'."))
        lines += _replaced_ledger_lines(report.replaced_ledger)
        if report.backup_folder_followed:
            lines.append(f"Backups go on into {report.backup_folder_followed}, the folder this backup was restored "
                         f"from: the backup folder set before, {report.backup_folder_before}, is not on this "
                         "computer.")
        if report.copy_beside:
            lines.append(f"This is a copy beside the vault in {report.copy_beside}: its automatic backups are off, so "
                         "it never writes into or thins that vault's backups. To back it up, choose a folder for it "
                         "(vault-app --vault DIR backup settings --target FOLDER --auto).")
        if report.recovered:
            lines.append("The new passphrase is set.")
        elif report.needs_recover:
            lines.append(
                "This vault used a device secret that is not in this computer's keyring: run "
                f"'vault-app recover --vault {report.folder}' with your Emergency Kit to set a passphrase here."
            )
        elif key is not None:
            lines.append(f"Opened with the Emergency Kit; no new passphrase was given, so the vault opens with the "
                         "passphrase it had when the backup was made. If you do not know it, run "
                         f"'vault-app recover --vault {report.folder}' with your Emergency Kit to set a new one.")
        return "\n".join(lines) + _warnings_text(report.warnings)

    common.emit(args, data, text)
    if report.ctrl_c_held and not getattr(args, "json", False):
        print("Ctrl-C came while the restored files were being put in place: that short last part was "
              "finished, so the vault is whole.", file=sys.stderr)
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
        # `backup auto` says so with Back up now's own refusal instead of "no backup needed".
        from vault_app.services import vault_copy_home  # Lazy: only `backup auto` asks

        if vault_copy_home.original_sharing_backups(vault) is not None:
            vault_copy_home.refuse_backup_into(vault, Path(backup.settings(vault)["target"]))
        info = backup.backup_if_changed(vault)
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

    r = bsub.add_parser("restore", parents=[common_parent], help="restore a backup into a folder")
    r.add_argument("file", metavar="FILE", help="a backup file, or a snapshot (REPO/snapshots/*.vrs)")
    r.add_argument("--to", metavar="DIR", required=True, help="folder to restore into")
    r.add_argument("--overwrite", action="store_true", help="replace a vault in DIR (a safety copy is kept)")
    r.add_argument("--other-vault", action="store_true",
                   help="with --overwrite: the backup is of another vault than the one in DIR, and replacing it "
                   "is meant")
    r.add_argument("--replaces-original", action="store_true",
                   help="the restored copy takes the place of the vault it was made from: its backups go on into "
                   "that vault's backup folder (without it, a copy restored beside the vault starts with its "
                   "backups off)")
    r.add_argument("--recovery-key-file", metavar="FILE", help="open it with the Emergency Kit (new machine)")
    r.add_argument("--new-passphrase-file", metavar="FILE", help="with the Emergency Kit: the new passphrase")
    r.add_argument("--newer-ledger", metavar="DIR", help="a newer copy of this vault whose destructions to re-apply")
    r.add_argument("--full", action="store_true",
                   help="check every page and the whole ledger chain again (as 'backup verify --full')")
    r.set_defaults(handler=cmd_restore)

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
                   help="what the backups into the folder are: 'repo' (a backup repository: dated snapshots, only "
                   "changes written; the default of vaults made since snapshots became the default) or 'file' "
                   "(one file each time; vaults made before keep it)")
    s.set_defaults(handler=cmd_settings)

    a = bsub.add_parser("auto", parents=[common_parent], help="back up to the configured folder if anything changed")
    a.set_defaults(handler=cmd_auto)
