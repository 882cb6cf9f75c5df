"""A chart's tab pages reflowed to the pane's width: rows of buttons wrap, long lines wrap.

Found in the real app (Spanish, 150 %, a 1000x720 window, any chart): the chart page was wider
than its pane beside the client list, "Exportar o divulgar…" cut at the right edge and every tab
page behind a sideways scroll bar. Each page had laid its buttons and choosers out in one row
(Authorizations 480 logical pixels, Decisions 559, Psychotherapy's unlock row 485, beside a pane
of about 390). Here, once, as the chart is built, each page's rows of widgets become FlowRows
(flow_layout.py): the same widgets in the same order (the Tab order and Alt letters are the
widgets' own, unchanged), on more lines where the page is narrow. A row that was pushed to the
right by a stretch stays at the right. A one-line label wider than a pane wraps at its spaces.
The page's minimum height is left as it was (flow_layout.keep_lines_whole on a tab page raised
the chart's least height with every page's, shown or not: Sign and lock went out of sight on a
1024x600 screen, test_psychotherapy_sign_in_sight).

Only rows of plain widgets are reflowed: a row holding another layout is a page's own design
(its own FlowRow, a splitter, a form), and is left as it is.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractItemView,
    QAbstractScrollArea,
    QBoxLayout,
    QLabel,
    QLayout,
    QTabWidget,
    QWidget,
)

from vault_app.gui.flow_layout import FlowRow

# A label on one line wider than this wraps at its spaces: the narrowest pane a chart reads in,
# less its margins, holds it.
LONGEST_LINE = 300


def _plain_row(layout: QLayout) -> bool:
    """A left-to-right row of widgets (and stretches) only, two widgets at least."""
    if not isinstance(layout, QBoxLayout) or layout.direction() not in (
            QBoxLayout.Direction.LeftToRight, QBoxLayout.Direction.RightToLeft):
        return False
    widgets = 0
    for i in range(layout.count()):
        item = layout.itemAt(i)
        if item is None or item.layout() is not None:
            return False
        widgets += item.widget() is not None
    # Only a row wider than the narrowest pane holds: the others stay as their pages made them
    # (a sentence above its buttons, always, took the height a 570-pixel window had for the tab).
    return widgets >= 2 and layout.minimumSize().width() > LONGEST_LINE


def _flow_in(row: QBoxLayout) -> None:
    """`row`'s widgets, in their order, moved into a FlowRow that `row` then holds alone (its
    stretches dropped): nothing deleted, the page's own references to its row still good. At
    the right where the row began with a stretch (its buttons were pushed there)."""
    first = row.itemAt(0)
    flow = FlowRow(right=first is not None and first.spacerItem() is not None)
    flow.setSpacing(row.spacing())
    items = [row.itemAt(i) for i in range(row.count())]
    widgets = [widget for item in items if item is not None and (widget := item.widget()) is not None]
    while row.count():
        row.takeAt(0)
    # A wrapped sentence (a label whose height follows its width) goes above, the page's width;
    # the row's other widgets under it, wrapping (a FlowRow gives a widget one line's height).
    sentences = [widget for widget in widgets if widget.hasHeightForWidth()]
    if sentences:
        row.setDirection(QBoxLayout.Direction.TopToBottom)
        for widget in sentences:
            row.addWidget(widget)
    for widget in widgets:
        if widget not in sentences:
            flow.addWidget(widget)
    row.addLayout(flow, 1)


def _reflow(layout: QLayout) -> int:
    """`layout`, if a plain row, and every plain row nested in it, wrapping; how many."""
    if _plain_row(layout) and isinstance(layout, QBoxLayout):
        _flow_in(layout)
        return 1
    done = 0
    for i in range(layout.count()):
        item = layout.itemAt(i)
        inner = item.layout() if item is not None else None
        if inner is not None:
            done += _reflow(inner)
    return done


def _own(widget: QWidget, page: QWidget) -> bool:
    """A widget of the page's own making: not a list's or a scroll area's inner parts."""
    if widget.objectName().startswith("qt_") or isinstance(widget, (QAbstractScrollArea, QTabWidget)):
        return False
    parent = widget.parentWidget()
    while parent is not None and parent is not page:
        if isinstance(parent, QAbstractItemView):
            return False
        parent = parent.parentWidget()
    return True


def reflow(page: QWidget) -> int:
    """`page`'s rows of widgets wrapping, its long one-line labels wrapping: see the module.
    Again when the page is shown (some make their rows as they load, the Decisions list): a
    row already reflowed holds its FlowRow, and is left alone."""
    done = 0
    for widget in [page, *page.findChildren(QWidget)]:
        if not _own(widget, page):
            continue
        layout = widget.layout()
        if layout is not None:
            done += _reflow(layout)
    for label in page.findChildren(QLabel):
        if not label.wordWrap() and " " in label.text() and label.minimumSizeHint().width() > LONGEST_LINE:
            label.setWordWrap(True)
    return done


__all__ = ["LONGEST_LINE", "reflow"]
