"""A copy of the vault folder (`cp -a`) backing up with `--to` into the folder of single files the
original backed up into: its rotation deletes the original's file of the same day (the copy's
ledger holds it: the documented case no lineage check can see, backup_rotation_copies).

Found by a walker with the merged app: the original then said nothing at its unlock, its Today card
said the folder "is not reachable now: connect its drive" with the folder there, and the Backups
window listed the file "missing": the rotation's note of removals was written only into snapshot
repositories, and the older-copy check read only the folder the settings name. Real vaults, real
single-file backups, the steps as the CLI's own `run` (the console script's: the same output and
exit code), each command opening the folder afresh."""

from __future__ import annotations

import shutil
from pathlib import Path

from tests.conftest import PASSPHRASE
from tests.core.cli_helpers import Result, cli_in_process
from vault_app.services import backup, backup_changed, backup_superseded, today
from vault_app.services.vault import Vault, open_vault


def _cli(vault_dir: Path, *args: str) -> Result:
    return cli_in_process("--vault", str(vault_dir), *args)


def _copy_rotates_the_originals_file_out(vault: Vault, vault_dir: Path, tmp_path: Path) -> Path:
    target = tmp_path / "bk"
    vault.lock()
    made = _cli(vault_dir, "backup", "create", "--to", str(target), "--verify")
    assert made.code == 0, made.err
    (first,) = target.glob("vault-backup-*.vaultbackup")
    copy = tmp_path / "v8copy"
    shutil.copytree(vault_dir, copy, symlinks=True)  # cp -a
    theirs = _cli(copy, "backup", "create", "--to", str(target), "--verify")
    assert theirs.code == 0, theirs.err
    assert f"rotated out: {first.resolve()}" in theirs.out
    assert not first.exists()
    return target


def test_the_original_says_its_file_was_removed_by_another_copy(vault: Vault, vault_dir: Path,
                                                               tmp_path: Path) -> None:
    target = _copy_rotates_the_originals_file_out(vault, vault_dir, tmp_path)
    original = open_vault(vault_dir, PASSPHRASE)
    try:
        (row,) = backup.list_backups(original)
        assert row["state"] == backup_changed.REMOVED
        assert str(row["changed"]).startswith("removed by another copy of this vault on ")
        # The Today card says what the Backups window says, not "connect its drive".
        state = today.backup_state(original)
        assert state.away_removed == row["changed"]
        assert Path(str(state.away_folder)) == target.resolve()
    finally:
        original.lock()


def test_the_original_learns_at_its_unlock_it_is_the_older_copy(vault: Vault, vault_dir: Path,
                                                                tmp_path: Path) -> None:
    target = _copy_rotates_the_originals_file_out(vault, vault_dir, tmp_path)
    original = open_vault(vault_dir, PASSPHRASE)
    try:
        assert backup.settings(original)["target"] in (None, "")  # `--to` only: no folder in the settings
        found = backup_superseded.superseded(original)
        assert found is not None and Path(found.folder) == target.resolve()
        assert found.other_created and found.parted
    finally:
        original.lock()
    # Its next backup there is refused, as the unlock says (nothing of the copy's is removed).
    refused = _cli(vault_dir, "backup", "create", "--to", str(target), "--verify")
    assert refused.code != 0 and "another copy of this vault" in refused.err
    assert len(list(target.glob("vault-backup-*.vaultbackup"))) == 1
