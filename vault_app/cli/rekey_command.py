"""vault-app rekey: every key replaced (a new master key, every compartment re-encrypted, a new
Emergency Kit), with its progress on stderr, Ctrl-C between the copies, and the documents sealed
again under the new chart keys after the kit is shown. Its arguments are registered with the
other vault commands (cli/vault_commands.py), in the order `vault-app --help` lists them."""

from __future__ import annotations

import argparse
import contextlib
import logging
import signal
import threading
from collections.abc import Callable, Iterator
from typing import TYPE_CHECKING

from vault_app.cli import common
from vault_app.cli.emergency_kit import kit_file_possible, kit_not_saved, save_kit, signing_fingerprint
from vault_app.cli.kdf_options import kdf_from_args
from vault_app.domain.errors import VaultError
from vault_app.services import vault as vault_service

if TYPE_CHECKING:
    from vault_app.services.vault_rekey import RekeyResult

log = logging.getLogger(__name__)

# A stop by Ctrl-C ends as an interrupted command does (cli/main.py), with its own message.
INTERRUPTED = 130


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

    kit_file_possible(args)
    common.refuse_while_held(args)
    phrase = common.passphrase(args)
    wants_new = bool(getattr(args, "new_passphrase_file", None)) or "VAULT_APP_NEW_PASSPHRASE" in os.environ
    new = common.new_passphrase(args) if wants_new else None

    # No sealing beside: the swap puts new files in place of ledger.db and the others.
    with common.unlocked(args, seal_beside=False, secret=phrase) as vault:  # asked once, above
        retired = signing_fingerprint(vault.public_key)
        try:
            with _ctrl_c_stops() as pressed:
                # The copies beside the files, then the short swap: the GUI's path, on this thread.
                # The switch marks the kit not kept until it is shown below (services/kit_kept.py).
                result = vault_rekey_runners.replace_here(vault, phrase, new, kdf_from_args(args),
                                                         stop=pressed.is_set, progress=_rekey_progress(args),
                                                         kit_shown_later=True)
                rekeyed = not pressed.is_set()
                # The new kit first, on screen and in its file, then marked kept: the old kit no longer
                # opens the vault, and a kill in the documents' re-sealing (most of the run on a vault
                # with documents) left a recovery key nobody ever saw, unsaid (found by a walker).
                crash_point("rekey_kit_showing")
                not_saved = _show_kit(args, result, new is not None, signing_fingerprint(vault.public_key), retired)
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
    return kit_not_saved(args, not_saved)


def _show_kit(args: argparse.Namespace, result: RekeyResult, new_passphrase: bool, fingerprint: str,
              retired: str) -> VaultError | None:
    """The new kit written to its file and printed (flushed: a pipe's buffer dies with a kill);
    why the file could not be written, said after it."""
    import sys

    recovery_key = result.recovery_key
    not_saved = save_kit(args, recovery_key)
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

