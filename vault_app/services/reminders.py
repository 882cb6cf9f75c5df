"""What the therapist should do next, said once after each unlock (the status bar)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

# News and the destruction's sentences live in their own modules; named here too (in __all__), as
# every reader of the status bar's news imports them from this one.
from vault_app.services.reminder_news import News
from vault_app.services.reminders_destruction import (
    DESTRUCTION_BACKUP_NOT_WRITABLE,
    DESTRUCTION_BACKUP_NOT_WRITABLE_TEXT,
    DESTRUCTION_FINISHED,
    DESTRUCTION_FINISHED_MANY_TEXT,
    DESTRUCTION_FINISHED_TEXT,
    DESTRUCTION_NOT_BACKED_UP,
    DESTRUCTION_NOT_BACKED_UP_TEXT,
    DESTRUCTION_NOT_FINISHED,
    DESTRUCTION_NOT_FINISHED_TEXT,
    DESTRUCTION_STILL_HELD_TEXT,
    DESTRUCTION_STOPPED_TEXT,
    destruction_news,
    destruction_not_backed_up_news,
)

if TYPE_CHECKING:
    from vault_app.services.vault import Vault

# The backup modules are imported in the functions, on the worker after the unlock: the
# main window imports this module before the unlock, while the KDF's 256 MiB are still to
# come (tests/gui/test_unlock_memory_imports.py).

KEY_APART_REMINDER = (
    "This vault was made by an earlier version: its psychotherapy notes' key can still be reached from the "
    "master key. Replace every key (Vault > Replace every key…) to finish separating it."
)


# Short enough for the status bar's width: the action first (docs/gui.md says why).
REKEY_UNFINISHED_REMINDER = (
    "Replacing every key did not finish: choose Vault > Replace every key… again now (your Emergency Kit may "
    "not work until then)."
)
# A Replace every key killed while its copies were written (vault_rekey_beside.COPIES_SETTING):
# nothing changed, and nothing said it (found by a walker).
REKEY_NOT_DONE_REMINDER = (
    "Replace every key did not finish (the app or the computer stopped during it): the old keys are still in use. "
    "Choose Vault > Replace every key… again."
)

# Asked right after the unlock: the unlock's own entries are among the last few.
_RECENT = 50


# The unlock's news by kind, for a screen that says them in its own language (gui/status_words.py);
# `value` is the part said as it is: a file name, a folder, a failure's own sentence.
FAILED_BACKUP, RESTORE_COMPLETED, RESTORE_KEPT, RESTORE_UNCHANGED, UPGRADED = (
    "failed_backup", "restore_completed", "restore_kept", "restore_unchanged", "upgraded")
# A copy restored beside its original, at its first unlock: its backups are off (backup_registry_copy).
COPY_BESIDE = "copy_beside"
# A copy opened from another folder that shares the default vault's backup folder (services/vault_copy_home.py).
COPY_HOME = "copy_home"
# This vault was replaced by a copy restored with --replaces-original (services/restore_beside_record):
# `value` the copy's folder, params "when" (ISO time).
REPLACED_BY_COPY = "replaced_by_copy"
REPLACED_BY_COPY_TEXT = ("This vault was replaced on {when} by the copy in {folder} (restored from a backup): work in "
                         "that copy. What you write here is not in it, and this vault's automatic backups are off.")
# Another program restored a backup over the vault while the window was locked (services/lock_anchor.py).
RESTORED_MEANWHILE = "restored_meanwhile"
# Short enough for the one-line status bar of a laptop (found by a walker: cut before its end).
RESTORED_MEANWHILE_TEXT = ("This vault was restored from a backup by another program while this window was locked: "
                           "forms left open at the lock were not kept.")
# The chart on screen at the lock was destroyed by another program meanwhile (a terminal's `vault-app destroy`):
# it is not reopened, and the forms left on it went with it. Said without its name or number (both gone).
OPEN_CHART_DESTROYED = "open_chart_destroyed"
OPEN_CHART_DESTROYED_TEXT = ("The chart that was open when this window locked was destroyed by another program "
                             "meanwhile, so it was not opened again; any form left open on it went with it. Its "
                             "certificate is in Records > Destructions and certificates.")
DISCHARGED_APPOINTMENTS_CANCELLED = "discharged_appointments_cancelled"
# Said after the unlock whose pass cancelled them (services/appointments_discharged.py; `value`: how many).
DISCHARGED_APPOINTMENTS_CANCELLED_TEXT = (
    "{count} appointments of clients discharged earlier were still scheduled after the discharge; they have been "
    "cancelled (by the therapist, no fee), as a discharge now does. The agenda shows them as cancelled.")
DISCHARGED_APPOINTMENT_CANCELLED_TEXT = (
    "1 appointment of a client discharged earlier was still scheduled after the discharge; it has been cancelled "
    "(by the therapist, no fee), as a discharge now does. The agenda shows it as cancelled.")
# The computer's clock behind the vault's last record (services/clock_behind.py; `value`: that record's day,
# params' "today": the clock's).
CLOCK_BEHIND = "clock_behind"

# A killed backup's or check's work folder journaled on a drive not reachable now
# (services/staging_journal.py; `value`: the folder). Said at each unlock until it is swept.
UNFINISHED_COPY = "unfinished_copy"
UNFINISHED_COPY_TEXT = ("An interrupted backup or check may have left an unfinished copy of this vault in {folder}: "
                        "connect that drive and start the app again, or delete it.")
# A file another program renamed over one of the vault's while it was open, kept beside the vault's
# own when that was put back (storage/compartment_own_file.py; `value`: its name). Said at each
# unlock until it is removed: a lock's backup put the vault's own back without a word seen then.
FILE_REPLACED = "file_replaced"
FILE_REPLACED_TEXT = ("{file} in the vault folder is a file another program put in place of the vault's own while the "
                      "vault was open; the vault's own was put back. Once your backups are checked, delete it.")
# Several in one sentence (`params` count): one each cut the status line with "…" (found by a walker).
FILE_REPLACED_MANY_TEXT = ("{count} files another program put in place of the vault's own are kept in the vault "
                           "folder: {files}; delete them once your backups are checked.")

# A backup folder found deleted (or emptied) and made again by a backup (services/backup_folder_lost.py;
# `value`: the folder, params "at" and "count"). Said at every unlock until read (backup_folder_lost.unread).
BACKUP_FOLDER_LOST = "backup_folder_lost"


# The vault's folder on a drive that shows its files to every account of the computer (exFAT,
# FAT32: services/drive_privacy.py). Said at each unlock while it is so; the backup folder's is
# said where it is chosen (backup_registry.target_warnings).
VAULT_DRIVE_NOT_PRIVATE = "vault_drive_not_private"


UPGRADED_TEXT = ("Upgraded for this version. The vault as it was is kept in the verified backup {name} "
                 "(Vault > Backups…).")
FAILED_BACKUP_TEXT = "The automatic backup at the last lock was not made: {reason}"
# The same, for the backup at Quit (its failure's params hold backup_beside_control.AT_QUIT).
FAILED_BACKUP_AT_QUIT_TEXT = "The automatic backup at Quit was not made: {reason}"
# Back up now's, failing after a lock closed its window (backup_beside_control.ASKED).
FAILED_BACK_UP_NOW_TEXT = "Back up now, pressed before the last lock, was not made: {reason}"


def upgrade_note(vault: Vault) -> str | None:
    """Said once, after the unlock that upgraded the vault: where the copy from before is."""
    news = _upgrade_news(vault)
    return news.english if news else None


def _upgrade_news(vault: Vault) -> News | None:
    from vault_app.services import upgrade_backup

    since = max(1, vault.ledger.head().seq - _RECENT)
    recent = vault.ledger.entries(kinds=("vault.unlocked", upgrade_backup.UPGRADED), since_seq=since)
    unlocks = [e.seq for e in recent if e.kind == "vault.unlocked"]
    made = [e for e in recent if e.kind == upgrade_backup.UPGRADED and unlocks and e.seq > unlocks[-1]]
    if not made:
        return None
    name = Path(str(made[-1].payload.get("path", ""))).name
    return News(UPGRADED, UPGRADED_TEXT.format(name=name), name)


# The standing gaps by name, for a screen that says them in its own language.
REKEY_UNFINISHED, KIT_NOT_KEPT, KEY_NOT_APART = "rekey_unfinished", "kit_not_kept", "key_not_apart"
REKEY_NOT_DONE = "rekey_not_done"


def standing_gap(vault: Vault) -> str | None:
    """A security gap the therapist can close, said until it is: an interrupted replacement
    of every key (in its swap, else while its copies were written), an Emergency Kit never
    kept, then an unfinished key separation. None in a vault a copy replaced (REPLACED_BY_COPY)."""
    from vault_app.services import kit_kept, restore_beside_record, vault_rekey, vault_rekey_beside

    if restore_beside_record.replaced_news(vault) is not None:
        # A vault a copy replaced (`restore --replaces-original`): "work in that copy" is its line; a kit to get
        # or keys to replace here urged work on a vault nobody should work in (round 45).
        return None
    if vault_rekey.unfinished(vault):
        # The new master key written (its kit never shown), or not: then the old keys and the old kit
        # are still the vault's, and saying the kit may not work was untrue (round 46).
        return REKEY_UNFINISHED if vault_rekey.master_replaced(vault) else REKEY_NOT_DONE
    if vault_rekey_beside.copies_interrupted(vault.header.settings):
        return REKEY_NOT_DONE
    if kit_kept.missing(vault):
        return KIT_NOT_KEPT
    if not vault.psychotherapy_key_apart:
        return KEY_NOT_APART
    return None


def standing_text(gap: str) -> str:
    from vault_app.services import kit_kept

    return {REKEY_UNFINISHED: REKEY_UNFINISHED_REMINDER, REKEY_NOT_DONE: REKEY_NOT_DONE_REMINDER,
            KIT_NOT_KEPT: kit_kept.REMINDER,
            KEY_NOT_APART: KEY_APART_REMINDER}[gap]


def standing(vault: Vault) -> str | None:
    gap = standing_gap(vault)
    return None if gap is None else standing_text(gap)


def failed_backup_note(vault: Vault) -> str | None:
    """Why the automatic backup at the last lock was not made, until a backup of this vault's
    own history is made (any kind: the one on lock, Back up now, `backup create`); then forgotten."""
    news = failed_backup_news(vault)
    return news.english if news else None


def failed_backup_news(vault: Vault) -> News | None:
    """Why the automatic backup at the last lock, or at Quit in an earlier run, was not made
    (failed_backup_note's parts), for the status bar and the dashboard's backup card."""
    from vault_app.services import backup_beside_control, backup_registry

    found, params = backup_beside_control.last_failure(), backup_beside_control.last_params()
    if found is not None:
        backup_beside_control.keep(vault)  # a restart before the next backup still says it
    else:
        # One an earlier run kept (a backup refused at Quit: gui/beside_jobs.backup_then_lock).
        kept = backup_beside_control.kept(vault)
        if kept is None:
            return None
        found, params = kept
    text, when, kind = found
    # Only a backup of this vault's own history: a restore registers the newer backups of the line
    # it went back from, and those say nothing of this vault's backups since the failure.
    # Made since: registered after the failure in the ledger's order where the failure recorded the
    # ledger's head (both clock times are kept to the second, and a backup made in the same second
    # before or after the failure could not be told apart); by the clock for one kept before that.
    since = backup_beside_control.kept_seq(vault)
    if any((b.backup_id > since if since is not None else datetime.fromisoformat(b.created) >= when)
           and backup_registry.of_this_vault(vault, b) for b in backup_registry.registered(vault)):
        backup_beside_control.made()
        backup_beside_control.forget_kept(vault)
        return None
    key, at_quit = backup_beside_control.AT_QUIT
    said = {at_quit: FAILED_BACKUP_AT_QUIT_TEXT, backup_beside_control.ASKED[1]: FAILED_BACK_UP_NOW_TEXT}.get(
        params.get(key, ""), FAILED_BACKUP_TEXT)
    return News(FAILED_BACKUP, said.format(reason=text), text, code=kind,
                params=tuple(sorted(params.items())))


def _replaced_news(names: list[str]) -> list[News]:
    if len(names) == 1:
        return [News(FILE_REPLACED, FILE_REPLACED_TEXT.format(file=names[0]), names[0])]
    files = ", ".join(names)
    return [News(FILE_REPLACED, FILE_REPLACED_MANY_TEXT.format(count=len(names), files=files), files,
                 params=(("count", str(len(names))),))] if names else []


def _opening_news(said: str) -> News:
    """What the open finished (services/restore_rollforward.py's sentences), by kind."""
    from vault_app.services import restore_rollforward as rf

    if said == rf.UNCHANGED:
        return News(RESTORE_UNCHANGED, said)
    if said == rf.COMPLETED:
        return News(RESTORE_COMPLETED, said)
    kept = said.removeprefix(rf.COMPLETED + rf.KEPT_IN)
    if kept != said and kept.endswith("."):
        return News(RESTORE_KEPT, said, kept[:-1])
    return News("", said)


def _news(vault: Vault) -> list[News]:
    """What the unlock has to say before any reminder: why the last automatic backup was not
    made, what the open finished first (an interrupted restore), an upgrade just made. Each
    stays said until the lock (the failed backup until a backup is made): the first
    vault-wide change notice after an unlock (its own ledger entry, the registering of the
    backup made at the last lock) asks for the status bar's line again, and a sentence said
    once was gone before it was read (found in the real app)."""
    from vault_app.services import backup_registry_copy, lock_anchor, vault_copy_home

    beside = backup_registry_copy.copy_beside_news(vault)
    home = vault_copy_home.original_sharing_backups(vault)
    if home is not None:
        beside = None  # one sentence about this copy's backups: this one says why they are off now
    from vault_app.services import restore_beside_record

    by = restore_beside_record.replaced_news(vault)
    # A vault a copy replaced makes no backup ("work in that copy"): no failed one or one owed is said (round 45).
    failed = None if by else failed_backup_news(vault)
    upgraded = _upgrade_news(vault)
    stuck = destruction_news(vault)
    unbacked = None if by else destruction_not_backed_up_news(vault)
    cancelled = _discharged_news(vault)
    meanwhile = lock_anchor.meanwhile(vault)
    restored = [News(RESTORED_MEANWHILE, RESTORED_MEANWHILE_TEXT)] if meanwhile.replaced else []
    if meanwhile.chart_destroyed:
        restored.append(News(OPEN_CHART_DESTROYED, OPEN_CHART_DESTROYED_TEXT))
    from vault_app.services import staging_journal

    left = [News(UNFINISHED_COPY, UNFINISHED_COPY_TEXT.format(folder=str(f)), str(f))
            for f in staging_journal.away(vault.folder)]
    from vault_app.services import backup_folder_lost

    for f in backup_folder_lost.unread(vault):  # until read in the Backups window
        when = str(f["when"])
        said = backup_folder_lost.lost_line(f, when, "Vault > Backups…")
        left.append(News(BACKUP_FOLDER_LOST, said, str(f["folder"]),
                         params=(("count", str(backup_folder_lost.lost_count(f))), ("when", when),
                                 ("at", str(f["at"])))))
    from vault_app.services import replaced_kept

    left += _replaced_news(replaced_kept.names(vault.folder))
    left += _drive_news(vault)
    from vault_app.services import clock_behind

    # First: until the clock is right, every date the app writes is wrong (found by a walker).
    days = clock_behind.behind(vault)
    clock = [News(CLOCK_BEHIND, clock_behind.TEXT.format(today=days[0], day=days[1]), days[1],
                  params=(("today", days[0]),))] if days else []
    from vault_app.domain import locale_format

    replaced = [News(REPLACED_BY_COPY, REPLACED_BY_COPY_TEXT.format(
        when=locale_format.moment_text(by[1], locale_format.DEFAULT_LOCALE), folder=by[0]), by[0],
                     params=(("when", by[1]),))] if by else []
    return [*clock, *replaced, *restored, *([stuck] if stuck else []), *([unbacked] if unbacked else []),
            *([failed] if failed else []), *left,
            *map(_opening_news, vault.opening_notes), *([upgraded] if upgraded else []),
            *([cancelled] if cancelled else []),
            *([News(COPY_BESIDE, beside[1], beside[0])] if beside else []),
            *([News(COPY_HOME, vault_copy_home.COPY_HOME_TEXT.format(folder=home), str(home))] if home else [])]


def _drive_news(vault: Vault) -> list[News]:
    """The vault's drive not keeping its files private to this account."""
    from vault_app.services import drive_privacy

    said = drive_privacy.vault_warning(vault.folder)
    return [News(VAULT_DRIVE_NOT_PRIVATE, said)] if said else []


def _discharged_news(vault: Vault) -> News | None:
    from vault_app.services import appointments_discharged

    count = vault.done_at_unlock[appointments_discharged.CANCELLED_AT_UNLOCK]
    if not count:
        return None
    text = DISCHARGED_APPOINTMENT_CANCELLED_TEXT if count == 1 else DISCHARGED_APPOINTMENTS_CANCELLED_TEXT
    return News(DISCHARGED_APPOINTMENTS_CANCELLED, text.format(count=count), str(count))


@dataclass(frozen=True)
class StatusLine:
    """The status bar's line in its parts, for the GUI to say in the screen's language: the
    news as the services wrote them, a standing gap by name, or else a verified backup due."""

    news: tuple[News, ...]
    gap: str | None
    backup_due: bool
    backup_age_days: int | None  # None with backup_due: there is no verified backup
    # A verified backup reachable now (only then is "Backup checked." true); read with the rest.
    backup_here: bool = False
    # When that backup passed its check (ISO, UTC): right after a restart "Backup checked." said a
    # check of an earlier session as if it were now (found by a walker); the GUI says when.
    backup_checked_at: str | None = None

    def english(self) -> str | None:
        from vault_app.services import backup

        line = standing_text(self.gap) if self.gap else (
            backup.reminder_sentence(self.backup_age_days) if self.backup_due else None)
        return " ".join([*(n.english for n in self.news), *([line] if line else [])]) or None


def _failed_since(vault: Vault) -> bool:
    """Whether the latest backup check failed: no backup checked or made since (by ledger order:
    two checks in one second are told apart)."""
    from vault_app.services.backup_registry import CREATED, VERIFIED, VERIFY_FAILED

    failed = vault.ledger.entries(kinds=(VERIFY_FAILED,))
    if not failed:
        return False
    after = failed[-1].seq + 1
    return not any(vault.ledger.count_of_kind(kind, since_seq=after, at_most=1) for kind in (VERIFIED, CREATED))


def status_line(vault: Vault) -> StatusLine:
    """The status bar's line after the unlock: the unlock's news, then a standing security
    gap, or else the backups' reminder (a missing or old verified backup)."""
    from vault_app.services import backup

    news, gap = tuple(_news(vault)), standing_gap(vault)
    if gap is not None:
        return StatusLine(news, gap, False, None)
    if any(n.kind == REPLACED_BY_COPY for n in news):
        # Replaced by a copy ("work in that copy", its backups off): "Make a backup now" beside it
        # said the opposite (found by a walker, round 44); its backups are the copy's now.
        return StatusLine(news, None, False, None)
    info = backup.status(vault)
    age, due = info["verified_backup_age_days"], bool(info["reminder_due"])
    away = info["unreachable_backup_age_days"]
    if age is None and away is not None:
        # A verified backup whose folder is not reachable now (Today's card says where): not "no
        # verified backup yet" (found in the real app, after its folder was unmounted); due by its age.
        age, due = away, away > info["settings"]["reminder_days"]
    here = info["verified_backup_age_days"] is not None
    checked = (info["last_verified_backup"] or {}).get("verified_at") if here else None
    if checked and _failed_since(vault):
        # The latest check failed (a file not there, damaged): "Backup checked on …" under its
        # refusal read as if it had passed (found by a walker); the line says nothing instead.
        here, checked = False, None
    return StatusLine(news, None, due, None if age is None else int(age), here, checked)


def after_unlock(vault: Vault) -> str | None:
    """The status bar's line after the unlock, in English (status_line has its parts)."""
    return status_line(vault).english()


def backups_line(vault: Vault) -> str | None:
    """The status bar's line when backups may have changed (any vault-wide change notice): the
    same as after the unlock, so what the unlock said keeps its place."""
    return after_unlock(vault)


__all__ = [
    "BACKUP_FOLDER_LOST",
    "CLOCK_BEHIND",
    "DESTRUCTION_BACKUP_NOT_WRITABLE",
    "DESTRUCTION_BACKUP_NOT_WRITABLE_TEXT",
    "DESTRUCTION_FINISHED",
    "DESTRUCTION_FINISHED_MANY_TEXT",
    "DESTRUCTION_FINISHED_TEXT",
    "DESTRUCTION_NOT_BACKED_UP",
    "DESTRUCTION_NOT_BACKED_UP_TEXT",
    "DESTRUCTION_NOT_FINISHED",
    "DESTRUCTION_NOT_FINISHED_TEXT",
    "DESTRUCTION_STILL_HELD_TEXT",
    "DESTRUCTION_STOPPED_TEXT",
    "DISCHARGED_APPOINTMENTS_CANCELLED",
    "DISCHARGED_APPOINTMENTS_CANCELLED_TEXT",
    "DISCHARGED_APPOINTMENT_CANCELLED_TEXT",
    "FAILED_BACKUP",
    "FAILED_BACKUP_AT_QUIT_TEXT",
    "FAILED_BACKUP_TEXT",
    "FAILED_BACK_UP_NOW_TEXT",
    "FILE_REPLACED",
    "FILE_REPLACED_MANY_TEXT",
    "FILE_REPLACED_TEXT",
    "KEY_APART_REMINDER",
    "KEY_NOT_APART",
    "KIT_NOT_KEPT",
    "OPEN_CHART_DESTROYED",
    "OPEN_CHART_DESTROYED_TEXT",
    "REKEY_NOT_DONE",
    "REKEY_NOT_DONE_REMINDER",
    "REKEY_UNFINISHED",
    "REKEY_UNFINISHED_REMINDER",
    "REPLACED_BY_COPY",
    "REPLACED_BY_COPY_TEXT",
    "RESTORED_MEANWHILE",
    "RESTORED_MEANWHILE_TEXT",
    "RESTORE_COMPLETED",
    "RESTORE_KEPT",
    "RESTORE_UNCHANGED",
    "UNFINISHED_COPY",
    "UNFINISHED_COPY_TEXT",
    "UPGRADED",
    "UPGRADED_TEXT",
    "News",
    "StatusLine",
    "after_unlock",
    "backups_line",
    "destruction_news",
    "destruction_not_backed_up_news",
    "failed_backup_news",
    "failed_backup_note",
    "standing",
    "standing_gap",
    "standing_text",
    "status_line",
    "upgrade_note",
]
