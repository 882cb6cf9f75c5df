"""The client list's order chosen from a menu, not only at its headings. Found: at 150 % on a
1366x768 laptop the Last seen column gives its room to the surnames (client_list_room.py), and
with its heading gone "who have I not seen for a while" could not be asked at all. The menu
offers every order, each way round; it opens from a Sort button beside the status filter (Tab
reaches it, Space or Enter opens it) and from the headings' context menu. A choice there is the
list's order as a heading's click makes it (ListOrder: the heading's arrow, its words, "Show more"
going on in it); the order the list is in is the one checked."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QPoint, Qt
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QMenu, QToolButton, QWidget

from vault_app.gui import theme
from vault_app.gui.client_list_order import ListOrder
from vault_app.gui.i18n import QT_TRANSLATE_NOOP

# (order, descending, the menu's words), in the menu's order
CHOICES = (
    ("name", False, QT_TRANSLATE_NOOP("ClientListOrder", "Last &name, A to Z")),
    ("name", True, QT_TRANSLATE_NOOP("ClientListOrder", "Last name, &Z to A")),
    ("chart", False, QT_TRANSLATE_NOOP("ClientListOrder", "&Chart number, first to last")),
    ("chart", True, QT_TRANSLATE_NOOP("ClientListOrder", "Chart number, las&t to first")),
    ("last_seen", False, QT_TRANSLATE_NOOP("ClientListOrder", "Last &seen, longest ago first")),
    ("last_seen", True, QT_TRANSLATE_NOOP("ClientListOrder", "Last seen, most &recent first")),
)


class SortMenu(QMenu):
    """Every order of the list; the one it is in checked each time the menu opens."""

    def __init__(self, order: ListOrder, parent: QWidget) -> None:
        super().__init__(parent)
        self._order = order
        group = QActionGroup(self)
        group.setExclusive(True)
        self._choices: list[tuple[QAction, str, bool]] = []
        for key, descending, words in CHOICES:
            action = QAction(QCoreApplication.translate("ClientListOrder", words), self)
            action.setCheckable(True)
            group.addAction(action)
            self.addAction(action)
            action.triggered.connect(lambda _checked=False, k=key, d=descending: order.choose(k, d))
            self._choices.append((action, key, descending))
        self.aboutToShow.connect(self.mark)
        order.changed.connect(self.mark)
        self.mark()

    def mark(self) -> None:
        for action, key, descending in self._choices:
            action.setChecked((key, descending) == (self._order.order, self._order.descending))


class SortButton(QToolButton):
    """The menu's button: an icon, a name for the screen reader, the order the list is in as its tooltip."""

    def __init__(self, menu: SortMenu, order: ListOrder) -> None:
        super().__init__()
        self._order = order
        self.setIcon(theme.icon("sort"))
        self.setMenu(menu)
        self.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # Tab reaches it, as the filter beside it
        self.setAccessibleName(self.tr("Sort the list"))
        order.changed.connect(self._say)
        self._say()

    def _say(self) -> None:
        said = self._order.said()
        self.setToolTip(self.tr("{order} Choose another order here.").format(order=said))
        self.setAccessibleDescription(said)


def offer_at_headings(order: ListOrder, menu: SortMenu) -> None:
    """The same menu where the headings are right-clicked (or the menu key pressed on them)."""
    header = order.header
    header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)

    def open_at(pos: QPoint) -> None:
        menu.exec(header.viewport().mapToGlobal(pos))

    header.customContextMenuRequested.connect(open_at)


__all__ = ["CHOICES", "SortButton", "SortMenu", "offer_at_headings"]
