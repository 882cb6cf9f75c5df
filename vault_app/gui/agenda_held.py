"""A New or Move appointment form held at a lock or quit (gui/held.py), reopened on the
agenda with what was typed; not when its client's chart, or the appointment it moved, was
destroyed meanwhile: the held form goes with the chart, as the destruction takes what was
held for it (storage/held_text).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QDialog, QWidget

from vault_app.domain.errors import NotFound
from vault_app.gui.held import HeldEntry, restore_held
from vault_app.services import appointments, clients

if TYPE_CHECKING:
    from vault_app.gui.seam import App
    from vault_app.services.vault import Vault


# Run on the worker thread: the services (and their first import) never run on the GUI thread.
def _held_still_there(vault: Vault, client_id: object, appointment_id: object) -> Any:
    """Before a held appointment form reopens: NotFound when its client's chart (or the
    appointment being moved) was destroyed meanwhile; the appointment to move, else None."""
    if isinstance(client_id, str):
        clients.get_client(vault, client_id)
    return appointments.get(vault, appointment_id) if isinstance(appointment_id, str) else None


def reopen_held(controller: App, page: QWidget, entry: HeldEntry, *, show: Callable[[], None],
                show_day: Callable[[date], None], form: Callable[[Any], QDialog], done: Callable[[], None]) -> None:
    """`entry`'s form back on the agenda `page`: `show` brings the agenda on screen, `show_day`
    shows a day's week, `form` opens the Move form for an appointment (the New one for None);
    `done` lets the next held form reopen."""
    context = entry.get("context") or {}
    client_id, appointment_id = context.get("client_id"), context.get("appointment_id")

    def back(moved: Any) -> None:
        show()
        # The week of the day held behind the form (the appointment being moved is in sight),
        # not this week's: found on Xvfb, a move came back over a week without it.
        held_day = QDate.fromString(str((entry.get("fields") or {}).get("date") or ""), "yyyy-MM-dd")
        if held_day.isValid():
            show_day(date(held_day.year(), held_day.month(), held_day.day()))
        restore_held(form(moved), entry)

    controller.query(page, lambda v: _held_still_there(v, client_id, appointment_id)) \
        .success(back).failure(lambda exc: isinstance(exc, NotFound)).finally_(done).run()


__all__ = ["reopen_held"]
