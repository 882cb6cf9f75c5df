"""Backups round-trip through real vaults: passphrase, Emergency Kit, device secret,
locked psychotherapy notes, refusing to overwrite, the safety copy."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from tests.conftest import PASSPHRASE, reopen
from tests.fakes import MemoryKeyring
from vault_app.crypto.kdf import OWASP_FLOOR, KdfParams
from vault_app.domain.errors import KeyringProblem, RefusedByPolicy, WrongPassphrase, WrongRecoveryKey
from vault_app.services import backup, clients, notes
from vault_app.services.vault import CreatedVault, Vault, create_vault, open_vault

NEW_PASSPHRASE = "a brand new passphrase here"


def _chart(vault: Vault, text: str = "Discussed sleep routine.") -> tuple[str, str]:
    client = clients.create_client(vault, "Harlow Fenwick")
    note = notes.create_progress_note(vault, client.client_id, text=text)
    return client.client_id, note.note_id


def _files(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir()) if p.is_file()}


def test_create_verify_restore_with_passphrase(psy_vault: Vault, tmp_path: Path) -> None:
    client_id, note_id = _chart(psy_vault)
    psy = notes.create_psychotherapy_note(psy_vault, client_id, "Countertransference noted.").note
    info = backup.create_backup(psy_vault, tmp_path / "backups", verify=True)
    assert Path(info.path).name.startswith("vault-backup-") and info.verified
    assert [b["state"] for b in backup.list_backups(psy_vault)] == ["verified"]

    summary = backup.verify_backup(Path(info.path), passphrase=PASSPHRASE)
    assert summary["vault_id"] == psy_vault.vault_id and summary["sha256"] == info.sha256
    report = backup.restore_backup(Path(info.path), tmp_path / "restored", passphrase=PASSPHRASE)
    assert report.safety_copy is None and report.reapplied == []

    with reopen(tmp_path / "restored", psychotherapy=True) as restored:
        assert notes.get_note(restored, note_id).sections["subjective"] == "Discussed sleep routine."
        assert notes.get_psychotherapy_note(restored, psy.note_id).body == "Countertransference noted."
        assert restored.verify_ledger().ok
        assert all(not problems for problems in restored.check_integrity().values())
        kinds = [e.kind for e in restored.ledger.entries()]
        assert "backup.restored" in kinds
        # The file it came from is in the restored register, so a later destruction purges it too.
        assert [b["path"] for b in backup.list_backups(restored)] == [info.path]
        # ... and it counts as checked: the restore just checked it (the dashboard said "Never").
        assert [b["state"] for b in backup.list_backups(restored)] == ["verified"]


def test_locked_psychotherapy_notes_are_backed_up_too(psy_vault: Vault, vault_dir: Path, tmp_path: Path) -> None:
    client_id, _ = _chart(psy_vault)
    psy = notes.create_psychotherapy_note(psy_vault, client_id, "Only in the second compartment.").note
    psy_vault.lock_psychotherapy()
    info = backup.create_backup(psy_vault, tmp_path / "b")
    assert not psy_vault.psychotherapy_open
    backup.restore_backup(Path(info.path), tmp_path / "r", passphrase=PASSPHRASE)
    with reopen(tmp_path / "r", psychotherapy=True) as restored:
        assert notes.get_psychotherapy_note(restored, psy.note_id).body == "Only in the second compartment."


def test_snapshot_is_consistent_with_its_ledger(vault: Vault, tmp_path: Path) -> None:
    _chart(vault)
    head = vault.ledger.head()
    info = backup.create_backup(vault, tmp_path / "b")
    assert info.ledger_seq == head.seq
    created = vault.ledger.entries(kinds=("backup.created",))[-1]
    assert created.payload["ledger_mac"] == head.mac_hex and created.payload["sha256"] == info.sha256


def test_wrong_passphrase_and_old_passphrase(created: CreatedVault, tmp_path: Path) -> None:
    vault = created.vault
    info = backup.create_backup(vault, tmp_path / "b")
    with pytest.raises(WrongPassphrase, match="does not open this backup"):
        backup.verify_backup(Path(info.path), passphrase="not the passphrase")
    vault.change_passphrase(PASSPHRASE, NEW_PASSPHRASE, OWASP_FLOOR)
    # The backup keeps the passphrase it was made with (and the Emergency Kit).
    with pytest.raises(WrongPassphrase):
        backup.verify_backup(Path(info.path), passphrase=NEW_PASSPHRASE)
    assert backup.verify_backup(Path(info.path), passphrase=PASSPHRASE)["ok"]
    assert backup.verify_backup(Path(info.path), recovery_key=created.recovery_key)["ok"]
    # A refused restore leaves no folder behind, though its work folder is made inside the target.
    with pytest.raises(WrongPassphrase):
        backup.restore_backup(Path(info.path), tmp_path / "new" / "deeper" / "vault", passphrase="not the passphrase")
    assert not (tmp_path / "new").exists()


def test_new_machine_with_device_secret_needs_the_emergency_kit(
    memory_keyring: MemoryKeyring, tmp_path: Path, kdf_params: KdfParams
) -> None:
    made = create_vault(tmp_path / "vault", PASSPHRASE, params=kdf_params)
    assert made.device_secret_used
    _, note_id = _chart(made.vault)
    info = backup.create_backup(made.vault, tmp_path / "usb")
    made.vault.lock()
    assert backup.verify_backup(Path(info.path), passphrase=PASSPHRASE)["ok"]

    memory_keyring.items.clear()  # a new computer: no keyring item
    with pytest.raises(KeyringProblem, match="device secret"):
        backup.verify_backup(Path(info.path), passphrase=PASSPHRASE)
    with pytest.raises(WrongRecoveryKey):
        backup.verify_backup(Path(info.path), recovery_key="AAAA-" * 13 + "AA")
    report = backup.restore_backup(
        Path(info.path), tmp_path / "new-machine", recovery_key=made.recovery_key, new_passphrase=NEW_PASSPHRASE
    )
    assert report.recovered
    with open_vault(tmp_path / "new-machine", NEW_PASSPHRASE) as restored:
        assert notes.get_note(restored, note_id).note_id == note_id


def test_recovery_key_without_new_passphrase_says_what_to_do(
    memory_keyring: MemoryKeyring, tmp_path: Path, kdf_params: KdfParams
) -> None:
    made = create_vault(tmp_path / "vault", PASSPHRASE, params=kdf_params)
    info = backup.create_backup(made.vault, tmp_path / "usb")
    made.vault.lock()
    memory_keyring.items.clear()
    report = backup.restore_backup(Path(info.path), tmp_path / "r", recovery_key=made.recovery_key)
    assert report.needs_recover and not report.recovered
    with pytest.raises(KeyringProblem):
        open_vault(tmp_path / "r", PASSPHRASE)


def test_restore_never_overwrites_without_the_flag(vault: Vault, vault_dir: Path, tmp_path: Path) -> None:
    info = backup.create_backup(vault, tmp_path / "b")
    _chart(vault, "Written after the backup.")
    vault.lock()
    before = _files(vault_dir)
    with pytest.raises(RefusedByPolicy, match="already exists"):
        backup.restore_backup(Path(info.path), vault_dir, passphrase=PASSPHRASE)
    assert _files(vault_dir) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["b", "vault"]


def test_overwrite_keeps_a_safety_copy(vault: Vault, vault_dir: Path, tmp_path: Path) -> None:
    info = backup.create_backup(vault, tmp_path / "b")
    _, later_note = _chart(vault, "Written after the backup.")
    vault.lock()
    before = _files(vault_dir)
    report = backup.restore_backup(Path(info.path), vault_dir, passphrase=PASSPHRASE, overwrite=True)
    assert report.safety_copy is not None
    safety = Path(report.safety_copy)
    assert safety.parent == vault_dir.parent and "before-restore" in safety.name
    assert {k: v for k, v in _files(safety).items()} == {k: v for k, v in before.items() if k in _files(safety)}
    assert set(_files(safety)) >= {"vault.header", "records.db", "ledger.db", "psychotherapy.db"}
    with reopen(vault_dir) as restored:
        assert not restored.records.query("SELECT 1 FROM progress_notes WHERE note_id = ?", (later_note,))
    with reopen(safety) as kept:
        assert notes.get_note(kept, later_note).note_id == later_note


def test_overwrite_of_the_open_vault_locks_it_first(vault: Vault, vault_dir: Path, tmp_path: Path) -> None:
    info = backup.create_backup(vault, tmp_path / "b")
    report = backup.restore_backup(Path(info.path), vault_dir, current=vault, overwrite=True)
    assert not vault.is_open and report.safety_copy
    with reopen(vault_dir) as restored:
        assert restored.verify_ledger().ok


def test_restored_older_copy_is_not_reported_as_a_rollback(
    memory_keyring: MemoryKeyring, tmp_path: Path, kdf_params: KdfParams
) -> None:
    """The keyring anchor moves to the restored head: restoring on purpose is no attack."""
    made = create_vault(tmp_path / "vault", PASSPHRASE, params=kdf_params)
    info = backup.create_backup(made.vault, tmp_path / "b")
    for i in range(5):
        made.vault.ledger.append("test.filler", {"i": i})
    made.vault.lock()
    backup.restore_backup(Path(info.path), tmp_path / "vault", passphrase=PASSPHRASE, overwrite=True)
    with open_vault(tmp_path / "vault", PASSPHRASE) as restored:
        assert restored.verify_ledger().ok


def test_backup_folder_inside_the_vault_is_refused(vault: Vault, vault_dir: Path) -> None:
    from vault_app.domain.errors import InvalidInput

    with pytest.raises(InvalidInput):
        backup.create_backup(vault, vault_dir / "backups")


def test_two_backups_the_same_day_get_distinct_names(vault: Vault, tmp_path: Path) -> None:
    first = backup.create_backup(vault, tmp_path / "b", rotate_old=False)
    second = backup.create_backup(vault, tmp_path / "b", rotate_old=False)
    assert first.path != second.path and Path(first.path).exists() and Path(second.path).exists()
    day = Path(first.path).name.removeprefix("vault-backup-")[:10]
    second_day = Path(second.path).name.removeprefix("vault-backup-")[:10]
    # Named by the app's clock: a run crossing midnight between the two makes the second the
    # next day's first, which is right too; the same day's third is "-3" either way.
    assert Path(second.path).name == (f"vault-backup-{day}-2.vaultbackup" if second_day == day
                                      else f"vault-backup-{second_day}.vaultbackup")
    assert backup.backup_file_name(tmp_path / "b", second_day).name == (
        f"vault-backup-{second_day}-{3 if second_day == day else 2}.vaultbackup")


def test_work_left_by_a_dead_process_is_swept(tmp_path: Path) -> None:

    from vault_app.services.backup_archive import sweep_stale, work_pid

    # A pid no process can have (Linux's PID_MAX_LIMIT is 4,194,304). A real process's pid,
    # read after it ended, was reused once by another of CI's processes before the sweep, which
    # then rightly kept that item (ci47).
    gone = 4_194_304 + 7
    with pytest.raises(ProcessLookupError):
        os.kill(gone, 0)
    folder = tmp_path / "usb"
    folder.mkdir()
    for name in (f".vault-backup-{gone}-abc", f".vault-purge-check-{gone}-x", f".vault-backup-{os.getpid()}-mine",
                 f".vault-inspect-{os.getppid()}-busy"):
        (folder / name).mkdir()
    for name in (f".vault-backup-2025-01-01.vaultbackup.partial-{gone}", ".hidden-user-file",
                 "vault-backup-2025-01-01.vaultbackup"):
        (folder / name).write_bytes(b"x")
    assert work_pid(f".vault-purge-check-{gone}-x") == gone and work_pid(".hidden-user-file") is None
    # A dated backup's partial file is its writer's, not "process 2025"'s (the year).
    assert work_pid(f".vault-backup-2025-01-01.vaultbackup.partial-{gone}") == gone
    assert sweep_stale(folder) == 3
    assert sorted(p.name for p in folder.iterdir()) == sorted([
        f".vault-backup-{os.getpid()}-mine", f".vault-inspect-{os.getppid()}-busy", ".hidden-user-file",
        "vault-backup-2025-01-01.vaultbackup",
    ])
