"""After a restore over the vault, the automatic backups go on, and what the screens say of the
last backup is of this vault's own history (services/backup_registry.of_this_history).

Found walking the real app: the restore registers the backups the vault it replaced knew; one
of them, made at ledger entry 49 by the vault restored away from, stood as "the last backup"
of a vault restored to entry 32, so nothing after the restore looked new: a client added then
was in no backup, and nothing was said. Real vaults, real backup files and snapshots, the
restore and `backup auto` through the real command line (its own `run` in this process,
cli_helpers.cli: no kill or second process is asked of them, and each cost a Python start,
~0.35 CPU-s, as a process), the backup on lock through the service the window uses."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from tests.conftest import PASSPHRASE
from tests.core.cli_helpers import Result, cli
from vault_app.domain.errors import ExitCode, RefusedByPolicy
from vault_app.services import backup, backup_beside, backup_registry, backup_repo, clients, search, today
from vault_app.services.backup_repo_restore import verify_copy
from vault_app.services.changes import _EVENT_KINDS, Kind
from vault_app.services.vault import Vault, open_vault

Cli = Callable[..., Result]


@pytest.fixture
def _cli(capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> Cli:
    return lambda *args: cli(capsys, monkeypatch, *args)


def _restore_over(_cli: Cli, source: Path, vault_dir: Path) -> None:
    done = _cli("backup", "restore", str(source), "--to", str(vault_dir), "--overwrite")
    assert done.code == 0, done.err


def _names_in(backup_path: Path, where: Path) -> set[str]:
    backup.restore_backup(backup_path, where, passphrase=PASSPHRASE)
    copy = open_vault(where, PASSPHRASE)
    try:
        return {c.legal_name for c in clients.list_clients(copy)}
    finally:
        copy.lock()


def _a_later_line(vault: Vault, target: Path) -> Path:
    """Work after the first backup, and a snapshot of it into the same folder: the line the
    restore goes back from, ending well past where the restored vault will be for a while."""
    for n in range(10):
        clients.create_client(vault, f"Later Client{chr(65 + n)}")
    backup_repo.create_incremental(vault, target, verify=True)
    (snapshot,) = (target / "snapshots").glob("*.vrs")
    return snapshot


def test_after_restoring_an_older_backup_the_backup_on_lock_holds_what_came_after(
    vault: Vault, vault_dir: Path, tmp_path: Path, _cli: Cli, runner: backup_beside.BackupRunner
) -> None:
    target = tmp_path / "usb"
    backup.configure(vault, target=str(target), kind="file")
    clients.create_client(vault, "Before Restore")
    first = Path(backup.create_backup(vault, target, verify=True).path)
    newer = _a_later_line(vault, target)
    left_at = vault.ledger.head().seq
    vault.lock()

    _restore_over(_cli, first, vault_dir)
    restored = open_vault(vault_dir, PASSPHRASE)
    registered = {b.path: b for b in backup_registry.registered(restored)}
    assert registered[str(newer)].ledger_seq <= left_at  # carried over from the vault it replaced
    clients.create_client(restored, "After Restore")
    assert restored.ledger.head().seq < registered[str(newer)].ledger_seq  # the case found: 32 against 49
    assert backup_registry.changed_since_last_backup(restored)
    status = backup.status(restored)
    assert status["changed_since_last_backup"] and status["last_backup"]["path"] == str(first)

    assert backup_beside.lock_with_backup(restored)  # a backup was started
    assert runner.wait(120)
    assert runner.failures == [], runner.failures
    made = [p for p in target.glob("vault-backup-*.vaultbackup") if p != first]
    assert len(made) == 1, made
    assert {"Before Restore", "After Restore"} <= _names_in(made[0], tmp_path / "looked-up")
    again = open_vault(vault_dir, PASSPHRASE)
    try:
        assert not backup_registry.changed_since_last_backup(again)  # the unlock is no change
        assert backup.status(again)["last_backup"]["path"] == str(made[0])
    finally:
        again.lock()


def test_after_restoring_an_older_snapshot_the_backup_says_why_it_is_not_made(
    vault: Vault, vault_dir: Path, tmp_path: Path, _cli: Cli
) -> None:
    """The folder's newest snapshot is of the line restored away from, written there since the
    restore by the safety copy (opened by mistake): the backup is refused
    (services/backup_lineage.py), and now it is tried, so the refusal is said, not skipped. (A
    snapshot the restore itself left behind does not refuse it: test_backup_goes_on_after_restore.)"""
    target = tmp_path / "usb"
    backup.configure(vault, target=str(target), kind="repo")
    first = Path(backup_repo.create_incremental(vault, target, verify=True).path)
    for n in range(10):
        clients.create_client(vault, f"Later Client{chr(65 + n)}")
    backup_repo.create_incremental(vault, target, verify=True, rotate_old=False)
    vault.lock()

    _restore_over(_cli, first, vault_dir)
    (safety,) = vault_dir.parent.glob(f"{vault_dir.name}-before-restore-*")
    mistaken = open_vault(safety, PASSPHRASE)
    try:
        clients.create_client(mistaken, "Safety Copy Work")
        backup_repo.create_incremental(mistaken, target, verify=True, rotate_old=False)
    finally:
        mistaken.lock()
    restored = open_vault(vault_dir, PASSPHRASE)
    try:
        clients.create_client(restored, "After Restore")
        with pytest.raises(RefusedByPolicy) as refused:
            backup.backup_if_changed(restored)
        assert refused.value.code == "backup.folder_of_another_copy"
    finally:
        restored.lock()
    done = _cli("--vault", str(vault_dir), "backup", "auto")
    assert done.code == ExitCode.REFUSED, (done.code, done.out, done.err)
    assert "another copy of this vault" in done.err


def test_the_checked_copy_after_a_restore_is_the_backup_restored_from(
    vault: Vault, vault_dir: Path, tmp_path: Path, _cli: Cli
) -> None:
    target = tmp_path / "usb"
    backup.configure(vault, target=str(target), kind="file")
    first = Path(backup.create_backup(vault, target, verify=True).path)
    newer = _a_later_line(vault, target)
    vault.lock()

    _restore_over(_cli, first, vault_dir)
    restored = open_vault(vault_dir, PASSPHRASE)
    try:
        status = backup.status(restored)
        assert status["last_verified_backup"]["path"] == str(first)  # the restore checked it in full
        assert status["verified_backup_age_days"] is not None and not status["reminder_due"]
        assert not status["changed_since_last_backup"]  # the vault is what that backup holds
        # The other line's snapshot, checked with this vault's keys, is a sound copy of another
        # history: not this vault's "Checked copy".
        assert verify_copy(newer, vault=restored)["ok"]
        assert today.backup_state(restored).checked_copy == first.name
        listed = {b["path"]: b["state"] for b in backup.list_backups(restored)}
        assert listed[str(newer)] == "verified" and listed[str(first)] == "verified"
    finally:
        restored.lock()


# --- what counts as a change -------------------------------------------------------------------
def test_reading_searching_unlocking_and_locking_are_no_change_a_backup_would_hold(
    vault: Vault, vault_dir: Path, tmp_path: Path
) -> None:
    target = tmp_path / "usb"
    backup.configure(vault, target=str(target), kind="file")
    client = clients.create_client(vault, "Read Only")
    backup.create_backup(vault, target)
    clients.open_chart(vault, client.client_id)
    search.search(vault, "Read")
    vault.unlock_psychotherapy(PASSPHRASE)
    clients.open_chart(vault, client.client_id, include_psychotherapy=True)
    search.search(vault, "Read", psychotherapy=True, client_id=client.client_id)
    vault.lock_psychotherapy()
    vault.verify_ledger()
    vault.lock()
    again = open_vault(vault_dir, PASSPHRASE)
    try:
        kinds = {e.kind for e in again.ledger.entries(since_seq=1)}
        assert {"chart.opened", "search.psychotherapy", "psychotherapy.unlocked", "psychotherapy.locked",
                "audit.verified", "vault.unlocked"} <= kinds
        assert not backup_registry.changed_since_last_backup(again)
        assert not backup.status(again)["changed_since_last_backup"]
        clients.create_client(again, "A Real Change")
        assert backup_registry.changed_since_last_backup(again)
    finally:
        again.lock()


def test_the_kinds_that_are_no_change_are_reads_and_sessions_and_a_printed_copy_counts() -> None:
    reasons = backup_registry.NOT_CHANGES
    assert all(isinstance(why, str) and why for why in reasons.values())
    # Each is what the screens treat as a read (changes.py), or the session's own bookkeeping.
    for kind in reasons:
        assert _EVENT_KINDS.get(kind) is Kind.VIEWS or kind in ("vault.unlocked", "psychotherapy.maintenance"), kind
    # A printed note is a copy out of the vault (a destruction lists it): a change to keep.
    for kind in ("note.printed", "chart.exported", "export.created", "disclosure.recorded", "client.created",
                 "destruction.completed", "certificate.exported"):
        assert backup_registry.is_a_change(kind), kind
    assert not backup_registry.is_a_change("backup.restored")
