"""A ring around the control that has the keyboard, laid over it by a see-through child.

Found walking a keyboard-only day at 200 % (Xvfb; Fusion, Qt's style on a Linux desktop without
a theme of its own): the unlock window's "Recover with Emergency Kit…" and "Restore from a
backup…" are flat buttons, which Fusion draws with nothing at all for the focus; a default button
(Unlock, Back up now, Sign) looks the same with the keyboard or without it; Fusion draws a focus
frame only once Tab has been pressed in that window, so a form that opens with the keyboard in a
box showed none; and the Dark appearance's focus line was steel blue beside grey. A therapist who
cannot see well and works without a mouse could not tell where the next key would go.

The ring is the palette's highlight colour made dark enough (light windows) or light enough
(dark ones) to stand 4.5:1 from the window, 3 pixels wide (6 at 200 %), drawn whenever a control
has the keyboard, whatever moved it there. A desktop's own palette (a high-contrast one) gives
the colour. macOS keeps its own focus frame.

One ring for the application, moved on `QApplication.focusChanged`: a child of the control with
the keyboard, over all of it and its own children, painting itself alone. Every control keeps the
platform's style, drawn in C++: the ring was first a Python style on the whole application, every
paint of every control crossed into Python, and a full paint of a busy window took about half as
long again (docs/testing.md, forty-first round). Restyling only the control with the keyboard broke Tab
after typing in a combo box (tests/gui/test_measure_keyboard.py); the child restyles nothing.
A label (a message box's selectable text) is the one control ringed from outside: its words
reach its edges, and a ring inside covered their first letters (_host).

No `Qt` namespace here: this is installed before the unlock window's first paint, which reads none
(gui/launcher.py, tests/gui/test_startup_imports.py).
"""

from __future__ import annotations

from PySide6.QtCore import QChildEvent, QEvent, QObject, QRect, QRectF
from PySide6.QtGui import QBrush, QColor, QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import (
    QApplication,
    QFocusFrame,
    QGroupBox,
    QLabel,
    QStyle,
    QStyleOptionGroupBox,
    QTabBar,
    QWidget,
)

from vault_app.gui.focus_watch import follow_focus

CONTRAST = 4.5  # the ring against the window
WIDTH = 3.0  # logical pixels (6 at 200 %): thicker than a default button's own 1-pixel outline
_colours: dict[tuple[int, int], QColor] = {}
_installed: list[QObject] = []  # the one follower of the application


def _luminance(colour: QColor) -> float:
    def channel(value: float) -> float:
        return value / 12.92 if value <= 0.03928 else ((value + 0.055) / 1.055) ** 2.4

    return 0.2126 * channel(colour.redF()) + 0.7152 * channel(colour.greenF()) + 0.0722 * channel(colour.blueF())


def contrast(a: QColor, b: QColor) -> float:
    """WCAG's contrast ratio of two colours (1 to 21)."""
    light, dark = sorted((_luminance(a), _luminance(b)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


def ring_colour(palette: QPalette) -> QColor:
    """The palette's highlight, darkened on a light window or lightened on a dark one until it
    stands CONTRAST:1 from the window (Fusion's own highlight is 3.2:1 on its light grey)."""
    window = palette.color(QPalette.ColorRole.Window)
    highlight = palette.color(QPalette.ColorRole.Highlight)
    key = (window.rgba(), highlight.rgba())
    made = _colours.get(key)
    if made is None:
        made = QColor(highlight)
        dark = window.lightness() < 128
        for _ in range(24):
            if contrast(made, window) >= CONTRAST:
                break
            made = made.lighter(112) if dark else made.darker(112)
        if contrast(made, window) < CONTRAST:  # a highlight of the window's own shade
            made = palette.color(QPalette.ColorRole.WindowText)
        _colours[key] = made
    return made


def _ring(painter: QPainter, rect: QRect, palette: QPalette) -> None:
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(QPen(ring_colour(palette), WIDTH))
    painter.setBrush(QBrush())
    half = WIDTH / 2
    painter.drawRoundedRect(QRectF(rect).adjusted(half, half, -half, -half), 3.0, 3.0)
    painter.restore()


def _ringed(control: QWidget, whole: QRect) -> QRect:
    """Where on the control the ring goes: all of it, but a tab bar's current tab, and a group
    ticked on and off (a note's Session) its box and title, not the whole group."""
    if isinstance(control, QTabBar):
        current = control.currentIndex()
        return control.tabRect(current) if current >= 0 else whole
    if isinstance(control, QGroupBox) and control.isCheckable():
        option = QStyleOptionGroupBox()
        control.initStyleOption(option)
        style = control.style()
        box = style.subControlRect(QStyle.ComplexControl.CC_GroupBox, option,
                                   QStyle.SubControl.SC_GroupBoxCheckBox, control)
        title = style.subControlRect(QStyle.ComplexControl.CC_GroupBox, option,
                                     QStyle.SubControl.SC_GroupBoxLabel, control)
        # Wider at the right: the dark sheet draws the title a few pixels right of the style's rect
        return box.united(title).adjusted(-3, -2, 6, 2).intersected(whole)
    return whole


def _host(control: QWidget) -> tuple[QWidget, QRect]:
    """Which widget the ring is a child of, and where on it. A label's words reach its very edge:
    ringed inside, the ring covered their first letters (found by a walker clicking a message
    box's selectable text, "nténtelo de nuevo"), so a label is ringed around, from its parent."""
    parent = control.parentWidget()
    if isinstance(control, QLabel) and parent is not None:
        pad = int(WIDTH) + 1
        return parent, control.geometry().adjusted(-pad, -pad, pad, pad)
    return control, control.rect()


class _Ring(QFocusFrame):
    """The ring: a see-through child laid over the whole control (a text box's or list's scroll
    bars included), above the control's own children (a spin box's field, a text box's page).
    A QFocusFrame for what Qt gives one (its own placement unused): transparent to the mouse,
    never taking the keyboard, its parent told of no new child, and left out of the control's
    accessible children, so a screen reader meets no extra, unnamed item
    (tests/gui/test_focus_ring_cost.py)."""

    def __init__(self, control: QWidget) -> None:
        super().__init__(control)
        self.control: QWidget | None = None

    def paintEvent(self, event: QPaintEvent) -> None:
        control = self.control
        if control is None:
            return
        painter = QPainter(self)
        _ring(painter, _ringed(control, self.rect()), self.palette())
        painter.end()


class _Follower(QObject):
    """Lays the ring over the control that has the keyboard, and takes it away when it goes."""

    def __init__(self, app: QApplication) -> None:
        super().__init__(app)
        self.ring: _Ring | None = None
        follow_focus(self.moved)

    def moved(self, _old: QWidget | None, new: QWidget | None) -> None:
        popup = QApplication.activePopupWidget()
        if new is not None and popup is not None and (new is popup or popup.isAncestorOf(new)):
            return  # a drop-down's list or a menu: the control it drops from keeps its ring
        control = None if new is None or new.isWindow() else new
        ring = self.ring
        if ring is not None and not (_alive(ring) and (ring.control is None or _alive(ring.control))):
            if _alive(ring):  # a label's, left in its parent when the label went
                ring.hide()
                ring.deleteLater()
            ring = self.ring = None  # deleted, or being deleted, with its control (a closed note window)
        if ring is not None and ring.control is not control:
            if ring.control is not None:
                ring.control.removeEventFilter(self)
            ring.control = None
            ring.hide()
        if control is None:
            return
        host, where = _host(control)
        if ring is None:
            ring = self.ring = _Ring(host)
        if ring.control is not control:
            ring.setParent(host)  # moves, scrolls and hides with it
            ring.control = control
            control.installEventFilter(self)
        ring.setGeometry(where)
        ring.raise_()
        ring.show()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        ring: _Ring | None = getattr(self, "ring", None)  # None too once cleared by the cycle collector
        control = None if ring is None else ring.control
        if ring is not None and control is not None and watched is control:
            kind = event.type()
            if kind in (QEvent.Type.Resize, QEvent.Type.Move):
                ring.setGeometry(_host(control)[1])
            elif kind == QEvent.Type.ChildAdded and isinstance(event, QChildEvent) and event.child().isWidgetType():
                ring.raise_()  # a child made later (a text box's clear button) goes under the ring
        return False


def _alive(widget: QWidget) -> bool:
    """False once Qt deleted it with the control it lay over (a closed note window)."""
    try:
        widget.objectName()
    except RuntimeError:
        return False
    return True


def install(app: QApplication) -> None:
    """Once per process. The application's style stays the platform's (and the theme's sheet
    over it): the ring is a widget of its own."""
    if _installed:
        return
    if app.style().name() == "macos":  # its own focus frame already rings the control
        return
    follower = _Follower(app)
    _installed.append(follower)
    if QApplication.focusWidget() is not None:
        follower.moved(None, QApplication.focusWidget())


__all__ = ["contrast", "install", "ring_colour"]
