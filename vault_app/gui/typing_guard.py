"""The unlock window shown by a lock does not take the keys of the work it interrupted.

Found walking the real app: a therapist typing a note when the idle lock fired went on typing
into the unlock window's passphrase field (the keys already under the fingers, and those typed
before looking up), and the Enter among them was an unlock refused for a wrong passphrase: a
longer wait before the next try, an audit that read as if someone had been guessing, and the
note's words left in the field. With the PIN it was worse: each such Enter spent a PIN try.

So the keys of a burst that was going on as the window appeared are dropped, unseen, until the
keyboard has been quiet for QUIET_SECONDS (the pause of someone who has seen the window) or the
window is clicked. A key pressed after that pause is typed as usual and the unlock counts every
wrong passphrase typed that way: nothing is filled in or tried on the therapist's behalf, and
nothing deliberate counts less. Dropped keys are said in the window, so a passphrase begun too
quickly is not a mystery.

Time is read from `clock` (seconds, time.monotonic by default) as each key arrives, so tests
give their own clock and no test waits on the wall clock.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QWidget

# Longer than the gap between keys of someone typing (a slow typist's is well under a second),
# shorter than the pause of reading "Unlock your vault" and deciding to type a passphrase.
QUIET_SECONDS = 1.0



class TypingGuard(QObject):
    """Watches `widgets` (the fields and buttons of one unlock window) from `arm` on."""

    def __init__(self, widgets: Iterable[QWidget], on_dropped: Callable[[], object],
                 clock: Callable[[], float] = time.monotonic, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._clock = clock
        self._on_dropped = on_dropped
        self._widgets = tuple(widgets)
        self._last: float | None = None  # the arming, then each dropped key: None once released
        self.dropped = 0

    @property
    def holding(self) -> bool:
        return self._last is not None

    def arm(self) -> None:
        """From now, a key that comes sooner than QUIET_SECONDS after the last one is dropped."""
        self._last = self._clock()
        for widget in self._widgets:
            widget.installEventFilter(self)

    def release(self) -> None:
        self._last = None
        for widget in self._widgets:
            widget.removeEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        last: float | None = getattr(self, "_last", None)  # None too once cleared by the cycle collector
        if last is None:  # (test_overrides_after_collection)
            return False
        kind = event.type()
        if kind == QEvent.Type.MouseButtonPress:
            self.release()  # a click is deliberate: the pointer was moved to this window
            return False
        if kind != QEvent.Type.KeyPress:
            return False  # a ShortcutOverride too: the KeyPress that follows it decides
        now = self._clock()
        if now - last >= QUIET_SECONDS:
            self.release()  # typed after a pause: the therapist's own, taken as usual
            return False
        self._last = now
        self.dropped += 1
        if self.dropped == 1:
            self._on_dropped()
        event.accept()
        return True
