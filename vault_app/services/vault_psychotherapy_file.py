"""psychotherapy.db while the notes are locked: checked against the ledger at every unlock, and
not packed into a backup unless it is still the file checked (a part of services/vault_session.py's
Vault, as services/vault_psychotherapy.py is).

Found: an older psychotherapy.db put back went unnoticed until the notes' own unlock; the
backup on lock packed it, and the rotation then removed the one backup that held the notes
it had lost. The psychotherapy key stays out of the main unlock's keeping: the passphrase
just proven reaches it for the length of the unlock (services/vault_psychotherapy_key.py), which
is when the file's integrity stamp is read (query-only, nothing written) and its fingerprint
kept. Only this process writes that file while it holds the folder's writer lock, and only
through an opened compartment, whose close takes the fingerprint again; so a file that no
longer matches was put there by someone else, and a backup refuses it while the key is not
at hand to check it.
"""

from __future__ import annotations

import hashlib
import os
import threading
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, cast

from vault_app.domain.errors import LedgerRollback
from vault_app.services import compartment_alone_older, vault_binding
from vault_app.services.ledger import Ledger
from vault_app.services.vault_keys import STAGED_SUFFIX, VaultKeys
from vault_app.storage.compartment import COMPARTMENT_FILES, Compartment
from vault_app.storage.files import os_errors
from vault_app.storage.wal_fold import folded_digest

if TYPE_CHECKING:
    from vault_app.services.unlocking_vault import UnlockingVault  # the Vault this is a part of

# The fingerprint is also taken on a backup's thread (_psychotherapy_settled_after_backup).
_SEEN_LOCK = threading.Lock()

# (device, inode, size, modification time, change time) and the SHA-256 of the bytes.
Fingerprint = tuple[tuple[int, int, int, int, int], str]


def fingerprint(path: Path) -> Fingerprint:
    with os_errors("reading psychotherapy.db"):
        st = os.stat(path)
        digest = hashlib.sha256()
        with path.open("rb") as src:
            for block in iter(lambda: src.read(1 << 20), b""):
                digest.update(block)
    return (st.st_dev, st.st_ino, st.st_size, st.st_mtime_ns, st.st_ctime_ns), digest.hexdigest()


def _state(path: Path) -> tuple[int, int, int, int, int] | None:
    try:
        st = os.stat(path)
    except OSError:
        return None
    return st.st_dev, st.st_ino, st.st_size, st.st_mtime_ns, st.st_ctime_ns


def _same(path: Path, seen: Fingerprint, folded: str | None = None) -> bool:
    # The state first (no read); any change to the inode moves its change time, which nobody
    # can set back, so an equal state is the same file. A differing state (a chmod, a copy of
    # the same bytes) is decided by the content: the file as closed, or (`folded`) as another
    # process's backup reader, the last connection, folded the -wal left at the close into it.
    if _state(path) == seen[0]:
        return True
    digest = fingerprint(path)[1]
    return digest == seen[1] or (folded is not None and digest == folded and not _journal_left(path))


def _journal_left(path: Path) -> bool:
    wal = Path(str(path) + "-wal")
    return wal.exists() and wal.stat().st_size > 0


class PsychotherapyFile:
    """Mixed into Vault, which sets these attributes and provides _key."""

    folder: Path
    ledger: Ledger
    _keyring: VaultKeys
    _psychotherapy: Compartment | None
    _maintenance_psychotherapy: Compartment | None
    _psychotherapy_file_seen: Fingerprint | None
    # The SHA-256 the file has once the -wal left at the close is folded in by another process's
    # backup reader (storage/wal_fold.py); None when the close folded it itself.
    _psychotherapy_file_folded: str | None = None

    def _key(self, slot: str) -> bytes | None:
        raise NotImplementedError

    @property
    def _psychotherapy_path(self) -> Path:
        return self.folder / COMPARTMENT_FILES["psychotherapy"]

    def _check_psychotherapy_file(self) -> None:
        """While the notes are locked and their wrapping key is held (an unlock, a passphrase-proven
        operation): the file on disk against the ledger, as its unlock and a restore check it
        (LedgerRollback for an older copy put back), and its fingerprint kept. A file no key opens
        (damaged, or older than its key) is left for its own unlock to name; its fingerprint is
        kept all the same, so a backup packs those same bytes as before."""
        if self._psychotherapy is not None or self._maintenance_psychotherapy is not None:
            return
        path = self._psychotherapy_path
        keys = tuple(k for k in (self._key("psychotherapy"), self._key("psychotherapy" + STAGED_SUFFIX))
                     if k is not None)
        if not keys or not path.is_file():
            return
        seen = self._psychotherapy_file_seen
        if seen is not None and _state(path) == seen[0]:
            return  # the very file checked (or written) in this session
        try:
            vault_binding.check_psychotherapy_file(self.ledger, path, keys)
        except LedgerRollback as refused:
            # Only this file older, the others newer and whole: said as the unlock says it, at a backup
            # too (compartment_alone_older; round 46: the backup said to restore the whole vault).
            compartment_alone_older.refuse_if_alone(cast("UnlockingVault", self), refused)
            raise
        self._psychotherapy_file_seen = fingerprint(path)

    def _psychotherapy_closed(self) -> None:
        """This process closed the compartment it had open (and checked when opening): the file on
        disk is its own work."""
        path = self._psychotherapy_path
        with _SEEN_LOCK:
            self._psychotherapy_file_seen = fingerprint(path) if path.is_file() else None
            self._psychotherapy_file_folded = (folded_digest(path, Path(str(path) + "-wal"))
                                               if path.is_file() and _journal_left(path) else None)

    def _psychotherapy_settled_after_backup(self) -> Callable[[], None]:
        """For a lock that closed the notes while a backup's reader held them: that reader, closing
        last, folds the journal into the file (this process's own work, written before the lock), so
        the fingerprint is taken again then, on the backup's thread. Not if the notes were opened
        (or closed again) in between: their own close took it."""
        seen_at_lock = self._psychotherapy_file_seen

        def settled() -> None:
            with _SEEN_LOCK:
                if self._psychotherapy is None and self._maintenance_psychotherapy is None \
                        and self._psychotherapy_file_seen is seen_at_lock:
                    path = self._psychotherapy_path
                    self._psychotherapy_file_seen = fingerprint(path) if path.is_file() else None
        return settled

    def refuse_unchecked_psychotherapy_file(self) -> None:
        """For a backup of the locked notes, before their file is copied: LedgerRollback unless it is
        the file checked against the ledger in this session (or checked now, the key being held)."""
        if self._psychotherapy is not None or self._maintenance_psychotherapy is not None:
            return
        path = self._psychotherapy_path
        if not path.is_file():
            return  # said as a missing compartment by the copy
        seen = self._psychotherapy_file_seen
        if seen is not None and _same(path, seen, self._psychotherapy_file_folded):
            with _SEEN_LOCK:
                if self._psychotherapy_file_seen is seen and _state(path) != seen[0]:
                    self._psychotherapy_file_seen, self._psychotherapy_file_folded = fingerprint(path), None
            return
        if self._keyring.holds_psychotherapy_wrap():
            self._check_psychotherapy_file()
            return
        raise LedgerRollback(
            "psychotherapy.db changed on disk while the vault was open, and it cannot be checked while the "
            "psychotherapy notes are locked: it may be an older copy put back. Nothing was backed up.",
            # Not "restore from your latest verified backup" (round 46): for this file alone older, a restore
            # replaces the newer records.db and ledger.db too; the notes' unlock says what to do first.
            hint="Unlock the psychotherapy notes: that checks the file and, if it is an older copy, says what to do. "
            "Then back up again.", code="backup.psychotherapy_changed",
        )
