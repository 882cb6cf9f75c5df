"""The backup an upgrade made of the vault as it was outlives the rotation (walker wyears).

Found in the real app: a vault made by release 0.1.0 was opened by today's version. The unlock
said "Upgraded for this version. The vault as it was is kept in the verified backup
vault-backup-2026-12-06.vaultbackup"; a minute later Quit's backup on lock went into the same
folder, and the rotation (one backup a day) removed that file. It was the only backup an older
version can still restore (docs/install.md: to go back, restore the backup the upgrade made);
the day's own backups are in the new format, which the older version refuses. The committed
vaults of earlier formats (tests/data/vault-format-N) are the older app's files on disk.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from vault_app.services import backup, upgrade_backup
from vault_app.services.vault import open_vault
from vault_app.storage import header as header_io

DATA = Path(__file__).resolve().parents[1] / "data"
OLD_FORMATS = [
    p for p in sorted(DATA.glob("vault-format-*")) if int(p.name.rsplit("-", 1)[1]) < header_io.FORMAT_VERSION
]


def _old_vault(fixture: Path, tmp_path: Path) -> tuple[Path, str]:
    folder = tmp_path / "vault"
    shutil.copytree(fixture, folder)
    for name in ("PASSPHRASE.txt", "RECOVERY-KEY.txt"):
        (folder / name).unlink(missing_ok=True)
    return folder, (fixture / "PASSPHRASE.txt").read_text().strip()


@pytest.mark.parametrize("fixture", OLD_FORMATS[-1:], ids=[p.name for p in OLD_FORMATS[-1:]])
def test_the_same_days_backups_do_not_rotate_out_the_backup_before_the_upgrade(fixture: Path,
                                                                              tmp_path: Path) -> None:
    folder, passphrase = _old_vault(fixture, tmp_path)
    with open_vault(folder, passphrase) as vault:
        (entry,) = vault.ledger.entries(kinds=(upgrade_backup.UPGRADED,))
        before = Path(str(entry.payload["path"]))
        assert before.exists()
        # The backup on lock and Back up now, the same day, into the same folder; one a day kept.
        for _ in range(3):
            backup.create_backup(vault, before.parent, verify=True)
        assert before.exists(), "the rotation removed the backup taken before the upgrade"
        kept = {b["path"] for b in backup.list_backups(vault)}
        assert str(before) in kept
    # And across unlocks, until a later upgrade makes another one.
    with open_vault(folder, passphrase) as vault:
        backup.create_backup(vault, before.parent, verify=True)
    assert before.exists()
    # The rotation still thins the day's other backups: only the newest of them stays beside it.
    assert len(list(before.parent.glob("*.vaultbackup"))) == 2


def test_a_second_upgrade_lets_the_first_ones_backup_go(tmp_path: Path) -> None:
    """Kept is the backup of the newest upgrade only: a decade of upgrades is not a decade of
    full copies. Two upgrade entries are made here as two upgrades would make them."""
    folder, passphrase = _old_vault(OLD_FORMATS[-1], tmp_path)
    with open_vault(folder, passphrase) as vault:
        (entry,) = vault.ledger.entries(kinds=(upgrade_backup.UPGRADED,))
        first = Path(str(entry.payload["path"]))
        later = backup.create_backup(vault, first.parent, verify=True, rotate_old=False)
        vault.ledger.append(upgrade_backup.UPGRADED, {"path": later.path, "upgraded": ["records tables 1 to 2"]})
        backup.create_backup(vault, first.parent, verify=True)
        assert Path(later.path).exists()
        assert not first.exists()
