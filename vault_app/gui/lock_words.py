"""Why the vault locked, as the unlock window says it, in the screens' language.

The controller passed English sentences to the unlock window, which showed them as given: a
Spanish screen read "Locked after a period without activity." (found on Xvfb), and a lock by
the OS read "Locked because the sleep." in either language (the OS's one-word reason was put
into a sentence). The reasons are marked here for es.ts and said through the translator.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from vault_app.gui.i18n import QT_TRANSLATE_NOOP

LOCKED = QT_TRANSLATE_NOOP("lock_words", "Locked.")
IDLE = QT_TRANSLATE_NOOP("lock_words", "Locked after a period without activity.")
SLEPT = QT_TRANSLATE_NOOP("lock_words", "Locked because the computer went to sleep.")
SCREEN_LOCKED = QT_TRANSLATE_NOOP("lock_words", "Locked because the screen was locked.")
ANOTHER_VAULT = QT_TRANSLATE_NOOP("lock_words", "Opened another vault: %1")
# gui/os_events.py's reasons, one word each
_OS_REASONS = {"sleep": SLEPT, "suspended": SLEPT, "screen locked": SCREEN_LOCKED}


def lock_reason(reason: str) -> str:
    """`reason` in the screens' language; a reason already said by its screen (a restore's,
    through its own tr()) or not one of these is shown as it is."""
    return QCoreApplication.translate("lock_words", reason)


def os_lock_reason(why: str) -> str:
    return _OS_REASONS.get(why, SCREEN_LOCKED)


def another_vault(folder: object) -> str:
    return QCoreApplication.translate("lock_words", ANOTHER_VAULT).replace("%1", str(folder))


__all__ = ["ANOTHER_VAULT", "IDLE", "LOCKED", "SCREEN_LOCKED", "SLEPT", "another_vault", "lock_reason",
           "os_lock_reason"]
