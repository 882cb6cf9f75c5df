"""`vault-app backup verify FILE` of a backup made before a passphrase change, from its own vault
opened with today's passphrase, checks it with the vault's keys instead of refusing it and
recording it failed.

Found by a walker (wtwo): `passphrase change`, then `backup verify` of the single-file copy made that
morning said "That passphrase does not open this backup." (exit 3), and `backup list` listed that
sound, registered backup as **failed** from then on. The app's own Check the selected backup
(the vault's keys) said it was fine. The backup still opens with the old passphrase for a restore
(tests/core/test_backup_create_restore.py): only the check from the open vault changes. Real vault,
real backups (a file and a snapshot), the real command."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import PASSPHRASE
from tests.core.cli_helpers import cli_in_process
from vault_app.crypto.kdf import OWASP_FLOOR, KdfParams
from vault_app.domain.errors import WrongPassphrase
from vault_app.services import backup, backup_registry, backup_repo, clients
from vault_app.services.vault import Vault, create_vault

NEW = "seven purple otters juggle quietly at dawn"


def _state(vault: Vault, path: Path) -> str:
    found = backup_registry.find(vault, path)
    assert found is not None
    return str(found.state)


@pytest.mark.parametrize("kind", ["file", "repo"])
def test_a_backup_from_before_the_change_verifies_from_its_vault(vault: Vault, vault_dir: Path, tmp_path: Path,
                                                                  kind: str) -> None:
    clients.create_client(vault, "Wilhelmina Stonebridge")
    target = tmp_path / "usb"
    if kind == "file":
        path = Path(backup.create_backup(vault, target, verify=True).path)
    else:
        path = Path(backup_repo.create_incremental(vault, target, verify=True).path)
    vault.change_passphrase(PASSPHRASE, NEW, OWASP_FLOOR)
    vault.lock()
    done = cli_in_process("--vault", str(vault_dir), "backup", "verify", str(path), passphrase=NEW)
    assert done.code == 0, done.out + done.err
    assert "Backup OK" in done.out
    listed = cli_in_process("--vault", str(vault_dir), "backup", "list", passphrase=NEW)
    line = next(x for x in listed.out.splitlines() if path.name in x)
    assert line.startswith("verified"), listed.out


def test_another_vaults_backup_is_still_refused_by_that_passphrase(vault: Vault, vault_dir: Path, tmp_path: Path,
                                                                     kdf_params: KdfParams) -> None:
    """The vault's keys open only its own backups: another vault's backup, the passphrase not
    its own, is refused as before (not read as damaged, not recorded)."""
    other = create_vault(tmp_path / "other", "a different passphrase for this one 77", params=kdf_params,
                         use_device_secret=False).vault
    path = Path(backup.create_backup(other, tmp_path / "usb-other").path)
    other.lock()
    vault.lock()
    done = cli_in_process("--vault", str(vault_dir), "backup", "verify", str(path))
    assert done.code != 0
    assert "does not open this backup" in done.err, done.err
    with pytest.raises(WrongPassphrase):
        backup.verify_backup(path, passphrase=PASSPHRASE)
