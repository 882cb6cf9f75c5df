"""A backup made before Replace every key, restored with the Emergency Kit of then: the current vault
(its keys replaced since, under its own passphrase) is read for its destructions with that vault's own
passphrase when one is given, and without it the restore says the vault does not open with this kit and how
to give its passphrase; never "the vault header was altered" of a healthy vault. Found by a walker: a 2019
backup restored with the 2019 kit said "The vault copy in w7 could not be read for destructions: The vault
header was altered", and a chart destroyed in 2026 was back in the restored vault. Real vaults, real keys."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from tests.conftest import PASSPHRASE
from tests.core.cli_helpers import cli
from tests.core.destruction_helpers import seed_chart
from vault_app.services import backup, backup_restore, clients, destruction
from vault_app.services.vault import CreatedVault, Vault, open_vault
from vault_app.services.vault_rekey_runners import replace_here

AFTER_REKEY = "the passphrase chosen with the new keys 12"
RESTORED = "the restored vault's own passphrase 34"


def _old_backup_then_rekey_and_destroy(vault: Vault, tmp_path: Path) -> tuple[Path, str, str]:
    target, other = seed_chart(vault, "T"), seed_chart(vault, "O")
    info = backup.create_backup(vault, tmp_path / "usb")
    offsite = tmp_path / "offsite" / Path(info.path).name
    offsite.parent.mkdir()
    shutil.copy2(info.path, offsite)  # kept with the old kit; no purge reaches it
    replace_here(vault, PASSPHRASE, AFTER_REKEY)
    destruction.destroy(vault, target.chart_number, basis="retention", confirm=target.chart_number)
    vault.lock()
    return offsite, target.client_id, other.client_id


def test_without_its_passphrase_the_current_vault_is_said_replaced_not_altered(
        created: CreatedVault, psy_vault: Vault, vault_dir: Path, tmp_path: Path) -> None:
    offsite, _target, _other = _old_backup_then_rekey_and_destroy(psy_vault, tmp_path)
    report = backup_restore.restore_backup(offsite, tmp_path / "r", recovery_key=created.recovery_key,
                                           new_passphrase=RESTORED, known_copies=[vault_dir])
    assert report.reapplied == []
    assert not any("altered" in w for w in report.warnings), report.warnings
    [said] = [w for w in report.warnings if str(vault_dir) in w]
    assert "does not open with this backup's keys" in said and "replaced since" in said, said
    assert "VAULT_APP_PASSPHRASE" in said and "not re-applied" in said, said


def test_with_its_passphrase_its_destructions_are_reapplied(
        created: CreatedVault, psy_vault: Vault, vault_dir: Path, tmp_path: Path) -> None:
    offsite, target, other = _old_backup_then_rekey_and_destroy(psy_vault, tmp_path)
    report = backup_restore.restore_backup(offsite, tmp_path / "r", recovery_key=created.recovery_key,
                                           new_passphrase=RESTORED, known_copies=[vault_dir],
                                           current_passphrase=AFTER_REKEY)
    assert [r["client_id"] for r in report.reapplied if r["reapplied"]] == [target]
    assert not report.warnings or not any("could not be read" in w for w in report.warnings), report.warnings
    with open_vault(tmp_path / "r", RESTORED, with_psychotherapy=True) as vault:
        assert [c.client_id for c in clients.list_clients(vault)] == [other]


def test_the_command_reads_the_current_vault_with_the_passphrase_given(
        created: CreatedVault, psy_vault: Vault, vault_dir: Path, tmp_path: Path,
        capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    offsite, _target, _other = _old_backup_then_rekey_and_destroy(psy_vault, tmp_path)
    kit = tmp_path / "recovery-key.txt"
    kit.write_text(created.recovery_key)
    done = cli(capsys, monkeypatch, "--vault", str(vault_dir), "backup", "restore", str(offsite), "--to",
               str(tmp_path / "r"), "--recovery-key-file", str(kit), passphrase=AFTER_REKEY,
               env={"VAULT_APP_NEW_PASSPHRASE": RESTORED})
    assert done.code == 0, done.err
    assert "Destructions re-applied: 1" in done.out, done.out
    assert "altered" not in done.out + done.err


def test_over_the_current_vault_the_question_reads_it_with_its_passphrase_or_says_how(
        created: CreatedVault, psy_vault: Vault, vault_dir: Path, tmp_path: Path,
        capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    """Restored over the vault itself (--overwrite): what `backup restore` says before it replaces the
    vault reads it with the passphrase given beside the kit, as the restore does; it said "could not
    be verified as this vault's" of her own vault, and without the passphrase it now says how to give it."""
    offsite, _target, _other = _old_backup_then_rekey_and_destroy(psy_vault, tmp_path)
    kit = tmp_path / "recovery-key.txt"
    kit.write_text(created.recovery_key)
    spare = tmp_path / "spare"
    shutil.copytree(vault_dir, spare)
    done = cli(capsys, monkeypatch, "--vault", str(spare), "backup", "restore", str(offsite), "--to", str(spare),
               "--overwrite", "--recovery-key-file", str(kit), passphrase=None,
               env={"VAULT_APP_NEW_PASSPHRASE": RESTORED})
    assert done.code == 0, done.err
    before = done.out.split("Restored into")[0]
    assert "does not open with this backup's keys" in before and "VAULT_APP_PASSPHRASE" in before, done.out
    assert "no passphrase of it was given" in before and "could not be verified" not in before, done.out
    done = cli(capsys, monkeypatch, "--vault", str(vault_dir), "backup", "restore", str(offsite), "--to",
               str(vault_dir), "--overwrite", "--recovery-key-file", str(kit), passphrase=AFTER_REKEY,
               env={"VAULT_APP_NEW_PASSPHRASE": RESTORED})
    assert done.code == 0, done.err
    before = done.out.split("Restored into")[0]
    assert "newer than this backup: " in before and "could not be verified" not in before, done.out
    assert "Destructions re-applied: 1" in done.out, done.out
