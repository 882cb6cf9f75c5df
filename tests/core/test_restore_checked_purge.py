"""A purged snapshot keeps its "checked at creation" record (backup_checked.after_purge):
the destruction's purge checks every page it wrote and the rewritten compartments'
structure, and leaves the rest byte-identical, so a restore after a destruction relies on
the record, says so, and still refuses any altered chunk. Real vaults, real repositories,
real SQLCipher files, the destruction's own purge."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from tests.conftest import PASSPHRASE
from tests.core.destruction_helpers import SeededChart, seed_chart
from vault_app.domain.errors import VaultCorrupt, VaultTampered
from vault_app.services import backup_checked, backup_keys, backup_repo, backup_repo_restore, clients, destruction
from vault_app.services.backup_repo_read import open_snapshot
from vault_app.services.vault import Vault, open_vault
from vault_app.storage.chunk_store import Repository
from vault_app.storage.compartment import COMPARTMENT_FILES


def _body(path: Path, vault: Vault) -> dict[str, Any]:
    return open_snapshot(path.read_bytes(), backup_keys.vault_source(vault))[2]


def _destroy(vault: Vault, chart: SeededChart) -> None:
    cert = destruction.destroy(vault, chart.chart_number, basis="override", confirm=chart.chart_number,
                               override_reason="the client asked for the records to be destroyed")
    assert cert["verification"]["result"] == "passed", cert["verification"]


def test_a_purged_snapshot_keeps_its_record_and_restores_on_it(psy_vault: Vault, tmp_path: Path) -> None:
    chart = seed_chart(psy_vault, "T")
    other = seed_chart(psy_vault, "O")
    snapshot = Path(backup_repo.create_incremental(psy_vault, tmp_path / "repo", verify=True, rotate_old=False).path)
    before = _body(snapshot, psy_vault)
    assert before[backup_checked.KEY]["pages"] == ["ledger", "psychotherapy", "records"]

    _destroy(psy_vault, chart)
    after = _body(snapshot, psy_vault)
    parts_before = {p["name"]: p["chunks"] for p in before["parts"]}
    parts_after = {p["name"]: p["chunks"] for p in after["parts"]}
    assert parts_after[COMPARTMENT_FILES["records"]] != parts_before[COMPARTMENT_FILES["records"]]  # purged
    record = after[backup_checked.KEY]
    assert record["pages"] == before[backup_checked.KEY]["pages"]
    assert record["ledger_head"] == before[backup_checked.KEY]["ledger_head"] == after["ledger_head"]
    assert record["purged"]["written_checked"] == ["psychotherapy", "records"]

    summary = backup_repo.verify_snapshot(snapshot, vault=psy_vault)
    assert summary["check"] == backup_checked.RECORDED
    assert any("was purged since" in line for line in summary["checked"])
    report = backup_repo_restore.restore_snapshot(snapshot, tmp_path / "restored", passphrase=PASSPHRASE)
    assert report.check == backup_checked.RECORDED
    copy = open_vault(tmp_path / "restored", PASSPHRASE)
    try:
        names = {c.client_id for c in clients.list_clients(copy)}
        assert other.client_id in names and chart.client_id not in names
    finally:
        copy.lock()


def test_a_tampered_chunk_of_a_purged_snapshot_is_refused_on_the_record(psy_vault: Vault, tmp_path: Path) -> None:
    """Both a chunk the purge wrote and one it kept: the record spares the page checks,
    never the chunks' authentication."""
    chart = seed_chart(psy_vault, "T")
    seed_chart(psy_vault, "O")
    snapshot = Path(backup_repo.create_incremental(psy_vault, tmp_path / "repo", verify=True, rotate_old=False).path)
    before = {c for p in _body(snapshot, psy_vault)["parts"] for c in p["chunks"]}
    _destroy(psy_vault, chart)
    body = _body(snapshot, psy_vault)
    assert backup_checked.KEY in body
    records = next(p for p in body["parts"] if p["name"] == COMPARTMENT_FILES["records"])["chunks"]
    ledger = next(p for p in body["parts"] if p["name"] == COMPARTMENT_FILES["ledger"])["chunks"]
    written = [c for c in records if c not in before]
    assert written and set(ledger) <= before
    repo = Repository((tmp_path / "repo").resolve())
    for n, chunk_id in enumerate((written[0], ledger[-1])):
        path = repo.chunk_path(chunk_id)
        original = path.read_bytes()
        damaged = bytearray(original)
        damaged[len(original) // 2] ^= 0x01
        path.write_bytes(bytes(damaged))
        with pytest.raises((VaultCorrupt, VaultTampered)):
            backup_repo_restore.restore_snapshot(snapshot, tmp_path / f"restored-{n}", passphrase=PASSPHRASE)
        assert not (tmp_path / f"restored-{n}").exists() or not any((tmp_path / f"restored-{n}").iterdir())
        path.write_bytes(original)
    assert backup_repo.verify_snapshot(snapshot, vault=psy_vault)["check"] == backup_checked.RECORDED


def test_a_purged_snapshot_without_a_record_gets_none_and_every_check(psy_vault: Vault, tmp_path: Path) -> None:
    """The purge checks only what it wrote: without the old record nothing vouches for the
    pages it kept, so no record is made and the restore checks everything."""
    chart = seed_chart(psy_vault, "T")
    seed_chart(psy_vault, "O")
    snapshot = Path(backup_repo.create_incremental(psy_vault, tmp_path / "repo", rotate_old=False).path)
    _destroy(psy_vault, chart)
    assert backup_checked.KEY not in _body(snapshot, psy_vault)
    report = backup_repo_restore.restore_snapshot(snapshot, tmp_path / "restored", passphrase=PASSPHRASE)
    assert report.check == backup_checked.FULL


def test_a_compartment_the_old_record_did_not_cover_stays_out_of_the_kept_one() -> None:
    head = backup_checked.recorded_head({"ledger_head": {"seq": 7, "mac": "ab" * 32}})
    old = backup_checked.record(["ledger", "records"], head)
    kept = backup_checked.after_purge(old, head, ("psychotherapy", "records"))
    assert kept is not None and kept["pages"] == ["ledger", "records"]
    assert kept["purged"]["written_checked"] == ["psychotherapy", "records"]
    assert backup_checked.parse({backup_checked.KEY: kept}, VaultCorrupt("bad")) == kept
    moved = backup_checked.recorded_head({"ledger_head": {"seq": 8, "mac": "cd" * 32}})
    assert backup_checked.after_purge(old, moved, ("records",)) is None
    assert backup_checked.after_purge(None, head, ("records",)) is None
