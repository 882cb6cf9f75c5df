"""What makes a typed backup or restore folder unusable before any disk is asked, and the
words that say so.

Apart from the Backups screen because several places check a typed folder the same way (the
Backups screen and the first-run wizard's backup page, with a Choose… button, the restore's
form, without one, the wizard's vault folder) and each says it in its own words; the words keep
the Backups screen's translation context.
"""

from __future__ import annotations

import os
import unicodedata
from pathlib import Path

from vault_app.gui.i18n import QT_TRANSLATE_NOOP

# The Backups screen's and the first-run wizard's backup page's (create_wizard_backup.folder_problem).
RELATIVE = QT_TRANSLATE_NOOP("BackupsDialog", "Type the folder's whole path (for example /media/backup or "
                                              "D:\\Backups) or pick it with Choose…")


CONTROL_IN_PATH = QT_TRANSLATE_NOOP("BackupsDialog", "The folder's path contains an invisible control character (a "
                                                   "line break, a tab or a NUL): type the path again, or pick the "
                                                   "folder with Choose…")
NO_SUCH_USER = QT_TRANSLATE_NOOP("BackupsDialog", "The path starts with ~ and a name, but no user of that name exists "
                                                "on this computer. Type the folder's whole path (for example "
                                                "/media/backup) or pick it with Choose…")
PATH_TOO_LONG = QT_TRANSLATE_NOOP("BackupsDialog", "The folder's path is too long for this computer (at most 255 "
                                                 "characters a folder name, about 4,000 the whole path): choose a "
                                                 "shorter one.")
# The restore's form has no Choose… button: its words say to type the path only.
RESTORE_WHOLE_PATH = QT_TRANSLATE_NOOP("BackupsDialog", "Type the whole path of the folder to restore into (for "
                                                      "example /media/backup/restored).")
CONTROL_IN_RESTORE_PATH = QT_TRANSLATE_NOOP("BackupsDialog", "The folder's path contains an invisible control "
                                                           "character (a line break, a tab or a NUL): type the "
                                                           "path again.")
NO_SUCH_USER_RESTORE = QT_TRANSLATE_NOOP("BackupsDialog", "The path starts with ~ and a name, but no user of that "
                                                        "name exists on this computer. Type the folder's whole path.")
# What each kind of unusable path is called: on the Backups screen (with its Choose… button)
# and in the restore's form.
CHOOSER_WORDS = {"control": CONTROL_IN_PATH, "user": NO_SUCH_USER, "relative": RELATIVE, "long": PATH_TOO_LONG}
RESTORE_WORDS = {"control": CONTROL_IN_RESTORE_PATH, "user": NO_SUCH_USER_RESTORE, "relative": RESTORE_WHOLE_PATH,
                 "long": PATH_TOO_LONG}
# The first-run wizard's vault folder (create_wizard.LocationPage): not a backup folder, its examples
# are a vault's.
LOCATION_RELATIVE = QT_TRANSLATE_NOOP("BackupsDialog", "Type the vault folder's whole path (for example "
                                                     "/home/you/TherapyVault) or pick it with Choose…")
LOCATION_NO_SUCH_USER = QT_TRANSLATE_NOOP("BackupsDialog", "The path starts with ~ and a name, but no user of that "
                                                         "name exists on this computer. Type the vault folder's "
                                                         "whole path or pick it with Choose…")
LOCATION_WORDS = {"control": CONTROL_IN_PATH, "user": LOCATION_NO_SUCH_USER, "relative": LOCATION_RELATIVE,
                  "long": PATH_TOO_LONG}
# POSIX's NAME_MAX and PATH_MAX as Linux has them (in bytes); Windows and macOS allow less.
_NAME_MAX, _PATH_MAX = 255, 4096


def path_problem(text: str, words: dict[str, str] = CHOOSER_WORDS) -> str | None:
    """What makes a typed folder unusable before any disk is asked (the untranslated words,
    context BackupsDialog), None when nothing does."""
    if any(unicodedata.category(ch) == "Cc" for ch in text):
        return words["control"]
    try:
        path = Path(text).expanduser()
    except RuntimeError:  # "~someone": no such user
        return words["user"]
    if not text.strip() or not path.is_absolute():
        return words["relative"]
    try:
        parts = [len(os.fsencode(part)) for part in path.parts]
    except UnicodeEncodeError:  # a lone surrogate, pasted: no file system name holds it
        return words["control"]
    if max(parts, default=0) > _NAME_MAX or len(os.fsencode(str(path))) >= _PATH_MAX:
        return words["long"]
    return None


def expanded(text: str) -> Path:
    """The typed path with its ~ expanded, never raising: "~someone" naming no user raised
    RuntimeError from Path.expanduser on the GUI thread (the first-run wizard's backup page at
    each keystroke). Such a path is kept as typed; path_problem says what is wrong with it."""
    try:
        return Path(text).expanduser()
    except RuntimeError:
        return Path(text)
