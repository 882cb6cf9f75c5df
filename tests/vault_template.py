"""The core fixtures' vault (`created`, and through it `vault` and `psy_vault`) from one vault
made per test process, instead of a `create_vault` per test.

Why: `create_vault` at the OWASP floor is ~68 ms of CPU (the migrations' SQL, Argon2 for the
new salt, the passphrase strength check, reading the migration files) and ~0.4 s of fsyncs on
this disk, and over 500 tests asked for one: about a quarter of the core half's CPU.

What a test gets is the vault *as `create_vault` leaves it*, not a reopened one:
- the files: those of the template taken right after its `create_vault` returned, while it was
  still open (the ledger's three entries still in ledger.db-wal, as in a fresh vault; the
  -shm index is rebuilt by SQLite from the -wal, the lock files are made by the test's own
  lock), copied into the test's folder after taking the folder's writer lock, as create does;
- in memory: a `Vault` over that copy with the same keys create holds when it returns (the
  master key and the four held keys, no psychotherapy wrapping key, the passphrase proof
  spent), the folder's writer lock held, the ledger's three entries reported to its change log,
  and the same recovery key, `device_secret_used` and keyring message.
No unlock runs, so the ledger holds exactly what create wrote (no `vault.unlocked`). Each test
gets its own `Vault`, `VaultKeys` and connections: a test's lock() wipes only its own.

Every copy shares the template's vault id, salt, keys and recovery key (tests/test_vault_template.py
proves a copy equal to a fresh vault in every other way). A fresh `create_vault` still runs
where a copy could differ (`fresh_reason`): VAULT_TEST_FRESH_VAULTS=1, a test marked
`fresh_vault` or `real_kdf`, Argon2 settings other than the floor, a usable keyring installed
before the fixture (create stores the device secret in it), or anything create relies on
replaced since the template was made (a monkeypatched function, a smaller ledger segment).
A template made on another UTC day is made again, so the vault's creation day is today's.
"""

from __future__ import annotations

import inspect
import os
import secrets
import shutil
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import keyring
import pytest
from keyring.backends import fail
from sqlcipher3 import dbapi2

from vault_app.crypto import keys, signing
from vault_app.crypto.kdf import OWASP_FLOOR, KdfParams
from vault_app.domain.errors import EnvironmentProblem
from vault_app.services import backup_kinds, ledger, ledger_seals
from vault_app.services import vault as vault_module
from vault_app.services.device_secret import KeyringSecretStore
from vault_app.services.ledger import Ledger
from vault_app.services.vault import LOCK_WAIT_SECONDS, CreatedVault, Vault, create_vault
from vault_app.services.vault_keys import VaultKeys
from vault_app.storage import folder_lock, integrity_stamp, migrations
from vault_app.storage import header as header_io
from vault_app.storage.compartment import COMPARTMENT_FILES, Compartment
from vault_app.storage.files import ensure_private_dir
from vault_app.storage.header import Header
from vault_app.storage.ledger_store import LedgerStore

PASSPHRASE = "correct horse battery staple"  # every test's (tests/conftest.py re-exports it)
FRESH_ENV = "VAULT_TEST_FRESH_VAULTS"
FRESH_MARK = "fresh_vault"
# The entries create_vault writes; a ledger segment closing among them would be sealed.
CREATE_ENTRIES = ("vault.created", "psychotherapy.unlocked", "psychotherapy.locked")
# Made by the writer lock (the test's own); the -shm index SQLite rebuilds from the -wal.
_NOT_COPIED = (folder_lock.LOCK_NAME, folder_lock.OWNER_NAME)

# What create_vault's work goes through, and a test could replace before its fixture runs
# (public names only: the vault's private ones are its own, tests/core/test_vault_seam.py).
_RELIED_ON: tuple[tuple[object, str], ...] = (
    (vault_module, "create_vault"), (vault_module, "datetime"),
    (vault_module, "secrets"), (secrets, "token_bytes"), (keys, "random_key"), (keys, "wrap"),
    (keys, "new_recovery_secret"), (signing, "new_signing_key"), (backup_kinds, "settings_for_new_vault"),
    (backup_kinds, "NEW_VAULT_KIND"), (header_io, "write"), (header_io, "HEADER_NAME"), (folder_lock, "acquire"),
    (Compartment, "open"), (Compartment, "close"), (dbapi2, "connect"), (migrations, "apply"),
    (integrity_stamp, "bump"), (integrity_stamp, "ensure_schema"), (Ledger, "append"),
    (LedgerStore, "insert"), (ledger_seals, "seal_if_due"), (ledger, "now_iso"),
    (Vault, "__init__"), (Vault, "open_psychotherapy_after_unlock"), (Vault, "lock_psychotherapy"),
    (VaultKeys, "__init__"), (VaultKeys, "from_master"),
)


def _relied_on() -> tuple[object, ...]:
    # getattr_static: the classmethod object itself, not a new bound method each time.
    return tuple(inspect.getattr_static(owner, name) for owner, name in _RELIED_ON)


# Taken when tests/conftest.py imports this module, before any test could replace one.
_ORIGINAL = _relied_on()


def fresh_reason(node: pytest.Item, kdf_params: KdfParams) -> str | None:
    """Why this test's vault must come from a real create_vault (None: a copy of the template
    is the vault create_vault would make)."""
    if os.environ.get(FRESH_ENV, "") not in ("", "0"):
        return FRESH_ENV
    for mark in (FRESH_MARK, "real_kdf"):
        if node.get_closest_marker(mark) is not None:
            return f"marked {mark}"
    if kdf_params != OWASP_FLOOR:
        return "other Argon2 settings"
    if KeyringSecretStore().available():
        return "a keyring is installed (the device secret goes into it)"
    changed = [f"{getattr(owner, '__name__', owner)}.{name}"
               for (owner, name), was, now in zip(_RELIED_ON, _ORIGINAL, _relied_on(), strict=True)
               if was is not now]
    if Ledger.segment_size <= len(CREATE_ENTRIES):  # a larger one (the seal tests' 16) seals none of them
        changed.append("Ledger.segment_size")
    if changed:
        return "replaced: " + ", ".join(changed)
    return None


@dataclass(frozen=True)
class VaultTemplate:
    """One vault just made by create_vault: its files and what it held in memory."""

    folder: Path
    files: tuple[str, ...]
    header: Header
    master: bytes
    recovery_key: str
    keyring_message: str
    events: tuple[tuple[str, dict[str, Any]], ...]
    day: date

    @classmethod
    def make(cls, base: Path) -> VaultTemplate:
        made_in, kept = base / "made", base / "files"
        previous = keyring.get_keyring()
        keyring.set_keyring(fail.Keyring())  # as tests/conftest.py's _isolated_environment does
        try:
            made = create_vault(made_in, PASSPHRASE, params=OWASP_FLOOR)
            try:
                ensure_private_dir(kept)
                names = sorted(p.name for p in made_in.iterdir()
                               if p.name not in _NOT_COPIED and not p.name.endswith("-shm"))
                for name in names:
                    shutil.copy(made_in / name, kept / name)
                template = cls(
                    kept, tuple(names), made.vault.header, made.vault.master_key(), made.recovery_key,
                    made.keyring_message,
                    tuple((e.kind, e.payload) for e in made.vault.ledger.entries()),
                    datetime.fromisoformat(made.vault.header.created).date(),
                )
            finally:
                made.vault.lock()
        finally:
            keyring.set_keyring(previous)
        if (made.device_secret_used or header_io.read(kept) != template.header
                or tuple(kind for kind, _payload in template.events) != CREATE_ENTRIES):
            raise AssertionError("the vault template is not the vault create_vault made")
        return template

    def just_created(self, folder: Path) -> CreatedVault:
        """A copy of the template in `folder`, given as create_vault returns a new vault."""
        if (folder / header_io.HEADER_NAME).exists() or any(
            (folder / name).exists() for name in COMPARTMENT_FILES.values()
        ):
            raise EnvironmentProblem(f"A vault already exists in {folder}; refusing to overwrite it.")
        ensure_private_dir(folder)
        held = folder_lock.acquire(folder, wait_seconds=LOCK_WAIT_SECONDS)
        try:
            for name in self.files:
                # The private modes come along; the times are the copy's own, as a new file's.
                shutil.copy(self.folder / name, folder / name)
            header = header_io.read(folder)
            # The keys create_vault's VaultKeys holds when it returns: the held slots under the
            # master key, no psychotherapy wrapping key (locked), no passphrase proof left.
            vault = Vault(folder, header, VaultKeys.from_master(header, self.master, KeyringSecretStore()),
                          writer_lock=held)
            # create_vault closed psychotherapy.db itself (lock_psychotherapy): this copy is its file
            # too, so a backup of the locked notes packs it (services/vault_psychotherapy_file.py).
            vault._psychotherapy_closed()
        except BaseException:
            held.release()
            raise
        for kind, payload in self.events:  # what the ledger told the change log during create
            vault.changes.record_event(kind, payload)
        return CreatedVault(vault, self.recovery_key, False, self.keyring_message)


class VaultTemplates:
    """The process's template, made on first use and again on a new UTC day."""

    def __init__(self, base: Path) -> None:
        self._base = base
        self._made = 0
        self._current: VaultTemplate | None = None

    def today(self) -> VaultTemplate:
        if self._current is None or self._current.day != datetime.now(UTC).date():
            self._made += 1
            self._current = VaultTemplate.make(self._base / str(self._made))
        return self._current

    def created(self, node: pytest.Item, folder: Path, kdf_params: KdfParams) -> tuple[CreatedVault, str]:
        """The test's vault, and how it was made ("template" or "fresh: <why>")."""
        reason = fresh_reason(node, kdf_params)
        if reason is not None:
            return create_vault(folder, PASSPHRASE, params=kdf_params), f"fresh: {reason}"
        return self.today().just_created(folder), "template"
