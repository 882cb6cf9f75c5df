"""A copy restored beside the live vault (the Backups window's "restore into a new folder",
`backup restore --to` while the vault exists) never backs up into, nor thins, the original's
backup folder unless the therapist says it replaces the original; a restore with no vault
there (a new computer: the first-run wizard) goes on with the series as before.

Found by a walker in the real app: the copy kept the original's backup folder with backups on
lock on; opened and locked, it wrote its own snapshot into the original's repository and its
rotation deleted the very snapshot it was restored from. Real vaults, real repositories, the
backup on lock through the service the window uses."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from tests.conftest import PASSPHRASE
from tests.core.cli_helpers import cli_in_process
from vault_app.services import (
    backup,
    backup_changed,
    backup_registry,
    backup_registry_copy,
    backup_repo,
    clients,
    reminders,
)
from vault_app.services.backup_repo_restore import restore_snapshot
from vault_app.services.vault import Vault, open_vault


def _snapshots(target: Path) -> set[Path]:
    return set((target / "snapshots").glob("*.vrs"))


def _two_snapshots(vault: Vault, target: Path) -> tuple[Path, Path]:
    # One daily backup kept: a copy whose register held the first would delete it at its lock.
    backup.configure(vault, target=str(target), kind="repo", keep_daily=1, keep_weekly=0, keep_monthly=0)
    clients.create_client(vault, "First Client")
    first = Path(backup_repo.create_incremental(vault, target, verify=True, rotate_old=False).path)
    clients.create_client(vault, "Second Client")
    second = Path(backup_repo.create_incremental(vault, target, verify=True, rotate_old=False).path)
    return first, second


def test_a_copy_restored_beside_the_vault_leaves_the_originals_backups_alone(
    vault: Vault, vault_dir: Path, tmp_path: Path
) -> None:
    target = tmp_path / "usb"
    first, second = _two_snapshots(vault, target)
    before = {p: p.read_bytes() for p in _snapshots(target)}
    copy_dir = tmp_path / "restored"

    # As the Backups window restores the newest into a new folder: the vault open, known as a copy.
    report = restore_snapshot(second, copy_dir, passphrase=PASSPHRASE, current=vault, known_copies=[vault_dir])
    assert report.copy_beside == str(vault_dir.resolve())
    vault.lock()

    copy = open_vault(copy_dir, PASSPHRASE)
    try:
        conf = backup.settings(copy)
        assert conf["auto"] is False and conf["target"] is None
        assert backup_registry.registered(copy) == []  # the original's backups are not this copy's
        clients.create_client(copy, "Entered In The Copy")
        assert backup.backup_if_changed(copy) is None  # the lock's backup: off
        # Turned on by hand into the very same folder: its own snapshot goes in, its rotation
        # thins only its own; the original's stay, the one restored from among them.
        backup.configure(copy, target=str(target), kind="repo")  # as the Backups window's Save
        assert backup.settings(copy)["auto"] is True  # choosing a folder turns them on
        made = backup.backup_if_changed(copy)
        assert made is not None
        made_again = backup_repo.create_incremental(copy, target, verify=True)
        assert not set(made_again.rotated) & set(map(str, before))
    finally:
        copy.lock()
    for path, data in before.items():
        assert path.read_bytes() == data, path.name
    assert {first, second} <= _snapshots(target)

    original = open_vault(vault_dir, PASSPHRASE)
    try:
        states = {Path(b["path"]): b["state"] for b in backup.list_backups(original)}
        assert states[first] == states[second] == "verified"
    finally:
        original.lock()


def test_a_restore_with_no_vault_there_goes_on_with_the_backups(
    vault: Vault, vault_dir: Path, tmp_path: Path
) -> None:
    """The first-run wizard's restore on a new computer: the backup folder and its series go on."""
    target = tmp_path / "usb"
    first, _second = _two_snapshots(vault, target)
    vault.lock()
    moved = tmp_path / "old-computer"
    shutil.move(str(vault_dir), moved)  # no vault where the app looks any more

    report = restore_snapshot(first, vault_dir, passphrase=PASSPHRASE, known_copies=[vault_dir])
    assert report.copy_beside is None
    copy = open_vault(vault_dir, PASSPHRASE)
    try:
        conf = backup.settings(copy)
        assert conf["auto"] is True and conf["target"] == str(target.resolve())
        assert first in {b.file for b in backup_registry.registered(copy)}
        # Off by the therapist's choice, they stay off when another folder is chosen.
        backup.configure(copy, target="", auto=False)
        backup.configure(copy, target=str(tmp_path / "other-drive"))
        assert backup.settings(copy)["auto"] is False
    finally:
        copy.lock()


def test_a_copy_said_to_replace_the_original_goes_on_with_its_backups(
    vault: Vault, vault_dir: Path, tmp_path: Path
) -> None:
    target = tmp_path / "usb"
    first, _second = _two_snapshots(vault, target)
    copy_dir = tmp_path / "restored"
    report = restore_snapshot(first, copy_dir, passphrase=PASSPHRASE, current=vault, known_copies=[vault_dir],
                              replaces_original=True)
    vault.lock()
    assert report.copy_beside is None
    copy = open_vault(copy_dir, PASSPHRASE)
    try:
        assert backup.settings(copy)["target"] == str(target.resolve())
        assert first in {b.file for b in backup_registry.registered(copy)}
    finally:
        copy.lock()


def test_the_copys_first_unlock_says_its_backups_are_off_and_how_to_turn_them_on(
    vault: Vault, vault_dir: Path, tmp_path: Path
) -> None:
    target = tmp_path / "usb"
    _first, second = _two_snapshots(vault, target)
    copy_dir = tmp_path / "restored"
    restore_snapshot(second, copy_dir, passphrase=PASSPHRASE, current=vault, known_copies=[vault_dir])
    assert backup_registry_copy.copy_beside_news(vault) is None  # the original says nothing
    vault.lock()
    copy = open_vault(copy_dir, PASSPHRASE)
    try:
        said = backup_registry_copy.copy_beside_news(copy)
        assert said is not None and said[0] == str(vault_dir.resolve()) and "Vault > Backups" in said[1]
        (news,) = [n for n in reminders.status_line(copy).news if n.kind == reminders.COPY_BESIDE]
        assert news.value == str(vault_dir.resolve())
    finally:
        copy.lock()
    copy = open_vault(copy_dir, PASSPHRASE)
    try:
        assert backup_registry_copy.copy_beside_news(copy) is None  # the first unlock only
    finally:
        copy.lock()


def test_a_snapshot_another_copys_rotation_deleted_is_said_removed_by_it(
    vault: Vault, vault_dir: Path, tmp_path: Path
) -> None:
    """Said as such in the original's list, where it was "missing" with no reason (the walker's
    screenshot); one deleted otherwise (by hand) stays "missing"."""
    target = tmp_path / "usb"
    first, second = _two_snapshots(vault, target)
    copy_dir = tmp_path / "restored"
    restore_snapshot(second, copy_dir, passphrase=PASSPHRASE, current=vault, known_copies=[vault_dir],
                     replaces_original=True)
    vault.lock()
    copy = open_vault(copy_dir, PASSPHRASE)
    try:
        clients.create_client(copy, "Entered In The Copy")
        made = backup.backup_if_changed(copy)
        # The one it was restored from is the original's newest: kept (backup_rotation_copies).
        assert made is not None and made.rotated == [str(first)]
    finally:
        copy.lock()

    original = open_vault(vault_dir, PASSPHRASE)
    try:
        rows = {Path(b["path"]): b for b in backup.list_backups(original)}
        assert rows[first]["state"] == backup_changed.REMOVED
        assert str(rows[first]["changed"]).startswith("removed by another copy of this vault on ")
        assert rows[second]["state"] == "verified"
        clients.create_client(original, "Later In The Original")
        third = Path(backup_repo.create_incremental(original, tmp_path / "other", verify=True).path)
        third.unlink()  # deleted by hand: no rotation says anything of it
        (row,) = [b for b in backup.list_backups(original) if Path(b["path"]) == third]
        assert row["state"] == "missing" and str(row.get("changed")).startswith(f"not found at {third}: ")
    finally:
        original.lock()


def test_backup_restore_to_beside_the_vault_says_its_backups_are_off(vault: Vault, vault_dir: Path,
                                                                      tmp_path: Path) -> None:
    target = tmp_path / "usb"
    _first, second = _two_snapshots(vault, target)
    vault.lock()
    copy_dir = tmp_path / "restored"
    done = cli_in_process("--vault", str(vault_dir), "backup", "restore", str(second), "--to", str(copy_dir))
    assert done.code == 0, done.err
    assert f"This is a copy beside the vault in {vault_dir.resolve()}: its automatic backups are off" in done.out
    copy = open_vault(copy_dir, PASSPHRASE)
    try:
        assert backup.settings(copy)["auto"] is False
    finally:
        copy.lock()


def test_the_repositorys_note_of_removals_names_only_this_vaults_and_survives_damage(
    vault: Vault, tmp_path: Path
) -> None:
    from vault_app.services import backup_rotation_removed as removed

    snapshots = tmp_path / "repo" / "snapshots"
    snapshots.mkdir(parents=True)
    gone = snapshots / "snap-2026-12-01T100000Z.vrs"
    (tmp_path / "repo" / removed.NAME).write_text("{not json")  # a cut write, a stray file
    assert removed.removed_by(gone, vault) is None
    removed.record(gone, vault)  # written over the damaged one
    assert removed.removed_by(gone, vault) is not None
    assert removed.removed_by(snapshots / "snap-other.vrs", vault) is None
    # Another vault's rotation says nothing here: its line names its own id.
    note = tmp_path / "repo" / removed.NAME
    note.write_text(note.read_text().replace(vault.vault_id, "b" * 32))
    assert removed.removed_by(gone, vault) is None


def test_a_copy_going_on_with_the_series_keeps_the_originals_newest_snapshot(
    vault: Vault, vault_dir: Path, tmp_path: Path
) -> None:
    """`--replaces-original` while the original goes on: the copy's rotation keeps the snapshot it
    was restored from (the original's newest) and says so, day after day; the older one goes."""
    target = tmp_path / "usb"
    first, second = _two_snapshots(vault, target)
    first_bytes = first.read_bytes()
    copy_dir = tmp_path / "restored"
    restore_snapshot(second, copy_dir, passphrase=PASSPHRASE, current=vault, known_copies=[vault_dir],
                     replaces_original=True)
    vault.lock()
    copy = open_vault(copy_dir, PASSPHRASE)
    try:
        clients.create_client(copy, "Entered In The Copy")
        made = backup_repo.create_incremental(copy, target, verify=True)
        assert made.rotated == [str(first)] and made.kept_for_other_copies == [str(second)]
        clients.create_client(copy, "Again In The Copy")
        again = backup_repo.create_incremental(copy, target, verify=True)
        assert again.rotated == [made.path] and again.kept_for_other_copies == [str(second)]
    finally:
        copy.lock()
    # By content, not name: a snapshot made within the same second as a deleted one takes its name.
    assert second in _snapshots(target)
    assert all(p.read_bytes() != first_bytes for p in _snapshots(target))


def _as_another_lines(vault: Vault, snapshot: Path) -> None:
    """Rewrites `snapshot`'s manifest, under this vault's keys, as made at a ledger entry this
    ledger holds with another MAC: what a copy that went its own way writes."""
    from vault_app.services import backup_keys
    from vault_app.services.backup_repo_read import open_snapshot, read_manifest_file
    from vault_app.storage.header import LedgerAnchor

    _slots, master, body = open_snapshot(read_manifest_file(snapshot), backup_keys.vault_source(vault))
    head = LedgerAnchor(int(body["ledger_head"]["seq"]), "ab" * 32)
    snapshot.write_bytes(backup_repo.snapshot_manifest(vault.header, master, head, body["created"], body["parts"]))


def test_a_rotation_never_deletes_a_snapshot_of_another_copys_line(vault: Vault, tmp_path: Path) -> None:
    """A snapshot registered here whose ledger entry this vault does not hold (another copy's line)
    is not this vault's to delete, though the policy (one a day) lets it go."""
    from vault_app.services import backup_rotation, backup_rotation_copies

    target = tmp_path / "usb"
    first, second = _two_snapshots(vault, target)
    assert backup_rotation_copies.kept_for_other_copies(vault, target / "snapshots") == set()
    _as_another_lines(vault, first)
    assert backup_rotation_copies.kept_for_other_copies(vault, target / "snapshots") == {first.resolve()}
    kept: list[str] = []
    assert backup_rotation.rotate(vault, target / "snapshots", kept) == []
    assert kept == [str(first)] and first.exists() and second.exists()


def test_the_copy_beside_news_decodes_only_the_restore_entries_and_writes_nothing(
    vault: Vault, vault_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Found reading it: each unlock decoded every unlock entry since the restore (years of them in a
    copy kept). Counted as ledger entries decoded, not as time; and the unlock stays a read (an earlier
    mend remembered its place in the header, one header write per unlock of every vault)."""
    from vault_app.services import ledger as ledger_module

    decoded = [0]
    real = ledger_module._decode

    def counting(row: object) -> object:
        decoded[0] += 1
        return real(row)  # type: ignore[arg-type]

    target = tmp_path / "usb"
    _first, second = _two_snapshots(vault, target)
    copy_dir = tmp_path / "restored"
    restore_snapshot(second, copy_dir, passphrase=PASSPHRASE, current=vault, known_copies=[vault_dir])
    vault.lock()
    said = []
    for _unlock in range(8):  # each unlock asks, as the status bar's line does
        copy = open_vault(copy_dir, PASSPHRASE)
        try:
            header_before = (copy_dir / "vault.header").read_bytes()
            monkeypatch.setattr(ledger_module, "_decode", counting)
            decoded[0] = 0
            said.append(backup_registry_copy.copy_beside_news(copy) is not None)
            monkeypatch.setattr(ledger_module, "_decode", real)
            assert (copy_dir / "vault.header").read_bytes() == header_before
        finally:
            copy.lock()
    assert said == [True] + [False] * 7
    # The one restore entry, however many unlocks came since it.
    assert decoded[0] == 1


def test_backup_create_says_which_snapshot_it_kept_for_the_other_copy(
    vault: Vault, vault_dir: Path, tmp_path: Path
) -> None:
    target = tmp_path / "usb"
    first, second = _two_snapshots(vault, target)
    copy_dir = tmp_path / "restored"
    restore_snapshot(second, copy_dir, passphrase=PASSPHRASE, current=vault, known_copies=[vault_dir],
                     replaces_original=True)
    vault.lock()
    done = cli_in_process("--vault", str(copy_dir), "backup", "create", "--verify")
    assert done.code == 0, done.err
    assert f"rotated out: {first}" in done.out
    assert f"kept for another copy of this vault: the newest snapshot of that copy's line: {second}" in done.out


