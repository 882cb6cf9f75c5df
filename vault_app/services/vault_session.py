"""The unlocked vault: one object a feature service takes, holding the keys, the open
compartments, the ledger and the folder's writer lock until lock().

Also here: how the files are bound to each other (storage/integrity_stamp.py; the checks
that refuse an older copy of any one of them are in services/vault_binding.py). The header's
writes are in services/vault_header_writes.py. Opening, creating and recovering a vault are in
services/vault.py.
"""

from __future__ import annotations

import hmac
from collections import Counter
from pathlib import Path

from vault_app.crypto import kdf
from vault_app.crypto.kdf import KdfChange, KdfParams
from vault_app.domain.errors import (
    InvalidInput,
    LedgerRollback,
    VaultCorrupt,
    VaultError,
    VaultTampered,
)
from vault_app.services import compartment_alone_older, ledger_alone_older, retention_due, search_rebuild, vault_binding
from vault_app.services.changes import ChangeLog
from vault_app.services.device_secret import write_anchor
from vault_app.services.ledger import Ledger, VerifyReport, now_iso
from vault_app.services.vault_header_writes import HeaderWrites
from vault_app.services.vault_keys import (
    STAGED_SUFFIX,
    VaultKeys,
    check_new_passphrase,
    failed_attempts,
    remember_kdf_settings,
)
from vault_app.services.vault_master_key import PASSPHRASE_CHANGED_SETTING, kdf_params_of, require_safe_kdf
from vault_app.services.vault_passphrase import clear_failures, reasked_seen, unseen_reasked_refusals
from vault_app.services.vault_psychotherapy import PASSPHRASE_REFUSED, PsychotherapyCompartment
from vault_app.services.vault_psychotherapy_file import Fingerprint, PsychotherapyFile
from vault_app.services.vault_session_keys import VaultKeyAccess
from vault_app.storage import folder_lock, integrity_stamp, search_index
from vault_app.storage.compartment import COMPARTMENT_FILES, Compartment
from vault_app.storage.files import os_errors
from vault_app.storage.header import Header


class Vault(HeaderWrites, VaultKeyAccess, PsychotherapyFile, PsychotherapyCompartment):
    """An unlocked vault. Feature services take one of these."""

    def __init__(
        self,
        folder: Path,
        header: Header,
        keyring: VaultKeys,
        *,
        anchor_in_keyring: bool = True,
        writer_lock: folder_lock.FolderLock | None = None,
    ) -> None:
        self._setup(folder, header, keyring, anchor_in_keyring, writer_lock)
        try:
            self.records = self._open_compartment("records")
        except VaultCorrupt as refused:
            raise self._why_records_refused(refused) from refused
        try:
            ledger_db = self._open_compartment("ledger")
        except BaseException as refused:
            self.records.close()
            if isinstance(refused, VaultCorrupt):
                raise vault_binding.ledger_key_refused(self.header, refused) from refused
            raise
        self.ledger = Ledger(
            ledger_db, self._ledger_mac_key(), on_append=self._move_anchor, state=self._ledger_state,
            observer=self.changes.record_event,
        )
        self._open = True

    def _setup(
        self,
        folder: Path,
        header: Header,
        keyring: VaultKeys,
        anchor_in_keyring: bool,
        writer_lock: folder_lock.FolderLock | None,
    ) -> None:
        self.folder = folder
        # Held until lock(): no other process writes this folder meanwhile.
        self._writer_lock = writer_lock
        # Copies (a backup being checked or purged) share the live vault's id; their
        # older ledger head must never replace the keyring anchor of the live vault.
        self._anchor_in_keyring = anchor_in_keyring
        # The live vault's compartments carry their search files (storage/search_index.py); a
        # copy unpacked from a backup (the only vault opened without the keyring's anchor) never
        # builds one: it is searched by nobody, and a restore's next unlock builds its own.
        self._search = anchor_in_keyring
        # Set around the app's unlock (services/search_rebuild.py): a missing or stale index is
        # rebuilt beside the work, for this vault's psychotherapy unlocks too.
        self._search_beside = search_rebuild.beside_now()
        self.header = header
        self._header_written: bytes | None = None  # the header file's bytes as _save_header wrote them last
        self._keyring = keyring
        self._psychotherapy: Compartment | None = None
        self._maintenance_psychotherapy: Compartment | None = None
        # psychotherapy.db as checked against the ledger while locked (services/vault_psychotherapy_file.py).
        self._psychotherapy_file_seen: Fingerprint | None = None
        self._pending_promotions: list[tuple[str, bytes]] = []
        # What the operations since the last `changes.take()` changed (services/changes.py).
        self.changes = ChangeLog()
        # Work the open finished first, such as an interrupted restore (restore_rollforward.py):
        # said on the command line's stderr once, in the app's status bar until the lock.
        self.opening_notes: list[str] = []
        # How much of each kind of work the unlock's hooks did or found (interrupted destructions
        # finished, appointments of earlier discharges cancelled, what another program changed while
        # the window was locked: services/lock_anchor.py): said in the status bar until the lock
        # (services/reminders.py), as each unlock opens a Vault of its own.
        self.done_at_unlock: Counter[str] = Counter()

    @classmethod
    def with_compartments(
        cls,
        folder: Path,
        header: Header,
        keyring: VaultKeys,
        records: Compartment,
        ledger_db: Compartment,
        psychotherapy: Compartment | None = None,
    ) -> Vault:
        """Benchmarks only: a vault over connections the caller opened (plaintext copies, to
        measure what encryption costs). The files are not bound to each other (no integrity
        stamps) and lock() is not for it: close it with close_without_logging()."""
        vault = cls.__new__(cls)
        vault._setup(folder, header, keyring, False, None)
        vault.records = records
        vault._psychotherapy = psychotherapy
        # Appends move the anchor in this folder's header, the same work as on a real vault.
        vault.ledger = Ledger(ledger_db, vault._ledger_mac_key(), on_append=vault._move_anchor,
                              observer=vault.changes.record_event)
        vault._open = True
        return vault

    def _why_records_refused(self, refused: VaultCorrupt) -> VaultError:
        """records.db refused the key this header holds. A destruction gives it a fresh key in a
        newer header: when the ledger (not re-encrypted then, so still opened by this header)
        recorded a later header, this one is an older copy put back, and is named as such
        (found: such a header was said as a damaged records.db). When the ledger refuses this
        header's key too, the header is from before Replace every key; when the header is the
        current one, records.db itself is older than its key, or damaged."""
        try:
            ledger_db = self._open_compartment("ledger")
        except VaultCorrupt:
            return vault_binding.header_without_files(self.folder, self.header)
        except VaultError:
            return refused
        try:
            ledger = Ledger(ledger_db, self._ledger_mac_key())
            vault_binding.check_header(ledger, self.header, self.folder)
            return vault_binding.key_refused(ledger, "records", refused)
        finally:
            ledger_db.close()

    def _ledger_mac_key(self) -> bytes:
        key = self._key("ledger_mac")
        if key is None:
            raise VaultTampered("The wrapped ledger_mac key in the vault header is missing.", code="header.key_missing")
        return key

    def _key(self, slot: str) -> bytes | None:
        return self._keyring.key(slot, self.header)

    def _open_compartment(self, name: str) -> Compartment:
        path = self.folder / COMPARTMENT_FILES[name]
        key = self._key(name)
        if key is None:
            raise VaultTampered(f"The wrapped {name} key in the vault header is missing.", code="header.key_missing")
        # The psychotherapy search file is bound to the records compartment's time line, which
        # every restore renews, even one that cannot reach the psychotherapy key (search_index.bound_line).
        bound = search_index.generation(self.records) if self._search and name == "psychotherapy" else ""
        try:
            compartment = Compartment.open(name, path, key, search=self._search, search_beside=self._search_beside,
                                           search_bound=bound)
        except VaultCorrupt:
            staged = self._key(name + STAGED_SUFFIX)
            if staged is None:
                raise
            # An interrupted rekey: the file already uses the staged key. Finish the switch.
            compartment = Compartment.open(name, path, staged, search=self._search,
                                           search_beside=self._search_beside, search_bound=bound)
            self._pending_promotions.append((name, staged))
        # Holding the folder's writer lock, a file put at its name is another program's doing.
        compartment.keeps_own_file = self._writer_lock is not None
        compartment.before_write = self._check_writer_lock
        compartment.before_put_back = self._refuse_if_header_replaced
        if name == "records":
            compartment.before_commit = self._before_records_commit
        elif name in integrity_stamp.STAMPED:
            compartment.before_commit = self._stamp_psychotherapy
        return compartment

    def _before_records_commit(self, comp: Compartment) -> None:
        """Charts' stored retention dates follow the transaction's own writes, then the stamp."""
        with comp.uncounted():  # derived from rows already there: a backup's copy recomputes them
            retention_due.refresh(comp)
        self._stamp(comp)

    # --- binding the files to each other (storage/integrity_stamp.py) ---------------
    def _stamp(self, comp: Compartment) -> None:
        head = self.ledger.head()
        integrity_stamp.bump(comp, head.seq, bytes.fromhex(head.mac_hex), changed=comp.wrote_rows)

    def _stamp_psychotherapy(self, comp: Compartment) -> None:
        # A note's change counts in records.db's `changes` too, committed first: the backup
        # decision reads that file only (a crash in between makes one backup too many).
        if comp.wrote_rows:
            with self.records.transaction():
                integrity_stamp.count_change(self.records)
        self._stamp(comp)

    def _ledger_state(self) -> dict[str, int]:
        state = {"h": self.header.generation, "r": integrity_stamp.read(self.records).counter}
        psychotherapy = self._psychotherapy or self._maintenance_psychotherapy
        if psychotherapy is not None:
            state["p"] = integrity_stamp.read(psychotherapy).counter
        return state

    def _check_not_rolled_back(self, comp: Compartment) -> None:
        try:
            vault_binding.check_compartment(self.ledger, comp)
        except LedgerRollback as refused:
            # psychotherapy.db (opened with the unlock) saw entries an older ledger.db put back alone lacks.
            ledger_alone_older.refuse_if_alone(self)
            # Or this file alone is older, the others newer and whole (compartment_alone_older).
            compartment_alone_older.refuse_if_alone(self, refused)
            raise

    def _before_psychotherapy_opens(self) -> None:
        from vault_app.services import unlock_hooks  # its hooks import feature services, which import this

        unlock_hooks.run_before_psychotherapy(self)

    def finish_unlock(self, *, keep_psychotherapy_key: bool = False) -> None:
        """The checks every unlock (and recovery) ends with, before anything is written: the
        ledger chain from the header's anchor, the keyring's anchor, no older copy of the
        header or records.db. Refused: the files are closed and nothing is logged. Then an
        interrupted rekey is finished, the unlock logged and the unlock hooks run."""
        try:
            # An older ledger.db put back alone is said as that, with what to do first (ledger_alone_older).
            ledger_alone_older.verify(self)
            self._keyring.check_ledger_anchor(self.vault_id, self.folder, self.ledger)
            self._check_header_not_rolled_back()
            self._check_not_rolled_back(self.records)
            # The locked notes' file too, with the key the passphrase just reached (found: an
            # older copy put back was said only at their own unlock, after backups had packed it).
            try:
                self._check_psychotherapy_file()
            except LedgerRollback as older:
                compartment_alone_older.refuse_if_alone(self, older)  # only this file older (as above)
                raise
        except BaseException:
            self.close_without_logging()
            raise
        try:
            self._promote_pending()
            if self._psychotherapy is None:
                self._keyring.take_passphrase_proof()  # not used for psychotherapy: it lapses here
            self._upgrade_format()
            failures = failed_attempts(self.folder, self.vault_id)
            refused = unseen_reasked_refusals(self.folder, self.vault_id)
            self.ledger.append("vault.unlocked", {"failed_attempts_since_last_unlock": failures} | (
                {"refused_passphrases_in_open_vault_since_last_unlock": refused} if refused else {}))
            # records.db learns the new ledger head, so a ledger.db put back from before this
            # unlock is recognised even together with an older vault.header.
            with self.records.transaction():
                pass
            from vault_app.services import unlock_hooks  # its hooks import feature services, which import this

            unlock_hooks.run_after_unlock(self)
            if failures:
                with os_errors("resetting the failed-unlock counter"):
                    clear_failures(self.folder, self.vault_id)
            if refused:
                reasked_seen(self.folder, self.vault_id)
        finally:
            if not keep_psychotherapy_key:
                # The passphrase proved at this unlock reached the psychotherapy wrapping key
                # (the after-unlock work may finish a destruction with it); a records-only
                # unlock ends without it.
                self._settle_psychotherapy_key()

    def _check_header_not_rolled_back(self) -> None:
        vault_binding.check_header(self.ledger, self.header, self.folder)

    # --- header (its writes: services/vault_header_writes.py) -----------------------
    @property
    def vault_id(self) -> str:
        return self.header.vault_id

    # --- compartments (the psychotherapy one: services/vault_psychotherapy.py) ---------

    def compartment(self, name: str) -> Compartment:
        if name == "records":
            return self.records
        if name == "ledger":
            return self.ledger.db
        if name == "psychotherapy":
            return self.psychotherapy
        raise InvalidInput(f"Unknown compartment '{name}'. Choose records, psychotherapy or ledger.")

    def open_compartments(self) -> list[Compartment]:
        found = [self.records, self.ledger.db]
        if self._psychotherapy is not None:
            found.append(self._psychotherapy)
        return found

    def own_files(self) -> list[Compartment]:
        """The open compartments, for work that reads their files by name (a dated backup, the
        backup on lock, a rekey's copies): a file another program put at one of those names is
        first replaced by the vault's own, and the work refused with words that say so
        (storage/compartment_own_file.py)."""
        found = self.open_compartments()
        for comp in found:
            comp.keep_own_file()
        return found

    # --- lifecycle ------------------------------------------------------------------
    def change_passphrase(self, old: str, new: str,
                          asked: KdfParams | KdfChange | None = None) -> tuple[KdfParams, KdfParams]:
        """Re-wrap the master key only: O(1), no compartment is rewritten. Nothing asked: the key
        derivation is recalibrated on this computer, never below the vault's own (kdf.for_change).
        Returns the settings before and after, for the words that say them."""
        check_new_passphrase(new)
        if hmac.compare_digest(old.encode(), new.encode()):
            # Found in the real app: the same passphrase typed as the new one was "changed", the
            # ledger said so and the app told the therapist the old one no longer unlocks.
            raise InvalidInput("The new passphrase is the same as the current one.",
                               hint="Choose a passphrase you have not used for this vault.",
                               code="passphrase.unchanged", field="new_passphrase")
        before = kdf_params_of(self.header)
        asked_for = None if asked is None else kdf.chosen(asked, before)
        if asked_for is not None:
            require_safe_kdf(asked_for)  # refused before the passphrase is even tried, as it was
        with self.passphrase_proven(old):
            # Calibrated only once the old passphrase is proven (about a second of work).
            params = asked_for or kdf.recalibrated(before)
            require_safe_kdf(params)
            device = self._keyring.device_secret(self.header)
            self._save_header(_changed_now(self._keyring.with_passphrase(self.header, new, params, device)))
        self.ledger.append("passphrase.changed", {"kdf": params.describe()})
        return before, params

    def require_passphrase(self, passphrase: str) -> None:
        """WrongPassphrase unless `passphrase` is this vault's current one (asked again
        before a passphrase change or a rekey)."""
        with self.refusal_logged(PASSPHRASE_REFUSED):
            self._keyring.require_passphrase(
                self.folder, self.header, passphrase, "The current passphrase is not correct."
            )

    def set_new_passphrase(self, passphrase: str, params: KdfParams, *, use_device_secret: bool) -> bool:
        """After a recovery: the master key wrapped under a new passphrase, with a fresh
        device secret in the keyring when asked for and possible. True if one is used."""
        try:
            device = self._keyring.new_device_secret(self.vault_id) if use_device_secret else None
            self._save_header(_changed_now(self._keyring.with_passphrase(self.header, passphrase, params, device)))
            self._upgrade_format()
        finally:
            self._settle_psychotherapy_key()
        return device is not None

    def verify_ledger(self) -> VerifyReport:
        report = self.ledger.verify_full(self.header.ledger_anchor, check_index=True)
        self.ledger.append("audit.verified", {"ok": report.ok, "entries": report.entries_checked})
        return report

    def check_integrity(self) -> dict[str, list[str]]:
        return {c.name: c.integrity_problems() for c in self.open_compartments()}

    def lock(self) -> None:
        if not self._open:
            return
        self._open = False
        try:
            self._own_header_at_lock()
            store = self._keyring.store
            if self._anchor_in_keyring and (self.header.uses_device_secret or store.available()):
                remember_kdf_settings(store, self.header, self.folder)
                head = self.ledger.head()
                write_anchor(store, self.vault_id, self.folder, head.seq, head.mac_hex)
        finally:
            try:
                notes, self._psychotherapy = self._psychotherapy, None
                if notes is not None:
                    # The notes' own lock's close: a backup's reader (this process's, or another's
                    # beside its lock) is not waited for (services/vault_psychotherapy.py).
                    self._close_past_backup_readers(notes)
            finally:
                self._closing_past_backup_readers([self.records, self.ledger.db])
                self.records.close()
                self.ledger.db.close()
                self._keyring.forget()
                self._release_writer_lock()

    def _release_writer_lock(self) -> None:
        if self._writer_lock is not None:
            self._writer_lock.release()
            self._writer_lock = None

    def close_without_logging(self) -> None:
        """Close the files and release the folder, writing nothing: a refused unlock (the
        ledger must not record an unlock that failed its checks), or a simulated crash."""
        try:
            for comp in self.open_compartments():
                comp.close()
        finally:
            self._psychotherapy = None
            self._open = False
            self._release_writer_lock()

    @property
    def is_open(self) -> bool:
        return self._open

    def __enter__(self) -> Vault:
        return self

    def __exit__(self, *exc: object) -> None:
        self.lock()


def _changed_now(header: Header) -> Header:
    """`header` recording that its passphrase changed now (services/vault_master_key.py: the
    refusal of the old one says when), in the same write as the new wrap."""
    return header.with_changes(settings={**header.settings, PASSPHRASE_CHANGED_SETTING: now_iso()})
