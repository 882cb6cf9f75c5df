"""The psychotherapy compartment of an unlocked vault (a part of services/vault_session.py's
Vault): its separate unlock, its lock, the maintenance opening for deleting rows, and the
psychotherapy wrapping key that only the passphrase or the Emergency Kit reach
(services/vault_psychotherapy_key.py). The Vault holds that key only while this
compartment is open or while an operation that just proved the passphrase runs.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Iterator
from pathlib import Path

from vault_app.domain.errors import CompartmentLocked, VaultCorrupt, WrongPassphrase
from vault_app.services import vault_binding
from vault_app.services import vault_psychotherapy_key as apart
from vault_app.services.ledger import Ledger
from vault_app.services.vault_keys import VaultKeys
from vault_app.storage import backup_readers
from vault_app.storage.backup_snapshot import close_without_waiting
from vault_app.storage.compartment import Compartment
from vault_app.storage.header import Header

# A wrong passphrase typed for the psychotherapy notes while the vault is open.
PSYCHOTHERAPY_REFUSED = "psychotherapy.unlock_refused"
# A wrong passphrase typed to confirm something else in the open vault (a passphrase change, a
# rekey, quick unlock's set-up): not a failed unlock either, and in the ledger all the same.
PASSPHRASE_REFUSED = "passphrase.reask_refused"  # noqa: S105 (a ledger event's name)


class PsychotherapyCompartment:
    """Mixed into Vault, which sets these attributes and provides the methods below."""

    folder: Path
    header: Header
    ledger: Ledger
    _keyring: VaultKeys
    _psychotherapy: Compartment | None
    _maintenance_psychotherapy: Compartment | None
    _pending_promotions: list[tuple[str, bytes]]

    def _open_compartment(self, name: str) -> Compartment:
        raise NotImplementedError

    def _check_not_rolled_back(self, comp: Compartment) -> None:
        raise NotImplementedError

    def _save_header(self, header: Header) -> None:
        raise NotImplementedError

    def _before_psychotherapy_opens(self) -> None:
        raise NotImplementedError

    def replace_compartment_key(self, name: str, new_key: bytes) -> None:
        raise NotImplementedError

    def _psychotherapy_closed(self) -> None:
        raise NotImplementedError

    def _check_psychotherapy_file(self) -> None:
        raise NotImplementedError

    def _psychotherapy_settled_after_backup(self) -> Callable[[], None]:
        raise NotImplementedError

    # --- the key ------------------------------------------------------------------------
    def _upgrade_format(self) -> None:
        """A format 1/2 header becomes format 3 (the psychotherapy key under its own
        wrapping) at the first unlock that proves the passphrase: one atomic header write."""
        upgrade = self._keyring.upgraded(self.header)
        if upgrade is None:
            return
        header, pwk = upgrade
        before = self.header.format_version
        with self._keyring.switched(new_pwk=pwk):
            self._save_header(header)
        self.ledger.append("vault.format_upgraded", {"from": before, "to": header.format_version,
                                                     "psychotherapy_key": "own wrapping"})

    def _settle_psychotherapy_key(self) -> None:
        """Drop the psychotherapy wrapping key unless that compartment is open, and the
        passphrase-derived secrets in any case. Before it goes, the locked compartment's file
        is looked at once more (a rekey or a passphrase-proven operation may have rewritten it),
        so a backup packs it without the key (services/vault_psychotherapy_file.py)."""
        self._keyring.drop_proof_secrets()
        if self._psychotherapy is None and self._maintenance_psychotherapy is None:
            try:
                if self._keyring.holds_psychotherapy_wrap():
                    self._check_psychotherapy_file()
            finally:
                self._keyring.release_psychotherapy()

    @contextlib.contextmanager
    def refusal_logged(self, event: str) -> Iterator[None]:
        """A passphrase asked again inside the open vault and refused is not a failed unlock
        (services/vault_master_key.py), but it is kept: the ledger shows each refused try, by
        whoever sat at the open vault."""
        try:
            yield
        except WrongPassphrase:
            self.ledger.append(event)
            raise

    @contextlib.contextmanager
    def passphrase_proven(self, passphrase: str) -> Iterator[None]:
        """For an operation that asks for the passphrase again (rekey, passphrase change):
        WrongPassphrase unless it is the current one; inside the block the psychotherapy
        wrapping key is held (so that compartment can be re-encrypted and re-wrapped), and
        it is dropped afterwards unless the compartment is open."""
        with self.refusal_logged(PASSPHRASE_REFUSED):
            self._keyring.prove_passphrase(self.folder, self.header, passphrase,
                                           "The current passphrase is not correct.")
        try:
            yield
        finally:
            self._settle_psychotherapy_key()

    @property
    def psychotherapy_key_apart(self) -> bool:
        """True when only the passphrase or the Emergency Kit unwraps the psychotherapy key
        (format 3, and not an upgraded vault still awaiting its first rekey)."""
        return apart.is_apart(self.header)

    def psychotherapy_wraps(self) -> tuple[bytes, ...]:
        """The psychotherapy wrapping keys (current, then older) while that compartment is
        open: what opens the psychotherapy copy inside this vault's own backups."""
        return self._keyring.psychotherapy_wraps(self.header)

    # --- the compartment ------------------------------------------------------------------
    @property
    def psychotherapy_open(self) -> bool:
        return self._psychotherapy is not None

    @property
    def psychotherapy(self) -> Compartment:
        if self._psychotherapy is None:
            raise CompartmentLocked(
                "The psychotherapy notes are locked.",
                hint="Unlock them separately with your passphrase.", code="psychotherapy.locked",
            )
        return self._psychotherapy

    def unlock_psychotherapy(self, passphrase: str) -> None:
        """The separate, explicit unlock DESIGN.md asks for: the passphrase again."""
        if self._psychotherapy is not None:
            return
        with self.refusal_logged(PSYCHOTHERAPY_REFUSED):
            self._keyring.prove_passphrase(
                self.folder, self.header, passphrase, "That passphrase does not unlock this vault."
            )
        try:
            self._open_psychotherapy()
        except BaseException:
            self._settle_psychotherapy_key()
            raise

    def _open_psychotherapy(self) -> None:
        self._before_psychotherapy_opens()
        self._psychotherapy = self._open_checked_psychotherapy()
        self._promote_pending()
        self.ledger.append("psychotherapy.unlocked")

    def open_psychotherapy_after_unlock(self, *, log: bool = True) -> None:
        """Open the psychotherapy compartment for the lifecycle (services/vault.py) that has
        just proven the passphrase itself: create, and unlock with `with_psychotherapy`.
        `log=False` opens it before anything is written, so a damaged file fails the unlock
        cleanly; the logged call follows once the unlock is complete. Anywhere else (the
        passphrase not just proven) it refuses: unlock_psychotherapy asks for it again."""
        if self._psychotherapy is None:
            if not self._keyring.take_passphrase_proof():
                raise CompartmentLocked(
                    "The psychotherapy notes are locked.", hint="Unlock them separately with your passphrase.",
                    code="psychotherapy.locked",
                )
            self._psychotherapy = self._open_checked_psychotherapy()
        if log:
            self._promote_pending()
            self.ledger.append("psychotherapy.unlocked")

    def _open_checked_psychotherapy(self) -> Compartment:
        try:
            comp = self._open_compartment("psychotherapy")
        except VaultCorrupt as refused:
            raise vault_binding.key_refused(self.ledger, "psychotherapy", refused) from refused
        try:
            self._check_not_rolled_back(comp)
        except BaseException:
            comp.close()
            raise
        return comp

    def _promote_pending(self) -> None:
        while self._pending_promotions:
            name, key = self._pending_promotions.pop()
            self.replace_compartment_key(name, key)
            self.ledger.append("key.rekey_completed_after_interruption", {"compartment": name})

    @contextlib.contextmanager
    def psychotherapy_for_maintenance(self, reason: str) -> Iterator[Compartment]:
        """The psychotherapy compartment for deleting rows only (finishing an interrupted
        destruction, cleaning a backup copy): nothing in it is shown to anyone, so the
        user's separate unlock is not asked for. Every such opening is logged."""
        if self._psychotherapy is not None:
            yield self._psychotherapy
            return
        if self._maintenance_psychotherapy is not None:
            # Inside another maintenance use (a destruction's deletion in slices holds one
            # across the worker's operations): joined, not opened (and logged) twice.
            yield self._maintenance_psychotherapy
            return
        if not self._keyring.holds_psychotherapy_wrap():
            raise CompartmentLocked(
                "The psychotherapy notes are locked, and this needs them.",
                hint="Unlock the psychotherapy notes (or give the passphrase) and try again.",
                code="psychotherapy.locked_needed",
            )
        comp = self._open_checked_psychotherapy()
        self._maintenance_psychotherapy = comp
        try:
            self._promote_pending()
            self.ledger.append("psychotherapy.maintenance", {"reason": reason})
            yield comp
        finally:
            self._maintenance_psychotherapy = None
            self._close_past_backup_readers(comp)

    def lock_psychotherapy(self) -> None:
        """Close that compartment (SQLCipher wipes its key) and drop its wrapping key.

        A backup reading it through a connection of its own (Back up now, the backup on lock run
        beside) is not waited for: its read transaction would hold the closing checkpoint (and
        the app's one worker) up to the busy timeout. The app lets go of the file at once; the
        backup's reader, the last connection, folds the journal in as it closes, and the file's
        fingerprint is taken again then (storage/backup_readers.py)."""
        comp = self._psychotherapy
        if comp is not None:
            self._psychotherapy = None  # nothing of it is read through the vault from here on
            self._close_past_backup_readers(comp)
            self._settle_psychotherapy_key()
            self.ledger.append("psychotherapy.locked")

    def _close_past_backup_readers(self, comp: Compartment) -> None:
        """Close the notes (the lock, or the end of a maintenance use), not waiting for a backup of
        this process reading them through its own connection (found: the maintenance close of a
        destruction's resume or a rekey still waited the busy timeout, 5 s, on the app's one worker).

        Safe as SQLite's WAL is: the closing checkpoint copies into the file only the pages no
        reader's snapshot needs, so the backup never reads a page half written, and its copy is the
        snapshot it pinned, whole (checked as a restore would check it). What it cannot copy stays in
        the -wal, committed, which is part of the database: a power cut before the backup ends loses
        nothing (the next opening replays it; a backup of the locked notes refuses a file with a
        journal beside it until then, HeldSnapshot.hold_locked). The backup's reader, the last
        connection, folds it in as it closes, and the file's fingerprint is taken again then."""
        read_by_backup = backup_readers.reading(comp.path)
        # Another process's backup (the app's window, beside its lock) cannot tell this one when
        # it lets go: the file it folds is foreseen instead (services/vault_psychotherapy_file.py).
        self._closing_past_backup_readers([comp])
        comp.close()
        self._psychotherapy_closed()
        if read_by_backup:
            settle = self._psychotherapy_settled_after_backup()
            if not backup_readers.after_last(comp.path, settle):
                settle()  # the reader let go meanwhile, folding the journal in: the file is settled now

    def _closing_past_backup_readers(self, comps: list[Compartment]) -> None:
        """The closing checkpoints of `comps` not to wait for a backup's reader: this process's (a
        HeldSnapshot) or another process's making a backup of this vault now. Also the whole-vault
        lock's, for the records and the ledger (found: a lock, or a command's exit, with another
        process's backup beside its lock waited the busy timeout for each)."""
        if any(backup_readers.reading(c.path) for c in comps) or backup_readers.read_elsewhere(self.folder):
            close_without_waiting(comps)
