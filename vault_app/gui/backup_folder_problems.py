"""What makes a typed backup or restore folder unusable before any disk is asked, and the
words that say so.

Apart from the Backups screen because two dialogs check a typed folder the same way (the
Backups screen, with its Choose… button, and the restore's form, without one) and each says
it in its own words; the words keep the Backups screen's translation context.
"""

from __future__ import annotations

import os
import unicodedata
from pathlib import Path

from vault_app.gui.i18n import QT_TRANSLATE_NOOP

# The first-run wizard's words for a folder typed without its path
# (create_wizard_backup.problem_text("relative"), equal in English: tests/gui/test_spanish_backups.py),
# said here in the Backups screen's own context, which is translated.
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
