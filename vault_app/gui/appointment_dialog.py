"""Schedule an appointment (once, weekly or biweekly) or move one: a small form."""

from __future__ import annotations

from datetime import date, time
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QDate, QTime, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialogButtonBox,
    QFormLayout,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from vault_app.domain.errors import VaultError
from vault_app.gui.date_field import TimeField, date_picker, incomplete, unfinished_date
from vault_app.gui.escape_guard import GuardedDialog
from vault_app.gui.refusal_focus import focus_refused
from vault_app.gui.refusal_words import refusal_text
from vault_app.gui.widgets import masked_name
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
        self.client = QComboBox()
        self.client.setAccessibleName(self.tr("Client"))
        self.date = date_picker(self.tr("Date"), QDate(day.year, day.month, day.day))
        begin = start or time(9, 0)
        self.start = TimeField(QTime(begin.hour, begin.minute), self.tr("Start time"))
        self.minutes = QSpinBox()
        self.minutes.setRange(5, 600)
        self.minutes.setValue(53)
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
        self.count = QSpinBox()
        self.count.setRange(1, 104)
        self.count.setValue(12)
        self.count.setSuffix(self.tr(" appointments"))
        self.count.setAccessibleName(self.tr("Number of appointments"))
        self.repeat.currentIndexChanged.connect(lambda _i: self.count.setEnabled(self.repeat.currentData() != "none"))
        self.count.setEnabled(False)
        self.date.unfinished.connect(self._unfinished)
        self.start.unfinished.connect(self._unfinished)
        self.error = WrappedLabel("")
        self.error.setObjectName("errorText")
        # Alt + the underlined letter reaches a field (QFormLayout makes each label its
        # field's buddy): Tab inside the date and time fields steps through their parts.
        form = QFormLayout()
        if appointment is None:
            form.addRow(self.tr("Cl&ient:"), self.client)  # not Alt+C: Cancel has it on some desktops
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
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        # The keyboard starts on the first field to fill (without this, Qt gives it to the
        # Save button, and typing a client's name or a date goes nowhere).
        (self.client if appointment is None else self.date).setFocus()
        self._as_opened = self._shown()
        if appointment is None:
            self._wanted_client = client_id
            self.save_button.setEnabled(False)
            self.controller.query(self, _active_clients).success(self._clients).run()

    def _clients(self, rows: list[Any]) -> None:
        self.client.clear()
        for row in sorted(rows, key=lambda r: r.chart_number):
            name = initials(row.display_name) if self.privacy else masked_name(row.display_name, False)
            self.client.addItem(f"{name} · {row.chart_number}", row.client_id)
        if self._wanted_client:
            self.client.setCurrentIndex(max(0, self.client.findData(self._wanted_client)))
        self.save_button.setEnabled(self.client.count() > 0)
        self._as_opened = {**self._as_opened, "client": self._shown()["client"]}  # the list read is no choice
        if not rows:
            self.error.setText(self.tr("Add a client first (Clients > New client)."))

    def _shown(self) -> dict[str, object]:
        """Each field as on screen: a time half-typed ("2:3") is still 9:00 AM to Qt, so the
        fields' texts are compared, not only their values."""
        return {"client": self.client.currentData(), "date": self.date.text(), "start": self.start.text(),
                "minutes": self.minutes.text(), "setting": self.setting.currentData(),
                "repeat": self.repeat.currentData(), "count": self.count.text()}

    def typed(self) -> bool:
        """Anything changed since the form opened: a stray Escape closed a new appointment with
        its time and length typed, without a word (found in the real app), where every other typed
        form asks. The form is not held over a lock: a lock closes it, question and all."""
        return self._shown() != self._as_opened

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
            self.error.setText(self.tr("The start time is not complete: type it again or use the arrow keys."))
            self.start.setFocus()
            # from its first part: the whole time typed again replaces what is there
            self.start.setSelectedSection(self.start.sectionAt(0))
            return True
        return False

    def save(self) -> None:
        if self._unfinished():
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

    def _saved(self, result: Any) -> None:
        self.saved.emit(result)
        self.accept()

    def _failed(self, exc: BaseException) -> bool:
        if isinstance(exc, VaultError):
            self.error.setText(refusal_text(exc))
            focus_refused(exc, {"appointment_date": self.date, "start_time": self.start,
                                "duration_minutes": self.minutes, "setting": self.setting, "repeat": self.repeat,
                                "count": self.count})
            return True
        return False


__all__ = ["AppointmentDialog", "initials"]
