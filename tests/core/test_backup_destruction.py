"""Backups are never the way a destroyed chart comes back.

Registered backups are purged by the destruction (purge_from_backups); a copy the
app never knew about is cleaned on restore (re-applying the destructions the
current ledger knows). The chart's content is searched for in decrypted pages,
free pages included (tests/core/destruction_helpers.py, independent of the app).
"""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import PASSPHRASE, reopen
from tests.core.destruction_helpers import SeededChart, decrypted_hits, raw_hits, seed_chart, vault_keys
from vault_app.domain.errors import VaultError
from vault_app.services import backup, clients, destruction
from vault_app.services.backup_folder_mark import mark_path
from vault_app.services.vault import Vault


def _destroy(vault: Vault, chart: SeededChart) -> None:
    destruction.destroy(vault, chart.chart_number, basis="retention", confirm=chart.chart_number)


def _client_ids(folder: Path) -> list[str]:
    with reopen(folder, psychotherapy=True) as vault:
        return sorted(c.client_id for c in clients.list_clients(vault))


def _assert_gone(folder: Path, chart: SeededChart, work: Path) -> None:
    with reopen(folder, psychotherapy=True) as vault:
        assert chart.client_id not in {c.client_id for c in clients.list_clients(vault)}
        assert vault.verify_ledger().ok
        keys = vault_keys(vault)
    assert decrypted_hits(folder, keys, chart.needles(), work) == []


@pytest.fixture
def offsite(psy_vault: Vault, tmp_path: Path) -> tuple[SeededChart, SeededChart, Path]:
    """Two charts, a backup copied offsite before one chart is destroyed."""
    target = seed_chart(psy_vault, "T")
    other = seed_chart(psy_vault, "O")
    info = backup.create_backup(psy_vault, tmp_path / "usb")
    copy = tmp_path / "offsite" / Path(info.path).name
    copy.parent.mkdir()
    shutil.copy2(info.path, copy)  # never registered: only restore can clean it
    _destroy(psy_vault, target)
    return target, other, copy


def test_overwriting_the_vault_with_a_pre_destruction_backup(
    psy_vault: Vault, vault_dir: Path, tmp_path: Path, offsite: tuple[SeededChart, SeededChart, Path]
) -> None:
    """The command-line path: the vault is closed; its own ledger says what was destroyed."""
    target, other, copy = offsite
    psy_vault.lock()
    report = backup.restore_backup(copy, vault_dir, passphrase=PASSPHRASE, overwrite=True)
    assert [r["client_id"] for r in report.reapplied if r["reapplied"]] == [target.client_id]
    assert str(vault_dir) in report.destruction_sources
    assert _client_ids(vault_dir) == [other.client_id]
    _assert_gone(vault_dir, target, tmp_path / "scan")


def test_restoring_elsewhere_with_the_newer_ledger(
    psy_vault: Vault, vault_dir: Path, tmp_path: Path, offsite: tuple[SeededChart, SeededChart, Path]
) -> None:
    target, other, copy = offsite
    psy_vault.lock()
    report = backup.restore_backup(copy, tmp_path / "new", passphrase=PASSPHRASE, newer_ledger=vault_dir)
    assert [r["client_id"] for r in report.reapplied if r["reapplied"]] == [target.client_id]
    assert _client_ids(tmp_path / "new") == [other.client_id]
    _assert_gone(tmp_path / "new", target, tmp_path / "scan")
    with reopen(tmp_path / "new") as restored:
        entry = restored.ledger.entries(kinds=("backup.restored",))[-1]
        assert entry.payload["reapplied"] and entry.payload["destructions_known"] == 1


def test_without_any_newer_ledger_the_chart_would_come_back(
    psy_vault: Vault, tmp_path: Path, offsite: tuple[SeededChart, SeededChart, Path]
) -> None:
    """The honest limit (docs/backup.md): a new machine with only an old backup cannot know."""
    target, other, copy = offsite
    psy_vault.lock()
    report = backup.restore_backup(copy, tmp_path / "new", passphrase=PASSPHRASE)
    assert report.reapplied == [] and report.destruction_sources == []
    assert _client_ids(tmp_path / "new") == sorted([target.client_id, other.client_id])


def test_registered_backups_are_purged_by_the_destruction(psy_vault: Vault, tmp_path: Path) -> None:
    target = seed_chart(psy_vault, "T")
    other = seed_chart(psy_vault, "O")
    before = backup.create_backup(psy_vault, tmp_path / "usb", verify=True)
    _destroy(psy_vault, target)

    # The purged backup, then the one the destruction made after it (destruction_new_backup).
    item, made = sorted(backup.list_backups(psy_vault), key=lambda b: b["path"] != before.path)
    assert not made.get("purged_at")
    assert item["purged_at"] and item["sha256"] != before.sha256 and item["state"] == "verified"
    purged = psy_vault.ledger.entries(kinds=("backup.purged",))
    assert [e.payload["previous_sha256"] for e in purged] == [before.sha256]
    assert raw_hits(tmp_path / "usb", target.needles()) == []
    # The purged file opens with the passphrase and the Emergency Kit path alike, without the chart.
    assert backup.verify_backup(Path(before.path), passphrase=PASSPHRASE)["sha256"] == item["sha256"]
    psy_vault.lock()
    backup.restore_backup(Path(before.path), tmp_path / "restored", passphrase=PASSPHRASE)
    assert _client_ids(tmp_path / "restored") == [other.client_id]
    _assert_gone(tmp_path / "restored", target, tmp_path / "scan")


# --- purge_from_backups / inspect_backups as a contract -----------------------------------------------
def test_purge_contract(vault: Vault, tmp_path: Path) -> None:
    good = backup.create_backup(vault, tmp_path / "a", rotate_old=False)
    gone = backup.create_backup(vault, tmp_path / "b", rotate_old=False)
    bad = backup.create_backup(vault, tmp_path / "c", rotate_old=False)
    Path(gone.path).unlink()
    data = bytearray(Path(bad.path).read_bytes())
    data[len(data) // 2] ^= 1
    Path(bad.path).write_bytes(bytes(data))
    calls: list[str] = []

    def destroy(copy: Vault) -> None:
        calls.append(copy.folder.name)
        assert copy.folder.parent == Path(good.path).parent  # a private folder beside the backup
        copy.ledger.append("test.purged_here", {})

    results = backup.purge_from_backups(vault, destroy)
    assert len(calls) == 1
    assert [(r["path"], r["status"], r["ok"]) for r in results] == [
        (good.path, "purged", True), (bad.path, "failed", False)
    ]
    assert "damaged" in results[1]["error"]
    folder = Path(good.path).parent
    assert sorted(p.name for p in folder.iterdir()) == sorted([Path(good.path).name,
                                                              mark_path(folder, vault.vault_id).name])
    new_sha = results[0]["sha256"]
    assert new_sha != good.sha256
    assert vault.ledger.get(results[0]["ledger_seq"]).kind == "backup.purged"  # type: ignore[union-attr]

    checks: list[dict[str, Any]] = backup.inspect_backups(
        vault, lambda copy: {"marker": bool(copy.ledger.entries(kinds=("test.purged_here",)))}
    )
    assert [(c["path"], c["status"], c["ok"], c.get("marker")) for c in checks] == [
        (good.path, "inspected", True, True), (bad.path, "failed", False, None)
    ]
    flagged = backup.inspect_backups(vault, lambda copy: {"rows_remaining": 3})
    assert [c["ok"] for c in flagged] == [False, False]


def test_purge_leaves_the_old_file_when_destroy_fails(vault: Vault, tmp_path: Path) -> None:
    info = backup.create_backup(vault, tmp_path / "a")
    before = Path(info.path).read_bytes()

    def destroy(copy: Vault) -> None:
        raise VaultError("could not delete in the copy")

    results = backup.purge_from_backups(vault, destroy)
    assert [(r["status"], r["ok"]) for r in results] == [("failed", False)]
    assert Path(info.path).read_bytes() == before
    folder = tmp_path / "a"
    assert sorted(p.name for p in folder.iterdir()) == sorted([Path(info.path).name,
                                                              mark_path(folder, vault.vault_id).name])
