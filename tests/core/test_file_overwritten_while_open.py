"""An older copy of records.db, psychotherapy.db or ledger.db copied INTO the open file (`cp -p older
psychotherapy.db`: the bytes written into the very inode the vault holds, not a rename over it, which
storage/compartment_own_file.py already meets).

Found (round 46, fswap): with the vault unlocked and the notes open, another process's `cp -p` of an older
copy over the live file went unseen: every later save was accepted, written as pages over the older file,
and the next unlock said "The psychotherapy compartment (psychotherapy.db) is damaged" (records.db the same;
ledger.db: "an older copy than the files beside it"), so the session's notes were lost and a dated backup
made meanwhile packed that file as if it were the vault's.

What must happen: before the next write, and before a backup reads the files, the vault sees that the file
it has open was written by someone else (storage/open_file_check.py) and refuses, every time after too,
with words that name the file and say what to do; no backup is made of it. Real vaults, real files, a real
child process writing the file."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

from tests.conftest import reopen
from vault_app.domain.errors import EnvironmentProblem, VaultError
from vault_app.services import backup_repo, clients, notes
from vault_app.services.vault import Vault

CODE = "compartment.overwritten_while_open"


def _cp_over(older: Path, live: Path) -> None:
    """As a user's or a program's `cp -p` does: the older bytes written into the file at its name."""
    subprocess.run(["cp", "-p", str(older), str(live)], check=True)


def _older_then_newer(psy_vault: Vault, vault_dir: Path, tmp_path: Path, name: str) -> tuple[str, Path]:
    client_id = clients.create_client(psy_vault, "Noor Haddad").client_id
    psy_vault.lock()
    older = tmp_path / f"older-{name}"
    subprocess.run(["cp", "-p", str(vault_dir / name), str(older)], check=True)
    with reopen(vault_dir, psychotherapy=True) as between:
        for n in range(12):
            notes.create_psychotherapy_note(between, client_id, f"Written after the copy {n}. " + "words " * 200)
            clients.create_client(between, f"Between Copy{n}")
    return client_id, older


@pytest.mark.parametrize("name", ["psychotherapy.db", "records.db", "ledger.db"])
def test_a_write_after_an_older_copy_is_copied_into_the_open_file_is_refused_and_says_so(
        psy_vault: Vault, vault_dir: Path, tmp_path: Path, name: str) -> None:
    client_id, older = _older_then_newer(psy_vault, vault_dir, tmp_path, name)
    with reopen(vault_dir, psychotherapy=True) as open_one:
        notes.create_psychotherapy_note(open_one, client_id, "Written before the copy.")
        _cp_over(older, vault_dir / name)
        for _ in range(2):  # refused again: the file is still not the vault's
            with pytest.raises(EnvironmentProblem) as said:
                notes.create_psychotherapy_note(open_one, client_id, "Typed after the copy.")
            assert said.value.code == CODE
            assert said.value.params["file"] == name
            assert name in str(said.value)
        # The file another program wrote is left as it was put there: nothing of this session written into it.
        assert (vault_dir / name).read_bytes() == older.read_bytes()
    # Locked: still as it was put there (this session's pages not folded into it at the close); the
    # session's -wal kept beside; the next unlock refuses it as an older copy, never as a damaged file.
    assert (vault_dir / name).read_bytes() == older.read_bytes()
    assert list(vault_dir.glob(f"{name}-wal.overwritten-*"))
    with pytest.raises(VaultError) as at_unlock:
        reopen(vault_dir, psychotherapy=True).lock()
    # Said as the older file put back alone (services/*alone_older.py), with what to put back first.
    assert at_unlock.value.code in {"ledger.notes_rolled_back_alone", "ledger.records_rolled_back_alone",
                                    "ledger.rolled_back_alone"}, at_unlock.value


def test_a_backup_after_the_copy_is_refused_never_made_of_the_older_file(
        psy_vault: Vault, vault_dir: Path, tmp_path: Path) -> None:
    _, older = _older_then_newer(psy_vault, vault_dir, tmp_path, "psychotherapy.db")
    repo = tmp_path / "repo"
    with reopen(vault_dir, psychotherapy=True) as open_one:
        _cp_over(older, vault_dir / "psychotherapy.db")
        with pytest.raises(EnvironmentProblem) as said:
            backup_repo.create_incremental(open_one, repo, verify=True)
        assert said.value.code == CODE
    assert not (repo / "snapshots").exists() or not any((repo / "snapshots").iterdir())


def test_nothing_is_said_while_only_the_vault_writes_its_files(psy_vault: Vault, vault_dir: Path) -> None:
    # The vault's own commits, checkpoints (SQLite's automatic ones at a thousand pages too) and lock
    # change the files' bytes and times: none of that is another program's copy.
    client_id = clients.create_client(psy_vault, "Noor Haddad").client_id
    for n in range(60):
        notes.create_psychotherapy_note(psy_vault, client_id, f"Note {n}. " + "words " * 400)
        clients.create_client(psy_vault, f"Client Number{n}")
        if n % 20 == 0:
            for comp in psy_vault.open_compartments():
                comp.checkpoint()
    psy_vault.lock()
    with reopen(vault_dir, psychotherapy=True) as again:
        notes.create_psychotherapy_note(again, client_id, "After the unlock.")
        for comp in again.open_compartments():
            comp.keep_own_file()


@pytest.mark.parametrize("name", ["records.db", "psychotherapy.db"])
def test_an_older_journal_copied_over_the_open_one_is_refused_too(
        psy_vault: Vault, vault_dir: Path, tmp_path: Path, name: str) -> None:
    # The file's -wal (its journal: the session's saves not yet folded in) copied over from an earlier
    # session: every later save was accepted, and the next unlock called records.db damaged.
    client_id = clients.create_client(psy_vault, "Noor Haddad").client_id
    notes.create_psychotherapy_note(psy_vault, client_id, "An earlier session.")
    older = tmp_path / "older-wal"
    subprocess.run(["cp", "-p", f"{vault_dir / name}-wal", str(older)], check=True)
    psy_vault.lock()
    with reopen(vault_dir, psychotherapy=True) as open_one:
        notes.create_psychotherapy_note(open_one, client_id, "Written before the copy.")
        clients.create_client(open_one, "Before Thecopy")
        _cp_over(older, Path(f"{vault_dir / name}-wal"))
        with pytest.raises(EnvironmentProblem) as said:
            notes.create_psychotherapy_note(open_one, client_id, "Typed after the copy.")
            clients.create_client(open_one, "After Thecopy")
        assert said.value.code == CODE
        assert said.value.params["file"] == f"{name}-wal"


@pytest.mark.parametrize("name", ["psychotherapy.db", "records.db", "ledger.db"])
def test_a_mode_or_attribute_changed_by_another_program_is_not_a_copy(
        psy_vault: Vault, vault_dir: Path, name: str) -> None:
    """A sync tool or an indexer that sets a file's mode or an extended attribute moves its change
    time without writing a byte: the saves go on (the check once compared the change time too, and
    would have refused every save of the day for it)."""
    import contextlib
    import os

    client_id = clients.create_client(psy_vault, "Noor Haddad").client_id
    notes.create_psychotherapy_note(psy_vault, client_id, "Before the attribute.")
    for comp in psy_vault.open_compartments():
        comp.checkpoint()
    live = vault_dir / name
    before = live.stat()
    os.chmod(live, 0o600)  # the same mode set again: the change time moves, nothing else
    with contextlib.suppress(OSError):  # a file system without user attributes: the mode alone
        os.setxattr(live, "user.synced", b"1")
    assert (live.stat().st_size, live.stat().st_mtime_ns) == (before.st_size, before.st_mtime_ns)
    notes.create_psychotherapy_note(psy_vault, client_id, "After the attribute: saved.")
    for comp in psy_vault.open_compartments():
        comp.keep_own_file()
