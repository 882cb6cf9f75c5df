"""What a save of Client details did to the agenda, said on the window the form was opened from (the form has
closed): the appointments a discharge cancelled, and those still booked after a date of death just recorded
(services/clients.ClientUpdated), with a button that cancels them (by the therapist, no fee). Never cancelled
without the therapist's word: a date of death typed wrong must not empty the agenda.

Found by the date of death's author: the ones booked after the death stayed on the agenda without a word; then
"Cancel them" did its work and nothing said so, and a discharge saved with the death opened two boxes one after
the other. Now one box says both, and what "Cancel them" did (or that it failed: nothing cancelled) is said."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from vault_app.domain.appointments import Appointment
from vault_app.gui.confirm import notice
from vault_app.gui.dates import show_date, show_time, show_weekday
from vault_app.gui.refusal_words import refusal_text
from vault_app.gui.seam import Operations
from vault_app.services.appointments_after_death import CancelledAfterDeath, cancel_booked_after_death

CONTEXT = "BookedAfterDeath"


def appointment_days(booked: Iterable[Appointment]) -> str:
    """Their days and times, as the practice writes them: no names (the box may be read over a shoulder)."""
    return ", ".join(f"{show_weekday(a.date)} {show_date(a.date)} {show_time(a.start_time)}" for a in booked)


def _discharge_cancelled(n: int) -> str:
    # The discharge's words (ClientDetailsDialog's, where they were said in a box of their own).
    return (QCoreApplication.translate("ClientDetailsDialog", "%n appointment after the discharge was cancelled.",
                                       None, 1) if n == 1 else
            QCoreApplication.translate("ClientDetailsDialog", "%n appointments after the discharge were cancelled.",
                                       None, n))


def tell_cancelled(parent: QWidget, cancelled: tuple[Appointment, ...]) -> QMessageBox:
    """What a discharge cancelled, as returned (no date of death recorded with it)."""
    informative = QCoreApplication.translate("ClientDetailsDialog", "By the therapist, no fee: {when}. Let the client "
                                             "know.").format(when=appointment_days(cancelled))
    # A discharge as the practice closes: the letter to give is the notice of closure (found by a walker).
    informative += "\n\n" + QCoreApplication.translate(
        "ClientDetailsDialog", "Closing the practice? Records > Notices of closure to clients… writes each client's "
                               "letter: who keeps the records, how to ask for a copy, your referrals.")
    return notice(parent, "dischargeCancelledNotice",
                  QCoreApplication.translate("ClientDetailsDialog", "Appointments cancelled"),
                  _discharge_cancelled(len(cancelled)), informative)


def tell_after_death(parent: QWidget, controller: Operations, booked: tuple[Appointment, ...],
                     cancelled: tuple[Appointment, ...] = ()) -> QMessageBox | None:
    """The box saying them (None: none booked); "Cancel them" cancels each, "Leave them" leaves the agenda as is.
    `cancelled`: what a discharge saved with the death cancelled, said in the same box."""
    if not booked:
        return None
    n = len(booked)
    text = (QCoreApplication.translate("BookedAfterDeath", "%n appointment is still booked after the date of death.",
                                       None, 1) if n == 1 else
            QCoreApplication.translate("BookedAfterDeath", "%n appointments are still booked after the date of death.",
                                       None, n))
    how = QCoreApplication.translate("BookedAfterDeath", "{when}. Cancel them here (by the therapist, no fee), or one "
                                     "by one on the agenda.").format(when=appointment_days(booked))
    if cancelled:
        text = f"{_discharge_cancelled(len(cancelled))} {text}"
        how = QCoreApplication.translate("BookedAfterDeath", "Cancelled (by the therapist, no fee): {cancelled}.\n"
                                         "Still booked: {booked}").format(cancelled=appointment_days(cancelled),
                                                                          booked=how)
    title = QCoreApplication.translate("BookedAfterDeath", "Appointments after the date of death")
    box = notice(parent, "bookedAfterDeathNotice", title, text, how)
    cancel = box.addButton(QCoreApplication.translate("BookedAfterDeath", "&Cancel them"),
                           QMessageBox.ButtonRole.AcceptRole)
    box.button(QMessageBox.StandardButton.Ok).setText(QCoreApplication.translate("BookedAfterDeath", "&Leave them"))
    client_id, ids = booked[0].client_id, tuple(a.appointment_id for a in booked)
    label = QCoreApplication.translate("BookedAfterDeath", "Cancelling the appointments…")
    cancel.clicked.connect(lambda: controller.op(parent, lambda v: cancel_booked_after_death(v, client_id, ids),
                                                 label=label)
                           .success(lambda done: _said(parent, done)).failure(lambda exc: _not_said(parent, exc))
                           .run())
    return box


def _not_said(parent: QWidget, exc: BaseException) -> bool:
    """All or nothing (services/appointments_after_death.py): nothing was cancelled, and that is said."""
    why = QCoreApplication.translate("BookedAfterDeath", "{why} They are still on the agenda: cancel them there, or "
                                     "record the date of death again.").format(why=refusal_text(exc))
    notice(parent, "afterDeathNotCancelledNotice",
           QCoreApplication.translate("BookedAfterDeath", "Appointments not cancelled"),
           QCoreApplication.translate("BookedAfterDeath", "The appointments after the date of death were not "
                                      "cancelled."), why, warning=True)
    return True


def _said(parent: QWidget, done: CancelledAfterDeath) -> None:
    n, m = len(done.cancelled), done.no_longer_booked
    text = (QCoreApplication.translate("BookedAfterDeath", "%n appointment after the date of death was cancelled.",
                                       None, 1) if n == 1 else
            QCoreApplication.translate("BookedAfterDeath", "%n appointments after the date of death were cancelled.",
                                       None, n))
    lines = [QCoreApplication.translate("BookedAfterDeath", "By the therapist, no fee: {when}.").format(
        when=appointment_days(done.cancelled))] if n else []
    if m:
        lines.append(QCoreApplication.translate(
            "BookedAfterDeath", "%n was no longer booked after the date of death (changed meanwhile): it was left as "
                                "it is.", None, 1) if m == 1 else QCoreApplication.translate(
            "BookedAfterDeath", "%n were no longer booked after the date of death (changed meanwhile): they were left "
                                "as they are.", None, m))
    notice(parent, "afterDeathCancelledNotice",
           QCoreApplication.translate("BookedAfterDeath", "Appointments cancelled"), text, "\n".join(lines))


__all__ = ["CONTEXT", "appointment_days", "tell_after_death", "tell_cancelled"]
