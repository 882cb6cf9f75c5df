"""The Psychotherapy tab's list beside the note: as wide as its dates and statuses need, and its
lock-minutes line on two lines at most; the note's buttons go onto a second line rather than take
the list's width (psychotherapy_tab.py lays them out).

Found by the last helper (round 45, at 150 %, English and Spanish): the note's text had its room,
but the four buttons of an imported draft held the right column at about 520 pixels, and the list
beside it got what was left, about 74: its Date column cut, the lock's minutes on six lines."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date

from PySide6.QtWidgets import QLabel, QStyle, QTreeWidget, QWidget

from vault_app.gui.dates import show_date

# A day of each month, the 28th: the widest a date can be shown, whatever the practice's format
# (a month's name in it, or numbers only).
_DAYS = [date(2026, month, 28) for month in range(1, 13)]


def _text_width(tree: QTreeWidget, texts: Iterable[str]) -> int:
    """A column's width for `texts`: the widest, with the margins the view draws them within."""
    style = tree.style()
    margin = 2 * (style.pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, tree) + 1)
    metrics = tree.fontMetrics()
    return max((metrics.horizontalAdvance(text) for text in texts), default=0) + margin


def columns_width(tree: QTreeWidget, statuses: Iterable[str]) -> int:
    """The list's width with its Date and Status columns whole (and room for its scroll bar,
    which comes with the notes of a long treatment)."""
    header = tree.header()
    # From the words the columns can hold, not from the rows listed: the same width before the
    # first note and after (the text beside it does not move when a note is listed).
    day = max(header.sectionSizeHint(0), _text_width(tree, (show_date(d) for d in _DAYS)))
    status = max(header.sectionSizeHint(1), _text_width(tree, statuses))
    bar = tree.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent, None, tree)
    return day + status + bar + 2 * tree.frameWidth()


def two_lines_width(label: QLabel) -> int:
    """The least width at which the word-wrapped `label` says its words on two lines."""
    metrics = label.fontMetrics()
    margins = label.contentsMargins()
    two = 2 * metrics.lineSpacing() + margins.top() + margins.bottom()
    low, high = 1, metrics.horizontalAdvance(label.text()) + margins.left() + margins.right() + 1
    while low < high:  # heightForWidth falls as the width grows
        middle = (low + high) // 2
        if label.heightForWidth(middle) <= two:
            high = middle
        else:
            low = middle + 1
    return high


def fit_list(pane: QWidget, tree: QTreeWidget, statuses: Iterable[str], minutes: QLabel) -> None:
    """The list's pane at least as wide as its dates, its statuses and two lines of `minutes`."""
    pane.setMinimumWidth(max(columns_width(tree, statuses), two_lines_width(minutes)))




__all__ = ["columns_width", "fit_list", "two_lines_width"]
