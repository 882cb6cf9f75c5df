"""Schedule an appointment (once, weekly or biweekly) or move one: a small form.

Held over a lock or a quit like every typed form (gui/held.py): every field, the client chosen
(by id: no name is held) and the field the keyboard was in; reopened on the agenda after the
unlock (AgendaPage.reopen_held), unless its client (or the appointment moved) is gone."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QDate, QTime, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from vault_app.domain import wall_clock
from vault_app.domain.errors import VaultError
from vault_app.domain.list_names import list_names
from vault_app.gui import practice_clock
from vault_app.gui.client_picker import ClientPicker
from vault_app.gui.client_words import list_words
from vault_app.gui.confirm import confirm
from vault_app.gui.date_field import TimeField, date_picker, incomplete, unfinished_date
from vault_app.gui.escape_guard import GuardedDialog
from vault_app.gui.held import HeldEntry
from vault_app.gui.number_field import TypedNumber
from vault_app.gui.refusal_focus import focus_refused
from vault_app.gui.refusal_words import refusal_text
from vault_app.gui.widgets import form_letters, give_button_mnemonics
from vault_app.gui.wrapped_label import WrappedLabel
from vault_app.services import appointments, clients

if TYPE_CHECKING:
    from vault_app.gui.seam import App
    from vault_app.services.vault import Vault


# Run on the worker thread (the services, and their first import, never on the GUI thread).
def _active_clients(vault: Vault) -> list[Any]:
    return clients.list_clients(vault, status="active")


def _schedule(vault: Vault, client_id: str, values: dict[str, Any]) -> Any:
    return appointments.schedule(vault, client_id, **values)


def _move(vault: Vault, appointment_id: str, values: dict[str, Any]) -> Any:
    return appointments.move(vault, appointment_id, **values)

REPEATS = (("none", QT_TRANSLATE_NOOP("AppointmentDialog", "Does not repeat")),
           ("weekly", QT_TRANSLATE_NOOP("AppointmentDialog", "Every week")),
           ("biweekly", QT_TRANSLATE_NOOP("AppointmentDialog", "Every two weeks")))
SETTINGS = (("in_person", QT_TRANSLATE_NOOP("AppointmentDialog", "In person (office)")),
            ("telehealth", QT_TRANSLATE_NOOP("AppointmentDialog", "Telehealth")))


def initials(name: str) -> str:
    """What privacy mode shows of a name on the agenda: "Wren Halloway-Quist" -> "W.H."."""
    parts = [p for p in name.replace("-", " ").split() if p[:1].isalpha()]
    if not parts:
        return "?"
    picked = parts if len(parts) <= 2 else [parts[0], parts[-1]]
    return "".join(p[0].upper() + "." for p in picked)


class AppointmentDialog(GuardedDialog):
    """New appointment (`appointment` None) or move one (only day, time, length, setting)."""

    saved = Signal(object)

    def __init__(self, controller: App, *, day: date, start: time | None = None,
                 appointment: Any = None, client_id: str | None = None, privacy: bool = False,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.appointment = appointment
        # A move takes the agenda's row (item_id) or an Appointment (appointment_id).
        self.appointment_id = getattr(appointment, "appointment_id", None) or getattr(appointment, "item_id", None)
        self.privacy = privacy
        self.setObjectName("appointmentDialog")
        self.setWindowTitle(self.tr("Move appointment") if appointment is not None else self.tr("New appointment"))
        # Found by typing part of a name, accents or not, in the client list's order (a walker)
        self.client = ClientPicker()
        self.client.setAccessibleName(self.tr("Client"))
        self.date = date_picker(self.tr("Date"), QDate(day.year, day.month, day.day))
        begin = start or time(9, 0)
        self.start = TimeField(QTime(begin.hour, begin.minute), self.tr("Start time"))
        self.minutes = TypedNumber(5, 600, 53)
        self.minutes.setSuffix(self.tr(" min"))
        self.minutes.setAccessibleName(self.tr("Length"))
        self.setting = QComboBox()
        for key, text in SETTINGS:
            self.setting.addItem(self.tr(str(text)), key)
        self.setting.setAccessibleName(self.tr("Setting"))
        self.repeat = QComboBox()
        for key, text in REPEATS:
            self.repeat.addItem(self.tr(str(text)), key)
        self.repeat.setAccessibleName(self.tr("Repeats"))
        self.count = TypedNumber(1, 104, 12)
        self.count.setSuffix(self.tr(" appointments"))
        self.count.setAccessibleName(self.tr("Number of appointments"))
        self.repeat.currentIndexChanged.connect(lambda _i: self.count.setEnabled(self.repeat.currentData() != "none"))
        self.count.setEnabled(False)
        self.date.unfinished.connect(self._unfinished)
        self.start.unfinished.connect(self._unfinished)
        self.error = WrappedLabel("")
        self.error.setObjectName("errorText")
        # The nights the clocks change, said before Save: a time that never comes, which of two
        # 1:30s, and a session whose end moves on the clock (domain/wall_clock.py).
        self.clock_note = WrappedLabel("")
        self.clock_note.setObjectName("clockNote")
        self._clock_refused = False  # the error line holds a refusal of a time the clocks skip
        # Read once a window (the practice's, else the TZ variable or /etc/localtime), not at each key.
        self._zone = practice_clock.zone()
        for changed in (self.date.dateChanged, self.start.timeChanged, self.minutes.valueChanged):
            changed.connect(lambda *_a: self._say_clock_change())
        # Alt + the underlined letter reaches a field (QFormLayout makes each label its
        # field's buddy): Tab inside the date and time fields steps through their parts.
        form = QFormLayout()
        if appointment is None:
            form.addRow(self.tr("Clie&nt:"), self.client)  # not Alt+C: Cancel has it on some desktops
        form.addRow(self.tr("&Date:"), self.date)
        form.addRow(self.tr("S&tart:"), self.start)
        form.addRow(self.tr("&Length:"), self.minutes)
        form.addRow(self.tr("S&etting:"), self.setting)
        if appointment is None:
            form.addRow(self.tr("&Repeats:"), self.repeat)
            form.addRow(self.tr("&For:"), self.count)
        else:
            self.minutes.setValue(appointment.duration_minutes)
            self.setting.setCurrentIndex(max(0, self.setting.findData(appointment.setting)))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        self.save_button = buttons.button(QDialogButtonBox.StandardButton.Save)
        # Spelled out with its Alt letter: the desktop's own "Save" had none on X11 (found in the
        # real app). S and G are free here in English and Spanish; Cancel keeps the desktop's.
        self.save_button.setText(self.tr("&Save"))
        self.setMinimumWidth(420)  # chart numbers and names must read whole in the client list
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.clock_note)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        # Cancel a letter of its own too: the desktop's had none offscreen (found by the form
        # sweep, tests/gui/test_form_mnemonics.py); chosen after the form's own letters.
        cancel = buttons.button(QDialogButtonBox.StandardButton.Cancel)
        give_button_mnemonics([cancel], {letter for w, letter in form_letters(self) if letter and w is not cancel})
        # The keyboard starts on the first field to fill (without this, Qt gives it to the
        # Save button, and typing a client's name or a date goes nowhere).
        (self.client if appointment is None else self.date).setFocus()
        self._say_clock_change()
        self._as_opened = self._shown()
        self._wanted_client = client_id
        self._held_client: str | None = None  # the client chosen before a lock, once restored
        if appointment is None:
            self.save_button.setEnabled(False)
            self.controller.query(self, _active_clients).success(self._clients).run()

    def _clients(self, rows: list[Any]) -> None:
        self.client.clear()
        # Named as the client list names them ("Bety (Beatriz Soto Vidal)"), so a surname typed finds them
        named = list_names(rows, list_words())
        for row in rows:  # the client list's order (its sort as, else the last word), as returned
            name = initials(row.display_name) if self.privacy else named[row.client_id].said(list_words())[0]
            self.client.addItem(f"{name} · {row.chart_number}", row.client_id)
        if self._wanted_client:
            self.client.setCurrentIndex(max(0, self.client.findData(self._wanted_client)))
        self.save_button.setEnabled(self.client.count() > 0)
        self._as_opened = {**self._as_opened, "client": self._shown()["client"]}  # the list read is no choice
        if not rows:
            self.error.setText(self.tr("Add a client first (Clients > New client)."))
        elif self._held_client is not None:
            self._choose_held_client()

    def _choose_held_client(self) -> None:
        """The client chosen before the lock, once the list has come. One no longer active (a
        chart discharged meanwhile) is chosen by nobody: the first of the list would have been
        booked in their place without a word."""
        found = self.client.findData(self._held_client)
        self.client.setCurrentIndex(found)
        if found < 0:
            said = self.tr("The client chosen before is no longer an active client: choose the client again.")
            self.error.setText(" ".join(t for t in (self.error.text(), said) if t))

    def _shown(self) -> dict[str, object]:
        """Each field as on screen: a time half-typed ("2:3") is still 9:00 AM to Qt, so the
        fields' texts are compared, not only their values."""
        return {"client": self.client.currentData(), "date": self.date.text(), "start": self.start.text(),
                "minutes": self.minutes.text(), "setting": self.setting.currentData(),
                "repeat": self.repeat.currentData(), "count": self.count.text()}

    def typed(self) -> bool:
        """Anything changed since the form opened: a stray Escape closed a new appointment with
        its time and length typed, without a word (found in the real app), where every other typed
        form asks. The same answer decides whether a lock or a quit holds it."""
        # A date or time left half-typed shows Qt's last whole one again: still typing, not untouched.
        return self._shown() != self._as_opened or self.date.half_typed() or self.start.half_typed()

    @property
    def message(self) -> QLabel:
        """The form's message line, where gui/held.restore_held says "Restored: …"."""
        return self.error

    def held_entry(self) -> HeldEntry | None:
        """What was typed or chosen, for a lock or a quit to hold (and Escape to ask about): the
        idle lock, Ctrl+L or Ctrl+Q closed a new appointment being typed and it was gone, where
        every other typed form came back (found in the real app). The client by id (the chart a
        destruction takes the held form with, storage/held_text); a half-typed date is kept by
        gui/held.py, a half-typed start time here."""
        if not self.typed():
            return None
        client_id = getattr(self.appointment, "client_id", None) if self.appointment is not None \
            else self.client.currentData()
        return {"where": "records", "dialog": "appointment",
                "context": {"client_id": client_id, "appointment_id": self.appointment_id},
                "fields": {"client": self.client.currentData(), "date": self.date.date().toString("yyyy-MM-dd"),
                           "start": self.start.time().toString("HH:mm"), "start_half_typed": self.start.half_typed(),
                           "minutes": self.minutes.value(), "setting": self.setting.currentData(),
                           "repeat": self.repeat.currentData(), "count": self.count.value()}}

    def restore_fields(self, fields: dict[str, Any]) -> None:
        day = QDate.fromString(str(fields.get("date") or ""), "yyyy-MM-dd")
        if day.isValid():
            self.date.setDate(day)
        start = QTime.fromString(str(fields.get("start") or ""), "HH:mm")
        if start.isValid():
            self.start.setTime(start)
        for key, spin in (("minutes", self.minutes), ("count", self.count)):
            if isinstance(fields.get(key), int):
                spin.setValue(int(fields[key]))
        for key, box in (("setting", self.setting), ("repeat", self.repeat)):
            found = box.findData(fields.get(key))
            if found >= 0:
                box.setCurrentIndex(found)
        if self.appointment is None and isinstance(fields.get("client"), str):
            self._held_client = str(fields["client"])
            if self.client.count() > 0:  # the list came first
                self._choose_held_client()
        if fields.get("start_half_typed"):
            self.start.keep_unfinished()

    def restored_also(self) -> str:
        """Said after "Restored: …" (gui/held.restore_held, which calls it last): a start time
        half-typed at the lock is said unfinished again, the keyboard on it, unless a half-typed
        date has it (said first, by the date field)."""
        if not incomplete(self.start) or incomplete(self.date):
            return ""
        self.start.setFocus()
        self.start.setSelectedSection(self.start.sectionAt(0))
        return self.tr("The start time is not complete: type it again or use the arrow keys.")

    def _say_clock_change(self) -> None:
        if self._clock_refused:
            # another day or time typed: the refusal of the one before is no longer the answer
            self._clock_refused = False
            self.error.setText("")
        picked, typed = self.date.date(), self.start.time()
        zone = self._zone
        if zone is None or not picked.isValid() or not typed.isValid():
            self.clock_note.setText("")
            return
        day, begin = date(picked.year(), picked.month(), picked.day()), time(typed.hour(), typed.minute())
        shown = self.start.displayFormat()

        def clock(value: time) -> str:
            return QTime(value.hour, value.minute).toString(shown)

        gap = wall_clock.gap_at(day, begin, zone)
        if gap is not None:
            said = (self.tr("{start} does not exist on {day} in the practice's time zone: clocks go forward from "
                            "{before} to {after}.") if practice_clock.name() else
                    self.tr("{start} does not exist on {day} in this computer's time zone: clocks go forward from "
                            "{before} to {after}.")).format(start=clock(begin), day=self.date.text(),
                                                            before=clock(gap.before), after=clock(gap.after))
        elif wall_clock.doubled(day, begin, zone):
            said = self.tr("{start} happens twice on {day}: the clocks go back that night. This appointment is "
                           "the first {start} (daylight time).").format(start=clock(begin), day=self.date.text())
        else:
            end = wall_clock.end_by_minutes(day, begin, self.minutes.value(), zone).time()
            plain = (datetime.combine(day, begin) + timedelta(minutes=self.minutes.value())).time()
            said = "" if end == plain else self.tr(
                "The clocks change during this appointment: it ends at {end} on the clock.").format(end=clock(end))
        self.clock_note.setText(said)

    def values(self) -> dict[str, Any]:
        return {
            "date": self.date.date().toString("yyyy-MM-dd"),
            "start": self.start.time().toString("HH:mm"),
            "duration_minutes": self.minutes.value(),
            "setting": str(self.setting.currentData()),
        }

    def _unfinished(self) -> bool:
        """A half-typed date or time ("12/23/0000 PM") is said, not booked as the last whole one
        Qt kept: the therapist would never see where the appointment went."""
        if unfinished_date(self.date):
            # The date field says what is wrong under itself ("does not exist: 04/31/2001"): a
            # second line of the form's own beside it said less, twice (found in the real app).
            self.error.setText("")
            return True
        if incomplete(self.start):
            # an hour or minute no time has ("24:00") is said under the field itself
            self.error.setText("" if self.start.problem() else
                               self.tr("The start time is not complete: type it again or use the arrow keys."))
            self.start.setFocus()
            # from its first part: the whole time typed again replaces what is there
            self.start.setSelectedSection(self.start.sectionAt(0))
            return True
        return self._out_of_range()

    def _out_of_range(self) -> bool:
        """A length or a number of appointments typed out of range is said with its range,
        kept as typed: Qt would have put the last good one back and booked that."""
        if self.minutes.refused is not None:
            said = self.tr("The length must be from {low} to {high} minutes: type it again.")
            field = self.minutes
        elif self.count.isEnabled() and self.count.refused is not None:
            said = self.tr("A series must have from {low} to {high} appointments: type the number again.")
            field = self.count
        else:
            return False
        self.error.setText(said.format(low=field.minimum(), high=field.maximum()))
        field.show_refused()
        return True

    def save(self) -> None:
        if self._unfinished() or self._asked_past():
            return
        values = self.values()
        self.error.setText("")
        if self.appointment is not None:
            appointment_id = str(self.appointment_id)
            op: Any = self.controller.op(self, lambda v: _move(v, appointment_id, values), label=self.tr("Moving…"))
        else:
            client_id = str(self.client.currentData())
            repeat = str(self.repeat.currentData())
            count = self.count.value() if repeat != "none" else None
            series = {**values, "recurrence": repeat, "count": count}
            op = self.controller.op(self, lambda v: _schedule(v, client_id, series), label=self.tr("Scheduling…"))
        op.success(self._saved).failure(self._failed).run()

    def _asked_past(self) -> bool:
        """A day in the past is asked about once before it is booked: almost always a date typed
        in the other country's order ("12/01/2025" for January 12). Booked if confirmed."""
        day = self.date.date()
        today = practice_clock.today()  # the practice's day: a travelling therapist's "today" is not the laptop's
        if day >= QDate(today.year, today.month, today.day) or getattr(self, "_past_agreed", None) == day:
            return False
        question = self.tr("{day} is in the past: book it anyway?").format(day=self.date.text())
        self.past_box = confirm(self, self.windowTitle(), question,
                                [self.tr("A past appointment is most often a date typed in another order.")],
                                self.tr("Book it anyway"), lambda: self._book_past(day),
                                warnings=[self.tr("Enter or Escape goes back to the form.")])
        return True

    def _book_past(self, day: QDate) -> None:
        self._past_agreed = day
        self.save()

    def _saved(self, result: Any) -> None:
        self.saved.emit(result)
        self.accept()

    def _failed(self, exc: BaseException) -> bool:
        if isinstance(exc, VaultError):
            if exc.code in ("appointment.time_skipped", "appointment.time_skipped.practice_zone"):
                self.clock_note.setText("")  # the refusal says it, with what to do
                self._clock_refused = True
            self.error.setText(refusal_text(exc))
            focus_refused(exc, {"appointment_date": self.date, "start_time": self.start,
                                "duration_minutes": self.minutes, "setting": self.setting, "repeat": self.repeat,
                                "count": self.count})
            return True
        return False


__all__ = ["AppointmentDialog", "initials"]
