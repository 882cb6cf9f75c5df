"""What happened to a backup that changed outside this vault, in the screen's language.

services/backup_changed.explain says it in English for `backup list` (one sentence, the
moments put in): the Backups screen showed it as it was, in English on a Spanish screen, below
the list and in the row's tooltip (found on Xvfb after a restore over the vault: "changed by
another copy of this vault: a destruction made there purged this backup on …"). Each wording is
recognised here by its English, {0} and {1} standing for the moments; one of no known wording
stays as the services wrote it.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QCoreApplication

from vault_app.gui.i18n import QT_TRANSLATE_NOOP

CONTEXT = "BackupChangedWords"

# The services' English, {0} and {1} standing for the moments it puts in: said as it is on an
# English screen, translated in es.ts.
_SAID = (
    QT_TRANSLATE_NOOP("BackupChangedWords", "changed by another copy of this vault: a destruction made there purged "
                                            "this backup on {0} (its file's time). This vault's ledger has no record "
                                            "of that purge; the backup still opens with this vault's keys."),
    QT_TRANSLATE_NOOP("BackupChangedWords", "changed by another copy of this vault on {0} (its file's time). This "
                                            "vault's ledger has no record of it; the backup still opens with this "
                                            "vault's keys."),
    QT_TRANSLATE_NOOP("BackupChangedWords", "replaced on {0} (its file's time) by another backup of this vault, made "
                                            "{1}: by another copy of this vault, or by hand. This vault's ledger has "
                                            "no record of it."),
    QT_TRANSLATE_NOOP("BackupChangedWords", "removed by another copy of this vault on {0}: its rotation deleted it. "
                                            "This vault's ledger has no record of it."),
    QT_TRANSLATE_NOOP("BackupChangedWords", "removed by this vault's rotation on {0}, before it was restored: after "
                                            "the backup it was restored from was made, so that backup does not "
                                            "record it."),
    QT_TRANSLATE_NOOP("BackupChangedWords", "not found at {0}: its folder is not there. Its drive may be unplugged, "
                                            "or mounted at another place on this computer."),
    QT_TRANSLATE_NOOP("BackupChangedWords", "not found at {0}: its folder is there, the file is not. It was moved "
                                            "or deleted."),
)


def _pattern(english: str) -> re.Pattern[str]:
    return re.compile(re.escape(english).replace(r"\{0\}", "(.+?)").replace(r"\{1\}", "(.+?)"), re.DOTALL)


_PATTERNS = tuple((_pattern(english), english) for english in _SAID)


def changed_words(english: str) -> str:
    """explain()'s sentence as the Backups screen says it."""
    for pattern, words in _PATTERNS:
        found = pattern.fullmatch(english)
        if found:
            return QCoreApplication.translate(CONTEXT, words).format(*found.groups())
    return english


__all__ = ["changed_words"]
