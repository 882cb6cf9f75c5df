"""Settings' choices turned by the mouse wheel only once chosen: scrolling a page of Settings,
the wheel passing over the retention policy turned it from the APA guideline to a California
preset, and its years with it, unseen (found in the real app). The page scrolls instead. Every
scrolled body (gui/down_only_scroll.py) has the guard too: a confidentiality decision's risk factors
turned the same way."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QAbstractScrollArea, QAbstractSpinBox, QApplication, QComboBox, QWidget


class WheelScrollsThePage(QObject):
    """An event filter for the combo and spin boxes of a dialog: the wheel turns one only when
    it has the keyboard (clicked or tabbed to); otherwise the page around it scrolls."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.Wheel or not isinstance(watched, QWidget) or watched.hasFocus():
            return False
        area = _scroll_area_of(watched)
        if area is not None:
            QApplication.sendEvent(area.verticalScrollBar(), event)
        return True


def _scroll_area_of(widget: QWidget) -> QAbstractScrollArea | None:
    parent = widget.parentWidget()
    while parent is not None and not isinstance(parent, QAbstractScrollArea):
        parent = parent.parentWidget()
    return parent


def guard_wheel(dialog: QWidget) -> None:
    """Give every combo and spin box of `dialog` the guard (call once its widgets are built)."""
    guard = WheelScrollsThePage(dialog)
    for box in dialog.findChildren(QComboBox) + dialog.findChildren(QAbstractSpinBox):
        # Not focused by the wheel either (Qt.WheelFocus would give it the keyboard, then turn it).
        box.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        box.installEventFilter(guard)


__all__ = ["WheelScrollsThePage", "guard_wheel"]
