"""The client list: search, filter by status, privacy mode that masks names.

Read a page at a time (services/clients_page.py, issue 21): the first charts show at
once, the next page when the list is scrolled to its end or "Show more" is pressed.
Search and the status filter run in SQL on the worker, so the list costs what it shows."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QItemSelectionModel, Qt, QTimer, Signal
from PySide6.QtGui import Qt as GuiQt
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from vault_app.domain import locale_format
from vault_app.domain.list_names import ListName, Words, list_names
from vault_app.gui import theme
from vault_app.gui.client_dialog import open_new_client
from vault_app.gui.client_list_order import ListOrder, OrderHeader
from vault_app.gui.client_list_room import DateYields
from vault_app.gui.client_list_sort import SortButton, SortMenu, offer_at_headings
from vault_app.gui.client_words import case_words, list_words
from vault_app.gui.dates import practice_locale, show_date
from vault_app.gui.header_fit import fit_header
from vault_app.gui.i18n import QT_TRANSLATE_NOOP
from vault_app.gui.name_cell import KEEP_ROLE, SURNAME_ROLE, KeepEndDelegate, destroyed_there
from vault_app.gui.widgets import MASK, masked_name, on_click_or_enter
from vault_app.services import clients_page
from vault_app.services.changes import Changes, Kind

if TYPE_CHECKING:
    from vault_app.domain.clinical import ClientSummary
    from vault_app.gui.seam import App

# What a row shows: names, chart numbers, status, "last seen" (sessions); destroyed charts leave.
LIST_KINDS = (Kind.CLIENTS, Kind.SESSIONS, Kind.DESTRUCTION, Kind.RETENTION)
# Marked here, translated where the filter is built: pyside6-lupdate sees no string in a plain tuple.
FILTERS = ((QT_TRANSLATE_NOOP("ClientListPanel", "Active"), "active"),
           (QT_TRANSLATE_NOOP("ClientListPanel", "Inactive"), "inactive"),
           (QT_TRANSLATE_NOOP("ClientListPanel", "Discharged"), "discharged"),
           (QT_TRANSLATE_NOOP("ClientListPanel", "All"), "all"))
PAGE_SIZE = clients_page.PAGE_SIZE


def _count(n: int) -> str:
    """A count as the practice writes numbers (1,234 in the US, 1.234 in Spain), as its money is."""
    return locale_format.count_text(n, practice_locale())


class ClientListPanel(QWidget):
    client_chosen = Signal(str)

    def __init__(self, controller: App, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.privacy = False
        self.rows: list[ClientSummary] = []
        self._names: dict[str, ListName] = {}  # each row's name in parts, counted together (_count_names)
        self._destroyed: set[str] = set()  # rows of charts a newer copy destroyed (ClientPage.destroyed_there)
        self.more = False  # another page follows the rows shown
        self.total: int | None = None
        self._after: tuple[str, int] | None = None
        # A page answers the list as it was asked for: a newer refresh makes older answers moot.
        self._generation = 0
        self._loading = False
        self._shown_for: tuple[str, str] | None = None  # (status, search) of the rows shown
        # Enter pressed while the rows on screen still answered an earlier search: the answer to
        # the search as typed is opened (_open_first) when it arrives (_take).
        self._open_when_shown = False
        self._refreshing = False  # a first page (refresh) is on its way
        # The client whose chart is on screen (None: no chart is), asked of the window: the
        # highlighted row stands for it, and for nothing else (mark_shown).
        self.shown_chart: Callable[[], str | None] = lambda: None
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search name or chart number"))
        self.search.setClearButtonEnabled(True)
        self.search.setAccessibleName(self.tr("Search clients"))
        self.search.addAction(theme.icon("search"), QLineEdit.ActionPosition.LeadingPosition)
        self.filter = QComboBox()
        self.filter.setAccessibleName(self.tr("Show clients"))
        for text, value in FILTERS:
            self.filter.addItem(self.tr(text), value)
        self.tree = QTreeWidget()
        self.tree.setAccessibleName(self.tr("Clients"))
        self.tree.setRootIsDecorated(False)
        self.tree.setUniformRowHeights(True)
        self.tree.setHeader(OrderHeader(self.tree))  # the headers sort (client_list_order.py)
        self.tree.setHeaderLabels([self.tr("Name"), self.tr("Chart"), self.tr("Last seen")])
        # The name takes what the chart number and the date leave; the last column stretching too
        # (Qt's default) pushed the date out of a narrow list behind a sideways scroll bar (17
        # pixels of "Última visita", found on Xvfb at 1000 pixels).
        self.tree.header().setStretchLastSection(False)
        self.tree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.tree.header().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.tree.header().setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        # "Última visita" kept its column wider than its dates, the names cut beside it (1366x768)
        fit_header(self.tree, 2, show_date(date(2026, 12, 28)))
        self.order = ListOrder(self.tree)  # the headers sort the whole list, in the service
        self.order.changed.connect(self._reorder)
        # Every order from a menu too: with Last seen hidden for the names, its heading was the
        # only way to its order (client_list_sort.py). A button by the filter, and the headings'
        # context menu.
        self.sort_menu = SortMenu(self.order, self)
        offer_at_headings(self.order, self.sort_menu)
        # Last seen gives its room to the surnames where the list is narrow (client_list_room.py):
        # "R. Hone…" at 150 % on a 1366x768 laptop. Kept while the list is in its order.
        self.date_room = DateYields(self.tree, 2, lambda: self.order.order == "last_seen")
        # Said while hidden: the column left the list after the first visit without a word (round 46).
        self.date_hidden = QLabel(self.tr("Last seen is hidden to leave the names their room: widen the list "
                                          "to see it; the sort button still orders by it."))
        self.date_hidden.setObjectName("calmNote")
        self.date_hidden.setWordWrap(True)
        self.date_hidden.hide()
        # After the layout's pass that hid the column: shown during it, the line got no height.
        said = QTimer(self)
        said.setSingleShot(True)
        said.setInterval(0)
        said.timeout.connect(lambda: self.date_hidden.setVisible(self.tree.isColumnHidden(2)))
        self.date_room.told = lambda _hidden: said.start()
        # A name cut keeps its year or legal name in sight, the part that tells rows apart.
        self.tree.setItemDelegateForColumn(0, KeepEndDelegate(self.tree))
        on_click_or_enter(self.tree, self._activated)  # one chart.opened per gesture
        self.tree.verticalScrollBar().valueChanged.connect(self._scrolled)
        self.count_label = QLabel(" ")
        self.count_label.setObjectName("calmNote")
        self.count_label.setWordWrap(True)  # "No active clients. Add one with …" is wider than the list
        self.more_button = QPushButton(self.tr("Show more"))
        self.more_button.setAccessibleName(self.tr("Show more clients"))
        self.more_button.clicked.connect(self.load_more)
        self.more_button.hide()
        self.new_button = QPushButton(theme.icon("add"), self.tr("New client"))
        self.new_button.setAccessibleName(self.tr("New client"))
        self.new_button.clicked.connect(self.new_client)

        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(250)
        self._debounce.timeout.connect(self.refresh)
        self.search.textChanged.connect(lambda _t: self._debounce.start())
        self.search.returnPressed.connect(self._open_first)
        self.filter.currentIndexChanged.connect(lambda _i: self.refresh())

        top = QHBoxLayout()
        top.addWidget(self.filter, 1)
        self.sort_button = SortButton(self.sort_menu, self.order)
        top.addWidget(self.sort_button)
        top.addWidget(self.new_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 4, 8)
        layout.addWidget(self.search)
        layout.addLayout(top)
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.date_hidden)
        bottom = QHBoxLayout()
        bottom.addWidget(self.count_label, 1)
        bottom.addWidget(self.more_button)
        layout.addLayout(bottom)
        self.setMinimumWidth(260)
        controller.changed.connect(self._on_changes)

    def _on_changes(self, changes: Changes) -> None:
        if changes.touches(*LIST_KINDS):
            self.refresh()

    # --- loading -----------------------------------------------------------------------
    def refresh(self) -> None:
        """The list from its start again: a new search or filter shows its first page; the
        same one (a change notice) as many whole pages as were shown, so the list does not
        shrink under a therapist who scrolled through it."""
        self._debounce.stop()
        self._generation += 1
        generation = self._generation
        status = str(self.filter.currentData())
        query = self.search.text().strip()
        same = (status, query) == self._shown_for
        self._shown_for = (status, query)
        limit = max(1, -(-len(self.rows) // PAGE_SIZE)) * PAGE_SIZE if same else PAGE_SIZE
        order, down = self.order.order, self.order.descending
        self._loading = self._refreshing = True
        if not self.rows:
            self._show_count()  # "Loading clients…", not "No active clients" while the page is on its way
        self.controller.query(
            self, lambda v: clients_page.client_page(v, status, query, limit=limit, order=order, descending=down),
        ).success(lambda page: self._take(generation, page, replace=True)).failure(self._failed).run()

    def _reorder(self) -> None:
        """Another order chosen at the headers: the list from its first page in it."""
        self._shown_for = None
        self.refresh()

    def load_more(self) -> None:
        """The next page after the rows shown (scrolled to the end, or "Show more")."""
        if not self.more or self._loading:
            return
        generation = self._generation
        status = str(self.filter.currentData())
        query = self.search.text().strip()
        after, order, down = self._after, self.order.order, self.order.descending
        self._loading = True
        self.controller.query(
            self, lambda v: clients_page.client_page(v, status, query, after=after, order=order, descending=down),
        ).success(lambda page: self._take(generation, page, replace=False)).failure(self._failed).run()

    def _failed(self, _error: BaseException) -> bool:
        self._loading = self._refreshing = False  # the next scroll or press may ask again
        self._open_when_shown = False
        return False  # shown as any failed read is

    def _scrolled(self, value: int) -> None:
        if value >= self.tree.verticalScrollBar().maximum() > 0:
            self.load_more()

    def _take(self, generation: int, page: clients_page.ClientPage, *, replace: bool) -> None:
        if generation != self._generation:
            return  # the search or filter changed since this page was asked for
        self._loading = False
        self.more, self._after, self.total = page.more, page.after, page.total if replace else self.total
        self._destroyed = set(page.destroyed_there) if replace else self._destroyed | page.destroyed_there
        if replace:
            self._refreshing = False
            self._show(page.rows)
            if self._open_when_shown:
                self._open_when_shown = False
                self._open_first()
        else:
            self.rows += page.rows
            self._count_names()
            for row in page.rows:
                self.tree.addTopLevelItem(self._item(row))
            self._retext()
            self._show_count()
            self.date_room.rows_changed()

    def _name_and_end(self, row: ClientSummary) -> tuple[str, str]:
        """The Name cell and its end kept in sight: a chart a newer copy of this vault destroyed
        says so (walk M: listed and found by search as any other, refused only when opened); the
        mark is part of the end, so a narrow column cuts the name, not the mark."""
        name, end = self._told_apart(row)
        if row.client_id not in self._destroyed:
            return name, end
        shown, mark = destroyed_there(name)  # as the search's hits say it
        return shown, end + mark

    def _told_apart(self, row: ClientSummary) -> tuple[str, str]:
        """The Name cell as the client list's one rule says it (domain/list_names.py, shared with
        `client list`), in this window's words, with its end that tells it apart (the year, the
        legal name, the kind of chart): kept in sight where the column cuts the cell (name_cell.py).
        Privacy mode: the mask."""
        return self._parts(row).said(self._words())

    def _parts(self, row: ClientSummary) -> ListName:
        parts = self._names.get(row.client_id)
        if parts is None:  # not counted with the others yet: read alone
            parts = list_names([row], self._words(), mask=MASK if self.privacy else None)[row.client_id]
        return parts

    def _words(self) -> Words:
        return list_words()

    def _count_names(self) -> None:
        """The rows' names counted together: a name two rows share gets each its birth year."""
        self._names = list_names(self.rows, self._words(), mask=MASK if self.privacy else None)

    def _retext(self) -> None:
        """The Name cells again after a page came: a name the new page repeats now gets its year."""
        for i, row in enumerate(self.rows):
            item = self.tree.topLevelItem(i)
            if item is not None:
                name, end = self._name_and_end(row)
                item.setText(0, name)
                item.setData(0, KEEP_ROLE, end)
                item.setData(0, SURNAME_ROLE, self._parts(row).surname)

    def _item(self, row: ClientSummary) -> QTreeWidgetItem:
        name, end = self._name_and_end(row)
        item = QTreeWidgetItem([name, row.chart_number, show_date(row.last_contact)])
        item.setData(0, Qt.ItemDataRole.UserRole, row.client_id)
        item.setData(0, KEEP_ROLE, end)
        # The list is by last name: that word stays whole where the column cuts the name.
        item.setData(0, SURNAME_ROLE, self._parts(row).surname)
        # The whole name where the column cuts it (the list is narrow beside the chart).
        tips = [name if row.kind == "individual" else masked_name(row.display_name, self.privacy)]
        if row.minor:
            tips.append(self.tr("minor"))
        if row.part2:
            tips.append(self.tr("substance-use (Part 2) records"))
        if row.kind != "individual":
            tips.append(case_words(row.kind))
        if not self.privacy:
            # A tooltip is rich text when it looks like it: a name typed with a tag is put in
            # as text (escaped), any other exactly as it reads.
            tip = ", ".join(tips)
            item.setToolTip(0, GuiQt.convertFromPlainText(tip) if GuiQt.mightBeRichText(tip) else tip)
        return item

    def _show(self, rows: list[ClientSummary]) -> None:
        self.rows = list(rows)
        self._count_names()
        selected = self.selected_id()
        chosen = bool(self.tree.selectedItems())
        self.tree.clear()
        for row in self.rows:
            self.tree.addTopLevelItem(self._item(row))
        if self.shown_chart() is not None:
            self.mark_shown()
        else:  # no chart on screen: the row the arrows were on stays, chosen or not
            self._put_current(selected, chosen)
        self._show_count()
        self.date_room.rows_changed()

    def mark_shown(self) -> None:
        """The row of the chart on screen highlighted, and no other. Found in the real app: with
        Verity's chart open, "Ros" and Enter highlighted Rosalind Honeywater, and a list drawn
        again kept the row the arrows had left, not the chart open. No chart on screen (the
        dashboard, the agenda): no row stands for one."""
        self._put_current(self.shown_chart(), True)

    def _put_current(self, client_id: str | None, chosen: bool) -> None:
        found = next((item for item in (self.tree.topLevelItem(i) for i in range(self.tree.topLevelItemCount()))
                      if item is not None and item.data(0, Qt.ItemDataRole.UserRole) == client_id), None)
        if found is None:
            self.tree.selectionModel().clear()  # nothing highlighted, and no current row either
            return
        index = self.tree.indexFromItem(found)
        flags = QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
        self.tree.selectionModel().setCurrentIndex(
            index, flags if chosen else QItemSelectionModel.SelectionFlag.Clear)

    def _show_count(self) -> None:
        n = len(self.rows)
        self.more_button.setVisible(self.more)
        status, query = self._shown_for or ("active", "")
        if n == 0 and self._refreshing:
            # Not "No active clients" while the first page is on its way (a busy machine, an
            # upgrade at the unlock): that read as if the clients were gone.
            text = self.tr("Loading clients…")
            from vault_app.services import destruction_finishing  # Lazy (start-up): standard library only

            if destruction_finishing.now():  # the worker finishes an interrupted destruction first
                text = self.tr("Finishing an interrupted destruction… The clients are listed once it is done.")
        elif n == 0 and query:
            text = self.tr("No clients match.")
        elif n == 0:
            # Nothing searched: say what the list is for (a new vault read "No clients match.").
            text = {
                "active": self.tr("No active clients. Add one with New client (Ctrl+Shift+C)."),
                "inactive": self.tr("No inactive clients."),
                "discharged": self.tr("No discharged clients."),
            }.get(status, self.tr("No clients yet. Add one with New client (Ctrl+Shift+C)."))
        elif self.more and self.total is not None:
            # Charts, not clients: the total counts couples' and families' charts too.
            text = self.tr("{shown} of {total} charts").format(shown=_count(n), total=_count(self.total))
        elif self.more:
            text = self.tr("First {shown} charts").format(shown=_count(n))
        else:
            text = self._counted(n)
        self.count_label.setText(text)

    def _counted(self, n: int) -> str:
        """"3 clients, 1 couple or family case": a case is a chart but not a client (found: a
        couple counted among the clients)."""
        cases = sum(1 for row in self.rows if row.kind != "individual")
        people = n - cases
        said = self.tr("1 client") if people == 1 else self.tr("{n} clients").format(n=_count(people))
        if not cases:
            return said
        joint = self.tr("1 couple or family case") if cases == 1 else \
            self.tr("{n} couple or family cases").format(n=_count(cases))
        return joint if not people else self.tr("{clients}, {cases}").format(clients=said, cases=joint)

    def selected_id(self) -> str | None:
        item = self.tree.currentItem()
        return str(item.data(0, Qt.ItemDataRole.UserRole)) if item is not None else None

    def _activated(self, item: QTreeWidgetItem, _column: int = 0) -> None:
        self.client_chosen.emit(str(item.data(0, Qt.ItemDataRole.UserRole)))

    def _current(self) -> bool:
        """The rows on screen answer the search and filter as they are now."""
        wanted = (str(self.filter.currentData()), self.search.text().strip())
        return not self._debounce.isActive() and not self._refreshing and self._shown_for == wanted

    def _open_first(self) -> None:
        """Enter in the search field. Found in the real app: a chart number typed and Enter
        pressed at once opened the first chart of the list as it was before the search (another
        client's), since the search waits for typing to pause and then runs on the worker. Now
        Enter on rows that do not answer the search as typed waits for those that do."""
        if not self._current():
            self._open_when_shown = True
            if not self._refreshing or self._debounce.isActive():
                self.refresh()  # now, not after the pause: Enter says the typing is done
            return
        typed = self.search.text().strip().casefold()
        exact = [i for i, row in enumerate(self.rows)
                 if typed in {row.display_name.casefold(), row.legal_name.casefold(), row.chart_number.casefold()}]
        item = self.tree.topLevelItem(exact[0] if len(exact) == 1 else 0)
        if item is None:
            return
        if len(self.rows) == 1 or len(exact) == 1:
            self.tree.setCurrentItem(item)
            self._activated(item)
        else:
            # Several clients match and not one of them is the one typed: Enter opened the first
            # row, so "Rosalind" typed whole opened Rosalind Honeywater's chart, not Rosalind's
            # (found in the real app). The keyboard goes to the list: arrows, then Enter opens.
            # Highlighted: the chart open if it is one of them, else no row (the first one was,
            # beside another client's chart). The first row is the arrows' start, as Qt's own.
            self.mark_shown()
            if not self.tree.selectedItems():
                self.tree.selectionModel().setCurrentIndex(self.tree.indexFromItem(item),
                                                           QItemSelectionModel.SelectionFlag.NoUpdate)
            self.tree.setFocus(Qt.FocusReason.OtherFocusReason)

    def search_left_out_chart(self) -> bool:
        """The keyboard in the search or the list, a search typed, and the chart on screen not
        among the clients it found (or the search still on its way). A chart action then would go
        to a chart the therapist no longer sees listed: found by a walker, a 15-year-old's chart
        open, "Brooks" and Enter, then Ctrl+N opened a note in the 15-year-old's chart."""
        shown = self.shown_chart()
        if shown is None or not self.search.text().strip():
            return False
        if QApplication.focusWidget() not in (self.search, self.tree):
            return False  # the keyboard went back to the chart: that is the chart acted on
        return not self._current() or all(row.client_id != shown for row in self.rows)

    def set_privacy(self, on: bool) -> None:
        self.privacy = on
        self._show(self.rows)

    def focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    def new_client(self) -> None:
        dialog = open_new_client(self.controller, self.window())
        # The new chart opens: a search typed before ("Juniper") would leave it without a row,
        # out of the arrows' and Enter's reach (found walking the day on Xvfb).
        dialog.saved.connect(lambda _client_id: self.search.clear())

    def new_case(self) -> None:
        # Lazy (start-up): the dialog is code for a rare moment, not for the unlock.
        from vault_app.gui.case_dialog import open_new_case

        dialog = open_new_case(self.controller, self.window(), privacy=self.privacy)
        dialog.saved.connect(lambda _case_id: self.search.clear())  # as new_client: its row in reach

    def clear(self) -> None:
        self._generation += 1
        self._loading = self._refreshing = False
        self._open_when_shown = False
        self.rows = []
        self._names = {}
        self._destroyed = set()
        self.more, self._after, self.total, self._shown_for = False, None, None, None
        self.more_button.hide()
        self.tree.clear()
        self.search.clear()
        self.count_label.setText(" ")
