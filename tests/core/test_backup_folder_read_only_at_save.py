"""A backup folder nothing can be written into is refused when it is chosen (Backups > Save,
`vault-app backup settings --target`), not saved without a word (found by a walker, round 46, in
the real app: a read-only drive's folder was saved; the refusal came only at Back up now, or, for
the backup made at the lock, as a status line after the next unlock). A file in its place was
refused at Save already.

Read-only for real: a read-only bind mount in a mount namespace of its own when the tests run as
root (root writes through permission bits), else the folder's write permission taken away
(tests/core/test_read_only_backup_drive.py's way). A folder that can be written is still saved,
and nothing is left in it."""

from __future__ import annotations

import json
from pathlib import Path

from tests.conftest import PASSPHRASE
from tests.core.cli_helpers import cli_in_process
from tests.core.test_read_only_backup_drive import _cli_on_read_only
from vault_app.crypto.kdf import KdfParams
from vault_app.services.vault import create_vault


def _vault(tmp_path: Path, kdf_params: KdfParams) -> Path:
    folder = tmp_path / "vault"
    create_vault(folder, PASSPHRASE, params=kdf_params, use_device_secret=False).vault.lock()
    return folder


def test_a_read_only_drive_is_refused_when_chosen_and_not_saved(tmp_path: Path, kdf_params: KdfParams) -> None:
    folder = _vault(tmp_path, kdf_params)
    drive = tmp_path / "drive"
    drive.mkdir()
    done = _cli_on_read_only(drive, tmp_path, "backup", "settings", "--vault", str(folder), "--target", str(drive))
    assert done.returncode == 7, (done.stdout, done.stderr)  # the machine's, not the vault's
    said = done.stderr.casefold()
    assert "read-only" in said or "may not write into the backup folder" in said, done.stderr
    assert "traceback" not in said
    shown = cli_in_process("backup", "settings", "--vault", str(folder), "--json")
    assert shown.code == 0 and shown.json()["settings"].get("target") is None, shown.out
    assert list(drive.iterdir()) == []


def test_a_folder_that_can_be_written_is_saved_and_left_empty(tmp_path: Path, kdf_params: KdfParams) -> None:
    folder = _vault(tmp_path, kdf_params)
    drive = tmp_path / "drive"
    drive.mkdir()
    done = cli_in_process("backup", "settings", "--vault", str(folder), "--target", str(drive))
    assert done.code == 0, done.out + done.err
    shown = cli_in_process("backup", "settings", "--vault", str(folder), "--json")
    assert json.loads(shown.out)["settings"]["target"] == str(drive.resolve())
    assert [p.name for p in drive.iterdir() if p.name.startswith(".vault-app-write-check")] == []
