"""The agenda's two rows of buttons above the week: the days shown (Day, Week, Earlier, Today,
Later, Go to day) and what to do with the appointment chosen (New, Attended, Other status, Move, Account,
Fees). Made for the page (gui/agenda.py), whose attributes they are, as its keys and tests know
them; their words stay under the page's "AgendaPage" context.

Each row is a FlowRow (gui/flow_layout.py): in a window too narrow for it, it wraps. The page
keeps its lines whole (keep_lines_whole), so its pane scrolls down to them rather than the lines
being drawn over each other and over the week (found on Xvfb at 624x305, in Spanish).
"""

from __future__ import annotations

from datetime import date
from typing import Any, Protocol

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QButtonGroup, QLabel, QMenu, QPushButton, QVBoxLayout, QWidget

from vault_app.gui.agenda_go_to import GoToDay
from vault_app.gui.agenda_status import status_menu
from vault_app.gui.flow_layout import FlowRow


class AgendaActions(Protocol):
    """What the buttons do: the agenda page's own (gui/agenda.py), named here so this module
    needs nothing of the page's."""

    title: QLabel
    range_label: QLabel
    day_button: QPushButton
    week_button: QPushButton
    new_button: QPushButton
    attend_button: QPushButton
    status_button: QPushButton
    status_menu: QMenu
    move_button: QPushButton
    account_button: QPushButton
    fees_button: QPushButton
    go_to: GoToDay

    def set_mode(self, mode: str) -> None: ...
    def shift(self, steps: int) -> None: ...
    def go_today(self) -> None: ...
    def go_to_day(self, day: date) -> None: ...
    def take_keyboard(self) -> None: ...
    def new_appointment(self) -> Any: ...
    def mark_attended(self, service_type: str = ...) -> None: ...
    def set_status(self, status: str) -> None: ...
    def selected(self) -> Any: ...
    def move_appointment(self) -> Any: ...
    def open_account(self) -> Any: ...
    def open_fees(self) -> Any: ...


def agenda_bar(page: AgendaActions, parent: QWidget) -> QWidget:
    """The page's buttons made, wired to it and set as its attributes; the box they sit in.
    `parent`: the page as a widget (the buttons' group and menu belong to it)."""
    page.title = QLabel(QCoreApplication.translate("AgendaPage", "Agenda"))
    page.title.setObjectName("pageTitle")
    page.range_label = QLabel("")
    page.range_label.setAccessibleName(QCoreApplication.translate("AgendaPage", "Days shown"))
    page.day_button = QPushButton(QCoreApplication.translate("AgendaPage", "Day"))
    page.week_button = QPushButton(QCoreApplication.translate("AgendaPage", "Week"))
    group = QButtonGroup(parent)
    for button in (page.day_button, page.week_button):
        button.setCheckable(True)
        group.addButton(button)
    page.week_button.setChecked(True)
    page.day_button.clicked.connect(lambda: page.set_mode("day"))
    page.week_button.clicked.connect(lambda: page.set_mode("week"))
    prev_button = QPushButton(QCoreApplication.translate("AgendaPage", "◀ Earlier"))
    prev_button.clicked.connect(lambda: page.shift(-1))
    today_button = QPushButton(QCoreApplication.translate("AgendaPage", "Today"))
    today_button.clicked.connect(page.go_today)
    next_button = QPushButton(QCoreApplication.translate("AgendaPage", "Later ▶"))
    next_button.clicked.connect(lambda: page.shift(1))
    page.go_to = GoToDay(parent, page.go_to_day, page.take_keyboard)  # Ctrl+G: a day typed or picked
    # The keys are the same in every language (agenda_keys.py); each button's tooltip names its
    # own ("Key B", "Tecla S"). In the labels, as "(key N)", they wrapped the row onto a second
    # line on a 1366x768 laptop at 125 % (found by a walker); the empty week says "Press N".
    page.new_button = QPushButton(QCoreApplication.translate("AgendaPage", "New appointment…"))
    page.new_button.setToolTip(QCoreApplication.translate("AgendaPage", "Key N: book an appointment"))
    page.new_button.clicked.connect(page.new_appointment)
    page.attend_button = QPushButton(QCoreApplication.translate("AgendaPage", "Attended"))
    page.attend_button.setToolTip(
        QCoreApplication.translate("AgendaPage", "Key A: the client came: record the session and open its note, "
                                                 "prefilled") + " " +
        QCoreApplication.translate("AgendaPage", "Key I: the same for an intake (its session coded 90791)."))
    page.attend_button.clicked.connect(lambda: page.mark_attended())
    page.status_button = QPushButton(QCoreApplication.translate("AgendaPage", "Other status…"))
    page.status_button.setToolTip(
        QCoreApplication.translate("AgendaPage", "Key S: no-show, late cancel, cancelled, or back to scheduled"))
    page.status_menu = status_menu(parent, page.set_status, lambda: page.selected())
    page.status_button.setMenu(page.status_menu)
    page.move_button = QPushButton(QCoreApplication.translate("AgendaPage", "Move…"))
    page.move_button.setToolTip(QCoreApplication.translate("AgendaPage", "Key M: another day or time"))
    page.move_button.clicked.connect(page.move_appointment)
    page.account_button = QPushButton(QCoreApplication.translate("AgendaPage", "Account…"))
    page.account_button.setToolTip(
        QCoreApplication.translate("AgendaPage", "Key B: the client's fees, payments and balance; superbill or "
                                                 "statement"))
    page.account_button.clicked.connect(page.open_account)
    page.fees_button = QPushButton(QCoreApplication.translate("AgendaPage", "Fees…"))
    page.fees_button.setToolTip(
        QCoreApplication.translate("AgendaPage", "Key F: the fee schedule by CPT code and the missed-appointment "
                                                 "fee policy"))
    page.fees_button.clicked.connect(page.open_fees)
    # Rows that wrap (flow_layout.py): side by side they held the agenda at 731 pixels in
    # Spanish, wider than the room beside the client list on a 1000-pixel laptop screen.
    top = FlowRow(right=False)
    for w in (page.title, page.day_button, page.week_button, prev_button, today_button, next_button,
              page.range_label, page.go_to.box(parent)):
        top.addWidget(w)
    actions = FlowRow(right=False)
    for w in (page.new_button, page.attend_button, page.status_button, page.move_button, page.account_button,
              page.fees_button):
        actions.addWidget(w)
    # In a widget of their own: whatever room the page is given, the buttons are drawn inside it.
    bar = QWidget(parent)
    rows = QVBoxLayout(bar)
    rows.setContentsMargins(0, 0, 0, 0)
    rows.addLayout(top)
    rows.addLayout(actions)
    return bar


__all__ = ["agenda_bar"]
