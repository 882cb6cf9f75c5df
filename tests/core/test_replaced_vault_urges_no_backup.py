"""The vault a copy replaced (`backup restore --replaces-original`) urges no backup.

Found by a walker (round 44, shot-3a): unlocked, its status bar said "This vault was replaced on
… by the copy in …: work in that copy. … this vault's automatic backups are off." and, in the same
line, "This vault has no verified backup yet. Make one now: Vault > Backups… > Back up now" — the
opposite. A real vault (SQLCipher, OWASP-floor Argon2), its real ledger told as the restore tells it."""

from __future__ import annotations

from pathlib import Path

from vault_app.services import reminders, restore_beside_record
from vault_app.services.restore_other_vault import vault_id_in
from vault_app.services.vault import Vault


def _replaced(vault: Vault, copy: Path) -> None:
    # As the window's restore tells the vault it has open (no key or keyring needed for the open one).
    not_told = restore_beside_record.record_replaced(vault.folder, copy, vault_id_in(vault.folder), b"",
                                                     None, vault)  # type: ignore[arg-type]
    assert not_told is None


def test_a_replaced_vault_says_the_copy_and_no_backup_reminder(vault: Vault, tmp_path: Path) -> None:
    before = reminders.status_line(vault)
    assert before.backup_due and before.backup_age_days is None  # no verified backup: the reminder is due
    _replaced(vault, tmp_path / "new-laptop")
    line = reminders.status_line(vault)
    assert [n.kind for n in line.news if n.kind == reminders.REPLACED_BY_COPY] == [reminders.REPLACED_BY_COPY]
    assert not line.backup_due, "a vault to be left for its copy was urged to be backed up"
    said = line.english() or ""
    assert "work in that copy" in said and "no verified backup" not in said and "Make one now" not in said


def test_a_vault_not_replaced_is_still_reminded(vault: Vault) -> None:
    line = reminders.status_line(vault)
    assert line.backup_due and "no verified backup yet" in (line.english() or "")
