"""The vault header as an unlocked vault writes it: only over the one it wrote last, only while
it holds the folder's writer lock, and its own put back when another program put an older copy
at its name meanwhile (a part of services/vault_session.py's Vault, as
services/vault_session_keys.py is). Every ledger append moves the header's anchor through here.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

from vault_app.domain.errors import VaultError, VaultTampered
from vault_app.services.vault_keys import VaultKeys
from vault_app.storage import folder_lock, header_own_file
from vault_app.storage import header as header_io
from vault_app.storage.compartment import Compartment
from vault_app.storage.header import Header, LedgerAnchor

log = logging.getLogger(__name__)


class HeaderWrites:
    """Mixed into Vault (ahead of its other bases, whose stand-ins for _save_header must not hide
    the one here), which sets these attributes and provides open_compartments."""

    folder: Path
    header: Header
    _keyring: VaultKeys
    _writer_lock: folder_lock.FolderLock | None
    _header_written: bytes | None

    def open_compartments(self) -> list[Compartment]:
        raise NotImplementedError

    def _check_writer_lock(self) -> None:
        """Before a write: this vault still holds the folder's lock at its name (vault.lock not
        deleted or replaced meanwhile, storage/folder_lock.py), else refused before anything is written."""
        if self._writer_lock is not None:
            self._writer_lock.check_still_held()

    def _refuse_if_header_replaced(self) -> None:
        """Before a compartment's own file is put back: vault.header must be the one this vault
        holds, else another program put a whole vault in place and nothing is mixed into it."""
        try:
            raw = header_io.read_bytes(self.folder)
            on_disk = self.header if raw == self._header_written else header_io.decode(raw)
        except VaultError:
            on_disk = None
        if on_disk is None or on_disk.generation != self.header.generation or on_disk.mac != self.header.mac:
            raise folder_lock.folder_replaced(self.folder)

    def _own_header_back(self) -> None:
        """An older copy of this vault's own header put at its name by another program while the
        vault holds the folder (a sync tool, one file restored): the vault's own put back, the one
        found kept beside it (storage/header_own_file.py). Not when a compartment file was replaced
        too (another program put a whole vault there: refused, nothing mixed in), nor for a copy
        that holds no writer lock (a backup being checked)."""
        if self._writer_lock is None or any(c.own_file_replaced() for c in self.open_compartments()):
            return
        found = header_own_file.older_copy_at_name(self.folder, self.header, self._header_written)
        if found is None:
            return
        kept = header_own_file.put_back(self.folder, found, self.header)
        self._header_written = header_io.read_bytes(self.folder)
        log.warning("An older copy of vault.header was put in place while the vault was open; the vault's own "
                    "was put back and the one found kept beside it as %s", kept)

    def _save_header(self, header: Header) -> None:
        self._check_writer_lock()
        self._own_header_back()
        # Never write from memory that may be stale: the file must still be the one this
        # object last wrote (same generation, same MAC), else something else changed it.
        # Decoded only when its bytes are not those this object wrote last (which decode to this header).
        raw = header_io.read_bytes(self.folder)
        on_disk = self.header if raw == self._header_written else header_io.decode(raw)
        if on_disk.generation != self.header.generation or on_disk.mac != self.header.mac:
            raise VaultTampered(
                # Said after the record's own commit too (a ledger append moves the anchor here): it
                # said "nothing was written" beside a chart that was created, and Create made two.
                "The vault header (vault.header) was changed by something else while this vault was open; the app "
                "did not write over it. What you just did may be saved already: look for it before you do it again.",
                hint="Lock the vault and unlock it again. If no other copy of the app was running, "
                "check the folder and your backups.", code="header.changed_meanwhile",
            )
        # Format 2 (the generation) applies to every write; format 3 only through an upgrade.
        header = header.with_changes(
            mac="", generation=self.header.generation + 1,
            format_version=max(header.format_version, header_io.GENERATION_FORMAT),
        )
        header = self._keyring.seal(header)
        self._header_written = None  # unknown until the write is done: a failed one may have replaced it
        written = header_io.write(self.folder, header)
        self.header, self._header_written = header, written

    def _move_anchor(self, anchor: LedgerAnchor) -> None:
        self._save_header(self.header.with_changes(ledger_anchor=anchor))

    def update_settings(self, **values: Any) -> None:
        """Non-sensitive vault settings (timeouts, backup policy) kept in the header."""
        settings = dict(self.header.settings)
        settings.update(values)
        self._save_header(self.header.with_changes(settings=settings))

    def _own_header_at_lock(self) -> None:
        """Before the folder is let go: a header put back meanwhile with nothing written since
        (a note's draft writes none) would make the next unlock refuse the vault as rolled back."""
        try:
            self._check_writer_lock()
            self._own_header_back()
        except (VaultError, OSError) as exc:  # the lock goes on; the next unlock says what it finds
            log.warning("The vault's own header could not be checked at the lock: %s", type(exc).__name__)
