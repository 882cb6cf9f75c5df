"""The way back from a note opened from the agenda: its Close goes to the agenda, on the day (and
the view) the therapist was on, the appointment selected, unless they went elsewhere meanwhile
(another page, another chart): that screen stays.

The way is kept on the note's window (a property), so that a lock holds it with the note
(held_note.entry_of, under "back") and the note reopened after the unlock (note_keyboard_return)
takes it again. Found by the day's walker (round 45): the note came back after the lock, but its
Close left the therapist on the chart. Only a day, a view and an appointment's id: nothing of
the note or the client."""

from __future__ import annotations

from datetime import date
from typing import Any

import shiboken6
from PySide6.QtWidgets import QDialog, QWidget

PROPERTY = "agendaWayBack"
MODES = ("day", "week")


def _way(day: date, mode: str, item_id: str) -> dict[str, str]:
    return {"agenda_day": day.isoformat(), "mode": mode if mode in MODES else "week", "item": item_id}


def held(editor: QWidget) -> dict[str, str] | None:
    """What the lock holds of the way back, or None (not opened from the agenda)."""
    way = editor.property(PROPERTY)
    return dict(way) if isinstance(way, dict) else None


def back_on_close(window: Any, editor: QDialog, client_id: str, day: date, mode: str, item_id: str) -> None:
    """`window` (the main window) shows its agenda on `day` once `editor` closes, the chart of
    `client_id` still on screen."""
    way = _way(day, mode, item_id)
    editor.setProperty(PROPERTY, way)

    def back(_result: int) -> None:
        if not shiboken6.isValid(window):
            return
        shown = window.chart.shown_client() if window.stack.currentWidget() is window.chart else None
        if shown is not None and shown.client_id == client_id:
            window.agenda.come_back_to(day, way["mode"], item_id)
            window.show_agenda()

    editor.finished.connect(back)


def again(editor: QDialog, client_id: str, way: object) -> None:
    """The way back held at the lock (`held`), on the note's window reopened after the unlock."""
    if not isinstance(way, dict):
        return
    try:
        day = date.fromisoformat(str(way.get("agenda_day")))
    except ValueError:
        return
    parent = editor.parentWidget()
    window = parent.window() if parent is not None else None
    if window is None or not hasattr(window, "agenda"):
        return
    back_on_close(window, editor, client_id, day, str(way.get("mode", "week")), str(way.get("item", "")))


__all__ = ["PROPERTY", "again", "back_on_close", "held"]
