"""What a 150 % walker saw and a geometry test can tell: a wrapped label laid out shorter than its
lines (cut at the top and bottom, or drawn over the next widget), and widgets side by side in one
parent drawn over each other. Real widgets, after a layout pass."""

from __future__ import annotations

from PySide6.QtCore import QRect
from PySide6.QtWidgets import QLabel, QWidget


def squeezed_labels(window: QWidget) -> list[tuple[str, int, int]]:
    """The shown wrapped labels with fewer pixels than their lines: (text, height, needed)."""
    found = []
    for label in window.findChildren(QLabel):
        if not label.isVisibleTo(window) or not label.wordWrap() or not label.text().strip():
            continue
        claimed = label.minimumHeight()
        label.setMinimumHeight(0)  # Qt's height for width counts a claimed minimum: the lines alone
        needed = label.heightForWidth(label.width())
        label.setMinimumHeight(claimed)
        if label.height() < needed:
            found.append((label.text()[:60], label.height(), needed))
    return found


def in_window(widget: QWidget, window: QWidget) -> QRect:
    return QRect(widget.mapTo(window, widget.rect().topLeft()), widget.size())


def drawn_over(widgets: list[QWidget], window: QWidget) -> list[tuple[str, str]]:
    """Pairs of shown widgets whose rectangles in the window cross."""
    shown = [w for w in widgets if w.isVisibleTo(window)]
    return [(type(a).__name__ + ":" + a.objectName(), type(b).__name__ + ":" + b.objectName())
            for i, a in enumerate(shown) for b in shown[i + 1:]
            if in_window(a, window).intersects(in_window(b, window))]
