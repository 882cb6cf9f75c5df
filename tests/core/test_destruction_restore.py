"""A restored older copy must not bring a destroyed chart back: restore re-applies the
destructions the current ledger knows (reapply_destructions)."""

from __future__ import annotations

import shutil
from pathlib import Path

from tests.conftest import PASSPHRASE, reopen
from tests.core.destruction_helpers import decrypted_hits, seed_chart, vault_keys
from vault_app.services import backup, backup_restore, clients, destruction
from vault_app.services.vault import Vault, open_copy_with_master


def test_an_older_copy_is_cleaned_again(psy_vault: Vault, vault_dir: Path, tmp_path: Path) -> None:
    target = seed_chart(psy_vault, "T")
    other = seed_chart(psy_vault, "O")
    psy_vault.lock()
    old = tmp_path / "old-copy"
    shutil.copytree(vault_dir, old)  # a copy taken before the destruction (not registered)

    with reopen(vault_dir, psychotherapy=True) as vault:
        destruction.destroy(vault, target.chart_number, basis="retention", confirm=target.chart_number)
        entries = vault.ledger.entries(kinds=(destruction.STARTED, destruction.COMPLETED))
        # The copy's psychotherapy key is under the vault's psychotherapy wrapping key,
        # which the open psychotherapy compartment holds (the master key alone does not reach it).
        copy = open_copy_with_master(old, vault.master_key(), psychotherapy_wraps=vault.psychotherapy_wraps())
        try:
            report = destruction.reapply_destructions(copy, entries)
            assert [(r["client_id"], r["reapplied"]) for r in report] == [(target.client_id, True)]
            assert report[0]["rows_found"] > 0
            again = destruction.reapply_destructions(copy, entries)
            assert [r["reapplied"] for r in again] == [False]
            assert clients.get_client(copy, other.client_id).legal_name == other.names[0]
            keys = vault_keys(copy)
        finally:
            copy.lock()
    assert decrypted_hits(old, keys, target.needles(), tmp_path / "w") == []


def test_restoring_an_unregistered_older_backup(psy_vault: Vault, tmp_path: Path) -> None:
    target = seed_chart(psy_vault, "T")
    other = seed_chart(psy_vault, "O")
    info = backup.create_backup(psy_vault, tmp_path / "usb")
    offsite = tmp_path / "offsite" / Path(info.path).name
    offsite.parent.mkdir()
    shutil.copy2(info.path, offsite)  # a copy the app never knew about still holds the chart
    destruction.destroy(psy_vault, target.chart_number, basis="retention", confirm=target.chart_number)

    restored = tmp_path / "restored"
    report = backup_restore.restore_backup(offsite, restored, passphrase=PASSPHRASE, current=psy_vault)
    assert [r["client_id"] for r in report.reapplied if r["reapplied"]] == [target.client_id]
    with reopen(restored, psychotherapy=True) as vault:
        assert clients.get_client(vault, other.client_id).legal_name == other.names[0]
        assert [c.client_id for c in clients.list_clients(vault)] == [other.client_id]
        keys = vault_keys(vault)
    assert decrypted_hits(restored, keys, target.needles(), tmp_path / "w") == []
