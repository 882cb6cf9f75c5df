"""A dated backup (a snapshot in a backup repository) made beside the work while the
psychotherapy notes are unlocked checks their pages too, as the single-file backup does
(services/backup_beside_repo.py: the snapshot carries the notes' wrapping keys, as
services/backup_beside_register.Snapshot does).

Found by a walker in the real app: with the notes unlocked, Back up now into a folder of dated
backups recorded a check of records.db and ledger.db only; Check then said the notes were
"checked by the authentication only", and the rotation kept an old backup "because the backups
made since were checked with the psychotherapy notes locked", untrue while they were unlocked.
Real vaults, real SQLCipher files, real chunks, the real runner's thread."""

from __future__ import annotations

from pathlib import Path

from tests.conftest import PASSPHRASE, reopen
from vault_app.domain.errors import VaultCorrupt
from vault_app.services import (
    backup,
    backup_beside,
    backup_checked,
    backup_keys,
    backup_now,
    backup_repo,
    clients,
    psychotherapy_notes,
)
from vault_app.services.backup_repo_read import open_snapshot, read_manifest_file
from vault_app.services.vault import Vault


def _pages_recorded(vault: Vault, snapshot: Path) -> list[str]:
    _slots, _master, body = open_snapshot(read_manifest_file(snapshot), backup_keys.vault_source(vault))
    record = backup_checked.parse(body, VaultCorrupt("malformed check record"))
    assert record is not None
    return list(record["pages"])


def _with_notes(vault: Vault, repo: Path) -> None:
    backup.configure(vault, target=str(repo), kind="repo")
    client_id = clients.create_client(vault, "Ione Castellane").client_id
    psychotherapy_notes.create_psychotherapy_note(vault, client_id, "Process notes before the backup.")


def test_back_up_now_with_the_notes_unlocked_checks_them_and_check_says_so(
    psy_vault: Vault, tmp_path: Path, runner: backup_beside.BackupRunner
) -> None:
    repo = tmp_path / "repo"
    _with_notes(psy_vault, repo)
    # An earlier dated backup that covered every compartment (made by `backup create --verify`).
    first = backup_repo.create_incremental(psy_vault, repo, verify=True)
    assert "psychotherapy" in _pages_recorded(psy_vault, Path(first.path))

    made = backup_now.finish(psy_vault, backup_now.start(psy_vault, repo))
    snapshot = Path(made.info.path)
    assert _pages_recorded(psy_vault, snapshot) == ["ledger", "psychotherapy", "records"]
    # The rotation keeps nothing "because the backups since were checked with the notes locked".
    assert made.info.kept_covering == []

    # Check, the notes locked now: what was checked at creation covers them.
    psy_vault.lock_psychotherapy()
    summary = backup_repo.verify_snapshot(snapshot, vault=psy_vault)
    assert summary["psychotherapy_pages_checked"] is True
    assert backup_checked.PSYCHOTHERAPY_LOCKED not in [getattr(line, "code", "") for line in summary["checked"]]


def test_the_lock_with_the_notes_unlocked_checks_them_too(
    vault: Vault, tmp_path: Path, runner: backup_beside.BackupRunner
) -> None:
    vault.unlock_psychotherapy(PASSPHRASE)
    repo = tmp_path / "repo"
    _with_notes(vault, repo)
    folder = vault.folder
    assert backup_beside.lock_with_backup(vault)
    assert runner.wait(120) and runner.failures == []
    (info,) = runner.finished
    again = reopen(folder)
    try:
        assert _pages_recorded(again, Path(info.path)) == ["ledger", "psychotherapy", "records"]
    finally:
        again.lock()


def test_the_lock_with_the_notes_locked_records_what_it_could_check(
    vault: Vault, tmp_path: Path, runner: backup_beside.BackupRunner
) -> None:
    """The other side: locked notes' pages are not claimed as checked."""
    repo = tmp_path / "repo"
    backup.configure(vault, target=str(repo), kind="repo")
    clients.create_client(vault, "Ione Castellane")
    made = backup_now.finish(vault, backup_now.start(vault, repo))
    assert _pages_recorded(vault, Path(made.info.path)) == ["ledger", "records"]
