"""The keyboard back to a window when a dialog it opened closes, whether or not the window
manager hands it back (found by a NY walker: after a request's grant and its copy made, Escape
did nothing in the request's window: the keyboard was not in it any more)."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QWidget


def back_after(dialog: QDialog, window: QWidget, fallback: QWidget) -> None:
    """When `dialog` closes, `window` is active again with the keyboard where it was, or on
    `fallback` (its Close button) if that widget went (a grant greys the button it came from)."""
    def back(_result: int) -> None:
        if not window.isVisible():
            return
        window.activateWindow()
        window.raise_()
        where = window.focusWidget()
        if where is None or not where.isEnabled() or not where.isVisible():
            fallback.setFocus()

    dialog.finished.connect(back)


__all__ = ["back_after"]
