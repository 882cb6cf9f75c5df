"""A verified backup copied by hand (`bk-stray/old-copy.vaultbackup`), then its chart destroyed.
Found by a walker: `backup verify` of the copy said NOT CLEAN yet exited 0 (a script took it
for clean), and its hint named `destruction purge-backups CERT`, which purges only registered
backups and left the copy NOT CLEAN: the therapist went in a circle. Now `backup verify` exits
NOT_CLEAN (10) and names `purge-backups CERT --file PATH`, which purges that very file the way a
registered backup is purged (private copy, checked, packed beside, read back, renamed in place),
leaves the register as it was, and refuses a file that is not this vault's. The exit codes are
the real entry point's where a script reads them (`backup verify`'s NOT_CLEAN, in a process of
its own); the purges and the checks after them run in this process (the CLI's own `run`: the
same output and exit code)."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from tests.conftest import PASSPHRASE
from tests.core.cli_helpers import cli, cli_in_process, cli_process
from tests.core.destruction_helpers import seed_chart
from vault_app.crypto.kdf import OWASP_FLOOR
from vault_app.domain.errors import ExitCode
from vault_app.services import backup, destruction
from vault_app.services.backup_registry import PURGED
from vault_app.services.vault import Vault, create_vault

NO_KEYRING = {"PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring"}


def _stray(psy_vault: Vault, tmp_path: Path) -> tuple[Path, Path, str]:
    """(the registered backup, the hand copy, the certificate id); the vault locked."""
    target = seed_chart(psy_vault, "T")
    info = backup.create_backup(psy_vault, tmp_path / "usb", verify=True)
    stray = tmp_path / "bk-stray" / "old-copy.vaultbackup"
    stray.parent.mkdir()
    shutil.copy2(info.path, stray)  # never registered: the destruction's purge does not reach it
    cert = destruction.destroy(psy_vault, target.chart_number, basis="retention", confirm=target.chart_number)
    psy_vault.lock()
    return Path(info.path), stray, str(cert["certificate_id"])


def test_backup_verify_exits_not_clean_and_the_named_purge_cleans_the_copy(
        psy_vault: Vault, vault_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str],
        monkeypatch: pytest.MonkeyPatch) -> None:
    registered_file, stray, cert_id = _stray(psy_vault, tmp_path)
    v = ["--vault", str(vault_dir)]

    checked = cli_process("backup", "verify", *v, str(stray), extra_env=NO_KEYRING)
    assert checked.code == ExitCode.NOT_CLEAN == 10, (checked.code, checked.out, checked.err)
    assert checked.out.startswith("Backup NOT CLEAN"), checked.out
    # The hint names the purge of THAT file, not the registered backups' purge that never reaches it.
    assert f"vault-app destruction purge-backups {cert_id} --file {stray}" in checked.out, checked.out

    # VERIFIED checks the registered backups only, and says that a copy made by hand is not checked.
    said = cli(capsys, monkeypatch, "destruction", "verify", *v, cert_id)
    assert said.code == 0 and "VERIFIED" in said.out, said.out
    assert f"'vault-app destruction purge-backups {cert_id} --file FILE' purges it" in said.out, said.out

    # The registered backups' purge does not touch the copy: it stays NOT CLEAN.
    assert cli(capsys, monkeypatch, "destruction", "purge-backups", *v, cert_id).code == 0
    assert cli(capsys, monkeypatch, "backup", "verify", *v, str(stray)).code == ExitCode.NOT_CLEAN

    before = stray.read_bytes()
    purged = cli_in_process("destruction", "purge-backups", *v, cert_id, "--file", str(stray), extra_env=NO_KEYRING)
    assert purged.code == 0, (purged.out, purged.err)
    assert f"{stray}: purged" in purged.out
    assert stray.read_bytes() != before
    assert sorted(p.name for p in stray.parent.iterdir()) == [stray.name], "nothing temporary left beside it"

    clean = cli_in_process("backup", "verify", *v, str(stray), extra_env=NO_KEYRING)
    assert clean.code == 0 and clean.out.startswith("Backup OK"), clean.out
    again = cli(capsys, monkeypatch, "destruction", "verify", *v, cert_id)
    assert again.code == 0 and "NOT CLEAN" not in again.out, again.out

    # Not registered by the purge (the rotation deletes only what the app made); its purge is in the ledger.
    listed = cli(capsys, monkeypatch, "backup", "list", *v, "--json").json()["backups"]
    # The destruction's new backup (destruction_new_backup) beside the registered one; the stray not listed.
    assert [b["path"] for b in listed][:1] == [str(registered_file)] and len(listed) == 2, listed
    with _open(vault_dir) as vault:
        [entry] = [e for e in vault.ledger.entries(kinds=(PURGED,)) if e.payload["path"] == str(stray)]
        assert entry.payload["certificate_id"] == cert_id and entry.payload["backup_id"] is None


def test_the_named_purge_refuses_what_is_not_this_vaults_backup(
        psy_vault: Vault, vault_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str],
        monkeypatch: pytest.MonkeyPatch) -> None:
    _registered, _stray_file, cert_id = _stray(psy_vault, tmp_path)
    v = ["--vault", str(vault_dir)]
    other = create_vault(tmp_path / "other", PASSPHRASE, params=OWASP_FLOOR).vault
    foreign = Path(backup.create_backup(other, tmp_path / "other-usb").path)
    other.lock()
    foreign_bytes = foreign.read_bytes()

    refused = cli(capsys, monkeypatch, "destruction", "purge-backups", *v, cert_id, "--file", str(foreign))
    assert refused.code == ExitCode.REFUSED, (refused.out, refused.err)
    assert "is a backup of another vault: nothing was changed" in refused.err
    assert foreign.read_bytes() == foreign_bytes

    missing = cli(capsys, monkeypatch, "destruction", "purge-backups", *v, cert_id, "--file",
                  str(tmp_path / "nothing.vaultbackup"))
    assert missing.code == ExitCode.NOT_FOUND, (missing.out, missing.err)


def _open(folder: Path) -> Vault:
    from tests.conftest import reopen

    return reopen(folder)


CHILD = """
import os, sys
from pathlib import Path
from vault_app.services import destruction
from vault_app.services.vault import open_vault
folder, cert, stray = Path(sys.argv[1]), sys.argv[2], Path(sys.argv[3])
vault = open_vault(folder, os.environ["VAULT_APP_PASSPHRASE"], with_psychotherapy=True)
destruction.purge_named_file(vault, cert, stray)
vault.lock()
"""
# Old-whole at the first two (the file is replaced only after the read-back), new-whole at the last.
KILL_POINTS = {"backup:checked": "old", "backup:packed": "old", "backup:replaced": "new"}


@pytest.mark.slow
@pytest.mark.parametrize("point", sorted(KILL_POINTS))
def test_a_named_purge_killed_leaves_the_copy_whole(point: str, psy_vault: Vault, vault_dir: Path,
                                                      tmp_path: Path) -> None:
    import os
    import signal
    import subprocess
    import sys

    from vault_app.services.fault_injection import CRASH_ENV

    _registered, stray, cert_id = _stray(psy_vault, tmp_path)
    original = stray.read_bytes()
    env = dict(os.environ, VAULT_APP_PASSPHRASE=PASSPHRASE, **NO_KEYRING)
    env[CRASH_ENV] = point
    done = subprocess.run([sys.executable, "-c", CHILD, str(vault_dir), cert_id, str(stray)], env=env,
                          capture_output=True, timeout=300, check=False)
    assert done.returncode == -signal.SIGKILL, done.stderr.decode()[-2000:]

    v = ["--vault", str(vault_dir)]
    # As the kill left it: the old file byte for byte (still NOT CLEAN), or the purged one whole.
    if KILL_POINTS[point] == "old":
        assert stray.read_bytes() == original
    else:
        assert stray.read_bytes() != original
        assert cli_in_process("backup", "verify", *v, str(stray), extra_env=NO_KEYRING).code == 0
    # What the kill left beside it is never the backup; the next unlock sweeps the unpacked copy,
    # and the purge run again leaves the file alone and clean.
    assert all(p.name.startswith(".") for p in stray.parent.iterdir() if p != stray)
    again = cli_in_process("destruction", "purge-backups", *v, cert_id, "--file", str(stray), extra_env=NO_KEYRING)
    assert again.code == 0, (again.out, again.err)
    assert sorted(p.name for p in stray.parent.iterdir()) == [stray.name]
    assert cli_in_process("backup", "verify", *v, str(stray), extra_env=NO_KEYRING).code == 0


def test_a_restore_beside_names_the_purge_of_the_file_it_was_made_from(
        psy_vault: Vault, vault_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str],
        monkeypatch: pytest.MonkeyPatch) -> None:
    """Found by a walker: docs/backup.md said the restored-from file gets registered so purges reach
    it; restored beside the vault it was registered in neither vault (the copy's register starts
    empty, and a restore writes nothing into the original), and the restore named no purge. Now it
    names the original vault's purge of that file by its name, which cleans it."""
    _registered, stray, cert_id = _stray(psy_vault, tmp_path)
    v = ["--vault", str(vault_dir)]
    beside = tmp_path / "beside"
    restored = cli(capsys, monkeypatch, "backup", "restore", *v, str(stray), "--to", str(beside))
    assert restored.code == 0, restored.err
    assert f"This is a copy beside the vault in {vault_dir}" in restored.out, restored.out
    command = f"vault-app --vault {vault_dir} destruction purge-backups {cert_id} --file {stray}"
    assert command in restored.out, restored.out

    purged = cli_in_process(*command.split()[1:], extra_env=NO_KEYRING)
    assert purged.code == 0, (purged.out, purged.err)
    assert cli_in_process("backup", "verify", *v, str(stray), extra_env=NO_KEYRING).code == 0
