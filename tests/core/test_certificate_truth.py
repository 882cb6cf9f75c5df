"""What a destruction's certificate says about copies is true: a backup the app's own
rotation deleted is not "not reachable" (also after a rotation killed between deleting and
recording, and after a restore), a drive unplugged still is; a certificate survives a restore
of a backup already purged of the chart; a restore's safety copy is named."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

from tests.conftest import PASSPHRASE, reopen
from tests.core.destruction_helpers import seed_chart
from vault_app.services import backup, backup_registry, backup_restore, certificates, destruction
from vault_app.services import destruction_backups as backups_step
from vault_app.services.fault_injection import CRASH_ENV
from vault_app.services.vault import Vault

CHILD = """
import sys
from pathlib import Path
from vault_app.services import backup
from vault_app.services.vault import open_vault
vault = open_vault(Path(sys.argv[1]), sys.argv[3])
backup.create_backup(vault, Path(sys.argv[2]))
vault.lock()
"""


def _missing(vault: Vault) -> list[str]:
    return [b.path for b in backup_registry.registered(vault) if b.state() == "missing"]


def test_a_restore_does_not_bring_rotated_backups_back_as_missing(vault: Vault, tmp_path: Path) -> None:
    first = backup.create_backup(vault, tmp_path / "usb", rotate_old=False)
    second = backup.create_backup(vault, tmp_path / "usb")
    assert second.rotated == [first.path] and not Path(first.path).exists()
    assert _missing(vault) == []

    restored = tmp_path / "restored"
    backup_restore.restore_backup(Path(second.path), restored, passphrase=PASSPHRASE, current=vault)
    with reopen(restored) as copy:
        assert _missing(copy) == []
        assert first.path not in [b.path for b in backup_registry.registered(copy)]
        assert backups_step.unreachable(copy) == []


def test_a_rotation_killed_after_deleting_is_settled_and_a_drive_unplugged_is_not(
        vault: Vault, vault_dir: Path, tmp_path: Path) -> None:
    usb, away = tmp_path / "usb", tmp_path / "drive"
    first = Path(backup.create_backup(vault, usb, rotate_old=False).path)
    unplugged = Path(backup.create_backup(vault, away, rotate_old=False).path)
    vault.lock()

    env = dict(os.environ, PYTHON_KEYRING_BACKEND="keyring.backends.fail.Keyring")
    env[CRASH_ENV] = "rotation:deleted"
    done = subprocess.run([sys.executable, "-c", CHILD, str(vault_dir), str(usb), PASSPHRASE], env=env,
                          capture_output=True, timeout=300, check=False)
    assert done.returncode == -signal.SIGKILL, done.stderr.decode()[-2000:]
    assert not first.exists()
    away.rename(tmp_path / "drive-unplugged")

    with reopen(vault_dir) as again:
        # Deleted by the app, not away: never said to hold anything; the drive's backup is.
        assert _missing(again) == [str(unplugged)]
        assert [p["path"] for p in backups_step.unreachable(again)] == [str(unplugged)]
        # The next rotation (of any folder) records the deletion the kill left unrecorded.
        backup.create_backup(again, tmp_path / "usb2")
        rotated = [e.payload["path"] for e in again.ledger.entries(kinds=(backup_registry.ROTATED,))]
        assert str(first) in rotated
        assert _missing(again) == [str(unplugged)]
        backup.create_backup(again, usb)  # the free name is the deleted one's again
        assert _missing(again) == [str(unplugged)]


def test_a_certificate_survives_restoring_a_backup_purged_of_the_chart(psy_vault: Vault, tmp_path: Path) -> None:
    target = seed_chart(psy_vault, "T")
    seed_chart(psy_vault, "O")
    info = backup.create_backup(psy_vault, tmp_path / "usb")
    done = destruction.destroy(psy_vault, target.chart_number, basis="retention", confirm=target.chart_number)
    cert_id = str(done["certificate_id"])
    before = certificates.signed_document(psy_vault, cert_id)  # exported before the restore

    restored = tmp_path / "restored"
    backup_restore.restore_backup(Path(info.path), restored, passphrase=PASSPHRASE, current=psy_vault)
    with reopen(restored) as copy:
        listed = destruction.list_destructions(copy)
        assert [d["certificate_id"] for d in listed] == [cert_id]
        assert listed[0]["state"] == "completed"
        document = certificates.signed_document(copy, cert_id)
        key = certificates.vault_public_key(restored)
        assert certificates.check_signature(document, key) == []
        assert certificates.check_ledger(copy, document) == []
        assert certificates.check_ledger(copy, before) == []


def test_a_restores_safety_copy_is_named_on_the_certificate(psy_vault: Vault, vault_dir: Path,
                                                            tmp_path: Path) -> None:
    target = seed_chart(psy_vault, "T")
    info = backup.create_backup(psy_vault, tmp_path / "usb")
    report = backup_restore.restore_backup(Path(info.path), vault_dir, passphrase=PASSPHRASE, current=psy_vault,
                                           overwrite=True)
    assert report.safety_copy and Path(report.safety_copy).is_dir()
    with reopen(vault_dir, psychotherapy=True) as vault:
        done = destruction.destroy(vault, target.chart_number, basis="retention", confirm=target.chart_number)
        cert_id = str(done["certificate_id"])
        body = destruction.completed_entry(vault, cert_id).payload["certificate"]
    named = body["verification"]["app_copies_not_purged"]
    assert [c["path"] for c in named] == [report.safety_copy]
