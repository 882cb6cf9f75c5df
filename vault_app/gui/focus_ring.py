"""A ring around the control that has the keyboard, drawn over the platform's own style.

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

No `Qt` namespace here: the style is set before the unlock window's first paint, which reads none
(gui/launcher.py, tests/gui/test_startup_imports.py).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QRect, QRectF
from PySide6.QtGui import QBrush, QColor, QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import (
    QAbstractItemView,
    QAbstractScrollArea,
    QApplication,
    QProxyStyle,
    QPushButton,
    QStyle,
    QStyleOption,
    QStyleOptionComplex,
    QWidget,
)

CONTRAST = 4.5  # the ring against the window
WIDTH = 3.0  # logical pixels (6 at 200 %): thicker than a default button's own 1-pixel outline
_CONTROLS = (
    QStyle.ControlElement.CE_PushButtonBevel,  # flat, default and plain buttons alike
    QStyle.ControlElement.CE_CheckBox,
    QStyle.ControlElement.CE_RadioButton,
    QStyle.ControlElement.CE_TabBarTab,
    QStyle.ControlElement.CE_ShapedFrame,  # a frame with the keyboard (text boxes: also _BoxRing)
)
_COMPLEX = (
    QStyle.ComplexControl.CC_ComboBox,
    QStyle.ComplexControl.CC_SpinBox,  # dates, times and numbers
    QStyle.ComplexControl.CC_ToolButton,
)
_colours: dict[tuple[int, int], QColor] = {}
_installed: list[QStyle] = []  # the one style set on the application


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


def _has_keyboard(widget: QWidget | None) -> bool:
    return widget is not None and widget.hasFocus()


def _ring(painter: QPainter, rect: QRect, palette: QPalette) -> None:
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(QPen(ring_colour(palette), WIDTH))
    painter.setBrush(QBrush())
    half = WIDTH / 2
    painter.drawRoundedRect(QRectF(rect).adjusted(half, half, -half, -half), 3.0, 3.0)
    painter.restore()


class FocusRingStyle(QProxyStyle):
    """The application's style, with the ring added where a control has the keyboard."""

    def drawControl(self, element: QStyle.ControlElement, option: QStyleOption, painter: QPainter,
                    widget: QWidget | None = None) -> None:
        super().drawControl(element, option, painter, widget)
        if (element in _CONTROLS and option.state & QStyle.StateFlag.State_HasFocus
                and _has_keyboard(widget)):
            _ring(painter, option.rect, option.palette)

    def drawComplexControl(self, control: QStyle.ComplexControl, option: QStyleOptionComplex,
                           painter: QPainter, widget: QWidget | None = None) -> None:
        super().drawComplexControl(control, option, painter, widget)
        if widget is None or not (option.state & QStyle.StateFlag.State_HasFocus and widget.hasFocus()):
            return
        ticked = option.subControls & QStyle.SubControl.SC_GroupBoxCheckBox
        if control in _COMPLEX:
            _ring(painter, option.rect, option.palette)
        elif control == QStyle.ComplexControl.CC_GroupBox and ticked:
            # A group box ticked on and off (a note's Session): its box and title, not the whole group
            box = self.subControlRect(control, option, QStyle.SubControl.SC_GroupBoxCheckBox, widget)
            title = self.subControlRect(control, option, QStyle.SubControl.SC_GroupBoxLabel, widget)
            _ring(painter, box.united(title).adjusted(-3, -2, 3, 2), option.palette)

    def drawPrimitive(self, element: QStyle.PrimitiveElement, option: QStyleOption, painter: QPainter,
                      widget: QWidget | None = None) -> None:
        super().drawPrimitive(element, option, painter, widget)
        if not _has_keyboard(widget):
            return
        if element == QStyle.PrimitiveElement.PE_PanelLineEdit and option.state & QStyle.StateFlag.State_HasFocus:
            _ring(painter, option.rect, option.palette)
        elif (element == QStyle.PrimitiveElement.PE_FrameFocusRect
              and not isinstance(widget, (QPushButton, QAbstractItemView))):
            # A check box's words where a style sheet draws its box (the dark appearance's): the
            # ring, where Fusion drew nothing before a Tab. Not a list's or table's current cell:
            # the box ring rings the view and the selection shows the cell, and a ring inside the
            # cell hid its last line (the agenda's "note signed", ci106)
            _ring(painter, option.rect, option.palette)


class _BoxRing(QWidget):
    """The ring over a text box, list or table with the keyboard. Their frame is one pixel wide
    and their text covers the rest (the ring drawn with the frame was a hairline), so the ring is
    a see-through child laid over the whole box, scroll bars included."""

    def __init__(self) -> None:
        super().__init__()
        # Lazy (start-up): the `Qt` namespace, read once a box first takes the keyboard
        from PySide6.QtCore import Qt

        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.box: QAbstractScrollArea | None = None

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        _ring(painter, self.rect(), self.palette())
        painter.end()


class _BoxFollower(QObject):
    """Lays the ring over the box that has the keyboard, and takes it away when it goes."""

    def __init__(self, app: QApplication) -> None:
        super().__init__(app)
        self.ring: _BoxRing | None = None
        app.focusChanged.connect(self.moved)

    def moved(self, _old: QWidget | None, new: QWidget | None) -> None:
        box = new if isinstance(new, QAbstractScrollArea) else None
        popup = QApplication.activePopupWidget()
        if box is not None and popup is not None and popup.isAncestorOf(box):
            box = None  # a drop-down's list: the box it drops from keeps its ring
        ring = self.ring
        if ring is not None and not (_alive(ring) and (ring.box is None or _alive(ring.box))):
            ring = self.ring = None  # deleted, or being deleted, with its box (a closed note window)
        if ring is not None and ring.box is not box:
            if ring.box is not None:
                ring.box.removeEventFilter(self)
            ring.box = None
            ring.hide()
        if box is None:
            return
        if ring is None:
            ring = self.ring = _BoxRing()
        ring.setParent(box)
        ring.box = box
        box.installEventFilter(self)
        ring.setGeometry(box.rect())
        ring.raise_()
        ring.show()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        ring: _BoxRing | None = getattr(self, "ring", None)  # None too once cleared by the cycle collector
        if ring is not None and watched is ring.box and event.type() == QEvent.Type.Resize:
            ring.setGeometry(ring.box.rect())
        return False


def _alive(widget: QWidget) -> bool:
    """False once Qt deleted it with the box it lay over (a closed note window)."""
    try:
        widget.objectName()
    except RuntimeError:
        return False
    return True


def install(app: QApplication) -> None:
    """Once per process, before the theme's style sheet (which then wraps this style)."""
    if _installed:
        return
    base = app.style().name()
    if base == "macos":  # its own focus frame already rings the control
        return
    style = FocusRingStyle(base) if base else FocusRingStyle()
    _installed.append(style)
    app.setStyle(style)
    _BoxFollower(app)


__all__ = ["FocusRingStyle", "contrast", "install", "ring_colour"]
