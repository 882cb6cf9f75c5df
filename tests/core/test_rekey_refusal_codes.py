"""Replace every key's refusals keep what a screen says them by: the error rebuilt with "Nothing
was changed" (vault_rekey_beside._said) keeps the code, field and params of the one raised, so
a Spanish screen says it in Spanish (tests/gui/test_coded_refusals_checks.py) and the command
line still prints the English with that sentence."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import PASSPHRASE
from tests.core.destruction_helpers import vault_keys
from vault_app.domain.errors import VaultCorrupt
from vault_app.services import vault_rekey_beside
from vault_app.services.beside_job import SerialWorker
from vault_app.services.vault import Vault
from vault_app.storage.compartment import COMPARTMENT_FILES
from vault_app.storage.destruction_pages import PAGE_SIZE

NEW = "a new passphrase for the rekey codes 19"


def _flip(path: Path, offset: int) -> None:
    with path.open("r+b") as handle:
        handle.seek(offset)
        byte = handle.read(1)
        handle.seek(offset)
        handle.write(bytes([byte[0] ^ 0x01]))


def test_a_page_that_does_not_authenticate_keeps_its_code_through_the_rebuilt_error(vault: Vault,
                                                                                   vault_dir: Path) -> None:
    records = vault_dir / COMPARTMENT_FILES["records"]
    keys_before = vault_keys(vault)
    worker = SerialWorker(vault)
    try:
        replacing = worker.call(lambda v: vault_rekey_beside.begin(v, PASSPHRASE, NEW))
        assert records.stat().st_size > 3 * PAGE_SIZE
        offset = 2 * PAGE_SIZE + 100  # page 3, one bit: read by the copy from the file, not SQLite's cache
        _flip(records, offset)
        try:
            with pytest.raises(VaultCorrupt) as caught:
                vault_rekey_beside.copy(replacing)
        finally:
            _flip(records, offset)
    finally:
        worker.close()
    refused = caught.value
    assert refused.code == "rekey.page_not_authentic"
    assert refused.params == {"compartment": "records"}
    # The command line's English, with what the rebuilt error adds.
    assert refused.message == ("A page of the records compartment does not authenticate under its key, so it was "
                               "not re-encrypted. " + vault_rekey_beside.NOTHING_CHANGED)
    assert refused.hint == "Restore the vault from your latest verified backup."
    assert vault_keys(vault) == keys_before
