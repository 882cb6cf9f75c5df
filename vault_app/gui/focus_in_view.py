"""A form's field scrolled into view when the keyboard is sent to it. Qt's scroll area scrolls
to the field Tab reaches, not to one a label's Alt letter (a buddy) or the program reaches:
found by the Spanish walker at 125 %, Alt+E in the progress note put the caret in the ICD-10
codes above the viewport, and the codes were typed unseen. A click leaves the scroll as it is
(the field clicked is in view), and a box taller than the view is scrolled to only when none
of it is shown (its caret is somewhere in what is shown). The keyboard given back to a field when
its window is active again is where the person left it: not scrolled either (a click into an empty
box left its caret at the box's top, above the view, and the box jumped when the window came back:
ci76, 768 against 954)."""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QObject, QRect, Qt, QTimer
from PySide6.QtWidgets import QApplication, QScrollArea, QWidget

from vault_app.gui.focus_watch import follow_focus


class FocusInView(QObject):
    """Kept by the scroll area (its child): gone with it, and then no longer called (focus_watch)."""

    def __init__(self, area: QScrollArea) -> None:
        super().__init__(area)
        self._area = area
        # The field that had the keyboard when it went to another window (None: none of ours).
        self._left: QWidget | None = None
        follow_focus(self._moved)

    def _moved(self, old: QWidget | None, new: QWidget | None) -> None:
        # Focus moves while a dialog is torn down: its area may be gone before this child is.
        if not shiboken6.isValid(self) or not shiboken6.isValid(self._area):
            return
        body = self._area.widget()
        if body is None:
            return
        if new is None or not body.isAncestorOf(new):
            if old is not None and body.isAncestorOf(old) and (new is None or new.window() is not old.window()):
                self._left = old  # the window inactive: its field keeps the keyboard for its return
            return
        left, self._left = self._left, None
        if new is left and (old is None or old.window() is not new.window()):
            return  # the window active again: the keyboard back where the person left it
        if QApplication.mouseButtons() != Qt.MouseButton.NoButton:
            return
        viewport = self._area.viewport()
        if new.height() <= viewport.height():
            self._area.ensureWidgetVisible(new)
            return
        shown = QRect(new.mapTo(viewport, new.rect().topLeft()), new.size())
        if not viewport.rect().intersects(shown):
            self._area.ensureWidgetVisible(new, 0, 0)


def enclosing_area(widget: QWidget) -> QScrollArea | None:
    """The scroll area `widget` lies in, if any."""
    parent = widget.parentWidget()
    while parent is not None and not isinstance(parent, QScrollArea):
        parent = parent.parentWidget()
    return parent


def keep_shown(widget: QWidget) -> None:
    """`widget`, given the keyboard by the program (setFocus does not scroll; only Tab does),
    scrolled into view now and again once the layout has settled: a row shown or hidden in the
    same turn (a note's "not a visit yet") moves what lies below it after the first scroll."""
    area = enclosing_area(widget)
    if area is None:
        return
    area.ensureWidgetVisible(widget)

    def again() -> None:
        if shiboken6.isValid(widget) and widget.hasFocus():
            area.ensureWidgetVisible(widget)

    QTimer.singleShot(0, area, again)


def keep_focus_in_view(area: QScrollArea) -> QScrollArea:
    FocusInView(area)
    return area


__all__ = ["FocusInView", "enclosing_area", "keep_focus_in_view", "keep_shown"]
