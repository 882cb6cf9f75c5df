"""The vault a copy replaced (`backup restore --replaces-original`) urges no backup.

Found by a walker (round 44, shot-3a): unlocked, its status bar said "This vault was replaced on
… by the copy in …: work in that copy. … this vault's automatic backups are off." and, in the same
line, "This vault has no verified backup yet. Make one now: Vault > Backups… > Back up now" — the
opposite. A real vault (SQLCipher, OWASP-floor Argon2), its real ledger told as the restore tells it."""

from __future__ import annotations

from pathlib import Path

from vault_app.domain.errors import VaultError
from vault_app.services import backup_beside_control, kit_kept, reminders, restore_beside_record, today
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


def test_a_replaced_vault_is_not_urged_to_get_a_kit_or_replace_its_keys(vault: Vault, tmp_path: Path) -> None:
    """Round 45: the standing reminders (no Emergency Kit kept: "Choose Vault > Replace every key… to get a new
    kit", with the offer of a new kit at each unlock) still urged work on a vault nobody should work in."""
    kit_kept.not_kept_yet(vault)
    assert reminders.standing_gap(vault) == reminders.KIT_NOT_KEPT  # a vault in use is reminded, as it should be
    _replaced(vault, tmp_path / "new-laptop")
    assert reminders.standing_gap(vault) is None
    line = reminders.status_line(vault)
    assert line.gap is None and not line.backup_due
    said = line.english() or ""
    assert "work in that copy" in said and "Emergency Kit" not in said and "Replace every key" not in said, said


def test_a_replaced_vault_does_not_say_its_last_automatic_backup_failed(vault: Vault, tmp_path: Path) -> None:
    """A backup at the lock that failed before the copy replaced it: "The automatic backup at the last lock
    was not made" asked for a backup of a vault whose backups are off (round 45), on the status bar and on
    Today's backup card."""
    backup_beside_control.failed(VaultError("The disk is full.", code="disk.full"), vault.folder,
                                 seq=vault.ledger.head().seq)
    assert any(n.kind == reminders.FAILED_BACKUP for n in reminders.status_line(vault).news)  # said in use
    _replaced(vault, tmp_path / "new-laptop")
    line = reminders.status_line(vault)
    assert [n.kind for n in line.news] == [reminders.REPLACED_BY_COPY], line.news
    assert today.backup_state(vault).failure is None
