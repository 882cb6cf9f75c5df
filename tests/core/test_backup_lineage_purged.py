"""A single-file backup this vault's own destruction purged stays on its line
(services/backup_lineage.py). Found by running the CLI: after `vault-app destroy`, the next
`backup create` into the same folder was refused as "of another copy of this vault", since
the purge ran the destruction on the backup's copy and that copy's ledger went on past the
vault's own. The backup on lock was refused the same way after every destruction. Real
vaults, real destructions, real files."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from vault_app.services import backup, backup_lineage, backup_registry, clients, destruction
from vault_app.services.vault import Vault


def _destroy(vault: Vault, number: str) -> None:
    destruction.destroy(vault, number, basis="override", confirm=number,
                        override_reason="the client asked for the chart to be destroyed")


def test_the_vault_backs_up_into_its_folder_after_a_destruction_purged_its_files(
    psy_vault: Vault, tmp_path: Path
) -> None:
    vault = psy_vault
    folder = tmp_path / "usb"
    backup.configure(vault, target=str(folder), kind="file")
    clients.create_client(vault, "Orla Kept")
    gone = clients.create_client(vault, "Gone Chart").chart_number
    first = Path(backup.create_backup(vault, folder, rotate_old=False).path)
    _destroy(vault, gone)
    (purged,) = [b for b in backup_registry.registered(vault) if b.purged_at]
    assert purged.path == str(first) and purged.state(check_hash=True) == "verified"
    assert backup_lineage.problem(vault) is None
    assert backup_lineage.may_remove(vault, first)  # the rotation may still thin it out
    clients.create_client(vault, "After The Destruction")
    second = Path(backup.create_backup(vault, folder, rotate_old=False).path)
    assert second != first and second.exists()


def test_the_purge_records_the_purged_files_own_ledger_head(psy_vault: Vault, tmp_path: Path) -> None:
    """What keeps the check cheap: the head is in the backup.purged entry, so the purged file
    is known without reading it whole."""
    vault = psy_vault
    folder = tmp_path / "usb"
    backup.configure(vault, target=str(folder), kind="file")
    gone = clients.create_client(vault, "Gone Chart").chart_number
    backup.create_backup(vault, folder, rotate_old=False)
    before = vault.ledger.head()
    _destroy(vault, gone)
    (entry,) = vault.ledger.entries(kinds=(backup_registry.PURGED,))
    head = entry.payload["ledger_head"]
    assert head["seq"] > 0 and len(head["mac"]) == 64
    assert vault.ledger.get(head["seq"]) is None or vault.ledger.get(head["seq"]).mac_hex != head["mac"]  # type: ignore[union-attr]
    assert before.seq < vault.ledger.head().seq


def test_a_file_purged_by_an_older_version_is_known_by_its_checksum(
    psy_vault: Vault, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A purge by a version before the head was recorded: its backup.purged entry has none
    (written here as that version wrote it), and the file is then known by its checksum."""
    vault = psy_vault
    folder = tmp_path / "usb"
    backup.configure(vault, target=str(folder), kind="file")
    gone = clients.create_client(vault, "Gone Chart").chart_number
    first = Path(backup.create_backup(vault, folder, rotate_old=False).path)
    append = vault.ledger.append

    def as_before(kind: str, payload: dict[str, Any]) -> Any:
        if kind == backup_registry.PURGED:
            payload = {k: v for k, v in payload.items() if k != "ledger_head"}
        return append(kind, payload)

    monkeypatch.setattr(vault.ledger, "append", as_before)
    _destroy(vault, gone)
    monkeypatch.undo()
    (entry,) = vault.ledger.entries(kinds=(backup_registry.PURGED,))
    assert "ledger_head" not in entry.payload
    assert backup_lineage.problem(vault) is None and backup_lineage.may_remove(vault, first)
    first.write_bytes(first.read_bytes()[:-1] + bytes([first.read_bytes()[-1] ^ 1]))  # its checksum no longer holds
    assert backup_lineage.problem(vault) is None  # damaged: skipped, as any damaged file
    assert backup_lineage.may_remove(vault, first)
