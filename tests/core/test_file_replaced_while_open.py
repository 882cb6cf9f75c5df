"""One file of the vault folder replaced by another program while the vault is open: a sync
tool, Time Machine's restore of one file or rsync writes a copy and renames it over
records.db, ledger.db or psychotherapy.db (found walking the real app: every write of the
session went to the file the app had open, which the rename had unlinked, gone at the close;
the next unlock said "records.db is older than the audit ledger"; and the backup made at Quit
had packed the put-back records.db beside the live ledger, checked and restored without a
word: the session's new client was in the ledger and nowhere else).

What must happen: the first write after the swap puts the vault's own file back (this process
holds the folder's writer lock: nobody else may write there), keeps the file found in its
place beside it, and says so instead of writing; the work of the session is all there at the
next unlock, and a backup packs the vault's own files. Real vaults, real files, real renames."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from tests.conftest import PASSPHRASE, reopen
from vault_app.domain.errors import EnvironmentProblem, LedgerRollback
from vault_app.services import backup_repo, backup_repo_restore, clients, notes, reminders
from vault_app.services.vault import Vault

CODE = "compartment.replaced_while_open"


def _put_back(folder: Path, name: str, older: Path) -> None:
    """As a sync tool does: a copy written beside, renamed over the file."""
    beside = folder / f".{name}.sync-tmp"
    shutil.copy2(older, beside)
    beside.replace(folder / name)


def _older_copy(vault_dir: Path, name: str, tmp_path: Path) -> Path:
    older = tmp_path / f"older-{name}"
    shutil.copy2(vault_dir / name, older)
    return older


def _names(vault: Vault) -> set[str]:
    return {c.legal_name for c in clients.list_clients(vault)}


@pytest.mark.parametrize("name", ["records.db", "ledger.db"])
def test_the_first_write_after_the_swap_puts_the_vaults_own_file_back(
        vault: Vault, vault_dir: Path, tmp_path: Path, name: str) -> None:
    vault.lock()
    older = _older_copy(vault_dir, name, tmp_path)
    with reopen(vault_dir) as open_one:
        clients.create_client(open_one, "Before Theswap")
        _put_back(vault_dir, name, older)
        with pytest.raises(EnvironmentProblem) as said:
            clients.create_client(open_one, "Violet Renamed")
        assert said.value.code == CODE
        assert said.value.params["file"] == name
        kept = said.value.params["kept_as"]
        assert name in str(said.value) and kept in str(said.value)
        # The file found in its place is kept, byte for byte, never removed.
        assert (vault_dir / kept).read_bytes() == older.read_bytes()
        clients.create_client(open_one, "Violet Renamed")
    with reopen(vault_dir) as later:
        assert {"Before Theswap", "Violet Renamed"} <= _names(later)


def test_a_dated_backup_after_the_swap_packs_the_vaults_own_records(
        vault: Vault, vault_dir: Path, tmp_path: Path) -> None:
    vault.lock()
    older = _older_copy(vault_dir, "records.db", tmp_path)
    repo = tmp_path / "repo"
    with reopen(vault_dir) as open_one:
        clients.create_client(open_one, "Violet Renamed")
        _put_back(vault_dir, "records.db", older)
        with pytest.raises(EnvironmentProblem) as said:
            backup_repo.create_incremental(open_one, repo, verify=True)
        assert said.value.code == CODE
        backup_repo.create_incremental(open_one, repo, verify=True)
    snapshot = next((repo / "snapshots").iterdir())
    restored = tmp_path / "restored"
    backup_repo_restore.restore_snapshot(snapshot, restored, passphrase=PASSPHRASE)
    with reopen(restored) as copy:
        assert "Violet Renamed" in _names(copy)


def test_the_psychotherapy_notes_put_back_while_open_keep_the_sessions_note(
        psy_vault: Vault, vault_dir: Path, tmp_path: Path) -> None:
    client_id = clients.create_client(psy_vault, "Noor Haddad").client_id
    psy_vault.lock()
    older = _older_copy(vault_dir, "psychotherapy.db", tmp_path)
    with reopen(vault_dir, psychotherapy=True) as open_one:
        first = notes.create_psychotherapy_note(open_one, client_id, "Written before the swap.").note
        _put_back(vault_dir, "psychotherapy.db", older)
        with pytest.raises(EnvironmentProblem) as said:
            notes.create_psychotherapy_note(open_one, client_id, "Written after it.")
        assert said.value.params["file"] == "psychotherapy.db"
        second = notes.create_psychotherapy_note(open_one, client_id, "Written after it.").note
    with reopen(vault_dir, psychotherapy=True) as later:
        ids = {n.note_id for n in notes.list_psychotherapy_notes(later, client_id)}
        assert {first.note_id, second.note_id} <= ids


def test_nothing_is_said_while_the_file_is_the_vaults_own(vault: Vault, vault_dir: Path) -> None:
    # A change of the file's bytes by the vault itself (its own writes, a checkpoint) is no swap.
    for n in range(3):
        clients.create_client(vault, f"Client Number{n}")
    vault.records.checkpoint()
    clients.create_client(vault, "Client Afterthe-checkpoint")
    assert not [p for p in vault_dir.iterdir() if ".replaced-" in p.name]


def test_a_backup_made_so_before_this_fix_is_refused_not_restored_without_the_work(
        vault: Vault, vault_dir: Path, tmp_path: Path) -> None:
    # A dated backup an earlier version made after the swap: the put-back records.db packed
    # beside the live ledger that recorded later changes to it. Checked and restored, it gave a
    # vault whose ledger named a client its records did not hold; now refused as such.
    vault.lock()
    older = _older_copy(vault_dir, "records.db", tmp_path)
    repo = tmp_path / "repo"
    with reopen(vault_dir) as open_one:
        clients.create_client(open_one, "Violet Renamed")
        _put_back(vault_dir, "records.db", older)
        for comp in open_one.open_compartments():
            comp.keeps_own_file = False  # as before this fix
        backup_repo.create_incremental(open_one, repo)
    snapshot = next((repo / "snapshots").iterdir())
    with pytest.raises(LedgerRollback) as said:
        backup_repo_restore.restore_snapshot(snapshot, tmp_path / "restored", passphrase=PASSPHRASE)
    assert "records.db" in str(said.value)
    assert not (tmp_path / "restored" / "records.db").exists()


def test_the_whole_folder_replaced_while_open_is_refused_and_nothing_put_into_it(
        vault: Vault, vault_dir: Path, tmp_path: Path) -> None:
    # A restore of the whole folder (moved aside, an older copy put in its place): the vault's
    # own files are in the folder moved aside; none of them is copied into the other one.
    vault.lock()
    older = tmp_path / "older-folder"
    shutil.copytree(vault_dir, older)
    with reopen(vault_dir) as open_one:
        clients.create_client(open_one, "Before Theswap")
        vault_dir.rename(tmp_path / "moved-aside")
        shutil.copytree(older, vault_dir)
        with pytest.raises(EnvironmentProblem) as said:
            clients.create_client(open_one, "Violet Renamed")
        assert said.value.code == "compartment.folder_replaced_while_open"
        assert sorted(p.name for p in vault_dir.iterdir()) == sorted(p.name for p in older.iterdir())
        open_one.close_without_logging()
    with reopen(tmp_path / "moved-aside") as kept:
        assert "Before Theswap" in _names(kept)


def test_the_unlock_says_the_file_kept_beside_until_it_is_removed(
        vault: Vault, vault_dir: Path, tmp_path: Path) -> None:
    # A lock after the swap, with nothing typed (the backup on lock puts the vault's own file
    # back): no refusal is seen then, so each unlock says what lies beside the vault's files.
    vault.lock()
    older = _older_copy(vault_dir, "records.db", tmp_path)
    with reopen(vault_dir) as open_one:
        _put_back(vault_dir, "records.db", older)
        with pytest.raises(EnvironmentProblem):
            open_one.own_files()  # what the backup on lock does first
    (kept,) = [p for p in vault_dir.iterdir() if ".replaced-" in p.name]
    with reopen(vault_dir) as later:
        said = [n for n in reminders.status_line(later).news if n.kind == reminders.FILE_REPLACED]
        assert [n.value for n in said] == [kept.name]
        assert kept.name in said[0].english and "another program" in said[0].english
    kept.unlink()
    with reopen(vault_dir) as after:
        assert not [n for n in reminders.status_line(after).news if n.kind == reminders.FILE_REPLACED]
