"""A row of a scrolled form shown or hidden without moving what the person is looking at.

A row above the view (the progress note's "not a visit yet" line, which goes when the note's
session is a visit and comes back when the note is read again; its "No session recorded" line,
shown once a note without a session is saved) moves everything below it: the
therapist typing at the end of a long note saw the text slide by the row's height under the
caret. The field with the keyboard, if any of it is seen (else what is in the middle of the
view), is kept where it was on the screen: the scroll follows the row's height, once the layout
has settled. At the scroll's ends there is no room to follow, and the text moves by what is
missing; at its top nothing follows, so the form's top (the note's Session box) stays in
view. A caret out of view (typed down a box only partly shown) is brought into it."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QPoint, QRect, QRectF, Qt
from PySide6.QtWidgets import QApplication, QScrollArea, QWidget

from vault_app.gui.focus_in_view import enclosing_area, keep_shown


def show_in_place(row: QWidget, shown: bool) -> None:
    """`row` shown (or hidden); in a scroll area, what is seen below it stays put."""
    if row.isHidden() != shown:
        return  # as it was: nothing moves
    area = enclosing_area(row)
    body = area.widget() if area is not None else None
    if area is None or body is None or not area.isVisible():
        row.setVisible(shown)
        return
    view = area.viewport()
    # At the top of the form the top stays in view: following the field with the keyboard there
    # scrolled a new note ~34 px down on opening, its "Session" tick box out of sight (found by
    # a walker at 1366x768); the row comes in plain sight above the field instead.
    anchor = _anchor(area, body, row) if area.verticalScrollBar().value() > 0 else None
    before = anchor.mapTo(view, QPoint(0, 0)).y() if anchor is not None else 0
    row.setVisible(shown)
    _settle(area, body)
    if anchor is not None:
        bar = area.verticalScrollBar()
        bar.setValue(bar.value() + anchor.mapTo(view, QPoint(0, 0)).y() - before)
    focus = QApplication.focusWidget()
    if focus is not None and body.isAncestorOf(focus) and not _caret_seen(view, focus):
        # Its caret out of view: given the keyboard in this same turn (a carried plan), or typed
        # down a box only partly shown (the area does not follow a caret as it moves): shown.
        keep_shown(focus)


def _caret_seen(view: QWidget, focus: QWidget) -> bool:
    caret = focus.inputMethodQuery(Qt.InputMethodQuery.ImCursorRectangle)
    if not isinstance(caret, QRect):  # PySide gives QRectF for some widgets
        caret = caret.toRect() if isinstance(caret, QRectF) else focus.rect()
    return view.rect().intersects(QRect(focus.mapTo(view, caret.topLeft()), caret.size()))


def _anchor(area: QScrollArea, body: QWidget, row: QWidget) -> QWidget | None:
    """What stays put: the field being typed in, else what lies in the middle of the view."""
    view = area.viewport()
    focus = QApplication.focusWidget()
    if (focus is not None and body.isAncestorOf(focus) and focus.isVisible()
            and view.rect().intersects(QRect(focus.mapTo(view, QPoint(0, 0)), focus.size()))):
        return focus
    middle = body.mapFrom(view, QPoint(view.width() // 2, view.height() // 2))
    seen = body.childAt(middle)
    if seen is None or seen is row or row.isAncestorOf(seen):
        return None  # the row itself in view: above it nothing moves, below it the row's height
    return seen


def _settle(area: QScrollArea, body: QWidget) -> None:
    # Qt lays the body out again on its next turn of the event loop, after the first paint:
    # done now, the scroll is corrected before anything is drawn in the wrong place.
    layout = body.layout()
    if layout is not None:
        layout.activate()
    QCoreApplication.sendEvent(area, QEvent(QEvent.Type.LayoutRequest))  # the area sizes its widget again


__all__ = ["show_in_place"]
