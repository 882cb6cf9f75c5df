"""One vault per backup repository (services/backup_repo_owner.py): the marker at the
repository's root, written when the repository is made, checked before every write, purge
and sweep; another vault's folder refused in the CLI, the Backups screen's service path and
the first-run wizard's check. Real vaults, real repositories, real processes."""

from __future__ import annotations

import stat
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.conftest import PASSPHRASE
from tests.core.cli_helpers import cli_in_process, cli_process, init_vault
from tests.core.test_faults_diskfull import small_filesystem
from vault_app.crypto.kdf import KdfParams
from vault_app.domain.errors import EnvironmentProblem, VaultCorrupt
from vault_app.services import (
    backup_registry,
    backup_repo,
    backup_repo_owner,
    backup_repo_restore,
    clients,
    notes,
    snapshot_purge,
)
from vault_app.services.backup_repo_owner import MARKER, RepositoryOfAnotherVault
from vault_app.services.fault_injection import CRASH_ENV
from vault_app.services.vault import Vault, create_vault
from vault_app.storage.chunk_store import Repository

MESSAGE = "This backup folder belongs to another vault; choose another folder."


def _note(vault: Vault, text: str = "A session.") -> None:
    found = clients.list_clients(vault)
    client_id = found[0].client_id if found else clients.create_client(vault, "Perpetua Sallowby").client_id
    notes.create_progress_note(vault, client_id, text=text)


def _state(root: Path) -> dict[str, bytes]:
    """Every file under the repository with its bytes: what a refusal must leave as it was."""
    return {str(p.relative_to(root)): p.read_bytes() for p in sorted(root.rglob("*")) if p.is_file()}


@pytest.fixture
def second(tmp_path: Path, kdf_params: KdfParams) -> Iterator[Vault]:
    made = create_vault(tmp_path / "second-vault", PASSPHRASE, params=kdf_params)
    _note(made.vault, "The second vault's session.")
    yield made.vault
    made.vault.lock()


def test_a_new_repository_names_its_vault_and_refuses_another(vault: Vault, second: Vault, tmp_path: Path) -> None:
    _note(vault)
    repo = Repository(tmp_path / "repo")
    backup_repo.create_incremental(vault, repo.root, rotate_old=False)
    marker = repo.root / MARKER
    assert stat.S_IMODE(marker.stat().st_mode) == 0o600
    assert backup_repo_owner.read_owner(repo.root) == vault.vault_id
    assert not [p for p in repo.root.iterdir() if p.name.startswith(".tmp-")]
    before = _state(repo.root)

    with pytest.raises(RepositoryOfAnotherVault) as refused:
        backup_repo.create_incremental(second, repo.root, rotate_old=False)
    assert refused.value.message == MESSAGE and refused.value.hint
    with pytest.raises(RepositoryOfAnotherVault):
        backup_repo.sweep_repository(repo.root, second)
    assert _state(repo.root) == before  # nothing written, nothing swept
    # The owner goes on as before.
    _note(vault, "One more.")
    backup_repo.create_incremental(vault, repo.root, rotate_old=False)
    assert len(repo.snapshot_paths()) == 2


def test_a_repository_without_marker_is_adopted_only_by_its_own_vault(
    vault: Vault, second: Vault, tmp_path: Path
) -> None:
    """A repository made before the marker (or whose marker was deleted): the first
    snapshot of a vault that opens every manifest there writes it; another vault's is
    refused and leaves no marker, so the owner can still adopt it."""
    _note(vault)
    repo = Repository(tmp_path / "repo")
    backup_repo.create_incremental(vault, repo.root, rotate_old=False)
    (repo.root / MARKER).unlink()
    before = _state(repo.root)
    with pytest.raises(RepositoryOfAnotherVault) as refused:
        backup_repo.create_incremental(second, repo.root, rotate_old=False)
    assert "keys do not open" in refused.value.message
    assert _state(repo.root) == before
    backup_repo.create_incremental(vault, repo.root, rotate_old=False)
    assert backup_repo_owner.read_owner(repo.root) == vault.vault_id


def test_a_marker_put_back_from_another_vaults_repository_is_refused(
    psy_vault: Vault, second: Vault, tmp_path: Path
) -> None:
    """Unauthenticated, so a mistake guard: another vault's marker copied in makes this
    vault refuse to write, purge or sweep there (never sweep on it); deleting it lets the
    manifests decide again."""
    _note(psy_vault)
    mine, theirs = Repository(tmp_path / "mine"), Repository(tmp_path / "theirs")
    snapshot = Path(backup_repo.create_incremental(psy_vault, mine.root, rotate_old=False).path)
    backup_repo.create_incremental(second, theirs.root, rotate_old=False)
    (mine.root / MARKER).write_bytes((theirs.root / MARKER).read_bytes())
    before = _state(mine.root)
    with pytest.raises(RepositoryOfAnotherVault):
        backup_repo.create_incremental(psy_vault, mine.root, rotate_old=False)
    with pytest.raises(RepositoryOfAnotherVault):
        snapshot_purge.purge_snapshot(psy_vault, snapshot, lambda copy: None)
    with pytest.raises(RepositoryOfAnotherVault):
        backup_repo.sweep_repository(mine.root, psy_vault)
    assert _state(mine.root) == before
    (mine.root / MARKER).unlink()
    backup_repo.create_incremental(psy_vault, mine.root, rotate_old=False)
    assert backup_repo_owner.read_owner(mine.root) == psy_vault.vault_id


def test_a_damaged_marker_is_refused_not_taken_as_absent(vault: Vault, tmp_path: Path) -> None:
    _note(vault)
    repo = Repository(tmp_path / "repo")
    backup_repo.create_incremental(vault, repo.root, rotate_old=False)
    (repo.root / MARKER).write_bytes(b'{"format": "vault-app-repository", "vault_id": 7')
    with pytest.raises(VaultCorrupt):
        backup_repo.create_incremental(vault, repo.root, rotate_old=False)
    assert len(repo.snapshot_paths()) == 1


def test_target_warnings_show_the_refusal_to_the_screens(vault: Vault, second: Vault, tmp_path: Path) -> None:
    _note(vault)
    repo = tmp_path / "repo"
    backup_repo.create_incremental(vault, repo, rotate_old=False)
    # The Backups screen of the owner: no refusal; of the second vault: the refusal first.
    assert MESSAGE not in backup_registry.target_warnings(vault.folder, repo, "repo")
    assert backup_registry.target_warnings(second.folder, repo, "repo")[0] == MESSAGE
    backup_repo_owner.refuse_taken(repo, vault.vault_id)
    with pytest.raises(RepositoryOfAnotherVault):
        backup_repo_owner.refuse_taken(repo, second.vault_id)
    # The first-run wizard: no vault yet, so any repository there is another vault's,
    # marked or made before the marker.
    taken = backup_repo_owner.owner_problem(repo, None)
    assert taken is not None and taken.message == MESSAGE and taken.code == "backup.repo_of_another_vault"
    (repo / MARKER).unlink()
    assert backup_registry.target_warnings(tmp_path / "not-yet-a-vault", repo, "repo")[0] == MESSAGE
    assert backup_repo_owner.owner_problem(tmp_path / "empty-folder", None) is None


def test_the_cli_refuses_another_vaults_folder_without_a_traceback(tmp_path: Path) -> None:
    first, other, repo = tmp_path / "v1", tmp_path / "v2", tmp_path / "repo"
    assert init_vault(first).code == 0 and init_vault(other).code == 0
    # The refusal at the real entry point (its exit code, no traceback); the rest in this process.
    made = cli_in_process("backup", "create", "--vault", str(first), "--incremental", str(repo))
    assert made.code == 0, made.err
    refused = cli_process("backup", "create", "--vault", str(other), "--incremental", str(repo))
    assert refused.code == 2 and MESSAGE in refused.err and "Traceback" not in refused.err
    assert len(Repository(repo).snapshot_paths()) == 1
    settings = cli_in_process("backup", "settings", "--vault", str(other), "--target", str(repo), "--kind", "repo")
    assert settings.code == 2 and MESSAGE in settings.err and "Traceback" not in settings.err
    shown = cli_in_process("backup", "settings", "--vault", str(other), "--json")
    assert shown.code == 0 and shown.json()["settings"].get("target") != str(repo.resolve())


def test_a_kill_while_the_marker_is_written_leaves_no_half_marker(tmp_path: Path) -> None:
    """Killed after the temporary marker is durable, before its rename: no marker (a
    reader never sees part of one), and nothing of the snapshot written yet; the next
    backup adopts the repository (its manifests all this vault's: none) and removes the
    dead process's temporary file."""
    vault_dir, repo = tmp_path / "vault", tmp_path / "repo"
    assert init_vault(vault_dir).code == 0
    killed = cli_process("backup", "create", "--vault", str(vault_dir), "--incremental", str(repo),
                         extra_env={CRASH_ENV: "repo_owner_written"})
    assert killed.code in (-9, 137), (killed.code, killed.err)
    assert not (repo / MARKER).exists()
    assert [p.name.startswith(".tmp-owner-") for p in repo.iterdir()] == [True]
    assert not Repository(repo).snapshot_paths()
    again = cli_in_process("backup", "create", "--vault", str(vault_dir), "--incremental", str(repo))
    assert again.code == 0, again.err
    assert (repo / MARKER).is_file() and not [p for p in repo.iterdir() if p.name.startswith(".tmp-owner-")]


def test_a_read_only_drive_refuses_the_marker_and_still_restores(vault: Vault, tmp_path: Path) -> None:
    """A repository made before the marker, on a drive mounted read-only: the backup fails
    with the environment's error before writing anything; a restore needs no marker."""
    _note(vault)
    with small_filesystem(tmp_path / "usb", "16m") as mount:
        repo = Repository(mount / "repo")
        snapshot = Path(backup_repo.create_incremental(vault, repo.root, rotate_old=False).path)
        (repo.root / MARKER).unlink()
        remount = subprocess.run(["mount", "-o", "remount,ro", str(mount)], capture_output=True, check=False)
        if remount.returncode != 0:
            pytest.skip("cannot remount read-only here")
        try:
            with pytest.raises(EnvironmentProblem):
                backup_repo.create_incremental(vault, repo.root, rotate_old=False)
            report = backup_repo_restore.restore_snapshot(snapshot, tmp_path / "restored", passphrase=PASSPHRASE)
            assert report.check
        finally:
            subprocess.run(["mount", "-o", "remount,rw", str(mount)], capture_output=True, check=False)
        assert not (repo.root / MARKER).exists()
        assert not [p for p in repo.root.iterdir() if p.name.startswith(".tmp-")]
