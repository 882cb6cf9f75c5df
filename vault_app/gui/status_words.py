"""The status bar's reminders in the screen's language: a verified backup due, or a security
gap to close (services/reminders.py decides which, and says it in English for the CLI and
the log). The menus and buttons a reminder names are named as they read on screen, so a
Spanish line leads to «Bóveda > Copias de seguridad… > Hacer una copia ahora», the Backups
screen's button as it reads (the shortcut is written as every other line of the app writes
it). What the unlock has to say before them (a failed backup on lock, a finished
restore, an upgrade) is said here by its kind; a backup's failure gives its own reason, which stays
the services' English unless it is the unexpected one.

tests/gui/test_spanish_status_news.py keeps the English here equal to the services'."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from vault_app.gui import destruction_stop_words, practice_clock
from vault_app.gui.backup_warnings import warning_words
from vault_app.gui.dates import show_moment
from vault_app.gui.i18n import QT_TRANSLATE_NOOP
from vault_app.gui.refusal_words import coded_text
from vault_app.services import backup_beside_control, reminders

NO_BACKUP = QT_TRANSLATE_NOOP("StatusWords", "This vault has no verified backup yet. Make one now: {vault} > "
                                             "{backups} > {back_up_now} (Ctrl+Shift+B).")
OLD_BACKUP_ONE = QT_TRANSLATE_NOOP("StatusWords", "Your last verified backup is %n day old. Make a new one: {vault} > "
                                                  "{backups} (Ctrl+Shift+B).")
OLD_BACKUP = QT_TRANSLATE_NOOP("StatusWords", "Your last verified backup is %n days old. Make a new one: {vault} > "
                                              "{backups} (Ctrl+Shift+B).")
GAPS = {
    reminders.REKEY_UNFINISHED: QT_TRANSLATE_NOOP(
        "StatusWords", "Replacing every key did not finish: choose {vault} > {rekey} again now (your Emergency Kit "
                       "may not work until then)."),
    reminders.REKEY_NOT_DONE: QT_TRANSLATE_NOOP(
        "StatusWords", "Replace every key did not finish (the app or the computer stopped during it): the old keys "
                       "are still in use. Choose {vault} > {rekey} again."),
    reminders.KIT_NOT_KEPT: QT_TRANSLATE_NOOP(
        "StatusWords", "This vault has no Emergency Kit kept: if the passphrase is forgotten, it cannot be opened. "
                       "Choose {vault} > {rekey} to get a new kit, and keep it."),
    reminders.KEY_NOT_APART: QT_TRANSLATE_NOOP(
        "StatusWords", "This vault was made by an earlier version: its psychotherapy notes' key can still be "
                       "reached from the master key. Replace every key ({vault} > {rekey}) to finish separating it."),
}

# The unlock's pass over earlier discharges (%n: how many).
DISCHARGED_CANCELLED_ONE = QT_TRANSLATE_NOOP(
    "StatusWords", "%n appointment of a client discharged earlier was still scheduled after the discharge; it has "
                   "been cancelled (by the therapist, no fee), as a discharge now does. The agenda shows it as "
                   "cancelled.")
DISCHARGED_CANCELLED = QT_TRANSLATE_NOOP(
    "StatusWords", "%n appointments of clients discharged earlier were still scheduled after the discharge; they "
                   "have been cancelled (by the therapist, no fee), as a discharge now does. The agenda shows them as "
                   "cancelled.")
# A backup folder found deleted or emptied and made again ({value}: the folder, {when}: when found,
# {count}: how many of its backups went with it), in `vault-app backup list`'s words
# (services/backup_folder_lost.lost_line), said at every unlock until read in the Backups window.
LOST_FOLDER_ONE = QT_TRANSLATE_NOOP(
    "StatusWords", "The backup folder {value} was deleted or emptied (found on {when}): the backup made in it before "
                   "went with it ({vault} > {backups} lists it, as lost). A new backup history started there.")
LOST_FOLDER_MANY = QT_TRANSLATE_NOOP(
    "StatusWords", "The backup folder {value} was deleted or emptied (found on {when}): the {count} backups made in "
                   "it before went with it ({vault} > {backups} lists them, as lost). A new backup history started "
                   "there.")
NEWS = {
    reminders.REPLACED_BY_COPY: QT_TRANSLATE_NOOP(
        "StatusWords", "This vault was replaced on {when} by the copy in {value} (restored from a backup): work in "
                       "that copy. What you write here is not in it, and this vault's automatic backups are off."),
    reminders.COPY_BESIDE: QT_TRANSLATE_NOOP(
        "StatusWords", "This is a copy of the vault in {value}: its automatic backups are off, so that vault's "
                       "backups stay untouched. To back it up, open {vault} > {backups} and choose a folder."),
    reminders.COPY_HOME: QT_TRANSLATE_NOOP(
        # The point first: the status bar cuts the end at 1366x768 (the dashboard's card says it whole).
        "StatusWords", "This copy's automatic backups are off: it shares its backup folder with the vault in "
                       "{value}, whose backups stay untouched. To back it up, open {vault} > {backups} and "
                       "choose another folder."),
    reminders.RESTORED_MEANWHILE: QT_TRANSLATE_NOOP(
        "StatusWords", "This vault was restored from a backup by another program while this window was locked: "
                       "forms left open at the lock were not kept."),
    reminders.OPEN_CHART_DESTROYED: QT_TRANSLATE_NOOP(
        "StatusWords", "The chart that was open when this window locked was destroyed by another program meanwhile, "
                       "so it was not opened again; any form left open on it went with it. Its certificate is in "
                       "Records > Destructions and certificates."),
    reminders.FAILED_BACKUP: QT_TRANSLATE_NOOP("StatusWords", "The automatic backup at the last lock was not made: "
                                                              "{reason}"),
    reminders.RESTORE_COMPLETED: QT_TRANSLATE_NOOP(
        "StatusWords", "A restore into this folder was interrupted; it has been completed: the vault is the restored "
                       "one, whole."),
    reminders.RESTORE_KEPT: QT_TRANSLATE_NOOP(
        "StatusWords", "A restore into this folder was interrupted; it has been completed: the vault is the restored "
                       "one, whole. The vault as it was before is kept in {value}."),
    reminders.RESTORE_UNCHANGED: QT_TRANSLATE_NOOP(
        "StatusWords", "A restore into this folder was interrupted before it changed anything; the vault is as it was "
                       "before the restore."),
    reminders.UPGRADED: QT_TRANSLATE_NOOP(
        "StatusWords", "Upgraded for this version. The vault as it was is kept in the verified backup {value} "
                       "({vault} > {backups})."),
    # Said by its stop's code (gui/destruction_stop_words.py, its own context): see news_words.
    reminders.DESTRUCTION_NOT_FINISHED: destruction_stop_words.STATUS_UNKNOWN,
    reminders.DESTRUCTION_FINISHED: QT_TRANSLATE_NOOP(
        "StatusWords", "A chart's destruction that had stopped part-way has been finished at this unlock. Its "
                       "certificate is in Records > Destructions and certificates."),
    # Said with its count (%n) and one or many: see news_words.
    reminders.DISCHARGED_APPOINTMENTS_CANCELLED: DISCHARGED_CANCELLED,
    # {value}: the record's day; {today}: the clock's (news_words).
    reminders.CLOCK_BEHIND: QT_TRANSLATE_NOOP(
        "StatusWords", "This computer's clock says {today}, before this vault's last record (of {value}). If the "
                       "clock is wrong, set it right: dates written now (notes, their signatures, requests and their "
                       "deadlines, backups) would be wrong. If it is right, that record was written while the clock "
                       "was ahead."),
    reminders.UNFINISHED_COPY: QT_TRANSLATE_NOOP(
        "StatusWords", "An interrupted backup or check may have left an unfinished copy of this vault in {value}: "
                       "connect that drive and start the app again, or delete it."),
    # Said with its count (one or many) and when it was found: see news_words, lost_folder_words.
    reminders.BACKUP_FOLDER_LOST: LOST_FOLDER_MANY,
    reminders.FILE_REPLACED: QT_TRANSLATE_NOOP(
        "StatusWords", "{value} in the vault folder is a file another program put in place of the vault's own while "
                       "the vault was open; the vault's own was put back. Once your backups are checked, delete it."),
    reminders.DESTRUCTION_NOT_BACKED_UP: QT_TRANSLATE_NOOP(
        "StatusWords", "No backup has been made since a chart's destruction (the new backup it makes could not be "
                       "made): an older copy of this vault put back would not know of that destruction and would "
                       "still show what it destroyed. Make a backup now: {vault} > {backups} > {back_up_now}."),
    reminders.DESTRUCTION_BACKUP_NOT_WRITABLE: QT_TRANSLATE_NOOP(
        "StatusWords", "A chart's destruction could not be finished: the backups in {value} are on a drive that "
                       "cannot be written. Make it writable, or disconnect it, then choose Finish now in Records > "
                       "Destructions and certificates."),
    # The vault's drive keeps no file private: exFAT or FAT32 (services/drive_privacy.py).
    reminders.VAULT_DRIVE_NOT_PRIVATE: QT_TRANSLATE_NOOP(
        "StatusWords", "This drive cannot keep the vault's files private to your account; the files stay encrypted, "
                       "but their names and sizes can be seen by anyone using this computer. Keep the vault on your "
                       "own disk, the computer's own drive, not on a USB drive or memory card."),
}
# More than one kept file in one sentence ({count}: how many; {value}: their names).
FILES_REPLACED = QT_TRANSLATE_NOOP(
    "StatusWords", "{count} files another program put in place of the vault's own are kept in the vault folder: "
                   "{value}; delete them once your backups are checked.")
# More than one finished at the same unlock ({count}: how many).
DESTRUCTIONS_FINISHED = QT_TRANSLATE_NOOP(
    "StatusWords", "{count} destructions that had stopped part-way have been finished at this unlock. Their "
                   "certificates are in Records > Destructions and certificates.")
# After either: how many places their certificates name as still holding the chart (%n).
DESTRUCTION_STILL_HELD_ONE = QT_TRANSLATE_NOOP(
    "StatusWords", "%n place may still hold the chart (a backup or copy on a drive that was away, or a copy the app "
                   "made before a restore): its certificate lists it.")
DESTRUCTION_STILL_HELD = QT_TRANSLATE_NOOP(
    "StatusWords", "%n places may still hold the chart (a backup or copy on a drive that was away, or a copy the app "
                   "made before a restore): its certificate lists them.")
OUTDATED = QT_TRANSLATE_NOOP(
    "StatusWords", "it held a chart or notes that were destroyed after it was made (in another window or by another "
                   "program), so it was removed. The next lock backs up the vault as it is now; or make one now: "
                   "{vault} > {backups} > {back_up_now}.")
REKEYED = QT_TRANSLATE_NOOP(
    "StatusWords", "the vault's keys were replaced after it was made (by another program), so it was removed. "
                   "The next lock backs up the vault as it is now; or make one now: {vault} > {backups} > "
                   "{back_up_now}.")
RESTORED_OVER = QT_TRANSLATE_NOOP(
    "StatusWords", "the vault was restored from another backup after it was made (by another program), so it was "
                   "removed; the backup restored from is kept. The next lock backs up the vault as it is now; or "
                   "make one now: {vault} > {backups} > {back_up_now}.")
UNEXPECTED = QT_TRANSLATE_NOOP("StatusWords", "It failed unexpectedly; make one now: {vault} > {backups} > "
                                              "{back_up_now}.")
# The backup folder the settings name is not there ({folder}: its path). Found on a Spanish status
# bar in English, with a command line (services/backup_registry.configured_target).
TARGET_MISSING = QT_TRANSLATE_NOOP(
    "StatusWords", "the backup folder {folder} is not there; nothing was written. If it is on an external drive, "
                   "connect the drive, or choose another backup folder ({vault} > {backups}).")

# The backup drive unplugged, its mount point left behind empty (services/backup_folder_connected.py).
DRIVE_NOT_CONNECTED = QT_TRANSLATE_NOOP(
    "StatusWords", "the backup drive of {folder} is not connected (its folder is empty); nothing was written. "
                   "Connect the drive, or choose another backup folder ({vault} > {backups}).")

# Another drive at the backup folder's path, with a copy of the folder (services/backup_folder_connected.py).
DRIVE_SWAPPED = QT_TRANSLATE_NOOP(
    "StatusWords", "the drive at {folder} is not the drive this vault's backups were made on (another drive, or the "
                   "backup drive reformatted); nothing was written. Connect the backup drive, or choose the folder "
                   "again ({vault} > {backups}) if this drive is now your backup drive.")


# The backup at Quit, not at a lock (its failure's params: backup_beside_control.AT_QUIT).
AT_QUIT = backup_beside_control.AT_QUIT
FAILED_AT_QUIT = QT_TRANSLATE_NOOP("StatusWords", "The automatic backup at Quit was not made: {reason}")
# Back up now's, failing after a lock closed its window (backup_beside_control.ASKED).
FAILED_BACK_UP_NOW = QT_TRANSLATE_NOOP("StatusWords",
                                       "Back up now, pressed before the last lock, was not made: {reason}")

# Why a backup on lock was not made, by its error's kind (backup_beside_control.failed); any
# other kind is said as the services wrote it.
FAILED_BACKUP_WORDS = {backup_beside_control.UNEXPECTED_KIND: UNEXPECTED, "backup-outdated": OUTDATED,
                       "backup-rekeyed": REKEYED, "backup-restored-over": RESTORED_OVER,
                       "backup.target_missing": TARGET_MISSING, "backup.drive_not_connected": DRIVE_NOT_CONNECTED,
                       "backup.drive_swapped": DRIVE_SWAPPED}


def _as_shown(context: str, text: str) -> str:
    """A menu's or button's text as it reads, without its mnemonic's '&'."""
    return QCoreApplication.translate(context, text).replace("&&", "\0").replace("&", "").replace("\0", "&")


def _names() -> dict[str, str]:
    return {"vault": _as_shown("MainWindow", "&Vault"), "backups": _as_shown("MainWindow", "Backups…"),
            "rekey": _as_shown("MainWindow", "Replace every key…"),
            "back_up_now": _as_shown("BackupsDialog", "&Back up now")}


def backup_reminder(age_days: int | None) -> str:
    """A verified backup `age_days` old is due (None: there is none)."""
    if age_days is None:
        return QCoreApplication.translate("StatusWords", NO_BACKUP).format(**_names())
    text = OLD_BACKUP_ONE if age_days == 1 else OLD_BACKUP
    return QCoreApplication.translate("StatusWords", text, "", age_days).format(**_names())


def news_words(news: reminders.News) -> str:
    """One of the unlock's news in the screen's language (one of no known kind as written)."""
    if news.kind == reminders.DISCHARGED_APPOINTMENTS_CANCELLED and news.value.isdigit():
        count = int(news.value)
        text = DISCHARGED_CANCELLED_ONE if count == 1 else DISCHARGED_CANCELLED
        return QCoreApplication.translate("StatusWords", text, None, count)
    if news.kind not in NEWS:
        return news.english
    if news.kind == reminders.DESTRUCTION_NOT_FINISHED:
        return destruction_stop_words.status_words(news.code)
    if news.kind == reminders.DESTRUCTION_FINISHED:
        said = (QCoreApplication.translate("StatusWords", DESTRUCTIONS_FINISHED).format(count=news.value)
                if news.value not in ("", "1") else QCoreApplication.translate("StatusWords", NEWS[news.kind]))
        held = int(dict(news.params).get("held", 0) or 0)
        if held:
            text = DESTRUCTION_STILL_HELD_ONE if held == 1 else DESTRUCTION_STILL_HELD
            said += " " + QCoreApplication.translate("StatusWords", text, None, held)
        return said
    if news.kind == reminders.BACKUP_FOLDER_LOST:
        params = dict(news.params)
        # When found: a backup's moment, on this computer's clock, its zone named where the
        # practice's clock is another (gui/practice_clock.moment_here); the service's text without "at".
        when = practice_clock.moment_here(params["at"]) if params.get("at") else params.get("when", "")
        return lost_folder_words(news.value, when, params.get("count", ""))
    value, said = news.value, NEWS[news.kind]
    if news.kind == reminders.FILE_REPLACED and dict(news.params).get("count"):
        return QCoreApplication.translate("StatusWords", FILES_REPLACED).format(count=dict(news.params)["count"],
                                                                                value=value)
    if news.kind == reminders.FAILED_BACKUP:
        value = failed_backup_words(news)
        moment = dict(news.params).get(AT_QUIT[0])
        if moment == AT_QUIT[1]:
            said = FAILED_AT_QUIT
        elif moment == backup_beside_control.ASKED[1]:
            said = FAILED_BACK_UP_NOW
    if news.kind == reminders.REPLACED_BY_COPY:  # the copy's folder, and the day it replaced this vault
        when = show_moment(dict(news.params).get("when", "")) if dict(news.params).get("when") else ""
        return QCoreApplication.translate("StatusWords", said).format(value=value, when=when)
    today = dict(news.params).get("today", "") if news.kind == reminders.CLOCK_BEHIND else ""
    return QCoreApplication.translate("StatusWords", said).format(reason=value, value=value, today=today,
                                                                  **_names())


def lost_folder_words(folder: str, when: str, count: str) -> str:
    """A lost backup folder's news (the unlock's, the Backups window's) in the screen's language;
    `when` as the practice writes moments (the services': `backup list`'s)."""
    text = LOST_FOLDER_ONE if count == "1" else LOST_FOLDER_MANY
    return QCoreApplication.translate("StatusWords", text).format(value=folder, when=when, count=count, **_names())


def failed_backup_words(news: reminders.News) -> str:
    """Why a backup on lock (or at Quit) was not made, in the screen's language: by its code's
    words here, else the Backups window's words for the folder's refusal, else its refusal's
    words by code (gui/refusal_words.py, without the command line), else as the services wrote it."""
    value, params = news.value, dict(news.params)
    if news.code in FAILED_BACKUP_WORDS:
        try:
            return QCoreApplication.translate("StatusWords", FAILED_BACKUP_WORDS[news.code]).format(
                **{"folder": "", **params, **_names()})
        except (KeyError, IndexError, ValueError):
            return value
    if warning_words(value) != value:
        # The backup folder's refusal (another copy's newest backup in it): the Backups window's
        # words, not the core's English with its command line (found on a Spanish status bar).
        names = _names()
        return f"{warning_words(value)} ({names['vault']} > {names['backups']})"
    said = coded_text(news.code, params) if news.code else ""
    return said or value


def gap_words(gap: str) -> str:
    """A standing security gap (reminders.standing_gap) in the screen's language."""
    return QCoreApplication.translate("StatusWords", GAPS[gap]).format(**_names())


def status_words(line: reminders.StatusLine, older_copy: str | None = None) -> str | None:
    """The line as the status bar says it; None when there is nothing to say. `older_copy`: the
    older copy's words (gui/older_copy.py) say the backup's part, not this copy's own backups."""
    if line.gap is not None:
        said: str | None = gap_words(line.gap)
    elif older_copy:
        said = older_copy
    else:
        said = backup_reminder(line.backup_age_days) if line.backup_due else None
    return " ".join([*map(news_words, line.news), *([said] if said else [])]) or None


__all__ = ["FAILED_BACKUP_WORDS", "GAPS", "NEWS", "backup_reminder", "failed_backup_words", "gap_words",
           "lost_folder_words", "news_words", "status_words"]
