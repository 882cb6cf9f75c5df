"""The same vault on plain, unencrypted SQLite: what encryption costs.

Each compartment of an open vault is copied to plaintext with SQLCipher's own
`sqlcipher_export` into a benchmark temp folder, the copies are opened with
keyless connections (keyless SQLCipher is plain SQLite) and the same pragmas the
app uses, and a `Vault` is assembled around them (`Vault.with_compartments`) so
the real services run unchanged. The copies hold only synthetic data and are
deleted when the block ends.
"""

from __future__ import annotations

import contextlib
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

# Benchmarks may talk to the driver directly; vault_app code outside storage/ may not.
from sqlcipher3 import dbapi2 as sqlcipher

from benchmarks.common import NO_KEYRING
from vault_app.services.vault import Vault
from vault_app.services.vault_keys import VaultKeys
from vault_app.storage import header as header_io
from vault_app.storage import search_index
from vault_app.storage.compartment import COMPARTMENT_FILES, Compartment, key_pragma
from vault_app.storage.layout import SEARCH_FILES


def export_plaintext(vault: Vault, name: str, dest: Path) -> None:
    """Decrypt compartment `name` of `vault` into the plain SQLite file `dest` (schema, rows, user_version)."""
    _export(vault.folder / COMPARTMENT_FILES[name], vault.compartment_key(name), dest)


def _export(source: Path, key: bytes, dest: Path) -> None:
    conn = sqlcipher.connect(str(source), isolation_level=None)
    try:
        conn.execute("PRAGMA cipher_log_level = NONE")
        conn.execute(key_pragma(key))
        conn.execute("PRAGMA cipher_compatibility = 4")
        conn.execute("ATTACH DATABASE ? AS plain KEY ''", (str(dest),))
        conn.execute("SELECT sqlcipher_export('plain')")
        version = int(conn.execute("PRAGMA main.user_version").fetchone()[0])
        conn.execute(f"PRAGMA plain.user_version = {version}")
        conn.execute("DETACH DATABASE plain")
    finally:
        conn.close()


def open_plain(name: str, path: Path) -> Compartment:
    """A keyless connection with the pragmas `Compartment.open` sets on an encrypted one."""
    conn: Any = sqlcipher.connect(str(path), isolation_level=None, check_same_thread=False)
    if conn.execute("PRAGMA cipher_version").fetchone() is None:
        raise RuntimeError("the driver is not SQLCipher")
    conn.execute("PRAGMA secure_delete = ON")
    conn.execute("PRAGMA temp_store = MEMORY")
    conn.execute("PRAGMA foreign_keys = ON")
    if str(conn.execute("PRAGMA journal_mode = WAL").fetchone()[0]).lower() != "wal":
        raise RuntimeError(f"{path.name} could not switch to WAL")
    conn.execute("PRAGMA synchronous = FULL")
    conn.row_factory = sqlcipher.Row
    return Compartment(name, path, conn)


def _with_search(vault: Vault, comp: Compartment, folder: Path) -> Compartment:
    """The compartment's search file as a plain copy too, attached with its triggers, as the
    vault's own connection has it (storage/search_index.py)."""
    dest = folder / SEARCH_FILES[comp.name]
    _export(vault.folder / SEARCH_FILES[comp.name],
            search_index.search_key(vault.compartment_key(comp.name), comp.name), dest)
    comp.raw_connection.execute(f"ATTACH DATABASE ? AS {search_index.SCHEMA} KEY ''", (str(dest),))
    comp.raw_connection.execute(f"PRAGMA {search_index.SCHEMA}.journal_mode = WAL")
    search_index.install_triggers(comp.raw_connection, comp.name)
    return comp


def _assemble(vault: Vault, folder: Path) -> Vault:
    keyring = VaultKeys.from_master(vault.header, vault.master_key(), NO_KEYRING)
    psychotherapy = (_with_search(vault, open_plain("psychotherapy", folder / COMPARTMENT_FILES["psychotherapy"]),
                                  folder) if vault.psychotherapy_open else None)
    return Vault.with_compartments(
        folder, vault.header, keyring,
        records=_with_search(vault, open_plain("records", folder / COMPARTMENT_FILES["records"]), folder),
        ledger_db=open_plain("ledger", folder / COMPARTMENT_FILES["ledger"]),
        psychotherapy=psychotherapy,
    )


@contextlib.contextmanager
def plain_copy(vault: Vault, folder: Path) -> Iterator[Vault]:
    """A Vault whose compartments are plaintext copies of `vault`'s, in `folder` (deleted afterwards).

    The psychotherapy compartment is copied only if it is unlocked in `vault`."""
    folder.mkdir(parents=True)
    opened: Vault | None = None
    try:
        names = [c.name for c in vault.open_compartments()]
        for name in names:
            export_plaintext(vault, name, folder / COMPARTMENT_FILES[name])
        header_io.write(folder, vault.header)
        opened = _assemble(vault, folder)
        yield opened
    finally:
        if opened is not None:
            opened.close_without_logging()
        shutil.rmtree(folder, ignore_errors=True)


def is_plaintext(path: Path) -> bool:
    """True when the file starts with SQLite's plain header (an encrypted file starts with random salt)."""
    with path.open("rb") as f:
        return f.read(16) == b"SQLite format 3\x00"
