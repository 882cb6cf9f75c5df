"""The client list's Last seen column gives its room to the names where the list is narrow.

Found in the real app on a 1366x768 laptop at 150 %: the list at its least width (260 pixels, a
quarter of the window), the chart number and Last seen as wide as their contents, and the Name
column left so narrow that every row read "R. Hone…", "S. Amberw…": the word the list is in order
by, cut. The list is not made wider (the chart beside it needs its room): where the Name column
beside the date would be narrower than the rows' surnames need (each with its first name's
initial, and the end that tells it from a row alike, as the name cell draws it: name_cell.py), the
date column is hidden, and shown again as soon as the list is wide enough (dragged wider, a larger
screen). Kept shown while the list is in the order of Last seen: that order is read by its dates."""

from __future__ import annotations

from collections.abc import Callable

import shiboken6
from PySide6.QtCore import QEvent, QObject, QRect
from PySide6.QtWidgets import QStyleOptionViewItem, QTreeWidget

from vault_app.gui.name_cell import KEEP_ROLE, SURNAME_ROLE, text_room


def _initial(name: str) -> str:
    first = name.strip()[:1]
    return f"{first}." if first.isalpha() else ""


class DateYields(QObject):
    """Installed on the list's view: `date` hidden while the name column beside it would be too
    narrow for the surnames, as measured again at each resize and each time the rows change."""

    def __init__(self, tree: QTreeWidget, date: int, keep_shown: Callable[[], bool]) -> None:
        super().__init__(tree)
        self._tree = tree
        self._date = date
        self.keep_shown = keep_shown  # asked at each fit: the date stays while it says so
        # Told each time the date is hidden or shown again: the list says so under it (the column
        # went out of view after the first visit, without a word: Spanish day walker, round 46).
        self.told: Callable[[bool], None] = lambda _hidden: None
        self._need = 0  # the name column's width the rows' surnames need (rows_changed)
        # The view's own resize, not the tree's: the tree hears of its resize before its view is
        # laid out anew, and the width read then was the old one (the column never came back).
        self._view = tree.viewport()
        self._view.installEventFilter(self)

    def rows_changed(self) -> None:
        """The rows' need measured again (a page shown, privacy mode switched), then the fit."""
        tree = self._tree
        metrics = tree.fontMetrics()
        need = 0
        for i in range(tree.topLevelItemCount()):
            item = tree.topLevelItem(i)
            surname = str(item.data(0, SURNAME_ROLE) or "") if item is not None else ""
            if item is None or not surname:
                continue  # a couple's or family's chart, a masked name: no surname to keep whole
            text = item.text(0)
            at = text.find(surname)
            head = _initial(text[:at]) if at > 0 else ""
            keep = str(item.data(0, KEEP_ROLE) or "")
            need = max(need, metrics.horizontalAdvance(f"{head} {surname}".strip() + keep))
        self._need = need + self._padding() if need else 0
        self.fit()

    def _padding(self) -> int:
        """What the style draws around a cell's text (name_cell.text_room): a column that wide more."""
        option = QStyleOptionViewItem()
        self._tree.initViewItemOption(option)
        option.rect = QRect(0, 0, 400, option.fontMetrics.height())
        return 400 - text_room(option)

    def fit(self) -> None:
        tree = self._tree
        header = tree.header()
        room = tree.viewport().width()
        if room <= 0:
            return
        beside = max(header.sectionSize(1), tree.sizeHintForColumn(1), header.sectionSizeHint(1))
        date = max(tree.sizeHintForColumn(self._date), header.sectionSizeHint(self._date))
        hide = not self.keep_shown() and room - beside - date < self._need
        if tree.isColumnHidden(self._date) != hide:
            tree.setColumnHidden(self._date, hide)
            self.told(hide)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # getattr: cleared by the cycle collector (test_overrides_after_collection)
        view = getattr(self, "_view", None)
        if watched is view and event.type() == QEvent.Type.Resize and shiboken6.isValid(self._tree):
            self.fit()
        return False


__all__ = ["DateYields"]
