"""The least height a page needs at a given width: its wrapped lines whole, everything else at
its minimum (gui/page_pane.py asks it for the page on show).

Qt has two answers, neither of them this one. A widget's minimum height takes a wrapped label
as one line, so a page laid out at its minimum in a low window cut its sentences (the Overview,
the Restrictions note, the Psychotherapy lock page's title and its unlock button, a draft's Sign
and lock: round 46, 150 %, a window about 465 logical pixels tall). Its height for a width is its
preferred height, and a tab widget answers with the tallest of all its tabs' preferred heights
(their lists' 700 pixels and more): a whole chart scrolled on a 750-pixel screen with room for it.

Here, down a page's vertical layouts: a wrapped label counts at its height for its width, a
row (a horizontal or grid layout) as Qt lays it out at that width (QLayout.minimumHeightForWidth,
which already counts a wrapped label at its width), a tab widget or a stack of pages as the page
on show only, and a scroll area inside the page as its minimum (it scrolls on its own).
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractScrollArea,
    QBoxLayout,
    QLayout,
    QLayoutItem,
    QStackedWidget,
    QTabWidget,
    QWidget,
)


def _floor(widget: QWidget) -> int:
    """What Qt gives the widget at the least (its minimum size hint, or its minimum if set)."""
    return widget.minimumHeight() or widget.minimumSizeHint().height()


def least_height(widget: QWidget, width: int) -> int:
    """The height `widget` needs at `width` for nothing on it to be cut: see the module."""
    if isinstance(widget, QAbstractScrollArea):
        return _floor(widget)
    if isinstance(widget, QTabWidget):
        tab = widget.currentWidget()
        if tab is None or tab.height() <= 0:
            return _floor(widget)
        # The tab bar and the frame, as the tab widget has them now
        around = max(0, widget.height() - tab.height())
        tab_width = width - max(0, widget.width() - tab.width())
        return max(_floor(widget), around + least_height(tab, tab_width))
    if isinstance(widget, QStackedWidget):
        page = widget.currentWidget()
        shown = least_height(page, width) if page is not None else 0
        return min(widget.maximumHeight(), max(widget.minimumHeight(), shown))
    layout = widget.layout()
    if layout is not None:  # a group box's title and frame are its contents margins
        margins = widget.contentsMargins()
        needed = margins.top() + margins.bottom() + layout_least_height(
            layout, width - margins.left() - margins.right())
    elif widget.hasHeightForWidth():
        needed = widget.heightForWidth(width)
    else:
        needed = 0
    return min(widget.maximumHeight(), max(_floor(widget), needed))


def _item_least_height(item: QLayoutItem, width: int) -> int:
    widget = item.widget()
    if widget is not None:
        return max(item.minimumSize().height(), least_height(widget, min(width, widget.maximumWidth())))
    layout = item.layout()
    if layout is not None:
        return layout_least_height(layout, width)
    return item.minimumSize().height()


def layout_least_height(layout: QLayout, width: int) -> int:
    """The height `layout` needs at `width`, its margins counted: a column item by item, any
    other layout as Qt lays it out."""
    if not isinstance(layout, QBoxLayout) or layout.direction() not in (
            QBoxLayout.Direction.TopToBottom, QBoxLayout.Direction.BottomToTop):
        if layout.hasHeightForWidth():
            return max(layout.minimumSize().height(), layout.minimumHeightForWidth(width))
        return layout.minimumSize().height()
    margins = layout.contentsMargins()
    inner = width - margins.left() - margins.right()
    total, shown = 0, 0
    for i in range(layout.count()):
        item = layout.itemAt(i)
        if item is None:
            continue
        if item.spacerItem() is not None:  # a spacing or a stretch: its own least height
            total += item.minimumSize().height()
            continue
        if item.isEmpty():  # hidden
            continue
        total += _item_least_height(item, inner)
        shown += 1
    return total + max(0, shown - 1) * max(0, layout.spacing()) + margins.top() + margins.bottom()


__all__ = ["layout_least_height", "least_height"]
