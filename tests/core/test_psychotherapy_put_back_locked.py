"""An older psychotherapy.db put back while those notes stay locked (found by a walker: it went
unnoticed, the backup on lock packed it, rotation removed the one backup holding the lost note,
and `backup verify` called the new backup OK while its restore refused it).

The fault is real: the file copied aside, a signed psychotherapy note written, the old file put
back. The main unlock refuses it as it refuses an older records.db; a backup never packs it (and
rotates nothing); verify applies the check a restore applies."""

from __future__ import annotations

import hashlib
import shutil
from pathlib import Path

import pytest

from tests.conftest import PASSPHRASE
from tests.core.cli_helpers import cli_in_process
from vault_app.crypto.kdf import KdfParams
from vault_app.domain.errors import ExitCode, LedgerRollback
from vault_app.services import backup, backup_beside, backup_beside_control, clients, notes
from vault_app.services.backup_repo import create_incremental, verify_snapshot
from vault_app.services.vault import Vault, create_vault, open_vault

PSY = "psychotherapy.db"
NOTE = "Second session, WALKPSY9."


def _put_back(old: Path, folder: Path) -> None:
    for suffix in ("-wal", "-shm"):
        (folder / (PSY + suffix)).unlink(missing_ok=True)
    shutil.copy2(old, folder / PSY)


def _digests(folder: Path) -> dict[str, str]:
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in sorted(folder.iterdir()) if p.is_file()}


def _history(tmp_path: Path, kdf_params: KdfParams) -> tuple[Path, Path]:
    """A vault whose psychotherapy.db was copied aside before a signed note was written into it."""
    folder = tmp_path / "vault"
    made = create_vault(folder, PASSPHRASE, params=kdf_params, use_device_secret=False)
    client_id = clients.create_client(made.vault, "Philippa Oyelaran-Schmidt").client_id
    made.vault.lock()
    old = tmp_path / "aside" / PSY
    old.parent.mkdir()
    shutil.copy2(folder / PSY, old)
    with open_vault(folder, PASSPHRASE, with_psychotherapy=True) as vault:
        note = notes.create_psychotherapy_note(vault, client_id, NOTE).note
        notes.sign_psychotherapy_note(vault, note.note_id)
    return folder, old


def _assert_said_rolled_back(err: LedgerRollback, *, alone: bool = False) -> None:
    """`alone`: the vault's unlock, which tells this file alone older than records.db and ledger.db
    (services/compartment_alone_older.py: a newer copy of it first, then a restore); a backup's check
    keeps the words of any older file."""
    assert err.code == ("ledger.notes_rolled_back_alone" if alone else "ledger.file_rolled_back")
    assert err.params == {"file": PSY}
    assert err.message.startswith("psychotherapy.db is older than the audit ledger")
    assert "restore from your latest verified backup" in err.hint.lower()
    assert "WALKPSY9" not in err.message + err.hint


def test_main_unlock_refuses_an_older_psychotherapy_db_and_writes_nothing(
    tmp_path: Path, kdf_params: KdfParams
) -> None:
    folder, old = _history(tmp_path, kdf_params)
    good = tmp_path / "good" / PSY
    good.parent.mkdir()
    shutil.copy2(folder / PSY, good)
    _put_back(old, folder)
    before = _digests(folder)
    with pytest.raises(LedgerRollback) as caught:
        open_vault(folder, PASSPHRASE).lock()  # the records-only unlock: the notes stay locked
    _assert_said_rolled_back(caught.value, alone=True)
    assert _digests(folder) == before
    # The vault's own file back: it opens, no false alarm, and the notes open too.
    _put_back(good, folder)
    with open_vault(folder, PASSPHRASE, with_psychotherapy=True) as vault:
        assert vault.verify_ledger().ok


def test_unlock_after_own_work_on_the_notes_is_no_false_alarm(tmp_path: Path, kdf_params: KdfParams) -> None:
    folder, _old = _history(tmp_path, kdf_params)
    with open_vault(folder, PASSPHRASE) as vault:
        vault.unlock_psychotherapy(PASSPHRASE)
        client_id = clients.create_client(vault, "Bartholomew Nwachukwu").client_id
        notes.create_psychotherapy_note(vault, client_id, "Third.")
        vault.lock_psychotherapy()
        backup.create_backup(vault, tmp_path / "bk", verify=True)  # the notes' own writes: packed
    open_vault(folder, PASSPHRASE).lock()


def test_command_line_unlock_refuses_it(tmp_path: Path, kdf_params: KdfParams) -> None:
    folder, old = _history(tmp_path, kdf_params)
    _put_back(old, folder)
    result = cli_in_process("--vault", str(folder), "client", "list")
    assert result.code == ExitCode.TAMPERED, result.err
    assert "psychotherapy.db is older than the audit ledger" in result.err
    assert "Only this one file is old" in result.err and "restore from your latest verified backup" in result.err


@pytest.mark.parametrize("kind", ["file", "repo"])
def test_backup_of_the_locked_notes_refuses_a_file_put_back_while_open(
    kind: str, tmp_path: Path, kdf_params: KdfParams
) -> None:
    """Put back while the vault is open (after the unlock's check): the backup refuses it, writes
    nothing, and rotation does not run, so the backup holding the lost note stays."""
    folder, old = _history(tmp_path, kdf_params)
    target = tmp_path / "bk"
    make = (lambda v: backup.create_backup(v, target, verify=True)) if kind == "file" else (
        lambda v: create_incremental(v, target, verify=True))
    vault = open_vault(folder, PASSPHRASE)
    try:
        make(vault)  # the good one, holding the signed note
        kept = sorted(p.relative_to(target) for p in target.rglob("*") if p.is_file())
        _put_back(old, folder)
        with pytest.raises(LedgerRollback) as caught:
            make(vault)
        assert caught.value.code == "backup.psychotherapy_changed"
        assert "WALKPSY9" not in caught.value.message + caught.value.hint
        assert sorted(p.relative_to(target) for p in target.rglob("*") if p.is_file()) == kept
    finally:
        vault.lock()


@pytest.mark.parametrize("kind", ["file", "repo"])
def test_the_backup_on_lock_refuses_it_and_rotates_nothing(
    kind: str, tmp_path: Path, kdf_params: KdfParams, runner: backup_beside.BackupRunner
) -> None:
    """The walker's steps: the backup on lock (built beside) after the old file is put back; one a
    day is kept, so a backup made now would have rotated the one holding the note away."""
    folder, old = _history(tmp_path, kdf_params)
    target = tmp_path / "usb"
    vault = open_vault(folder, PASSPHRASE)
    backup.configure(vault, target=str(target), kind=kind)
    if kind == "file":
        backup.create_backup(vault, target, verify=True)
    else:
        create_incremental(vault, target, verify=True)
    kept = sorted(p.relative_to(target) for p in target.rglob("*") if p.is_file())
    clients.create_client(vault, "Bartholomew Nwachukwu")  # a change: the lock backs up
    _put_back(old, folder)
    assert backup_beside_control.take_last_failure() is None
    assert not backup_beside.lock_with_backup(vault)
    assert not vault.is_open
    assert runner.wait(120)
    said = backup_beside_control.take_last_failure()
    assert said is not None and "psychotherapy.db changed on disk" in said and "WALKPSY9" not in said
    assert sorted(p.relative_to(target) for p in target.rglob("*") if p.is_file()) == kept


def _checked_bad_backup(tmp_path: Path, kdf_params: KdfParams, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A backup that packs the older psychotherapy.db with the later ledger, as the version before
    this fix made them (its guard taken away for the making only)."""
    folder, old = _history(tmp_path, kdf_params)
    vault: Vault = open_vault(folder, PASSPHRASE)
    try:
        _put_back(old, folder)
        with monkeypatch.context() as m:
            m.setattr(Vault, "refuse_unchecked_psychotherapy_file", lambda self: None, raising=False)
            info = backup.create_backup(vault, tmp_path / "bk", verify=True)
    finally:
        vault.lock()
    return Path(info.path)


@pytest.mark.parametrize("full", [False, True], ids=["quick", "full"])
def test_verify_refuses_what_restore_refuses(
    full: bool, tmp_path: Path, kdf_params: KdfParams, monkeypatch: pytest.MonkeyPatch
) -> None:
    bad = _checked_bad_backup(tmp_path, kdf_params, monkeypatch)
    with pytest.raises(LedgerRollback) as caught:
        backup.verify_backup(bad, passphrase=PASSPHRASE, full=full, work_dir=tmp_path)
    _assert_said_rolled_back(caught.value)
    # The restore refuses it in the same words.
    with pytest.raises(LedgerRollback) as restored:
        backup.restore_backup(bad, tmp_path / "restored", passphrase=PASSPHRASE)
    assert restored.value.code == caught.value.code


@pytest.mark.parametrize("full", [False, True], ids=["quick", "full"])
def test_verify_of_a_snapshot_refuses_it(
    full: bool, tmp_path: Path, kdf_params: KdfParams, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder, old = _history(tmp_path, kdf_params)
    vault: Vault = open_vault(folder, PASSPHRASE)
    try:
        _put_back(old, folder)
        with monkeypatch.context() as m:
            m.setattr(Vault, "refuse_unchecked_psychotherapy_file", lambda self: None, raising=False)
            info = create_incremental(vault, tmp_path / "repo", verify=True)
    finally:
        vault.lock()
    with pytest.raises(LedgerRollback) as caught:
        verify_snapshot(Path(info.path), passphrase=PASSPHRASE, full=full, work_dir=tmp_path)
    _assert_said_rolled_back(caught.value)


def test_command_line_verify_full_refuses_it(
    tmp_path: Path, kdf_params: KdfParams, monkeypatch: pytest.MonkeyPatch
) -> None:
    bad = _checked_bad_backup(tmp_path, kdf_params, monkeypatch)
    result = cli_in_process("backup", "verify", str(bad), "--full")
    assert result.code == ExitCode.TAMPERED, result.out + result.err
    assert "psychotherapy.db is older than the audit ledger" in result.err
    assert "Backup OK" not in result.out
