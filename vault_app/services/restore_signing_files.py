"""Whether a copy of the vault a restore reads has a header older than the files beside it
(services/restore_signing.py: then what that header says of the key in use is not believed).

Apart from restore_signing.py because it reads files (the copy's ledger.db and records.db under
the keys its header gives), and that module only decides. An older vault.header put back alone
over a vault whose keys were all replaced since (Replace every key) authenticates under the older
master key a pre-replacement backup opens with, and names the key that replacement retired as the
key in use; nothing in it says otherwise. The files beside it are what it cannot roll back with it:

- ledger.db and records.db were re-encrypted under fresh keys by the replacement: they refuse the
  older header's keys (a header and a ledger.db put back together: records.db still refuses);
- each ledger entry records the header's generation at that moment: a ledger that recorded a
  later header than the one beside it (vault_binding.check_header);
- records.db records the last ledger entry it saw: a records.db that saw entries the ledger
  does not hold is newer than the ledger (and the header) put back beside it.

A damaged file reads the same way (it refuses the key too): the restore then makes a new key pair
it did not strictly need, which refuses more, never less. An interrupted rekey's staged keys are
tried too (the unlock promotes them: a folder killed mid-replacement is not older than its files).
"""

from __future__ import annotations

from pathlib import Path

from vault_app.domain.errors import VaultError
from vault_app.services import vault_binding
from vault_app.services.ledger import Ledger
from vault_app.services.vault_header_keys import STAGED_SUFFIX
from vault_app.storage import integrity_stamp
from vault_app.storage.compartment import COMPARTMENT_FILES, Compartment
from vault_app.storage.header import Header


def _candidates(keys: dict[str, bytes], slot: str) -> list[bytes]:
    return [k for k in (keys.get(slot), keys.get(slot + STAGED_SUFFIX)) if k is not None]


def open_ledger(folder: Path, keys: dict[str, bytes]) -> Compartment:
    """The copy's ledger.db under its header's ledger key (or the key a killed rekey staged):
    VaultError when neither opens it."""
    path = folder / COMPARTMENT_FILES["ledger"]
    refused: VaultError | None = None
    for key in _candidates(keys, "ledger"):
        try:
            return Compartment.open("ledger", path, key)
        except VaultError as err:
            refused = refused or err
    assert refused is not None  # the header's own ledger key is always there
    raise refused


def older_than_files(folder: Path, header: Header, keys: dict[str, bytes], ledger: Ledger) -> bool:
    """True when `header` (authenticated, its ledger open) is older than the files beside it, or
    they cannot be checked against it (module docstring)."""
    try:
        vault_binding.check_header(ledger, header)
    except VaultError:
        return True
    for key in _candidates(keys, "records"):
        try:
            stamp = integrity_stamp.read_file(folder / COMPARTMENT_FILES["records"], key, "records")
        except VaultError:
            continue
        try:
            vault_binding.check_stamp(ledger, "records", stamp)
        except VaultError:
            return True
        return False
    return True  # records.db refuses every key the header gives


__all__ = ["older_than_files", "open_ledger"]
