"""Debounced background autosave that never loses a keystroke.

Every edit bumps a version number. A save is queued 800 ms after the last edit (and
at least every 5 s during continuous typing) with a snapshot of the text taken at
that moment; when it returns, anything typed meanwhile is saved by the next round.
Saves run on the single worker in order, so `flush()` before a lock or sign always
lands first. State the worker needs (the note id once created) lives in the
`DraftState` (services/notes.py), which only the save functions on the worker write.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from datetime import datetime
from datetime import time as dt_time
from typing import TYPE_CHECKING, Generic, TypeVar

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal
from PySide6.QtWidgets import QWidget

from vault_app.domain.errors import VaultError
from vault_app.domain.locale_format import zone_name
from vault_app.gui import practice_clock
from vault_app.gui.dates import show_time
from vault_app.gui.hour_article import hour_article
from vault_app.gui.refusal_words import refusal_text
from vault_app.services.notes import DraftState

if TYPE_CHECKING:
    from vault_app.gui.seam import App
    from vault_app.services.vault import Vault

DEBOUNCE_MS = 800
MAX_WAIT_S = 5.0


S = TypeVar("S")  # what the editor holds at one moment (the text, the fields)
R = TypeVar("R")  # what one save returns to the editor (the note id, the guard's warnings)



def saved_words(at: dt_time, zone: str = "") -> str:
    """ "Saved 1:05 PM" in the screen's language and the practice's clock ("Guardado a la 1:05 p.m.");
    `zone` named after the time ("Saved 11:59 PM PST") where the practice's clock is not this computer's."""
    shown = f"{show_time(at)} {zone}" if zone else show_time(at)
    return hour_article(QCoreApplication.translate("Autosave", "Saved {time}").format(time=shown))

class Stored:
    """Autosaver.stored: written and read on the worker only."""

    def __init__(self) -> None:
        self.version = 0


class Autosaver(QObject, Generic[S, R]):
    status_changed = Signal(str)
    # Emitted with each save's result (an R) after the save's own change notice.
    saved = Signal(object)

    def __init__(
        self,
        controller: App,
        parent: QWidget,
        snapshot: Callable[[], S],
        save: Callable[[Vault, DraftState, S], R],
    ) -> None:
        super().__init__(parent)
        self.controller = controller
        self.widget = parent
        self.snapshot = snapshot
        self.save_fn = save
        self.draft = DraftState()
        # The newest version a save stored, written on the worker right after that save: read
        # there too, after the lock's own save, it says whether that save went through
        # (held_note.lock_entry_of: the words a full disk refused are held with the window).
        self.stored = Stored()
        self.version = 0
        self.saved_version = 0
        self.queued_version = 0
        # Why the last save that returned was refused (a full disk), or "": closing the window
        # loses the words it held (gui/close_unsaved.py asks first, saying this). Cleared by the
        # next save that stores.
        self.refused = ""
        self._first_unsaved_at: float | None = None
        self.enabled = True
        # when_saved(): (the version to be saved, then, refused), run or dropped as saves return
        self._waiting: list[tuple[int, Callable[[], None], Callable[[str], None]]] = []
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DEBOUNCE_MS)
        self._timer.timeout.connect(self.flush)
        # A line held over the save words (hold_status), and the save word to say once it ends.
        self._hold = QTimer(self)
        self._hold.setSingleShot(True)
        self._hold.timeout.connect(self._hold_ended)
        self._word = ""

    @property
    def dirty(self) -> bool:
        return self.version > self.queued_version

    @property
    def unsaved(self) -> bool:
        return self.version > self.saved_version

    def changed(self) -> None:
        if not self.enabled:
            return
        self.version += 1
        now = time.monotonic()
        if self._first_unsaved_at is None:
            self._first_unsaved_at = now
        self._say(QCoreApplication.translate("Autosave", "Editing…"))
        if now - self._first_unsaved_at >= MAX_WAIT_S:
            self.flush()
        else:
            self._timer.start()

    def flush(self) -> None:
        """Queue a save of the current text now, if anything changed since the last one."""
        self._timer.stop()
        if not self.dirty or not self.enabled or self.controller.vault is None:
            return
        version = self.version
        data = self.snapshot()
        draft, save = self.draft, self.save_fn
        self.queued_version = version
        self._first_unsaved_at = None
        self._say(QCoreApplication.translate("Autosave", "Saving…"))
        stored = self.stored

        def job(v: Vault) -> R:
            result = save(v, draft, data)
            stored.version = max(stored.version, version)
            return result

        self.controller.op(self.widget, job).success(lambda result: self._done(version, result)) \
            .failure(self._failed).run()

    def hold_status(self, text: str, ms: int) -> None:
        """Says `text` for `ms`; the save words of meanwhile come after it (a refused save's at
        once). Found by a walker: a copied note's "The clipboard is cleared in 30 seconds." was
        replaced within ~3 s by "Saved 7:00 PM", before it was true or read."""
        self.status_changed.emit(text)
        self._hold.start(ms)

    def _say(self, word: str) -> None:
        self._word = word
        if not self._hold.isActive():
            self.status_changed.emit(word)

    def _hold_ended(self) -> None:
        self.status_changed.emit(self._word)

    def when_saved(self, then: Callable[[], None], refused: Callable[[str], None]) -> None:
        """`then` once everything typed so far is saved; `refused` with the reason instead when
        that save is refused. Signing waits on it: a save refused ("the start time is not a
        valid time") left the signature on the last saved text, the screen's edits not in it
        (found on Xvfb: a note signed with "5:00 PN" on screen and 5:00 PM stored)."""
        self.flush()
        if not self.unsaved:
            then()
            return
        self._waiting.append((self.version, then, refused))

    def _done(self, version: int, result: R) -> None:
        self.saved_version = max(self.saved_version, version)
        self.refused = ""
        ready = [w for w in self._waiting if w[0] <= self.saved_version]
        self._waiting = [w for w in self._waiting if w[0] > self.saved_version]
        if self.unsaved:
            self.flush()
        else:
            # In the practice's language and clock: it read "Saved 22:05" in English under a
            # Spanish note, and beside a US practice's "Signed 10:05 PM".
            # Where the practice's clock is not this computer's, on the practice's, named: the note's
            # session above it is on that clock (gui/practice_clock.py).
            there = practice_clock.elsewhere_now()
            self._say(saved_words(there.time(), zone_name(there)) if there is not None
                      else saved_words(datetime.now().time()))
        self.saved.emit(result)
        for _version, then, _refused in ready:
            then()

    def _failed(self, exc: BaseException) -> bool:
        # Keep the text in the editor and mark it unsaved; the next edit or flush retries.
        self.queued_version = self.saved_version
        message = (refusal_text(exc) if isinstance(exc, VaultError)
                   else QCoreApplication.translate("Autosave", "could not be saved"))
        self.refused = message
        self._hold.stop()  # a refused save is said at once, over any held line
        self._say(QCoreApplication.translate("Autosave", "Not saved: {reason}").format(reason=message))
        waiting, self._waiting = self._waiting, []
        for _version, _then, refused in waiting:
            refused(message)
        return isinstance(exc, VaultError)

    def stop(self) -> None:
        self._timer.stop()
        self._hold.stop()
        self.enabled = False
