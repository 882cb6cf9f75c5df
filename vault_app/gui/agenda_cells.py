"""What the agenda says of one appointment: its cell (time, who, status, note state) and
a status in the screen's language. Words under the "AgendaPage" context, as the page's own.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from vault_app.gui.appointment_dialog import initials
from vault_app.gui.dates import show_time
from vault_app.gui.i18n import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from vault_app.domain.appointments import AgendaRow

MISSED = ("no_show", "late_cancel")
# The statuses in the screen's language (domain.appointments.STATUS_LABELS is the CLI's and the
# messages' English); a status added later shows its stored name until it has words here.
STATUS_WORDS = {
    "scheduled": QT_TRANSLATE_NOOP("AgendaPage", "scheduled"),
    "attended": QT_TRANSLATE_NOOP("AgendaPage", "attended"),
    "no_show": QT_TRANSLATE_NOOP("AgendaPage", "no-show"),
    "late_cancel": QT_TRANSLATE_NOOP("AgendaPage", "late cancel"),
    "cancelled_by_client": QT_TRANSLATE_NOOP("AgendaPage", "cancelled by the client"),
    "cancelled_by_therapist": QT_TRANSLATE_NOOP("AgendaPage", "cancelled by the therapist"),
}


def describe(row: AgendaRow, privacy: bool, doubled: bool = False) -> str:
    """One cell: time, who (initials in privacy mode), status, note state. `doubled`: the start
    happens twice that night (the clocks go back), and the cell says which, as the CLI's line does."""
    who = initials(row.preferred_name or row.legal_name) if privacy else (row.preferred_name or row.legal_name)
    start = show_time(row.start_time) if row.start_time else "--:--"
    if doubled:
        start += " (" + QCoreApplication.translate("AgendaPage", "the first, daylight time") + ")"
    # QCoreApplication.translate spelt out: pyside6-lupdate finds no string passed through a helper.
    status = QCoreApplication.translate("AgendaPage", "session") if row.kind == "session" else status_words(row.status)
    note = ""
    if row.note_id:
        note = " · " + (QCoreApplication.translate("AgendaPage", "note signed") if row.note_signed
                        else QCoreApplication.translate("AgendaPage", "note unsigned"))
    elif row.status == "attended":
        note = " · " + QCoreApplication.translate("AgendaPage", "no note")
    tele = " · " + QCoreApplication.translate("AgendaPage", "telehealth") if row.setting == "telehealth" else ""
    return f"{start}  {who}  ({row.chart_number})\n{status}{note}{tele}"


def status_words(status: str) -> str:
    return QCoreApplication.translate("AgendaPage", STATUS_WORDS[status]) if status in STATUS_WORDS else status


__all__ = ["MISSED", "STATUS_WORDS", "describe", "status_words"]
