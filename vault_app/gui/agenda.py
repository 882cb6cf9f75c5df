"""The agenda: a day or a week of appointments, driven from the keyboard.

Arrows move between appointments (left/right between days in the week view), Enter
opens the note (or the chart), N schedules a new appointment, S offers the other statuses
(no-show, late cancel, ...), M moves, B the account, F the fees, A marks the selected one
attended: that makes the session and a draft note and opens it in the note editor,
prefilled from the appointment and the treatment plan. Privacy mode shows initials only.
The page refreshes itself from change notices; nothing here reaches an OS calendar.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime, time, timedelta
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHeaderView,
    QLabel,
    QMenu,
    QPushButton,
    QStyle,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from vault_app.domain.appointments import week_of
from vault_app.domain.errors import VaultError
from vault_app.gui import agenda_held, note_way_back, practice_clock
from vault_app.gui.account_dialog import AccountDialog
from vault_app.gui.agenda_bar import agenda_bar
from vault_app.gui.agenda_cells import MISSED, describe, status_words
from vault_app.gui.agenda_go_to import GoToDay
from vault_app.gui.agenda_keys import KeyGate
from vault_app.gui.agenda_status import ask_before_fee, menu_place
from vault_app.gui.appointment_dialog import AppointmentDialog
from vault_app.gui.change_watch import touches
from vault_app.gui.dates import one_stop, show_date, show_day, show_time, show_weekday
from vault_app.gui.day_watch import DayWatch
from vault_app.gui.fees_dialog import open_fees
from vault_app.gui.flow_layout import keep_lines_whole
from vault_app.gui.held import HeldEntry
from vault_app.gui.hour_article import hour_article
from vault_app.gui.i18n import current_language
from vault_app.gui.money import show_money
from vault_app.gui.refusal_words import refusal_text
from vault_app.services import appointment_times, appointments, practice_zone
from vault_app.services.changes import Changes, Kind

if TYPE_CHECKING:
    from vault_app.domain.appointments import AgendaRow
    from vault_app.gui.seam import App
    from vault_app.services.vault import Vault

ROW_ROLE = Qt.ItemDataRole.UserRole


# Run on the worker thread: the services (and their first import) never run on the GUI thread.
def _agenda(vault: Vault, first: date, last: date) -> tuple[list[AgendaRow], frozenset[str], tuple[str, str] | None]:
    """The rows, the appointments whose start happens twice (the night the clocks go back) and the
    practice's zone and the computer's when their clocks differ: worked out here, off the GUI
    thread, on the practice's clock (services/practice_zone.py)."""
    rows, zone = appointments.list_range(vault, first, last), practice_zone.zone(vault)
    return rows, frozenset(r.item_id for r in rows if r.kind == "appointment" and r.start_time
                           and appointment_times.doubled_note(r.date, time.fromisoformat(r.start_time), zone)), \
        practice_zone.apart(vault)


# `now` is the agenda's clock (the computer's, or a test's): an outcome waits for the start time.
def _attend(vault: Vault, appointment_id: str, language: str, now: datetime, service_type: str) -> Any:
    return appointments.attend(vault, appointment_id, language=language, now=now, service_type=service_type)


def _set_status(vault: Vault, appointment_id: str, status: str, now: datetime) -> Any:
    return appointments.set_status(vault, appointment_id, status, now=now)


def _fee_to_charge(vault: Vault, appointment_id: str, status: str, now: datetime) -> int | None:
    return appointments.fee_to_charge(vault, appointment_id, status, now=now)


class AgendaPage(QWidget):
    # Made by agenda_bar (gui/agenda_bar.py), which lays them out above the week.
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

    def __init__(self, controller: App, parent: QWidget | None = None, *, privacy: bool = False,
                 clock: Callable[[], datetime] = practice_clock.now) -> None:
        super().__init__(parent)
        self.controller = controller
        self.privacy = privacy
        self.setObjectName("agendaPage")
        # Past midnight, the page showing today moves to the new today (day_watch.py).
        self.day_watch = DayWatch(self, clock)
        self.day_watch.day_changed.connect(self._new_day)
        self.day = self.day_watch.today
        self.mode = "week"
        self.rows: list[AgendaRow] = []
        self._doubled: frozenset[str] = frozenset()
        self.dialog: AppointmentDialog | None = None
        self._wanted: str | None = None  # the appointment just booked or moved: select it
        bar = agenda_bar(self, self)
        self.table = QTableWidget()
        self.table.setObjectName("agendaTable")
        self.table.setAccessibleName(self.tr("Agenda"))
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setWordWrap(True)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.keys = KeyGate(self, self.table, self)  # one key at a time: typed prose acts on nothing
        self.table.cellActivated.connect(lambda _r, _c: self.open_selected())
        self.table.cellDoubleClicked.connect(lambda _r, _c: self.open_selected())
        self.empty = QLabel(self.tr("Nothing scheduled on these days. Press N to add an appointment."))
        self.empty.setObjectName("calmNote")
        self.empty.setWordWrap(True)  # on two lines in a narrow window, not holding it wider
        self.empty.setVisible(False)
        self.message = QLabel("")
        self.message.setObjectName("calmNote")
        self.message.setWordWrap(True)
        self.message.setAccessibleName(self.tr("Agenda message"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 16)
        layout.addWidget(bar)
        # Said once, calmly, where the computer's clock is not the practice's (a therapist travelling).
        self.zone_note = QLabel("")
        self.zone_note.setObjectName("calmNote")
        self.zone_note.setWordWrap(True)
        self.zone_note.setVisible(False)
        layout.addWidget(self.zone_note)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty)
        layout.addWidget(self.message)
        layout.addWidget(self.keys.hint)
        keep_lines_whole(self)  # the buttons' and the messages' lines, whatever the window's size
        controller.changed.connect(self._on_changes)

    # --- what is shown -----------------------------------------------------------------
    def days(self) -> list[date]:
        if self.mode == "day":
            return [self.day]
        monday, _sunday = week_of(self.day)
        return [monday + timedelta(days=i) for i in range(7)]

    def refresh(self) -> None:
        days = self.days()
        first, last = days[0], days[-1]
        self.controller.query(self, lambda v: _agenda(v, first, last)).success(self._arrived).run()

    def _arrived(self, found: tuple[list[AgendaRow], frozenset[str], tuple[str, str] | None]) -> None:
        self._doubled, apart = found[1], found[2]
        self.zone_note.setText("" if apart is None else self.tr(
            "Times are the practice's ({zone}); this computer is in {computer}.").format(zone=apart[0],
                                                                                          computer=apart[1]))
        self.zone_note.setVisible(apart is not None)
        self._show(found[0])

    def _show(self, rows: list[AgendaRow]) -> None:
        selected = self.selected()
        keep = self._wanted or (selected.item_id if selected is not None else None)
        self.rows = rows
        days = self.days()
        by_day: dict[date, list[AgendaRow]] = {d: [] for d in days}
        for row in rows:
            if row.date in by_day:
                by_day[row.date].append(row)
        self.table.clear()
        self.table.setColumnCount(len(days))
        self.table.setRowCount(max([len(v) for v in by_day.values()] + [1]))
        # Weekday over date: on one line the bold heading of the chosen day ("vie 12/04/2026") was
        # cut at both ends in a 1000-pixel window, in English too (found on Xvfb); a seventh of the
        # table holds the date alone.
        headings = [f"{show_weekday(d)}\n{show_date(d)}" for d in days]
        self.table.setHorizontalHeaderLabels(headings)
        self._keep_headings_whole(headings)
        target: tuple[int, int] | None = None
        for col, day in enumerate(days):
            for r, row in enumerate(by_day[day]):
                item = QTableWidgetItem(describe(row, self.privacy, row.item_id in self._doubled))
                item.setData(ROW_ROLE, row)
                if not self.privacy:
                    item.setToolTip(self.tr("chart {number}").format(number=row.chart_number))
                self.table.setItem(r, col, item)
                if row.item_id == keep or (keep is None and target is None and day == self.day):
                    target = (r, col)
                    if row.item_id == self._wanted:
                        self._wanted = None
        self.range_label.setText(show_day(days[0]) if len(days) == 1
                                 else f"{show_date(days[0])} – {show_date(days[-1])}")
        self.go_to.show(self.day)
        if target is None:
            target = (0, days.index(self.day) if self.day in days else 0)
        self.table.setCurrentCell(*target)
        self.empty.setVisible(not rows)

    def _keep_headings_whole(self, headings: list[str]) -> None:
        """No day narrower than its heading: in a window made small the headings were cut at both
        ends, "2/07/202" under Mon for 12/07/2026, a wrong date (found on Xvfb). The week scrolls
        sideways instead. Measured bold: the chosen day's heading is drawn bold."""
        header = self.table.horizontalHeader()
        bold = QFont(header.font())
        bold.setBold(True)
        metrics = QFontMetrics(bold)
        margin = 2 * header.style().pixelMetric(QStyle.PixelMetric.PM_HeaderMargin, None, header)
        widest = max(metrics.horizontalAdvance(line) for heading in headings for line in heading.split("\n"))
        header.setMinimumSectionSize(widest + margin)

    def selected(self) -> AgendaRow | None:
        item = self.table.currentItem()
        row = item.data(ROW_ROLE) if item is not None else None
        return row if row is not None else None

    def _on_changes(self, changes: Changes) -> None:
        if self.isVisible() and touches(changes, Kind.APPOINTMENTS, Kind.SESSIONS, Kind.NOTES, Kind.CLIENTS):
            self.refresh()

    def showEvent(self, event: Any) -> None:
        super().showEvent(event)
        if not event.spontaneous():
            # Back from the chart or a note: what the last action said is no longer news
            # ("its note is open" after the note was closed).
            self.message.setText("")
        self.refresh()

    def set_privacy(self, on: bool) -> None:
        self.privacy = on
        self._show(self.rows)

    # --- navigation -----------------------------------------------------------------------
    def set_mode(self, mode: str) -> None:
        self.mode = mode
        (self.day_button if mode == "day" else self.week_button).setChecked(True)
        self.refresh()

    def shift(self, steps: int) -> None:
        self.day += timedelta(days=steps * (1 if self.mode == "day" else 7))
        self.refresh()

    def go_today(self) -> None:
        self.day = self.day_watch.clock().date()
        self.refresh()

    def go_to_day(self, day: date) -> None:
        """The day typed or picked in "Go to day" (agenda_go_to.py), the keyboard back on the week."""
        self.day = day
        self.refresh()
        self.take_keyboard()

    def _new_day(self, was: date, now: date) -> None:
        """Showing the day that was today, the page moves to the new today (the week view too:
        Sunday night it turns to the new week); a day the therapist went to stays."""
        if self.day != was:
            return
        self.day = now
        if self.isVisible():
            self.refresh()

    def show_day(self, day: date) -> None:
        self.day = day
        self.refresh()

    # --- actions ------------------------------------------------------------------------
    def new_appointment(self) -> AppointmentDialog:
        col = max(0, self.table.currentColumn())
        days = self.days()
        day = days[col] if col < len(days) else self.day
        self.dialog = AppointmentDialog(self.controller, day=day, client_id=self._client_in_view(),
                                        privacy=self.privacy, parent=self)
        self.dialog.saved.connect(self._booked)
        self._opened(self.dialog)
        return self.dialog

    def _client_in_view(self) -> str | None:
        """The client chosen in the client list, else the chart open: the one a new appointment is
        for, most likely (found at month-end: the form started on the first client by chart number)."""
        window: Any = self.window()
        listed = getattr(window, "client_list", None)
        chosen = listed.selected_id() if listed is not None else None
        if chosen:
            return str(chosen)
        chart = getattr(getattr(window, "chart", None), "chart", None)
        return chart.client.client_id if chart is not None else None

    def move_appointment(self) -> AppointmentDialog | None:
        row = self._appointment(self.tr("move"))
        if row is None:
            return None
        return self.move_form(row)

    def move_form(self, row: Any) -> AppointmentDialog:
        """The Move form for an agenda row or an Appointment (a held form reopened)."""
        start = time.fromisoformat(row.start_time) if isinstance(row.start_time, str) else row.start_time
        self.dialog = AppointmentDialog(self.controller, day=row.date, start=start, privacy=self.privacy,
                                        parent=self, appointment=row)
        self.dialog.saved.connect(lambda moved: self._booked(moved, move=True))
        self._opened(self.dialog)
        return self.dialog

    def reopen_held(self, entry: HeldEntry, show: Callable[[], None], done: Callable[[], None]) -> None:
        """A New or Move appointment form held at a lock or quit, back on the agenda (`show`)
        with what was typed: agenda_held.py."""
        agenda_held.reopen_held(self.controller, self, entry, show=show, show_day=self.show_day, done=done,
                                form=lambda moved: self.move_form(moved) if moved is not None
                                else self.new_appointment())

    def _booked(self, result: Any, *, move: bool = False) -> None:
        """The agenda shows the appointment just booked or moved, selects it and says when: a
        day typed a part off put it weeks away, and "Nothing scheduled" was all the therapist
        saw. A series already on screen keeps the days shown (one of it is selected)."""
        booked = [a for a in (result if isinstance(result, list) else [result]) if a is not None]
        if not booked:
            return
        shown = [a for a in booked if a.date in self.days()]
        target = shown[0] if shown else booked[0]
        if not shown:
            self.day = target.date
        self._wanted = target.appointment_id
        first = booked[0]
        when = {"day": show_day(first.date), "time": show_time(first.start_time)}
        if move:
            said = self.tr("Moved to {day} at {time}.").format(**when)
        else:
            said = self.tr("Booked for {day} at {time}.").format(**when) if len(booked) == 1 \
                else self.tr("Booked {count} appointments, the first on {day} at {time}.").format(
                    count=len(booked), **when)
        self.message.setText(one_stop(hour_article(said)))  # "a la 1:05" in Spanish
        self.refresh()

    def _opened(self, dialog: QDialog) -> None:
        dialog.finished.connect(lambda _r: self.take_keyboard())
        dialog.open()

    def take_keyboard(self) -> None:
        """When a dialog opened from the agenda closes, the keyboard comes back to the
        agenda's table (on the appointment it acted on), whether or not the window manager
        hands it back: the next N, A or arrow key must act on the agenda."""
        if not self.isVisible():
            return
        self.window().activateWindow()
        self.table.setFocus(Qt.FocusReason.OtherFocusReason)

    def _appointment(self, what: str) -> AgendaRow | None:
        row = self.selected()
        if row is None or row.kind != "appointment":
            self.message.setText(self.tr("Choose an appointment to {action} (arrow keys, then the key or button).")
                                 .format(action=what))
            return None
        return row

    def mark_intake(self) -> None:
        """I: attended, an intake: coded as the CLI's `--service-type intake` (domain/codes.py)."""
        self.mark_attended("intake")

    def mark_attended(self, service_type: str = "psychotherapy") -> None:
        row = self._appointment(self.tr("mark attended"))
        if row is None:
            return
        item_id, language = row.item_id, current_language()  # the draft's words, in the screen's language
        now = self.day_watch.clock()
        self.controller.op(self, lambda v: _attend(v, item_id, language, now, service_type),
                           label=self.tr("Recording the session…")).success(
            self._attended).failure(self._failed).run()

    def _attended(self, done: Any) -> None:
        said = self.tr("Session recorded; its note is open.")
        if done.cpt_code == "90791" and not done.reused_session:
            said = self.tr("Intake recorded (CPT 90791); its note is open.")
        if done.reused_session:
            said = self.tr("This visit was on record already (its note came first): the appointment is linked to "
                           "that session, billed once. Its note is open.")
        self.message.setText(said)
        self.open_note(done.client_id, done.note_id)

    def show_status_menu(self) -> None:
        """S: the other statuses (no-show, late cancel, ...) under the selected appointment,
        chosen with the arrows and Enter, as the button's menu is with the mouse."""
        if self._appointment(self.tr("change")) is None:
            return
        rect = self.table.visualItemRect(self.table.currentItem())
        self.status_menu.popup(menu_place(self.status_menu, self.table, rect))
        first = next((a for a in self.status_menu.actions() if a.isEnabled()), None)
        if first is not None:  # the first that applies: not "Back to scheduled" on a scheduled one
            self.status_menu.setActiveAction(first)

    def set_status(self, status: str) -> None:
        row = self._appointment(self.tr("change"))
        if row is None:
            return
        item_id, now = row.item_id, self.day_watch.clock()
        if status not in MISSED:
            self._save_status(item_id, status, now)
            return
        # A fee is charged only once asked (and a refusal, "not yet", comes before the question).
        self.controller.query(self, lambda v: _fee_to_charge(v, item_id, status, now)).success(
            lambda fee: self._save_status(item_id, status, now) if not fee
            else self._ask_fee(item_id, status, fee, now)).failure(self._failed).run()

    def _ask_fee(self, item_id: str, status: str, fee: int, now: datetime) -> None:
        self.fee_question = ask_before_fee(self, status, fee, lambda: self._save_status(item_id, status, now))

    def _save_status(self, item_id: str, status: str, now: datetime) -> None:
        self.controller.op(self, lambda v: _set_status(v, item_id, status, now), label=self.tr("Saving…")).success(
            self._status_set).failure(self._failed).run()

    def _status_set(self, appt: Any) -> None:
        fee = (" " + self.tr("Fee under your policy: {fee}.").format(fee=show_money(appt.fee_cents))
               if appt.fee_cents is not None else "")
        status = status_words(appt.status)
        self.message.setText(self.tr("Recorded as {status}; no clinical note is made.").format(status=status) + fee
                             if appt.status in MISSED else self.tr("Recorded as {status}.").format(status=status))

    def _failed(self, exc: BaseException) -> bool:
        if isinstance(exc, VaultError):
            self.message.setText(refusal_text(exc))
            return True
        return False

    def open_account(self) -> QDialog | None:
        row = self.selected()
        if row is None:
            self.message.setText(self.tr("Choose an appointment first: its client's account opens."))
            return None
        dialog = AccountDialog(self.controller, row.client_id, chart_number=row.chart_number, privacy=self.privacy,
                               parent=self)
        self._opened(dialog)
        self.account_dialog = dialog
        return dialog

    def open_fees(self) -> QDialog:
        self.fees_dialog = open_fees(self.controller, self)
        self.fees_dialog.finished.connect(lambda _r: self.take_keyboard())
        return self.fees_dialog

    def open_selected(self) -> None:
        row = self.selected()
        if row is None:
            return
        if row.note_id:
            self.open_note(row.client_id, row.note_id)
        else:
            self.open_chart(row.client_id)

    def open_chart(self, client_id: str) -> None:
        window: Any = self.window()
        if hasattr(window, "open_chart"):
            window.open_chart(client_id)

    def open_note(self, client_id: str, note_id: str) -> None:
        """Through the chart, like every other way into a note: the chart's opening is
        logged, and the editor is bound to the chart that is on screen. Its closing comes back
        here, on the day shown: it left the therapist on the chart (a walker, round 44); after a
        lock too (note_way_back.py, round 45)."""
        window: Any = self.window()
        if hasattr(window, "open_chart"):
            selected = self.selected()
            day, mode, item_id = self.day, self.mode, selected.item_id if selected is not None else ""
            window.open_chart(client_id)
            chart = window.chart

            def opened() -> None:
                editor = chart.open_note(note_id)
                if editor is not None and hasattr(window, "show_agenda"):
                    note_way_back.back_on_close(window, editor, client_id, day, mode, item_id)

            chart.when_shown(client_id, opened)

    def come_back_to(self, day: date, mode: str, item_id: str) -> None:
        """Shown next on `day` in `mode`, `item_id` selected (a note opened from here closed)."""
        self.day = day
        if mode != self.mode:
            self.mode = mode
            (self.day_button if mode == "day" else self.week_button).setChecked(True)
        self._wanted = item_id or None
        if self.isVisible():
            self.refresh()

    def clear(self) -> None:
        self.rows = []
        self.table.clear()
        self.table.setRowCount(0)


__all__ = ["AgendaPage", "describe"]
