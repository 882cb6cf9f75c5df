"""`vault-app backup restore`: its command, its result's words and its arguments, held apart from
the other backup commands (backup_commands.py, past the ~500 lines a file keeps to)."""

from __future__ import annotations

import argparse
import shlex
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from vault_app.cli import common
from vault_app.domain import locale_format
from vault_app.domain.errors import WrongPassphrase
from vault_app.domain.plurals import counted
from vault_app.services import backup, backup_repo, restore_unsaid

if TYPE_CHECKING:
    from vault_app.services.restore_ask import Ahead
    from vault_app.services.restore_report import RestoreReport


def warnings_text(warnings: list[str]) -> str:
    return "".join(f"\nWARNING: {w}" for w in warnings)


def _replaced_ledger_lines(said: dict[str, Any] | None, asked: Ahead | None = None) -> list[str]:
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
             "rekeyed": ("replacement of every key", "replacements of every key"),
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

    return lines + restore_ask_words.left_behind(beyond, safety, asked.lost if asked is not None else None)


def signing_key_lines(report: RestoreReport) -> list[str]:
    """Which key the restored vault signs with (services/restore_signing.py), and what to do of a
    backup older than a Replace every key, as the GUI's summary says it."""
    from vault_app.services import restore_signing  # loaded by the restore already

    fp, backup_fp, day = report.signing_key, report.signing_key_backup, report.signing_key_retired_on[:10]
    if not fp:
        return []
    again = ("The restored vault opens again with the passphrase and Emergency Kit it had when the backup was made: "
             "replace every key again (vault-app rekey; in the app, Vault > Replace every key…) so that they no "
             "longer open it.")
    if report.signing_key_how == restore_signing.CARRIED:
        lines = [f"This backup was made before every key was replaced ({day}): the restored vault keeps the signing "
                 f"key in use now (fingerprint {fp}). The backup's key (fingerprint {backup_fp}) stays retired: a "
                 f"certificate signed with it and dated after {day} is refused; everything signed before still "
                 "checks.", again]
    elif report.signing_key_how == restore_signing.NEW:
        lines = [f"This backup was made before every key was replaced ({day}), and the vault that replaced them could "
                 f"not be read: the restored vault signs with a new signing key (fingerprint {fp}); the backup's key "
                 f"(fingerprint {backup_fp}) is retired from {day}. Certificates signed since then check with the "
                 "fingerprint on the Emergency Kit printed then (certificate verify --signature-only --fingerprint); "
                 "give whoever checks your certificates the new fingerprint.", again]
    elif report.signing_key_how == restore_signing.UNSURE:
        lines = [f"The vault.header in the folder did not match the files beside it (an older copy of it put back, or "
                 "a damaged file), so nothing could tell whether every key was replaced after this backup: the "
                 f"restored vault signs with a new signing key (fingerprint {fp}); the backup's key (fingerprint "
                 f"{backup_fp}) is retired from {day}. Give whoever checks your "
                 "certificates the new fingerprint.", again]
    elif report.signing_key_how == restore_signing.REMEMBERED:
        lines = [f"This computer's keyring records that this backup's signing key was retired when every key was "
                 f"replaced ({day}), though nothing in the vault's folder said so (an older copy of the whole folder "
                 f"may have been put back): the restored vault signs with a new signing key (fingerprint {fp}); the "
                 f"backup's key (fingerprint {backup_fp}) stays retired from {day}. Give whoever checks your "
                 "certificates the new fingerprint.", again]
    elif report.signing_key_how == restore_signing.REMEMBERED_ELSEWHERE:
        lines = [f"This computer's keyring records that this backup's signing key was retired when every key was "
                 f"replaced ({day}) in another copy of this vault, in another folder (a copy restored from a backup "
                 "beside it, for one); this vault's own folder never replaced it. The restored vault signs with a new "
                 f"signing key (fingerprint {fp}); the backup's key (fingerprint {backup_fp}) stays retired from "
                 f"{day}, as that copy retired it. Give whoever checks your certificates the new fingerprint.", again]
    elif report.destruction_sources:
        lines = [f"Signing key in use: fingerprint {fp}."]
    else:
        lines = [f"Signing key in use: fingerprint {fp}, the one the vault had when this backup was made (no other "
                 "copy of the vault was read). Compare it with the fingerprint on your most recent Emergency Kit: if "
                 "that shows another, every key was replaced after this backup and an older copy can sign with this "
                 "key. Restore a newer backup, or replace every key now (vault-app rekey) so this key is retired."]
    lines += [f"Retired by this restore (a copy of the vault that replaced its keys apart): fingerprint {other}."
              for other in report.signing_keys_retired_here if other != backup_fp]
    return lines


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
            current = given.current_passphrase
            asked = restore_ask_words.say_before(args, phrase, key, current) if args.overwrite else None
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
                asked_sha256=asked.copy.sha256 if asked is not None else None,
                current_passphrase=given.current_passphrase,
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
                         # Beside the vault the file is registered in neither vault: purged by its name there.
                         + (f": purge it with 'vault-app --vault {shlex.quote(report.copy_beside)} destruction "
                            f"purge-backups {cert} --file {shlex.quote(report.source)}'." if report.copy_beside else
                            f": purge it with 'vault-app destruction purge-backups {cert}'."))
        lines += _replaced_ledger_lines(report.replaced_ledger, asked.ahead if asked is not None else None)
        lines += signing_key_lines(report)
        if report.backup_folder_followed:
            lines.append(f"Backups go on into {report.backup_folder_followed}, the folder this backup was restored "
                         f"from: the backup folder set before, {report.backup_folder_before}, is not on this "
                         "computer.")
        if report.backups_go_to:
            lines.append(f"Automatic backups go on into {report.backups_go_to}, where this vault's backups were "
                         "kept. If the vault restored from is still used on another computer and backs up there "
                         "too, choose a folder of your own now (vault-app backup settings --target FOLDER): two "
                         "vaults backing up into one folder thin each other's backups.")
        if report.copy_beside:
            lines.append(f"This is a copy beside the vault in {report.copy_beside}: its automatic backups are off, so "
                         "it never writes into or thins that vault's backups. To back it up, choose a folder for it "
                         "(vault-app --vault DIR backup settings --target FOLDER --auto).")
        if report.copy_beside_not_told:
            from vault_app.services.restore_beside_record import not_told_words

            lines.append("WARNING: " + not_told_words(report.copy_beside_not_told))
        if report.original_not_told:
            from vault_app.services.restore_beside_record import replaced_not_told_words

            lines.append("WARNING: " + replaced_not_told_words(report.original_not_told))
        elif report.original_replaced:
            from vault_app.services.restore_beside_record import REPLACED_TOLD

            lines.append(REPLACED_TOLD.format(original=report.original_replaced))
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
        return "\n".join(lines) + warnings_text(report.warnings)

    common.emit(args, data, text)
    restore_unsaid.said(Path(report.folder))  # said here: not again at the next unlock
    if report.ctrl_c_held and not getattr(args, "json", False):
        print("Ctrl-C came while the restored files were being put in place: that short last part was "
              "finished, so the vault is whole.", file=sys.stderr)
    return 0


def register_restore(bsub: argparse._SubParsersAction, common_parent: argparse.ArgumentParser) -> None:  # type: ignore[type-arg]
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
