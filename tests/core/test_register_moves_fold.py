"""The register's backup.moved entry, folded (backup_registry_moves, backup_registry_fold): table-
driven both sides, what moves and what does not."""

from __future__ import annotations

import pytest

from vault_app.services.backup_registry_fold import CREATED, PURGED, VERIFIED, fold_register
from vault_app.services.backup_registry_moves import MOVED, followed, rebased
from vault_app.services.ledger import LedgerEntry

OLD, NEW = "/media/old/usb/vault-backups", "/media/new/usb/vault-backups"


@pytest.mark.parametrize(("path", "expected"), [
    (f"{OLD}/vault-backup-2026-12-01.vaultbackup", f"{NEW}/vault-backup-2026-12-01.vaultbackup"),
    (f"{OLD}/snapshots/snap-2026-12-01T100000Z.vrs", f"{NEW}/snapshots/snap-2026-12-01T100000Z.vrs"),
    (OLD, NEW),
    # Not in the old folder: stays where it was registered.
    (f"{OLD}-2/vault-backup-2026-12-01.vaultbackup", f"{OLD}-2/vault-backup-2026-12-01.vaultbackup"),
    ("/media/old/usb/vault-backup-2026-12-01.vaultbackup", "/media/old/usb/vault-backup-2026-12-01.vaultbackup"),
    ("/home/me/copies/vault-backup-2026-12-01.vaultbackup", "/home/me/copies/vault-backup-2026-12-01.vaultbackup"),
])
def test_what_a_move_rebases(path: str, expected: str) -> None:
    assert rebased(path, (OLD, NEW)) == expected


def test_moves_are_followed_in_order_there_and_back() -> None:
    there_and_back = [(OLD, NEW), (NEW, OLD)]
    assert followed(f"{OLD}/a.vaultbackup", there_and_back) == f"{OLD}/a.vaultbackup"
    assert followed(f"{OLD}/a.vaultbackup", there_and_back[:1]) == f"{NEW}/a.vaultbackup"


def _e(seq: int, kind: str, **payload: object) -> LedgerEntry:
    return LedgerEntry(seq, f"2026-12-0{min(seq, 9)}T10:00:00+00:00", kind, dict(payload), "")


def _created(seq: int, path: str) -> LedgerEntry:
    return _e(seq, CREATED, path=path, sha256=f"h{seq}", bytes=10, ledger_seq=seq - 1)


def test_the_fold_moves_what_came_before_and_keeps_what_comes_after() -> None:
    a, b = f"{OLD}/a.vaultbackup", f"{NEW}/a.vaultbackup"
    found = fold_register([
        _created(1, a), _e(2, VERIFIED, path=a, sha256="h1"), _e(3, MOVED, **{"from": OLD, "to": NEW}),
        _e(4, PURGED, path=b, sha256="p", bytes=9), _created(5, f"{OLD}/later.vaultbackup"),
    ])
    assert sorted(found) == sorted([b, f"{OLD}/later.vaultbackup"])  # one made at the old path after stays
    assert found[b].backup_id == 1 and found[b].path == b and found[b].sha256 == "p" and found[b].purged_at


def test_one_registered_at_both_paths_is_kept_once_at_the_new_one() -> None:
    a, b = f"{OLD}/a.vaultbackup", f"{NEW}/a.vaultbackup"
    found = fold_register([_created(1, a), _created(2, b), _e(3, MOVED, **{"from": OLD, "to": NEW})])
    assert list(found) == [b] and found[b].backup_id == 2


@pytest.mark.parametrize("payload", [{}, {"from": OLD}, {"to": NEW}, {"from": "", "to": NEW}])
def test_a_move_without_both_folders_moves_nothing(payload: dict[str, object]) -> None:
    a = f"{OLD}/a.vaultbackup"
    assert list(fold_register([_created(1, a), _e(2, MOVED, **payload)])) == [a]


def test_moves_read_from_another_copy_apply_after_the_fold() -> None:
    a = f"{OLD}/a.vaultbackup"
    assert list(fold_register([_created(1, a)], then=[(OLD, NEW)])) == [f"{NEW}/a.vaultbackup"]
