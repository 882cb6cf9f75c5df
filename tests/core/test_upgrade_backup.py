"""A new version backs the vault up, as it was, before it upgrades it (issue 22 item 4).

The committed vaults of earlier formats (tests/data/vault-format-N) are the "older copy
of the app's files" a therapist has on disk when a new version starts for the first time.
"""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import PASSPHRASE
from vault_app.services import backup, clients, destruction, upgrade_backup, upgrade_stage
from vault_app.services.backup_archive import unpack
from vault_app.services.vault import Vault, open_vault
from vault_app.storage import backup_snapshot
from vault_app.storage import header as header_io
from vault_app.storage.layout import COMPARTMENT_FILES
from vault_app.storage.migrations import latest_version

DATA = Path(__file__).resolve().parents[1] / "data"
OLD_FORMATS = [
    p for p in sorted(DATA.glob("vault-format-*")) if int(p.name.rsplit("-", 1)[1]) < header_io.FORMAT_VERSION
]


def _copy(fixture: Path, tmp_path: Path) -> tuple[Path, str]:
    folder = tmp_path / "vault"
    shutil.copytree(fixture, folder)
    for name in ("PASSPHRASE.txt", "RECOVERY-KEY.txt"):
        (folder / name).unlink(missing_ok=True)
    return folder, (fixture / "PASSPHRASE.txt").read_text().strip()


def _backups(folder: Path) -> list[Path]:
    return sorted((folder.parent / f"{folder.name}-backups").glob("*.vaultbackup"))


@pytest.mark.parametrize("fixture", OLD_FORMATS, ids=[p.name for p in OLD_FORMATS])
def test_an_old_vault_is_backed_up_as_it_was_before_the_upgrade(fixture: Path, tmp_path: Path) -> None:
    folder, passphrase = _copy(fixture, tmp_path)
    old_header = (folder / header_io.HEADER_NAME).read_bytes()
    old_records_version: int | None = None
    with open_vault(folder, passphrase) as vault:
        (made,) = _backups(folder)
        entries = vault.ledger.entries(kinds=(upgrade_backup.UPGRADED,))
        assert [e.payload["path"] for e in entries] == [str(made)]
        assert any("vault format" in change for change in entries[0].payload["upgraded"])
        assert str(made) in {b["path"] for b in backup.list_backups(vault)}  # registered: destruction purges it
        assert vault.ledger.entries(kinds=("backup.verified",))  # checked as a restore would
        (tmp_path / "unpacked").mkdir(mode=0o700)
        unpacked = unpack(made, lambda slots: vault.master_key(), tmp_path / "unpacked")
        records_key = vault.compartment_key("records")
        old_records_version = backup_snapshot.schema_version_closed(
            "records", unpacked.folder / COMPARTMENT_FILES["records"], records_key)
    # The backup holds the files as they were: the old header byte for byte, the old tables.
    assert (tmp_path / "unpacked" / header_io.HEADER_NAME).read_bytes() == old_header
    assert old_records_version is not None and old_records_version < latest_version("records")
    # The live vault is upgraded, and the work folder is gone.
    assert header_io.read(folder).format_version == header_io.FORMAT_VERSION
    assert not list((folder.parent / f"{folder.name}-backups").glob(".vault-before-upgrade-*"))
    # A second unlock upgrades nothing and backs nothing up.
    with open_vault(folder, passphrase):
        pass
    assert len(_backups(folder)) == 1


def test_a_vault_already_current_is_not_backed_up_at_unlock(vault: Vault, vault_dir: Path) -> None:
    vault.lock()
    with open_vault(vault_dir, PASSPHRASE) as vault:
        assert upgrade_backup.UPGRADED not in {e.kind for e in vault.ledger.entries()}
    assert _backups(vault_dir) == []


def test_the_backup_goes_to_the_backup_folder_set_in_settings_when_it_is_there(tmp_path: Path) -> None:
    folder, passphrase = _copy(OLD_FORMATS[-1], tmp_path)
    with open_vault(folder, passphrase) as vault:
        backup.configure(vault, target=str(tmp_path / "usb"))  # made as it is chosen
    (tmp_path / "usb").rmdir()
    header = header_io.read(folder)
    # A drive that is not plugged in: beside the vault, not nowhere.
    assert upgrade_stage.backup_folder(folder, header) == tmp_path / "vault-backups"
    (tmp_path / "usb").mkdir()
    assert upgrade_stage.backup_folder(folder, header) == tmp_path / "usb"


CHILD = r"""
import os, signal, sys
from pathlib import Path
from vault_app.services import upgrade_stage
from vault_app.services.vault_keys import VaultKeys
from vault_app.services.vault_session import Vault
from vault_app.services.device_secret import KeyringSecretStore
from vault_app.storage import header as header_io
folder = Path(sys.argv[1])
header = header_io.read(folder)
keys = VaultKeys.from_passphrase(folder, header, sys.argv[2], KeyringSecretStore())
staged = upgrade_stage.before_open(folder, header, keys)
assert staged is not None
Vault(folder, header, keys)   # the upgrade's migrations run here
print("upgraded", flush=True)
os.kill(os.getpid(), signal.SIGKILL)
"""


def test_a_crash_after_the_upgrade_leaves_the_copy_for_the_next_unlock(tmp_path: Path) -> None:
    folder, passphrase = _copy(OLD_FORMATS[-1], tmp_path)
    child = subprocess.run([sys.executable, "-c", CHILD, str(folder), passphrase],
                           capture_output=True, text=True, env={**os.environ, "PYTHONPATH": os.getcwd()})
    assert child.returncode == -signal.SIGKILL, child.stderr
    assert "upgraded" in child.stdout
    assert _backups(folder) == []
    with open_vault(folder, passphrase) as vault:
        (made,) = _backups(folder)
        (entry,) = vault.ledger.entries(kinds=(upgrade_backup.UPGRADED,))
        assert entry.payload["path"] == str(made)
        assert vault.ledger.entries(kinds=("backup.verified",))


def test_an_incomplete_copy_is_scrubbed_not_used(tmp_path: Path) -> None:
    folder, passphrase = _copy(OLD_FORMATS[-1], tmp_path)
    work = folder.parent / f"{folder.name}-backups" / ".vault-before-upgrade-1-20260101000000"
    work.mkdir(parents=True)
    (work / "records.db").write_bytes(b"half a copy")
    with open_vault(folder, passphrase):
        pass
    assert not work.exists()
    assert len(_backups(folder)) == 1  # the unlock made its own, complete one


def test_a_destruction_purges_the_chart_from_the_pre_upgrade_backup(tmp_path: Path) -> None:
    folder, passphrase = _copy(OLD_FORMATS[-1], tmp_path)
    with open_vault(folder, passphrase, with_psychotherapy=True) as vault:
        (client,) = clients.list_clients(vault)
        report = destruction.destroy(vault, client.chart_number, basis="override", confirm=client.chart_number,
                                     override_reason="the client asked for the records to be destroyed")
    made = _backups(folder)
    backups = report["verification"]["backups"]
    assert report["verification"]["result"] == "passed"
    purged = [b["path"] for b in backups if b.get("ok")]
    # The pre-upgrade backup, purged; beside it the destruction's one new backup
    # (services/destruction_new_backup.py: an older copy put back then knows of the destruction).
    assert len(purged) == 1 and Path(purged[0]) in made and len(made) == 2, (backups, made)


def test_the_psychotherapy_notes_are_backed_up_before_their_own_upgrade(tmp_path: Path) -> None:
    """Unlocked later and separately, that compartment is upgraded then: a backup first."""
    folder, passphrase = _copy(OLD_FORMATS[-1], tmp_path)
    with open_vault(folder, passphrase) as vault:
        assert len(_backups(folder)) == 1  # the records unlock's, with psychotherapy.db as it was
        vault.unlock_psychotherapy(passphrase)
        made = _backups(folder)
        assert len(made) == 2
        last = vault.ledger.entries(kinds=(upgrade_backup.UPGRADED,))[-1]
        assert last.payload["upgraded"][0].startswith("psychotherapy tables")
        assert last.payload["path"] in {str(p) for p in made}
        vault.lock_psychotherapy()
        vault.unlock_psychotherapy(passphrase)  # upgraded now: no third backup
    assert len(_backups(folder)) == 2


def test_the_unlock_that_upgraded_says_where_the_copy_is_once(tmp_path: Path) -> None:
    from vault_app.services import reminders

    folder, passphrase = _copy(OLD_FORMATS[-1], tmp_path)
    with open_vault(folder, passphrase) as vault:
        (made,) = _backups(folder)
        said = reminders.after_unlock(vault) or ""
        assert said.startswith("Upgraded for this version.") and made.name in said
    with open_vault(folder, passphrase) as vault:
        assert "Upgraded" not in (reminders.after_unlock(vault) or "")
