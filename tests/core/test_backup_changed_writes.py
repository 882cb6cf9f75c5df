""""Changed since the last backup" sees what the ledger does not: a draft's autosave (progress
and psychotherapy), held form text, any row written without a ledger entry.

Found by a walker in the real app: a draft typed after the idle lock's backup, then Ctrl+L,
unlock, quit: no new backup, and the Backups window never said the vault had changed; the
backup's draft ended earlier than the live vault's. The decision counted ledger entries only,
and an autosave writes none. Now records.db counts the transactions that wrote a row
(storage/integrity_stamp.py `changes`, the notes' file bumping it too) and each backup records
the count it copied. Real vaults, real SQLCipher files, real snapshots and backup files, the
backup on lock through the runner the window uses, `backup auto` in real CLI processes, and
every backup restored and read back."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from tests.conftest import PASSPHRASE
from vault_app.services import backup, backup_beside, backup_registry, clients, held_text, notes, psychotherapy_notes
from vault_app.services.backup_repo_restore import restore_copy
from vault_app.services.vault import Vault, open_vault

WORDS = "Client reports school stress"
LATER = WORDS + " and anxiety at night."


def _cli(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "vault_app", *args],
                          env={**os.environ, "VAULT_APP_PASSPHRASE": PASSPHRASE}, capture_output=True, text=True,
                          timeout=300)


def _draft(vault: Vault, target: Path, kind: str = "repo") -> tuple[str, str]:
    backup.configure(vault, target=str(target), kind=kind)
    client_id = clients.create_client(vault, "Sofia Arreola", date_of_birth="2011-03-04").client_id
    note = notes.create_progress_note(vault, client_id, sections={"subjective": "S"})
    notes.save_draft(vault, note.note_id, {"subjective": WORDS})
    return client_id, note.note_id


def _draft_in(backup_path: Path, where: Path, note_id: str) -> str:
    restore_copy(backup_path, where, passphrase=PASSPHRASE)
    copy = open_vault(where, PASSPHRASE)
    try:
        return notes.get_note(copy, note_id).sections["subjective"]
    finally:
        copy.lock()


def _locked_with_backup(vault: Vault, runner: backup_beside.BackupRunner) -> bool:
    started = backup_beside.lock_with_backup(vault)
    assert runner.wait(120) and runner.failures == []
    return started


def test_a_draft_typed_after_the_locks_backup_is_in_the_next_locks_backup(
    vault: Vault, vault_dir: Path, tmp_path: Path, runner: backup_beside.BackupRunner
) -> None:
    _, note_id = _draft(vault, tmp_path / "usb")
    assert _locked_with_backup(vault, runner)
    (first,) = runner.finished
    assert _draft_in(Path(first.path), tmp_path / "first", note_id) == WORDS  # the next one rotates it away
    again = open_vault(vault_dir, PASSPHRASE)
    assert not backup.status(again)["changed_since_last_backup"]  # the unlock wrote nothing a backup holds
    notes.save_draft(again, note_id, {"subjective": LATER})  # the autosave: no ledger entry
    assert backup.status(again)["changed_since_last_backup"]  # what the Backups window says
    assert _locked_with_backup(again, runner)
    second = runner.finished[-1]
    assert second.path != first.path
    assert _draft_in(Path(second.path), tmp_path / "second", note_id) == LATER


def test_nothing_written_after_a_backup_makes_no_new_one(
    vault: Vault, vault_dir: Path, tmp_path: Path, runner: backup_beside.BackupRunner
) -> None:
    """Unlocks (each commits an empty transaction), a chart opened, a note read: nothing a backup
    holds changed, so no backup at the lock and the Backups window says nothing."""
    client_id, note_id = _draft(vault, tmp_path / "usb")
    assert _locked_with_backup(vault, runner)
    for _ in range(2):
        again = open_vault(vault_dir, PASSPHRASE)
        clients.open_chart(again, client_id)
        notes.get_note(again, note_id)
        assert not backup_registry.changed_since_last_backup(again)
        assert not _locked_with_backup(again, runner)
    assert len(runner.finished) == 1


def test_a_psychotherapy_draft_counts_even_while_the_notes_are_locked_again(
    psy_vault: Vault, vault_dir: Path, tmp_path: Path
) -> None:
    backup.configure(psy_vault, target=str(tmp_path / "usb"))
    client_id = clients.create_client(psy_vault, "Sofia Arreola", date_of_birth="2011-03-04").client_id
    note = psychotherapy_notes.create_psychotherapy_note(psy_vault, client_id, text="First thoughts.").note
    first = backup.backup_if_changed(psy_vault)
    assert first is not None and backup.backup_if_changed(psy_vault) is None
    psychotherapy_notes.save_psychotherapy_draft(psy_vault, note.note_id, "First thoughts. Then more.")
    psy_vault.lock_psychotherapy()  # the decision reads records.db only: no key needed for the notes
    assert backup_registry.changed_since_last_backup(psy_vault)
    second = backup.backup_if_changed(psy_vault)
    assert second is not None and backup.backup_if_changed(psy_vault) is None
    restore_copy(Path(second.path), tmp_path / "copy", passphrase=PASSPHRASE)
    copy = open_vault(tmp_path / "copy", PASSPHRASE)
    try:
        copy.unlock_psychotherapy(PASSPHRASE)
        assert psychotherapy_notes.get_psychotherapy_note(copy, note.note_id).body == "First thoughts. Then more."
    finally:
        copy.lock()


def test_held_form_text_counts_as_a_change(vault: Vault, tmp_path: Path) -> None:
    """A lock's hold of a form's text is a change; a window's own bookkeeping is not (kept while
    open for a crash, let go at its close, taken back at the unlock): found in the real app, the
    Backups window said the vault changed after every unlock that reopened a note."""
    backup.configure(vault, target=str(tmp_path / "usb"))
    clients.create_client(vault, "Sofia Arreola", date_of_birth="2011-03-04")
    assert backup.backup_if_changed(vault) is not None
    form = {"dialog": "client_form", "context": {}, "fields": {"notes": "typed"}}
    held_text.keep_open(vault, "records", form)
    held_text.let_go(vault, "records", "client_form")
    assert not backup_registry.changed_since_last_backup(vault)
    held_text.hold(vault, "records", form)  # the lock's
    assert backup_registry.changed_since_last_backup(vault)
    assert backup.backup_if_changed(vault) is not None and backup.backup_if_changed(vault) is None
    assert held_text.take(vault, "records")  # the unlock's
    assert not backup_registry.changed_since_last_backup(vault)
    held_text.hold(vault, "records", {**form, "why": "lock"})  # the next lock's, nothing typed
    assert not backup_registry.changed_since_last_backup(vault)
    held_text.hold(vault, "records", {**form, "fields": {"notes": "typed more"}})
    assert backup_registry.changed_since_last_backup(vault)


def test_backup_auto_in_another_process_sees_the_draft_and_then_nothing(vault: Vault, vault_dir: Path,
                                                                         tmp_path: Path) -> None:
    target = tmp_path / "usb"
    _, note_id = _draft(vault, target, kind="file")
    first = backup.backup_if_changed(vault)
    assert first is not None
    notes.save_draft(vault, note_id, {"subjective": LATER})
    vault.lock()
    done = _cli("--vault", str(vault_dir), "backup", "auto")
    assert done.returncode == 0, (done.stdout, done.stderr)
    made = sorted(set(target.glob("*.vaultbackup")) - {Path(first.path)})
    assert len(made) == 1, done.stdout
    assert _draft_in(made[0], tmp_path / "copy", note_id) == LATER
    before = sorted(target.glob("*.vaultbackup"))
    done = _cli("--vault", str(vault_dir), "backup", "auto")
    assert done.returncode == 0, (done.stdout, done.stderr)
    assert sorted(target.glob("*.vaultbackup")) == before  # nothing changed since: none made
    live = open_vault(vault_dir, PASSPHRASE)
    try:
        assert not backup.status(live)["changed_since_last_backup"]
    finally:
        live.lock()


def test_a_backup_that_recorded_no_count_counts_as_changed(vault: Vault, tmp_path: Path) -> None:
    """A backup made before the count was kept: one backup more, never one too few."""
    backup.configure(vault, target=str(tmp_path / "usb"))
    made = backup.backup_if_changed(vault)
    assert made is not None and not backup_registry.changed_since_last_backup(vault)
    last = backup_registry.last_created(vault, tmp_path / "usb")
    assert last is not None
    older = {k: v for k, v in last.payload.items() if k != backup_registry.CHANGES}
    vault.ledger.append(backup_registry.CREATED, older | {"path": str(tmp_path / "usb" / "older")})
    assert backup_registry.changed_since_last_backup(vault)


def test_quits_backup_of_held_drafts_leaves_the_vault_unchanged(vault: Vault, tmp_path: Path) -> None:
    """Quit holds the open forms' text and backs up (held_text.held_while), then records which
    drafts that backup holds: that record is no change, or every later lock would back up again."""
    backup.configure(vault, target=str(tmp_path / "usb"))
    entry = {"where": "records", "dialog": "client_form", "context": {}, "fields": {"notes": "typed"}, "why": "quit"}
    made = held_text.held_while(vault, [entry], lambda v, new: backup.backup_if_changed(v, drafts_new=new))
    assert made is not None
    assert not backup_registry.changed_since_last_backup(vault)
    assert backup.backup_if_changed(vault) is None


def test_form_text_held_again_after_a_backup_made_without_it_is_a_change(vault: Vault, tmp_path: Path) -> None:
    """Held again untyped is no change only while the last backup holds it. Found reviewing: the
    lock held a form's text (counted) but its backup was not made (the drive unplugged); the unlock
    took the text back into its form; "Back up now" then made a backup without it (nothing held);
    the next lock held the same text again, uncounted, and made no backup: no backup ever held it."""
    backup.configure(vault, target=str(tmp_path / "usb"))
    clients.create_client(vault, "Sofia Arreola", date_of_birth="2011-03-04")
    assert backup.backup_if_changed(vault) is not None
    form = {"dialog": "client_form", "context": {}, "fields": {"notes": "typed"}, "why": "lock"}
    held_text.hold(vault, "records", form)  # the lock's hold; its backup not made (no call here)
    assert held_text.take(vault, "records")  # the unlock's: the text back in its form, none held
    made = backup.create_to_target(vault, tmp_path / "usb")  # Back up now: without the form's text
    assert made is not None and not backup_registry.changed_since_last_backup(vault)
    held_text.hold(vault, "records", form)  # the next lock's, nothing typed
    assert backup_registry.changed_since_last_backup(vault)
    # Once a backup holds it, the same text held again after the unlock is no change (as before).
    assert backup.backup_if_changed(vault) is not None
    assert held_text.take(vault, "records")
    held_text.hold(vault, "records", form)
    assert not backup_registry.changed_since_last_backup(vault)
