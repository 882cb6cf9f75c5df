"""init, unlock-check, info, passphrase change, recover, reveal-key, audit verify; and the arguments
of rekey, whose command is in cli/rekey_command.py."""

from __future__ import annotations

import argparse
import sys
from dataclasses import asdict
from pathlib import Path
from typing import TYPE_CHECKING, Any

from vault_app.cli import common, restore_unsaid_said
from vault_app.cli.emergency_kit import kit_file_possible, kit_not_saved, save_kit, signing_fingerprint
from vault_app.cli.kdf_options import add_kdf_args, kdf_from_args
from vault_app.cli.rekey_command import cmd_rekey
from vault_app.crypto.kdf import change_words
from vault_app.domain.errors import ExitCode
from vault_app.domain.plurals import counted, noun
from vault_app.services import vault as vault_service
from vault_app.services import vault_folder

if TYPE_CHECKING:
    from vault_app.services.vault import CreatedVault


def _warn_if_weak(phrase: str) -> None:
    import sys

    from vault_app.services.vault_keys import MIN_PASSPHRASE_LEN, WARN_BELOW, passphrase_strength

    if len(phrase) < MIN_PASSPHRASE_LEN:
        return  # refused with its own message
    score, advice = passphrase_strength(phrase)
    if score < WARN_BELOW:
        print(f"warning: this passphrase is only fairly hard to guess. {advice}", file=sys.stderr)


def cmd_init(args: argparse.Namespace) -> int:
    folder = common.vault_folder(args)
    common.refuse_a_folder_of_other_files(folder, "created")
    kit_file_possible(args, new_vault=folder)
    phrase = common.read_secret(
        args,
        env="VAULT_APP_PASSPHRASE",
        file_attr="passphrase_file",
        prompt="Choose a passphrase: ",
        what="passphrase",
        confirm=True,
    )
    _warn_if_weak(phrase)
    # Here, not at the top: the command line's start-up
    from vault_app.services import kit_kept
    from vault_app.services.fault_injection import crash_point

    # Not kept from the header's first write until the key below is out: a kill in between (a closed
    # terminal, a power cut) left a vault whose recovery key nobody saw, and no unlock said so (walker).
    created = vault_service.create_vault(
        folder, phrase, params=kdf_from_args(args), use_device_secret=not args.no_keyring,
        first_settings=kit_kept.SHOWN_LATER)
    info = {
        "folder": str(folder),
        "vault_id": created.vault.vault_id,
        "device_secret": created.device_secret_used,
        "recovery_key": created.recovery_key,
        "kdf": created.vault.header.kdf_iterations,
        "key_fingerprint": signing_fingerprint(created.vault.public_key),
        "backup_kind": created.vault.header.settings.get("backup", {}).get("kind"),
    }
    try:
        crash_point("init_kit_showing")
        not_saved = save_kit(args, created.recovery_key)
        _show_new_vault(args, info, created, folder)
        common.tell_drive_not_private(folder)
        sys.stdout.flush()  # on the terminal (or in its file) before the header says it was shown
        kit_kept.kept(created.vault)
    finally:
        created.vault.lock()
    return kit_not_saved(args, not_saved)


def _show_new_vault(args: argparse.Namespace, info: dict[str, Any], created: CreatedVault, folder: Path) -> None:
    common.emit(
        args,
        info,
        lambda: (
            f"Vault created in {folder}\n{created.keyring_message}\n\n"
            "EMERGENCY KIT - write this recovery key down and keep it somewhere safe.\n"
            "It is shown only once and is the only way back in if you forget your passphrase:\n\n"
            f"    {created.recovery_key}\n\n"
            "Keep this too: the fingerprint of the key that signs destruction certificates\n"
            f"(checkers compare it with 'certificate verify --fingerprint'): {info['key_fingerprint']}\n\n"
            "Backups: choose a folder, on an external drive if you can, with\n"
            "'vault-app backup settings --target DIR'. It becomes a backup folder of dated backups\n"
            "(each one writes only what changed): copy the whole folder to move it. For one file to\n"
            "take elsewhere: 'vault-app backup create --to DIR'.\n"
        ),
    )


def cmd_unlock_check(args: argparse.Namespace) -> int:
    # Every compartment, psychotherapy included (its rollback check runs only when it is
    # opened); --records-only skips it, for someone who must not see that it opens.
    psychotherapy = not getattr(args, "records_only", False)
    # Here, not at the top: init, info, audit, rekey and the passphrase commands need no blob store.
    from vault_app.cli import unlock_check_replaced  # Lazy (start-up): as the services above, unlock-check's own
    from vault_app.services import (
        attachment_blobs,
        clock_behind,
        kit_kept,
        older_copy_refusal,
        restore_unsaid,
        vault_rekey,
    )

    # A restore never said: said in this output, not on stderr (tell_restore=False), and taken below.
    with common.unlocked(args, psychotherapy=psychotherapy, check_every_page=True, tell_restore=False) as vault:
        names = sorted(c.name for c in vault.open_compartments())
        # The full sweep the unlock no longer runs (it follows intents only): attachment files
        # no record names (ciphertext under a chart key) are scrubbed here too.
        swept = len(attachment_blobs.sweep_orphans(vault))
        # Every file whole, yet the whole folder may be an older copy put back (no keyring to tell):
        # its backup folder's newest backup says so. Found by a walker: this said all was well.
        older = older_copy_refusal.older_copy(vault)
        restore = older_copy_refusal.restore_command(vault, older) if older is not None else ""
        # Found by a walker: a "Replace every key" killed part-way was said only by the app's status bar.
        rekey_unfinished = vault_rekey.unfinished(vault)
        rekey_words = vault_rekey.unfinished_text(vault) if rekey_unfinished else ""  # the kit's state said right
        tag = common.practice_locale(vault)
        clock = clock_behind.warning(vault)  # found by a walker: a clock years behind was never said
        kit_missing = kit_kept.missing(vault)  # found by a walker: a rekey killed before its kit was shown
        # Found by a walker: a restore killed before it said so was told by nothing (restore_unsaid).
        unsaid = restore_unsaid.take(vault)
        replaced = unlock_check_replaced.replaced(vault)  # by a copy restored with --replaces-original
    data: dict[str, Any] = {"ok": older is None, "compartments": names, "attachment_files_removed": swept,
                            "rekey_unfinished": rekey_unfinished, "clock_behind": clock is not None,
                            "emergency_kit_kept": not kit_missing}
    text = ("Unlocked: passphrase correct, ledger verified, every page of " + ", ".join(names) + " authenticated."
            + (f" {counted(swept, 'attachment file')} that no record names {noun(swept, 'was', 'were')} overwritten "
               "and removed." if swept else ""))
    if unsaid is not None:
        data["restore_unsaid"] = asdict(unsaid)
        text += "\n" + restore_unsaid_said.unsaid_words(unsaid, tag, str(common.vault_folder(args)))
    if clock is not None:
        text += "\nWARNING: " + clock
    if replaced is not None:
        # As the app's status line says it; no standing reminder urging work here (reminders.standing_gap).
        data["replaced_by_copy"] = {"folder": replaced.folder, "when": replaced.when}
        text += "\nBUT " + unlock_check_replaced.said(replaced, tag)
    elif rekey_unfinished:
        # Every page authenticated, yet a security gap to close: said, and exit 11 (cli/main.py EPILOG).
        text += "\nBUT " + rekey_words
    elif kit_missing:
        text += "\nBUT " + kit_kept.REMINDER_CLI
    if older is not None:
        data["older_copy"] = {"backup_folder": older.folder, "newest_backup": older.newest,
                              "newest_made": older.other_created}
        text += ("\n" + unlock_check_replaced.OLDER_THAN_ITS_COPY.format(folder=older.folder) if replaced else
                 f"\nBUT this vault is older than the newest backup in {older.folder}: that backup holds records "
                 "this copy does not have (made on another computer, or before this vault's folder was replaced by "
                 "an older copy). Exports and disclosures are refused until you restore the newest backup over it "
                 f"({restore}) or, to keep this copy, choose another backup folder for it "
                 "(vault-app backup settings --target DIR). Exit code 5.")
        if older.destroyed_there:
            # Found by a walker: a chart destroyed since was back in the older copy, unnamed.
            data["older_copy"]["destroyed_there"] = [
                {"chart": d.chart_number, "destroyed_at": d.destroyed_at} for d in older.destroyed_there]
            text += ("\nCharts destroyed in the newer copy and back in this one (refused here; restoring the newest "
                     "backup destroys them again): " + ", ".join(
                         f"{d.chart_number} (destroyed {common.day(d.destroyed_at, tag)})"
                         for d in older.destroyed_there) + ".")
        if older.notes_destroyed_there:  # a destruction of psychotherapy notes alone (the chart kept)
            data["older_copy"]["notes_destroyed_there"] = [
                {"chart": n.chart_number, "notes": len(n.note_ids), "destroyed_at": n.destroyed_at}
                for n in older.notes_destroyed_there]
            text += ("\nPsychotherapy notes destroyed in the newer copy and back in this one (refused here; restoring "
                     "the newest backup destroys them again): " + ", ".join(
                         f"{len(n.note_ids)} of chart {n.chart_number} (destroyed {common.day(n.destroyed_at, tag)})"
                         for n in older.notes_destroyed_there) + ".")
    common.emit(args, data, text)
    # 5, as for an older copy of any vault file (README's exit codes): here the whole folder's.
    if older is not None:
        return int(ExitCode.TAMPERED)
    return int(ExitCode.REKEY_UNFINISHED) if rekey_unfinished and replaced is None else 0


def cmd_info(args: argparse.Namespace) -> int:
    from vault_app.services import vault_rekey

    info = vault_folder.read_info(common.vault_folder(args))

    def text() -> str:
        k = info["kdf"]
        lines = [
            f"Vault folder:   {info['folder']}",
            f"Format:         {info['format_version']}",
            # Locked: the practice's format is inside; ISO, read one way, the zone named.
            f"Created:        {common.iso_moment(info['created'])}",
            f"Key derivation: Argon2id, {k['memory_mib']} MB of memory, {k['iterations']} iterations, "
            f"{k['parallelism']} lane{'' if k['parallelism'] == 1 else 's'}",
            f"Device secret:  {'yes (system keyring)' if info['device_secret_in_keyring'] else 'no (passphrase only)'}",
            f"Keyring here:   {'available' if info['keyring_available'] else 'not available'}",
            f"Ledger entries: {info['ledger_anchor_seq']}",
            f"Failed unlocks since last unlock: {info['failed_unlocks_since_last_unlock']}",
            f"Open now by:    {info['open_by'] or 'nobody (the vault is closed)'}",
        ]
        for name, c in info["compartments"].items():
            lines.append(f"  {name:<14} {c['file']:<17} {'present' if c['present'] else 'MISSING'}  {c['bytes']} bytes")
        if info["rekey_unfinished"]:
            lines.append(vault_rekey.UNFINISHED_TEXT)
        return "\n".join(lines)

    common.emit(args, info, text)
    return 0


def cmd_passphrase_change(args: argparse.Namespace) -> int:
    # The passphrase read once: on a terminal it was asked twice, for the unlock and the change.
    common.refuse_while_held(args)
    phrase = common.passphrase(args)
    with common.unlocked(args, secret=phrase) as vault:
        new = common.new_passphrase(args)
        _warn_if_weak(new)
        asked = kdf_from_args(args)
        before, after = vault.change_passphrase(phrase, new, asked)
    said = change_words(before, after, asked is not None)
    common.emit(args, {"ok": True, "kdf": after.describe(), "kdf_before": before.describe()},
                f"Passphrase changed. The old passphrase no longer unlocks this vault.\n{said}")
    return 0


def cmd_recover(args: argparse.Namespace) -> int:
    common.refuse_while_held(args)
    key = common.read_secret(
        args, env="VAULT_APP_RECOVERY_KEY", file_attr="recovery_key_file", prompt="Recovery key: ", what="recovery key"
    )
    folder, asked = common.vault_folder(args), kdf_from_args(args)
    before = vault_folder.kdf_settings(folder)
    vault = vault_service.recover_vault(folder, key, common.new_passphrase(args), params=asked,
                                        use_device_secret=not args.no_keyring)
    after = vault_folder.kdf_settings(folder)
    try:
        common.tell_opening_notes(vault, as_json=bool(getattr(args, "json", False)))
        # A restore never said is said here too, as by every command that opens the vault (found: not by recover).
        restore_unsaid_said.tell(args, vault)
    finally:
        vault.lock()
    common.emit(args, {"ok": True, "kdf": after.describe()},
                "Access recovered. Use your new passphrase from now on.\n"
                + change_words(before, after, asked is not None))
    return 0


def cmd_reveal_key(args: argparse.Namespace) -> int:
    with common.unlocked(args, psychotherapy=args.compartment == "psychotherapy") as vault:
        key = vault.reveal_key(args.compartment)
        filename, shell = vault.revealed_key_usage(args.compartment, key)
    common.emit(
        args,
        {"compartment": args.compartment, "file": filename, "key_hex": key, "cipher_compatibility": 4},
        lambda: (
            f"Raw key for {filename} (this reveal was recorded in the ledger):\n{key}\n\n"
            "Open it with any SQLCipher 4 tool:\n"
            f"  sqlcipher {filename}\n" + "".join(f"  {line}\n" for line in shell)
        ),
    )
    return 0


def cmd_audit_verify(args: argparse.Namespace) -> int:
    with common.unlocked(args) as vault:
        report = vault.verify_ledger()
    data: dict[str, Any] = report.as_dict()

    def text() -> str:
        if report.ok:
            return f"Ledger intact: {report.entries_checked} entries verified, head at entry {report.head_seq}."
        return "LEDGER BROKEN:\n" + "\n".join(f"  - {p}" for p in report.problems)

    common.emit(args, data, text)
    return 0 if report.ok else int(ExitCode.TAMPERED)


def register(sub: argparse._SubParsersAction, common_parent: argparse.ArgumentParser) -> None:  # type: ignore[type-arg]
    p = sub.add_parser("init", parents=[common_parent], help="create a new vault")
    add_kdf_args(p)
    p.add_argument("--no-keyring", action="store_true", help="do not store a device secret in the OS keyring")
    p.add_argument("--recovery-key-out", metavar="FILE", help="also write the recovery key to FILE (keep it offline!)")
    p.set_defaults(handler=cmd_init)

    p = sub.add_parser("unlock-check", parents=[common_parent], help="unlock, verify the ledger and check every page")
    p.add_argument("--psychotherapy", action="store_true", help="(the default now; kept for older scripts)")
    p.add_argument("--records-only", action="store_true", help="leave the psychotherapy compartment closed")
    p.set_defaults(handler=cmd_unlock_check)

    p = sub.add_parser("info", parents=[common_parent], help="format, KDF settings, keyring use (no secrets)")
    p.set_defaults(handler=cmd_info)

    p = sub.add_parser("passphrase", parents=[common_parent], help="passphrase management")
    psub = p.add_subparsers(dest="action", required=True)
    pc = psub.add_parser("change", parents=[common_parent], help="set a new passphrase (re-wraps one key)")
    pc.add_argument("--new-passphrase-file", metavar="FILE",
                    help="read the new passphrase from FILE (else $VAULT_APP_NEW_PASSPHRASE or a prompt)")
    add_kdf_args(pc, existing=True)
    pc.set_defaults(handler=cmd_passphrase_change)

    p = sub.add_parser("recover", parents=[common_parent], help="use the Emergency Kit to set a new passphrase")
    p.add_argument("--recovery-key-file", metavar="FILE",
                   help="read the Emergency Kit's recovery key from FILE (else $VAULT_APP_RECOVERY_KEY or a prompt)")
    p.add_argument("--new-passphrase-file", metavar="FILE",
                   help="read the new passphrase from FILE (else $VAULT_APP_NEW_PASSPHRASE or a prompt)")
    p.add_argument("--no-keyring", action="store_true",
                   help="no new device secret in the OS keyring: the new passphrase alone unlocks")
    add_kdf_args(p, existing=True)
    p.set_defaults(handler=cmd_recover)

    p = sub.add_parser("rekey", parents=[common_parent],
                       help="replace every key (new master key, compartments re-encrypted, new Emergency Kit)")
    p.add_argument("--new-passphrase-file", metavar="FILE", help="also set a new passphrase")
    p.add_argument("--recovery-key-out", metavar="FILE", help="also write the NEW recovery key to FILE")
    add_kdf_args(p, existing=True)
    p.set_defaults(handler=cmd_rekey)

    p = sub.add_parser("reveal-key", parents=[common_parent], help="show one compartment's raw SQLCipher key (logged)")
    p.add_argument("--compartment", required=True, choices=["records", "psychotherapy", "ledger"],
                   help="records (clients, progress notes), psychotherapy (its notes) or ledger")
    p.set_defaults(handler=cmd_reveal_key)

    p = sub.add_parser("audit", parents=[common_parent], help="ledger audit")
    asub = p.add_subparsers(dest="action", required=True)
    av = asub.add_parser("verify", parents=[common_parent], help="verify the whole ledger chain")
    av.set_defaults(handler=cmd_audit_verify)
