"""The appointments still booked after a date of death just recorded (services/clients.ClientUpdated.after_death):
said on the window the details form was opened from, with a button that cancels them (by the therapist, no fee).
Never cancelled without the therapist's word: a date of death typed wrong must not empty the agenda. Found by the
date of death's author: they stayed on the agenda without a word."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from vault_app.domain.appointments import DISCHARGE_CANCELS, Appointment
from vault_app.gui.confirm import notice
from vault_app.gui.dates import show_date, show_time, show_weekday
from vault_app.gui.seam import Operations
from vault_app.services import appointments
from vault_app.services.vault import Vault

CONTEXT = "BookedAfterDeath"


def _days(booked: Iterable[Appointment]) -> str:
    # No name: the box may be read over a shoulder, and the chart says whose they are.
    return ", ".join(f"{show_weekday(a.date)} {show_date(a.date)} {show_time(a.start_time)}" for a in booked)


def _cancel_all(vault: Vault, ids: tuple[str, ...]) -> int:
    for appointment_id in ids:
        appointments.set_status(vault, appointment_id, DISCHARGE_CANCELS)
    return len(ids)


def tell_after_death(parent: QWidget, controller: Operations, booked: tuple[Appointment, ...]) -> QMessageBox | None:
    """The box saying them (None: none booked); "Cancel them" cancels each, "Leave them" leaves the agenda as is."""
    if not booked:
        return None
    n = len(booked)
    text = QCoreApplication.translate("BookedAfterDeath", "%n appointment is still booked after the date of death.",
                                      None, n) if n == 1 else QCoreApplication.translate(
        "BookedAfterDeath", "%n appointments are still booked after the date of death.", None, n)
    title = QCoreApplication.translate("BookedAfterDeath", "Appointments after the date of death")
    how = QCoreApplication.translate("BookedAfterDeath", "{when}. Cancel them here (by the therapist, no fee), or one "
                                     "by one on the agenda.").format(when=_days(booked))
    box = notice(parent, "bookedAfterDeathNotice", title, text, how)
    cancel = box.addButton(QCoreApplication.translate("BookedAfterDeath", "&Cancel them"),
                           QMessageBox.ButtonRole.AcceptRole)
    box.button(QMessageBox.StandardButton.Ok).setText(QCoreApplication.translate("BookedAfterDeath", "&Leave them"))
    ids = tuple(a.appointment_id for a in booked)
    label = QCoreApplication.translate("BookedAfterDeath", "Cancelling the appointments…")
    cancel.clicked.connect(lambda: controller.op(parent, lambda v: _cancel_all(v, ids), label=label).run())
    return box


__all__ = ["CONTEXT", "tell_after_death"]
