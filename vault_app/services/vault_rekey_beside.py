"""Vault > Replace every key… beside the vault's worker (issue 21, item 1; docs/scaling.md,
"Thirteenth round: Replace every key beside the worker").

The rekey in place (each compartment's PRAGMA rekey on the one connection) held the app's
worker for the whole rekey, so an autosave, a lock or a chart opening waited seconds (tens
of seconds at 4x). Here, as the destruction's rekey (services/rekey_beside.py), in three
parts. The command line's `vault-app rekey` runs the same three on its one thread
(`replace_here`, fourteenth round), so both keep one promise through one code path (the ways
they are run, and the steps of their progress, are services/vault_rekey_runners.py's):

1. `begin`, on the worker, short: the new passphrase judged, the current one proven, every
   -wal checkpointed and a read held on records.db, ledger.db and psychotherapy.db
   (destruction_image.hold: no checkpoint can change those files until it is let go). A
   -wal that cannot be emptied (another program reads the vault) is refused here: VaultBusy,
   nothing changed; so is a drive without room for the copies (DiskFull, `room_needed`:
   the files' sizes and a margin, against the drive's free space). Then one header setting
   (COPIES_SETTING: a time, no secret), so that a kill during the copies is said at the next
   unlock; no ledger entry, no key changed.
2. `copy`, beside: the three files, as the reads hold them, re-encrypted page by page
   under fresh random keys into `<name>.db.rekeyed`, side by side (rekey_beside.write_copies).
   The therapist's autosaves, and their ledger entries, go on into each -wal. A stop (the
   lock) or a full disk scrubs the copies and lets the reads go: nothing was changed, the
   vault keeps its keys and its Emergency Kit. (A file over 1 GiB is copied too since the
   fourteenth round: its locking page, which no key authenticates, is kept as it is.)
3. `finish`, on the worker, short: the passphrase proven again; the psychotherapy
   compartment at hand (opened for maintenance if the therapist had it locked); the
   "vault.rekey_started" entry; the pages the autosaves wrote meanwhile named while the
   reads are still held, the reads let go (rekey_beside.name_changes); then for records,
   ledger, psychotherapy in turn: its fresh key staged in the header, its -wal folded in,
   those pages re-encrypted into the copy, the copy renamed over the file, the connection
   reopened under the fresh key (rekey_beside.swap_one), the fresh key made the key; then,
   in one records.db transaction, every chart a new chart key (a new generation: the
   earlier ones kept for the documents sealed under them; twenty-fifth round); then
   every key wrapped under a new master key with a new recovery key and a new signing key in
   one header write (Vault.rotate_master; services/signing_keys.py), and the "vault.rekeyed" entry.

A kill at any point: before a compartment's rename its file is whole and current under its
old key, the copy is scrubbed at the next unlock; after the rename and before the header
names the fresh key, the unlock opens it with the staged key (the interrupted rekey's
promotion). The master key and the recovery key change only in the one header write of
`rotate_master`: before it the old passphrase and the old Emergency Kit open the vault,
after it the new ones; the compartment keys are wrapped under whichever master key the
header holds, never a mix (tests/core/test_vault_rekey_beside.py kills at each step).
"""

from __future__ import annotations

import secrets
import shutil
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from vault_app.crypto import kdf, keys
from vault_app.crypto.kdf import KdfChange, KdfParams
from vault_app.crypto.signing import fingerprint
from vault_app.domain.errors import DiskFull, Problem, VaultBusy, VaultError
from vault_app.services import backup_beside_control, kit_kept, staging_journal, vault_binding, vault_rekey
from vault_app.services.destruction_image import Holder, hold
from vault_app.services.fault_injection import crash_point
from vault_app.services.ledger import now_iso
from vault_app.services.rekey_beside import BESIDE, Pending, discard, forget, name_changes, swap_one, write_copies
from vault_app.services.vault import Vault
from vault_app.services.vault_keys import COMPARTMENT_SLOTS
from vault_app.services.vault_master_key import PASSPHRASE_CHANGED_SETTING, kdf_params_of
from vault_app.storage import chart_keys, folder_lock, rekey_copy
from vault_app.storage import header as header_io
from vault_app.storage.compartment import COMPARTMENT_FILES, Compartment
from vault_app.storage.files import os_errors
from vault_app.storage.header import unb64

# Set by `begin` (a header setting, no secret: a time), cleared when the swap starts (the
# "vault.rekey_started" entry and vault_rekey.UNFINISHED_SETTING take over) or when a stop is
# told while the vault is open (`forget_copies`). Left by a kill while the copies were written,
# it makes the unlocks say the replacement did not finish and the old keys are still in use
# (reminders.REKEY_NOT_DONE; found by a walker: nothing was said, and a therapist who started it
# after a suspected leak took it as done). Beside vault_rekey.unfinished, which it leaves as it is.
COPIES_SETTING = "rekey_copies_since"
ORDER = ("records", "ledger", "psychotherapy")  # as the rekey in place did (until the fourteenth round)
NOTHING_CHANGED = "Nothing was changed: the vault keeps its keys, and your Emergency Kit still works."
NOTHING_CHANGED_SAID = Problem(NOTHING_CHANGED, code="rekey.nothing_changed")
# Beyond the copies themselves: the swap's -wal folds and header writes, and the autosaves
# of those seconds (kilobytes each); generous, as a drive filled to the last MiB is a
# drive about to fail a save.
ROOM_MARGIN = 8 << 20


class ReplacementStopped(VaultError):
    """Stopped while the copies were written (the therapist's Stop, a lock, a quit): nothing changed."""

    kind = "rekey-stopped"

    def __init__(self, hint: str = "Choose Vault > Replace every key… again when you are ready.") -> None:
        super().__init__("Replacing every key stopped. " + NOTHING_CHANGED, hint=hint, code="rekey.stopped")


@dataclass
class Replacing:
    """A replacement under way: what `finish` needs, held by the job's thread until then."""

    passphrase: str
    new_passphrase: str | None
    params: KdfParams
    pending: Pending
    holder: Holder
    # The Argon2 derivations made beside (the proof of the passphrase; the new wrap's, with
    # its salt), so neither worker call runs one (kdf.Ahead).
    ahead: kdf.Ahead
    new_salt: bytes | None = None

    @property
    def total_bytes(self) -> int:
        return sum(self.pending.sizes.values())

    def abandon(self) -> None:
        """The reads let go, the copies scrubbed, the fresh keys dropped (any thread)."""
        self.holder.release()
        discard(self.pending)
        forget(self.pending)
        self.ahead.clear()


def proof_ahead(folder: Path, passphrase: str) -> kdf.Ahead:
    """Beside the worker, before `begin`: the passphrase's derivation under the header's salt
    and settings of now (a header changed meanwhile only makes `begin` derive it itself)."""
    ahead = kdf.Ahead()
    try:
        header = header_io.read(folder)
        ahead.add(passphrase, unb64(header.kdf_salt), kdf_params_of(header))
    except (VaultError, ValueError):  # a damaged header: `begin` reports it, deriving as before
        ahead.clear()
    return ahead


def begin(vault: Vault, passphrase: str, new_passphrase: str | None, params: KdfParams | KdfChange | None = None,
          ahead: kdf.Ahead | None = None) -> Replacing:
    """On the worker, short: part 1 of the module docstring (`ahead`: proof_ahead's)."""
    params = vault_rekey.checked_params(new_passphrase, params, vault)
    _refuse_while_backing_up(vault)
    ahead = ahead or kdf.Ahead()
    with kdf.using(ahead), vault.passphrase_proven(passphrase):
        old = {name: vault.compartment_key(name) for name in COMPARTMENT_SLOTS}
    try:
        holder = hold(vault, old, "re-encrypting")
    except VaultError as err:  # a full disk at the checkpoint, say: before anything was written
        raise _said(err) from None
    if holder is None:
        _refuse_while_backing_up(vault)  # one started while the -wal was checkpointed
        refuse_while_backed_up_elsewhere(vault.folder)
        raise VaultBusy("The vault is being read by another program, so its keys were not replaced. " + NOTHING_CHANGED,
                        hint="Close other copies of the app (and any command reading the vault), then replace "
                             "every key again.", code="rekey.vault_busy")
    try:
        with os_errors("re-encrypting the vault"):
            sizes = {name: (vault.folder / COMPARTMENT_FILES[name]).stat().st_size for name in old}
            free = shutil.disk_usage(vault.folder).free
        _check_room(sum(sizes.values()), free)
        vault.update_settings(**{COPIES_SETTING: now_iso()})
    except BaseException:
        holder.release()
        raise
    pending = Pending(vault.folder, {name: keys.random_key() for name in old}, old=old, sizes=sizes)
    return Replacing(passphrase, new_passphrase, params, pending, holder, ahead)


def _refuse_while_backing_up(vault: Vault) -> None:
    """A backup of this vault being made by this app (Back up now, or the one on lock) reads its
    files, so the -wal cannot be emptied: said as that, not as another program (found: the
    therapist was told another program read the vault, five seconds later). The GUI and
    `replace_beside` wait for it first (vault_rekey_runners); this is one started meanwhile."""
    if not backup_beside_control.backup_ended(vault.folder, 0):
        raise VaultBusy("A backup of this vault is being made right now, so its keys were not replaced. "
                        + NOTHING_CHANGED, hint="Replace every key when the backup has finished.",
                        code="rekey.backup_running")


def refuse_while_backed_up_elsewhere(folder: Path) -> None:
    """Another process making a backup of this vault (the app's window, beside its lock) reads its
    files: "being read by another program" is true, but what it is can be said (found: `vault-app
    rekey` in a terminal said only that, while the locked window's backup was being made). A record
    written by an earlier version of the app does not say who made it, and is said as that."""
    making = staging_journal.backups_elsewhere(folder)
    if not making:
        return
    if any(e.by == folder_lock.WINDOW for e in making):
        raise VaultBusy("The app's window is making a backup of this vault and reads its files until the backup is "
                        "made, so its keys were not replaced. " + NOTHING_CHANGED,
                        hint="Try again when that backup has finished (its window's Backups list shows it then).",
                        code="rekey.window_backing_up")
    if any(e.by == folder_lock.COMMAND for e in making):
        raise VaultBusy("Another command is making a backup of this vault and reads its files until the backup is "
                        "made, so its keys were not replaced. " + NOTHING_CHANGED,
                        hint="Let that command finish, then try again.", code="rekey.command_backing_up")
    # The record does not say who makes it: written by an earlier version of the app (before "by" was
    # kept), a window or a command alike (found: named "Another command" whatever it was).
    raise VaultBusy("A backup recorded by an earlier version of the app is being made of this vault and reads its "
                    "files until the backup is made, so its keys were not replaced. " + NOTHING_CHANGED,
                    hint="Let that backup finish (in the app's window or the command that makes it), then try again.",
                    code="rekey.older_app_backing_up")


def copies_interrupted(settings: dict[str, object]) -> bool:
    """Whether the header holds `begin`'s mark (COPIES_SETTING): the copies were started, and the
    swap never began nor was a stop told."""
    return bool(settings.get(COPIES_SETTING))


def forget_copies(vault: Vault) -> None:
    """On the worker: `begin`'s mark gone (a stop told to the therapist: nothing to say later)."""
    if copies_interrupted(vault.header.settings):
        vault.update_settings(**{COPIES_SETTING: None})


def room_needed(total: int) -> int:
    """Free bytes the copies need: one of each file, side by side, and ROOM_MARGIN for what
    the swap and the autosaves meanwhile write (each -wal, the header)."""
    return total + ROOM_MARGIN


def _check_room(total: int, free: int) -> None:
    """Refused before anything is written when the copies cannot fit (a full disk part-way
    through them also changes nothing, but only after the copies ran that far, and a drive
    filled to its last byte fails the therapist's saves meanwhile)."""
    need = room_needed(total)
    if free < need:
        mib = 1 << 20
        raise DiskFull(f"Replacing every key needs about {-(-need // mib)} MB free on the vault's drive (a "
                       f"re-encrypted copy of each file is written beside it first); {free // mib} MB are free. "
                       + NOTHING_CHANGED,
                       hint="Free some space on that drive, then replace every key again.", code="rekey.disk_full",
                       params={"needed": -(-need // mib), "free": free // mib})


def copy(replacing: Replacing, stop: Callable[[], bool] | None = None,
         written: Callable[[int], None] | None = None) -> None:
    """Beside the worker: part 2. Stopped (ReplacementStopped) or failed (a full disk, a page
    that does not authenticate): everything let go, the error raised with NOTHING_CHANGED."""
    pending = replacing.pending
    try:
        write_copies(pending, stop, written)
    except rekey_copy.Stopped:
        replacing.abandon()
        raise ReplacementStopped() from None
    except BaseException:
        replacing.abandon()
        raise
    err = pending.error
    if err is not None:
        replacing.abandon()
        raise _said(err) from None
    if stop is not None and stop():
        replacing.abandon()
        raise ReplacementStopped()
    # The new passphrase wrap's derivation, under the salt `finish` will write.
    replacing.new_salt = secrets.token_bytes(kdf.SALT_LEN)
    replacing.ahead.add(replacing.new_passphrase or replacing.passphrase, replacing.new_salt, replacing.params)
    if stop is not None and stop():  # asked during that derivation (seconds at the default settings)
        replacing.abandon()
        raise ReplacementStopped()


def finish(vault: Vault, replacing: Replacing, *, kit_shown_later: bool = False) -> vault_rekey.RekeyResult:
    """On the worker, short: part 3. Whatever happens, the reads are let go and the copies
    not put in place scrubbed. `kit_shown_later`: the new recovery key is only handed back (the
    app's kit window), not yet printed or written: the vault says its kit is not kept until that
    window says so (kit_kept.kept), in the same header write that ends the replacement."""
    pending = replacing.pending
    how: dict[str, str] = {}
    try:
        with kdf.using(replacing.ahead), vault.passphrase_proven(replacing.passphrase):
            with vault.psychotherapy_for_maintenance("rekey") as psy:
                # The header's mark (for `info`, which reads the vault locked) before the ledger's
                # entry: a kill between the two leaves `info` saying unfinished with nothing changed
                # yet (settled at the next unlock: vault_rekey.unfinished), never the reverse, an
                # unfinished replacement `info` left unsaid (found: a kill after the entry did).
                # The copies' mark gives way to it (COPIES_SETTING), in the same header write.
                vault.update_settings(**{vault_rekey.UNFINISHED_SETTING: datetime.now(UTC).isoformat(
                    timespec="seconds"), COPIES_SETTING: None})
                crash_point("rekey_marked")
                vault.ledger.append(vault_rekey.REKEY_STARTED, vault_rekey.started_payload(vault))
                crash_point("rekey_started")
                # From here to each swap nothing but the swaps writes to a compartment.
                changed = name_changes(pending, replacing.holder.release)
                for name in ORDER:
                    comp = psy if name == "psychotherapy" else vault.compartment(name)
                    how[name] = _swap(vault, comp, pending, changed.get(name))
            # Every chart a new key, now that records.db is under its fresh key (swapped or
            # rekeyed in place): the new chart keys are never on a page under the old one.
            charts = _rotate_chart_keys(vault)
            # One header write: the new master key, the new recovery key and a new signing key
            # (module docstring; services/signing_keys.py says why the signing key too).
            retired_fingerprint = fingerprint(vault.public_key)
            recovery_key = vault.rotate_master(replacing.new_passphrase or replacing.passphrase, replacing.params,
                                               vault_rekey.MAX_RETIRED, replacing.new_salt, new_signing_key=True)
        crash_point("rotated")
        signing_key = {"retired": retired_fingerprint, "new": fingerprint(vault.public_key)}
        rekeyed = vault.ledger.append(vault_rekey.REKEYED, {**vault_rekey.rekeyed_payload(replacing.new_passphrase,
                                                                                           replacing.params),
                                                            "how": how, "chart_keys": charts,
                                                            "signing_key": signing_key})
        # The day a ledger.db from before now is said to be older than (vault_binding.ledger_key_refused).
        replaced: dict[str, str | None] = {vault_binding.KEYS_REPLACED_SETTING: rekeyed.time[:10],
                                           vault_rekey.UNFINISHED_SETTING: None}
        if replacing.new_passphrase:  # the old passphrase's refusal says since when (vault_master_key)
            replaced[PASSPHRASE_CHANGED_SETTING] = rekeyed.time
        if kit_shown_later:  # the old kit no longer opens the vault; a kill before the new one is kept is said
            replaced[kit_kept.SETTING] = kit_kept.NOT_KEPT
        vault.update_settings(**replaced)
        pending.done = True
    finally:
        replacing.abandon()
    if not kit_shown_later:
        kit_kept.kept(vault)  # a new recovery key is printed or written now (services/kit_kept.py)
    return vault_rekey.RekeyResult(recovery_key, COMPARTMENT_SLOTS)


def _rotate_chart_keys(vault: Vault) -> int:
    """Every chart with a key given a new one (storage/chart_keys.rotate_all, one transaction):
    a document attached from now on is sealed under a key no older copy of records.db holds.
    A kill before it commits leaves the replacement unfinished (no "vault.rekeyed" entry), and
    the replacement the app then asks for rotates again; the blobs already sealed keep their
    generation. Returns how many charts got a new key (the ledger entry's count)."""
    crash_point("chart_keys_rotating")
    charts = chart_keys.rotate_all(vault.records, now_iso())
    crash_point("chart_keys_rotated")
    return charts


def _swap(vault: Vault, comp: Compartment, pending: Pending, pages: set[int] | None) -> str:
    """One compartment's copy put in place under its fresh key, staged first (a kill after
    the rename opens it with the staged key), or, with no usable copy, rekeyed in place."""
    name, key = comp.name, pending.fresh[comp.name]
    beside = None
    if name in pending.copies:
        vault.stage_compartment_key(name, key)
        crash_point(f"staged:{name}")
        beside = swap_one(comp, pending, pages)
    if beside is None:
        vault_rekey.rekey_in_place(vault, comp, key)
    else:
        vault.replace_compartment_key(name, key)
    crash_point(f"replaced:{name}")
    return beside or "in place" + (f": {pending.trouble}" if pending.trouble else "")


def _said(err: VaultError) -> VaultError:
    """`err` with NOTHING_CHANGED added to its message (when its type is built that way), and
    still what a screen says it by: its code, field, params and listed parts (a Spanish screen
    said the English of a coded refusal rebuilt without them)."""
    try:
        said = type(err)(f"{err.message} {NOTHING_CHANGED}", hint=err.hint)
    except TypeError:
        return err
    said.code, said.field, said.params, said.parts = err.code, err.field, dict(err.params), err.parts
    # The code's words (a full disk's) do not say it: a screen in another language adds them.
    said.also = (*err.also, NOTHING_CHANGED_SAID)
    return said


__all__ = [
    "BESIDE",
    "COPIES_SETTING",
    "NOTHING_CHANGED",
    "NOTHING_CHANGED_SAID",
    "ORDER",
    "ROOM_MARGIN",
    "ReplacementStopped",
    "Replacing",
    "begin",
    "copies_interrupted",
    "copy",
    "finish",
    "forget_copies",
    "proof_ahead",
    "room_needed",
]
