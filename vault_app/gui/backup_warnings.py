"""The Backups screen's warnings about its folder in the screen's language.

services/backup_registry.target_warnings says them in English for the CLI and the log; the
GUI recognises each by its English (a {0} there is the value the services put in: a service's
name, a count) and says it in the BackupWarnings context. A warning of no known wording is
shown as the services wrote it. tests/gui/test_spanish_backups.py makes the services say each
one, so a reworded warning fails there instead of falling back to English unseen."""

from __future__ import annotations

import re

from PySide6.QtCore import QCoreApplication

from vault_app.gui.i18n import QT_TRANSLATE_NOOP

CONTEXT = "BackupWarnings"  # written out in each QT_TRANSLATE_NOOP: pyside6-lupdate reads no variable
WORDINGS = (
    QT_TRANSLATE_NOOP("BackupWarnings", "The backup folder is on the same disk as the vault: a disk failure or a "
                                        "stolen laptop takes both. Keep at least one backup on an external drive."),
    QT_TRANSLATE_NOOP("BackupWarnings", "The backup folder is inside a {0} folder: every backup will be uploaded to "
                                        "{0}. The files are encrypted, but copies kept by the provider (version "
                                        "history, trash) are out of the app's reach, so a destroyed chart cannot be "
                                        "purged from them. Prefer an external drive."),
    QT_TRANSLATE_NOOP("BackupWarnings", "This folder also holds 1 single-file backup. It is left as it is and stays "
                                        "restorable; this vault's dated backups go into the folder's 'snapshots' and "
                                        "'chunks' folders. Copy the whole folder to keep both."),
    QT_TRANSLATE_NOOP("BackupWarnings", "This folder also holds {0} single-file backups. They are left as they are "
                                        "and stay restorable; this vault's dated backups go into the folder's "
                                        "'snapshots' and 'chunks' folders. Copy the whole folder to keep both."),
    QT_TRANSLATE_NOOP("BackupWarnings", "This backup folder belongs to another vault; choose another folder."),
    # An exFAT or FAT32 drive (services/drive_privacy.py).
    QT_TRANSLATE_NOOP("BackupWarnings", "This drive cannot keep the backups private to your account; the backups "
                                        "stay encrypted, but their names and sizes can be seen by anyone using this "
                                        "computer. Keep the drive unplugged and put away between backups."),
)


def _pattern(wording: str) -> re.Pattern[str]:
    # The first {0} takes the value, any later one must repeat it.
    first, *rest = re.escape(wording).split(r"\{0\}")
    return re.compile(first + "".join(("(.+?)" if i == 0 else r"\1") + part for i, part in enumerate(rest)))


_PATTERNS = tuple((wording, _pattern(wording)) for wording in WORDINGS)


# The refusal the next backup into the folder would meet (services/backup_lineage.problem: its
# message and hint, which name the command line's `backup settings --target`): said here with
# this screen's own field instead. Found on Xvfb after a restore over the vault: the Spanish
# screen showed it in English, "(vault-app backup settings --target DIR)" and all. {0} is the
# folder, {1} the newest snapshot or file's name.
REFUSALS = (
    (re.compile(r"The newest backup in (.+) \((.+?)\) is of another copy of this vault, .* Nothing was written: "
                r"backing up here would mix the two, .*", re.DOTALL),
     QT_TRANSLATE_NOOP("BackupWarnings", "The newest backup in {0} ({1}) is of another copy of this vault, with "
                                         "records this copy does not have (a copy restored from a backup, or the "
                                         "vault it was made from). Nothing was written: backing up there would mix "
                                         "the two. Choose another folder in Back up to, then Save.")),
    (re.compile(r"The newest snapshot in (.+) \((.+?)\) does not open with this vault's keys: .* Nothing was "
                r"written: .*", re.DOTALL),
     QT_TRANSLATE_NOOP("BackupWarnings", "The newest dated backup in {0} ({1}) does not open with this vault's keys: "
                                         "it is another vault's, or of a copy of this vault that replaced every key, "
                                         "or damaged. Nothing was written. Choose another folder in Back up to, then "
                                         "Save.")),
)


# A backup made into a folder found deleted and made again (services/backup_folder_lost.lost_words):
# said after Back up now, beside what was made. {0} is the folder.
LOST_FOLDER = QT_TRANSLATE_NOOP(
    "BackupWarnings", "The backup folder {0} was deleted or emptied since the last backup: the backups made in it "
                      "before went with it (still listed in the vault's records, as lost). A new backup history "
                      "starts there now.")
_LOST_FOLDER = _pattern(LOST_FOLDER)


def lost_folder_words(warnings: list[str]) -> str:
    """The sentence of a backup's `warnings` saying its folder was found deleted, in the screen's
    language; "" when there is none."""
    for english in warnings:
        found = _LOST_FOLDER.fullmatch(english)
        if found:
            return QCoreApplication.translate(CONTEXT, LOST_FOLDER).format(*found.groups())
    return ""


def warning_words(english: str) -> str:
    """One of target_warnings' sentences as the screen says it."""
    for refusal, words in REFUSALS:
        found = refusal.fullmatch(english)
        if found:
            return QCoreApplication.translate(CONTEXT, words).format(*found.groups())
    for wording, pattern in _PATTERNS:
        found = pattern.fullmatch(english)
        if found:
            return QCoreApplication.translate(CONTEXT, wording).format(*found.groups())
    return english


__all__ = ["LOST_FOLDER", "REFUSALS", "WORDINGS", "lost_folder_words", "warning_words"]
