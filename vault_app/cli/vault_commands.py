"""init, unlock-check, info, passphrase change, recover, reveal-key, audit verify."""

from __future__ import annotations

import argparse
import contextlib
import logging
import signal
import sys
import threading
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

from vault_app.cli import common
from vault_app.crypto.kdf import KdfChange, change_words
from vault_app.domain.errors import ExitCode, VaultError
from vault_app.domain.plurals import counted, noun
from vault_app.services import vault as vault_service
from vault_app.services import vault_folder

if TYPE_CHECKING:
    from vault_app.services.vault import CreatedVault
    from vault_app.services.vault_rekey import RekeyResult

log = logging.getLogger(__name__)

# A stop by Ctrl-C ends as an interrupted command does (cli/main.py), with its own message.
INTERRUPTED = 130


def _kdf_from_args(args: argparse.Namespace) -> KdfChange | None:
    """The Argon2id settings given as options; each one not given keeps the vault's own (a new
    vault's: kdf.for_new_vault). Found: --kdf-iterations alone reset the memory to 256 MiB,
    --kdf-memory-mib alone the iterations to 3, and --kdf-parallelism alone was ignored."""
    memory = getattr(args, "kdf_memory_mib", None)
    asked = KdfChange(memory_kib=None if memory is None else memory * 1024,
                      iterations=getattr(args, "kdf_iterations", None),
                      parallelism=getattr(args, "kdf_parallelism", None))
    return None if asked == KdfChange() else asked


def _add_kdf_args(p: argparse.ArgumentParser, *, existing: bool = False) -> None:
    """Each option alone changes only its own setting (_kdf_from_args); the others stay. With none
    given, an existing vault's settings are recalibrated on this computer (kdf.for_change)."""
    kept = "with no --kdf option, calibrated on this computer, never below the vault's; else the vault's"
    memory = kept if existing else "256"
    iterations = kept if existing else "calibrated to ~1 s, or 3 if the memory is given"
    lanes = kept if existing else "4, or 1 below 64 MB"
    p.add_argument("--kdf-memory-mib", type=int, metavar="MIB",
                   help=f"Argon2id memory in MB (default: {memory}; never below 19)")
    p.add_argument("--kdf-iterations", type=int, metavar="N",
                   help=f"Argon2id iterations (default: {iterations}; never below 2)")
    p.add_argument("--kdf-parallelism", type=int, metavar="N",
                   help=f"Argon2id lanes (default: {lanes}; 1 to 16)")


def _fingerprint(public_key: bytes) -> str:
    from vault_app.crypto.signing import fingerprint

    return fingerprint(public_key)


def _warn_if_weak(phrase: str) -> None:
    import sys

    from vault_app.services.vault_keys import MIN_PASSPHRASE_LEN, WARN_BELOW, passphrase_strength

    if len(phrase) < MIN_PASSPHRASE_LEN:
        return  # refused with its own message
    score, advice = passphrase_strength(phrase)
    if score < WARN_BELOW:
        print(f"warning: this passphrase is only fairly hard to guess. {advice}", file=sys.stderr)


def _kit_file_possible(args: argparse.Namespace, new_vault: Path | None = None) -> None:
    """--recovery-key-out checked before the keys are made: the key is written after them,
    and a failure there ended the command before the key was printed (found: `init
    --recovery-key-out nodir/kit.txt` made the vault and showed its recovery key nowhere;
    `rekey` would have replaced the old key by one nobody saw). `new_vault`: the folder `init`
    makes its vault in, which holds none yet (found by the attacker's walk: `init
    --recovery-key-out <that folder>/kit.txt` made the vault, then refused the file)."""
    from vault_app.services.output_file import refuse_kit_places

    common.output_file_possible(getattr(args, "recovery_key_out", None), "Emergency Kit",
                                first=lambda out: refuse_kit_places(out, new_vault=new_vault))


def _save_kit(args: argparse.Namespace, recovery_key: str) -> VaultError | None:
    """The Emergency Kit file, or why it could not be written (a full disk after the check):
    the caller still prints the key, then this error."""
    if not args.recovery_key_out:
        return None
    try:
        vault_folder.save_recovery_key_text(Path(args.recovery_key_out), recovery_key)
    except VaultError as err:
        err.hint = "The recovery key was printed above and was not saved to the file: write it down now."
        return err
    return None


def _kit_not_saved(args: argparse.Namespace, err: VaultError | None) -> int:
    if err is None:
        return 0
    common.emit_error(args, err)
    return int(err.exit_code)


def cmd_init(args: argparse.Namespace) -> int:
    folder = common.vault_folder(args)
    common.refuse_a_folder_of_other_files(folder, "created")
    _kit_file_possible(args, new_vault=folder)
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
        folder, phrase, params=_kdf_from_args(args), use_device_secret=not args.no_keyring,
        first_settings=kit_kept.SHOWN_LATER)
    info = {
        "folder": str(folder),
        "vault_id": created.vault.vault_id,
        "device_secret": created.device_secret_used,
        "recovery_key": created.recovery_key,
        "kdf": created.vault.header.kdf_iterations,
        "key_fingerprint": _fingerprint(created.vault.public_key),
        "backup_kind": created.vault.header.settings.get("backup", {}).get("kind"),
    }
    try:
        crash_point("init_kit_showing")
        not_saved = _save_kit(args, created.recovery_key)
        _show_new_vault(args, info, created, folder)
        sys.stdout.flush()  # on the terminal (or in its file) before the header says it was shown
        kit_kept.kept(created.vault)
    finally:
        created.vault.lock()
    return _kit_not_saved(args, not_saved)


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
    from vault_app.services import attachment_blobs, clock_behind, kit_kept, older_copy_refusal, vault_rekey

    with common.unlocked(args, psychotherapy=psychotherapy, check_every_page=True) as vault:
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
        tag = common.practice_locale(vault)
        clock = clock_behind.warning(vault)  # found by a walker: a clock years behind was never said
        kit_missing = kit_kept.missing(vault)  # found by a walker: a rekey killed before its kit was shown
    data: dict[str, Any] = {"ok": older is None, "compartments": names, "attachment_files_removed": swept,
                            "rekey_unfinished": rekey_unfinished, "clock_behind": clock is not None,
                            "emergency_kit_kept": not kit_missing}
    text = ("Unlocked: passphrase correct, ledger verified, every page of " + ", ".join(names) + " authenticated."
            + (f" {counted(swept, 'attachment file')} that no record names {noun(swept, 'was', 'were')} overwritten "
               "and removed." if swept else ""))
    if clock is not None:
        text += "\nWARNING: " + clock
    if rekey_unfinished:
        # Every page authenticated, yet a security gap to close: said, and exit 11 (cli/main.py EPILOG).
        text += "\nBUT " + vault_rekey.UNFINISHED_TEXT
    elif kit_missing:
        text += "\nBUT " + kit_kept.REMINDER_CLI
    if older is not None:
        data["older_copy"] = {"backup_folder": older.folder, "newest_backup": older.newest,
                              "newest_made": older.other_created}
        text += (f"\nBUT this vault is older than the newest backup in {older.folder}: that backup holds records "
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
    return int(ExitCode.REKEY_UNFINISHED) if rekey_unfinished else 0


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
        asked = _kdf_from_args(args)
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
    folder, asked = common.vault_folder(args), _kdf_from_args(args)
    before = vault_folder.kdf_settings(folder)
    vault = vault_service.recover_vault(folder, key, common.new_passphrase(args), params=asked,
                                        use_device_secret=not args.no_keyring)
    after = vault_folder.kdf_settings(folder)
    common.tell_opening_notes(vault, as_json=bool(getattr(args, "json", False)))
    vault.lock()
    common.emit(args, {"ok": True, "kdf": after.describe()},
                "Access recovered. Use your new passphrase from now on.\n"
                + change_words(before, after, asked is not None))
    return 0


def _rekey_progress(args: argparse.Namespace) -> Callable[[float, str], None]:
    """The replacement's steps on stderr (stdout keeps the kit): each new step, and the
    copies' share every 10%. Called from the copies' threads too."""
    import sys

    if getattr(args, "json", False):
        return lambda _fraction, _text: None
    lock = threading.Lock()
    last: list[tuple[str, int]] = [("", -1)]

    def show(fraction: float, text: str) -> None:
        tenth = int(fraction * 10)
        with lock:
            if (text, tenth) == last[0] or (text == last[0][0] and tenth < last[0][1]):
                return
            last[0] = (text, tenth)
            print(f"  {fraction * 100:3.0f}%  {text}", file=sys.stderr, flush=True)

    return show


@contextlib.contextmanager
def _ctrl_c_stops() -> Iterator[threading.Event]:
    """SIGINT sets the event instead of raising: the copies stop at their next block of
    1 MiB and are scrubbed (a KeyboardInterrupt raised on this thread while the copies'
    threads still write would leave them to a race). The swap after them is short and
    runs whole."""
    pressed = threading.Event()
    previous = signal.signal(signal.SIGINT, lambda _signum, _frame: pressed.set())
    try:
        yield pressed
    finally:
        signal.signal(signal.SIGINT, previous)


def cmd_rekey(args: argparse.Namespace) -> int:
    import os
    import sys

    from vault_app.services import kit_kept, vault_rekey_beside, vault_rekey_runners
    from vault_app.services.fault_injection import crash_point

    _kit_file_possible(args)
    common.refuse_while_held(args)
    phrase = common.passphrase(args)
    wants_new = bool(getattr(args, "new_passphrase_file", None)) or "VAULT_APP_NEW_PASSPHRASE" in os.environ
    new = common.new_passphrase(args) if wants_new else None

    # No sealing beside: the swap puts new files in place of ledger.db and the others.
    with common.unlocked(args, seal_beside=False, secret=phrase) as vault:  # asked once, above
        retired = _fingerprint(vault.public_key)
        try:
            with _ctrl_c_stops() as pressed:
                # The copies beside the files, then the short swap: the GUI's path, on this thread.
                # The switch marks the kit not kept until it is shown below (services/kit_kept.py).
                result = vault_rekey_runners.replace_here(vault, phrase, new, _kdf_from_args(args),
                                                         stop=pressed.is_set, progress=_rekey_progress(args),
                                                         kit_shown_later=True)
                rekeyed = not pressed.is_set()
                # The new kit first, on screen and in its file, then marked kept: the old kit no longer
                # opens the vault, and a kill in the documents' re-sealing (most of the run on a vault
                # with documents) left a recovery key nobody ever saw, unsaid (found by a walker).
                crash_point("rekey_kit_showing")
                not_saved = _show_kit(args, result, new is not None, _fingerprint(vault.public_key), retired)
                kit_kept.kept(vault)
                # The documents sealed under the retired chart keys, sealed again under the new ones
                # (services/blob_reseal.py).
                resealed = _reseal_after_rekey(vault, pressed.is_set)
        except vault_rekey_beside.ReplacementStopped:
            common.emit_error(args, vault_rekey_beside.ReplacementStopped(
                hint="Run 'vault-app rekey' again when you are ready."))
            return INTERRUPTED
    if pressed.is_set() and not rekeyed and not getattr(args, "json", False):
        print("Ctrl-C came after the copies were written: the short last part was finished.", file=sys.stderr)
    if not resealed and not getattr(args, "json", False):
        print("Some attached documents are still sealed under the old chart keys: the app seals them again "
              "after its next unlock.", file=sys.stderr)
    return _kit_not_saved(args, not_saved)


def _show_kit(args: argparse.Namespace, result: RekeyResult, new_passphrase: bool, fingerprint: str,
              retired: str) -> VaultError | None:
    """The new kit written to its file and printed (flushed: a pipe's buffer dies with a kill);
    why the file could not be written, said after it."""
    import sys

    recovery_key = result.recovery_key
    not_saved = _save_kit(args, recovery_key)
    common.emit(
        args,
        {"ok": True, "recovery_key": recovery_key, "compartments": list(result.compartments),
         "new_passphrase": new_passphrase, "key_fingerprint": fingerprint, "retired_key_fingerprint": retired},
        lambda: (
            "Every key was replaced: a new master key, every compartment re-encrypted.\n"
            "Old copies of the header, the old recovery key and the keys of older backups no longer open "
            "this vault.\n\nNEW EMERGENCY KIT - your old recovery key no longer works. Write this down now:\n\n"
            f"    {recovery_key}\n\nNew signing key fingerprint (print it with the new kit; give it to whoever "
            f"checks your certificates): {fingerprint}\nThe old signing key ({retired}) was retired: certificates "
            "signed with it before now still check; any dated after now are refused.\n"
        ),
    )
    sys.stdout.flush()
    return not_saved


def _reseal_after_rekey(vault: vault_service.Vault, stop: Callable[[], bool]) -> bool:
    """Every document under an earlier chart-key generation sealed again under the current one;
    False when Ctrl-C or a failure (a full disk) left some (the app's next unlock goes on; a
    kill is covered by the blob store's intents)."""
    from vault_app.services import blob_reseal

    try:
        blob_reseal.reseal_here(vault, stop)
    except blob_reseal.ResealStopped:
        return False
    except VaultError as exc:
        log.warning("Sealing documents again after the rekey stopped: %s", type(exc).__name__)
        return False
    except Exception as exc:  # a bug: the new kit must still be shown; by type only (no vault content)
        log.error("Sealing documents again after the rekey failed: %s", type(exc).__name__)
        return False
    return True


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
    _add_kdf_args(p)
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
    _add_kdf_args(pc, existing=True)
    pc.set_defaults(handler=cmd_passphrase_change)

    p = sub.add_parser("recover", parents=[common_parent], help="use the Emergency Kit to set a new passphrase")
    p.add_argument("--recovery-key-file", metavar="FILE",
                   help="read the Emergency Kit's recovery key from FILE (else $VAULT_APP_RECOVERY_KEY or a prompt)")
    p.add_argument("--new-passphrase-file", metavar="FILE",
                   help="read the new passphrase from FILE (else $VAULT_APP_NEW_PASSPHRASE or a prompt)")
    p.add_argument("--no-keyring", action="store_true",
                   help="no new device secret in the OS keyring: the new passphrase alone unlocks")
    _add_kdf_args(p, existing=True)
    p.set_defaults(handler=cmd_recover)

    p = sub.add_parser("rekey", parents=[common_parent],
                       help="replace every key (new master key, compartments re-encrypted, new Emergency Kit)")
    p.add_argument("--new-passphrase-file", metavar="FILE", help="also set a new passphrase")
    p.add_argument("--recovery-key-out", metavar="FILE", help="also write the NEW recovery key to FILE")
    _add_kdf_args(p, existing=True)
    p.set_defaults(handler=cmd_rekey)

    p = sub.add_parser("reveal-key", parents=[common_parent], help="show one compartment's raw SQLCipher key (logged)")
    p.add_argument("--compartment", required=True, choices=["records", "psychotherapy", "ledger"],
                   help="records (clients, progress notes), psychotherapy (its notes) or ledger")
    p.set_defaults(handler=cmd_reveal_key)

    p = sub.add_parser("audit", parents=[common_parent], help="ledger audit")
    asub = p.add_subparsers(dest="action", required=True)
    av = asub.add_parser("verify", parents=[common_parent], help="verify the whole ledger chain")
    av.set_defaults(handler=cmd_audit_verify)
