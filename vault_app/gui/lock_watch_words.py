"""What Settings says beside the lock times about locking when the screen locks or the laptop sleeps.

The app listens for those over D-Bus (Linux) or the window's messages (Windows), gui/os_events.py;
with no session bus it hears nothing, and "locks when the screen locks" was a promise it did not
keep on that computer, said nowhere. These words say what is heard, and what to do when nothing is.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QKeySequence, QShowEvent

from vault_app.gui.i18n import QT_TRANSLATE_NOOP
from vault_app.gui.os_events import SCREEN_LOCK, SLEEP, OsLockEvents
from vault_app.gui.shortcuts import DEFAULTS
from vault_app.gui.wrapped_label import WrappedLabel

_CONTEXT = "lock_watch_words"
BOTH = QT_TRANSLATE_NOOP("lock_watch_words", "The vault also locks when the screen locks or the computer goes "
                         "to sleep.")
SCREEN_ONLY = QT_TRANSLATE_NOOP("lock_watch_words", "The vault also locks when the screen locks. This computer "
                                "does not tell the app when it goes to sleep: lock with %1 before stepping away.")
SLEEP_ONLY = QT_TRANSLATE_NOOP("lock_watch_words", "The vault also locks when the computer goes to sleep. This "
                               "computer does not tell the app when the screen locks: lock with %1 before "
                               "stepping away.")
NOTHING = QT_TRANSLATE_NOOP("lock_watch_words", "This computer does not tell the app when the screen locks or "
                            "the laptop sleeps: lock with %1 before stepping away; the idle lock still works.")
_WORDS = {frozenset({SLEEP, SCREEN_LOCK}): BOTH, frozenset({SCREEN_LOCK}): SCREEN_ONLY,
          frozenset({SLEEP}): SLEEP_ONLY, frozenset(): NOTHING}


def lock_key() -> str:
    """Lock now's shortcut as this platform writes it (Ctrl+L; ⌘L on a Mac)."""
    return QKeySequence(DEFAULTS["lock"]).toString(QKeySequence.SequenceFormat.NativeText)


def watch_words(watched: frozenset[str]) -> str:
    return QCoreApplication.translate(_CONTEXT, _WORDS[watched]).replace("%1", lock_key())


class LockWatchNote(WrappedLabel):
    """The note under the lock times, kept true while Settings is open: the D-Bus check runs a
    moment after the app starts, and Settings may be opened before it is done (empty till then,
    rather than words it would take back). Judged again each time it is shown: a screensaver
    started after the app is heard, and the words said so only from the next start."""

    def __init__(self, events: OsLockEvents) -> None:
        super().__init__()
        self.setObjectName("calmNote")
        self.events = events
        self.setAccessibleName(QCoreApplication.translate("lock_watch_words", "Locking with the screen"))
        events.watching_changed.connect(self.refresh)  # a QObject's slot: let go when the label goes
        self.refresh()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.events.recheck()  # its watching_changed refreshes the words when they change

    def refresh(self) -> None:
        self.setText(watch_words(self.events.watched) if self.events.known else "")
