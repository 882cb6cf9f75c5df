"""The vault.header of an older format (release 0.1.0's format 1), put back beside the files of the upgraded
vault after a destruction gave records.db a fresh key, is named as the file put back ("vault.header was rolled
back"), not "records.db is damaged or was altered": the upgrade's copy taken before the open no longer speaks
first. Found by a walker putting the 2019 vault.header back after a destruction with today's app. The older
header is the committed format-1 vault's own (tests/data/vault-format-1)."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from tests.core.test_upgrade_backup import DATA, _copy
from vault_app.domain.errors import LedgerRollback
from vault_app.services import clients, destruction
from vault_app.services.vault import open_vault
from vault_app.storage.layout import COMPARTMENT_FILES, HEADER_NAME


@pytest.mark.parametrize("psychotherapy", [False, True], ids=["records", "with-notes"])
def test_an_old_format_header_put_back_after_a_destruction_is_named(tmp_path: Path, psychotherapy: bool) -> None:
    folder, passphrase = _copy(DATA / "vault-format-1", tmp_path)
    older = tmp_path / "format-1.header"
    shutil.copy2(folder / HEADER_NAME, older)
    with open_vault(folder, passphrase, with_psychotherapy=True) as vault:  # upgraded here
        (client,) = clients.list_clients(vault)
        destruction.destroy(vault, client.chart_number, basis="override", confirm=client.chart_number,
                            override_reason="the client asked for the records to be destroyed")
    records = (folder / COMPARTMENT_FILES["records"]).read_bytes()
    shutil.copy2(older, folder / HEADER_NAME)
    with pytest.raises(LedgerRollback) as refused:
        open_vault(folder, passphrase, with_psychotherapy=psychotherapy)
    assert refused.value.message.startswith("vault.header, the file that holds the vault's keys"), refused.value.message
    assert "records.db" not in refused.value.message
    assert (folder / COMPARTMENT_FILES["records"]).read_bytes() == records  # nothing changed
