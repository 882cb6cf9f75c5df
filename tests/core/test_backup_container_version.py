"""A backup's container says the format an older app can read it by: a vault header newer than format 1
(release 0.1.0 read format 1 only) is packed in a container of format 2, so an app that reads only format 1
says "made by a newer version" instead of "damaged ... check the disk". Found by a walker: after a destruction by
today's app purged the 2019 backups, 0.1.0 called every one of them damaged (the purge wrote format 1 around a
format 3 header). Table-driven; a purged backup read as an older app reads it (its format number)."""

from __future__ import annotations

import dataclasses
from datetime import date
from pathlib import Path

import pytest

from vault_app.domain.errors import VaultCorrupt
from vault_app.services import backup, backup_archive, backup_keys, clients, destruction, sessions
from vault_app.services.backup_packing import PARTS, Part, manifest_for
from vault_app.services.vault import Vault
from vault_app.storage.header import LedgerAnchor

FOUR = [Part(name, Path(name), 1, "0" * 64) for name in PARTS]
BLOB = [*FOUR, Part("blobs/ab/abcdef", Path("abcdef"), 1, "0" * 64)]

ROWS = (
    # header format, parts, container format
    (1, FOUR, 1),  # what 0.1.0 reads: kept readable by it
    (2, FOUR, 2),
    (3, FOUR, 2),  # today's vault, no attachment: 0.1.0 must say "newer version", not "damaged"
    (1, BLOB, 2),
    (3, BLOB, 2),
)


@pytest.mark.parametrize(("header_format", "parts", "container"), ROWS)
def test_the_container_format_follows_the_header_and_the_parts(vault: Vault, header_format: int,
                                                               parts: list[Part], container: int) -> None:
    header = dataclasses.replace(vault.header, format_version=header_format)
    found = manifest_for(header, LedgerAnchor(1, "0" * 64), "2026-12-06T00:00:00+00:00", parts)
    assert found["format_version"] == container


def test_a_purged_backup_reads_as_newer_to_an_app_of_format_1(psy_vault: Vault, tmp_path: Path,
                                                              monkeypatch: pytest.MonkeyPatch) -> None:
    # No attachment (none in a 0.1.0 vault's blob store): the container has the four fixed parts only.
    target = clients.create_client(psy_vault, "Tess Target", date_of_birth=date(1970, 1, 1))
    sessions.add_session(psy_vault, target.client_id, date=date(2010, 3, 4), duration_minutes=50)
    clients.create_client(psy_vault, "Olive Other", date_of_birth=date(1971, 1, 1))
    made = Path(backup.create_backup(psy_vault, tmp_path / "usb").path)
    destruction.destroy(psy_vault, target.chart_number, basis="retention", confirm=target.chart_number)
    master = backup_keys.master_of(psy_vault)
    assert backup_archive.read_back(made, master)["format_version"] == 2  # rewritten by the purge
    monkeypatch.setattr(backup_archive, "FORMAT_VERSION", 1)  # as 0.1.0 reads a container
    with pytest.raises(VaultCorrupt) as refused:
        backup_archive.read_back(made, master)
    assert refused.value.code == "backup.newer_version"
