"""After an unlock, the dialogs whose text was held at the lock reopen on their chart with
the text back in place (gui/held.py holds it). The chart redraws from the change notices
of what the reopened dialog then saves, like any other. A new client's form has no chart
yet: it reopens over the window as it is (WITHOUT_CHART), as the client list opens it. An
appointment form reopens on the agenda once the vault says its client is still there
(CHECKED_FIRST: the next held form waits for that answer)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QDialog, QWidget

from vault_app.gui import psychotherapy_held
from vault_app.gui.amend_dialog import AmendDialog
from vault_app.gui.client_dialog import open_new_client
from vault_app.gui.held import HeldEntry, restore_held
from vault_app.gui.snippets_dialog import open_snippets

if TYPE_CHECKING:
    from vault_app.gui.agenda import AgendaPage
    from vault_app.gui.chart_view import ChartView
    from vault_app.gui.seam import App


class HeldWindow(Protocol):
    """What reopening needs of the main window (which is one), so that this module does
    not import the window that imports it."""

    @property
    def controller(self) -> App: ...
    @property
    def chart(self) -> ChartView: ...
    def open_chart(self, client_id: str) -> None: ...
    @property
    def agenda(self) -> AgendaPage: ...
    def show_agenda(self) -> None: ...
    def window(self) -> QWidget: ...


Reopener = Callable[[HeldWindow, HeldEntry], QDialog | None]


def _reopen_amend(window: HeldWindow, entry: HeldEntry) -> QDialog | None:
    ctx = entry["context"]
    chart = window.chart
    dialog = AmendDialog(window.controller, ctx["note_id"], ctx["note_kind"], parent=chart.window(),
                         client=chart.shown_client(), privacy=chart.privacy)
    if dialog.kind.own_unlock:  # its text goes when the psychotherapy compartment locks
        window.controller.psychotherapy_changed.connect(dialog.close_if_locked)
    dialog.open()
    return dialog


def _reopen_request(window: HeldWindow, _entry: HeldEntry) -> QDialog | None:
    window.chart.tabs.setCurrentWidget(window.chart.requests)  # where it was opened, not the Overview
    result: QDialog | None = window.chart.requests.add()
    return result


def _reopen_restriction(window: HeldWindow, _entry: HeldEntry) -> QDialog | None:
    window.chart.tabs.setCurrentWidget(window.chart.requests)
    result: QDialog | None = window.chart.requests.restrictions.add()
    return result


def _reopen_details(window: HeldWindow, _entry: HeldEntry) -> QDialog | None:
    window.chart.tabs.setCurrentWidget(window.chart.overview)
    return window.chart.overview.edit_details()


def _reopen_plan(window: HeldWindow, _entry: HeldEntry) -> QDialog | None:
    window.chart.tabs.setCurrentWidget(window.chart.overview)
    return window.chart.overview.edit_plan()


def _reopen_measure(window: HeldWindow, _entry: HeldEntry) -> QDialog | None:
    window.chart.tabs.setCurrentWidget(window.chart.measures)
    return window.chart.measures.enter_measure()


def _reopen_authorization(window: HeldWindow, _entry: HeldEntry) -> QDialog | None:
    window.chart.tabs.setCurrentWidget(window.chart.authorizations)
    return window.chart.authorizations.add()


def _reopen_progress_note(window: HeldWindow, entry: HeldEntry) -> QDialog | None:
    """The note's own window on the same draft (its text was saved as typed): the caret goes
    back where it was once the note is read (NoteEditor.restore_fields)."""
    note_id = entry["context"].get("note_id")
    # Never saved: its words come back only where the disk refused even its first save (held with
    # the window, held_note.lock_entry_of): a new note on the chart takes them.
    unsaved_new = note_id is None and isinstance(entry["fields"].get("typed"), dict)
    if not isinstance(note_id, str) and not unsaved_new:
        return None  # never saved: nothing was typed to come back
    window.chart.tabs.setCurrentWidget(window.chart.sessions)  # where the chart lists it
    return window.chart.open_note(note_id if isinstance(note_id, str) else None)


def _reopen_new_client(window: HeldWindow, _entry: HeldEntry) -> QDialog | None:
    return open_new_client(window.controller, window.window())


def _reopen_snippets(window: HeldWindow, _entry: HeldEntry) -> QDialog | None:
    return open_snippets(window.controller, window.window())


REOPENERS: dict[str, Reopener] = {
    "amend": _reopen_amend,
    "new_request": _reopen_request,
    "new_restriction": _reopen_restriction,
    "client_details": _reopen_details,
    "plan": _reopen_plan,
    "authorization": _reopen_authorization,
    "measure": _reopen_measure,
    "progress_note": _reopen_progress_note,
    "new_client": _reopen_new_client,
    "snippets": _reopen_snippets,
}
WITHOUT_CHART = frozenset({"new_client", "snippets"})  # reopened at once, on no chart


def _reopen_appointment(window: HeldWindow, entry: HeldEntry, done: Callable[[], None]) -> None:
    window.agenda.reopen_held(entry, window.show_agenda, done)


def _reopen_psychotherapy_note(window: HeldWindow, entry: HeldEntry, done: Callable[[], None]) -> None:
    """On its chart's Psychotherapy tab, which reads it (after the notes' own unlock)."""
    psychotherapy_held.reopen(window.chart, window.open_chart, entry)
    done()


def _psychotherapy_note_waits(window: HeldWindow, _entry: HeldEntry, done: Callable[[], None]) -> None:
    """Before the notes' own unlock: their tab says one will reopen then, and nothing of it."""
    window.chart.psychotherapy.note_waits = True
    done()


# Reopened after a read of the vault says they still have a place, or by their page; then `done`.
CHECKED_FIRST: dict[str, Callable[[HeldWindow, HeldEntry, Callable[[], None]], None]] = {
    "appointment": _reopen_appointment,
    psychotherapy_held.PSYCHOTHERAPY_NOTE: _reopen_psychotherapy_note,
    psychotherapy_held.WAITS: _psychotherapy_note_waits,
}


# Long enough for a window manager to map the window; a lock meanwhile would hold nothing
# (the entries are taken out of the vault before they reopen), so the wait is bounded.
EXPOSED_WAIT_MS = 1500


class _ExposeWatch(QObject):
    def __init__(self, parent: QWidget, then: Callable[[], None]) -> None:
        super().__init__(parent)
        self.then: Callable[[], None] | None = then

    def fire(self) -> None:
        then, self.then = self.then, None
        owner = self.parent()
        handle = owner.window().windowHandle() if isinstance(owner, QWidget) else None
        if handle is not None:
            handle.removeEventFilter(self)  # its watch is over: no call for every later event
        if then is not None:
            then()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Expose:
            QTimer.singleShot(0, self, self.fire)  # after the expose is handled: the window is placed
        return False


def when_exposed(widget: QWidget, then: Callable[[], None]) -> None:
    """`then` once `widget`'s window is on screen, at the latest after EXPOSED_WAIT_MS.
    Found on Xvfb with openbox: a held form reopened in the same turn as the main window's
    show came up at the screen's corner without its title bar (the window manager mapped it
    before its parent), one unlock in two."""
    handle = widget.window().windowHandle()
    if handle is None or handle.isExposed():
        then()
        return
    watch = _ExposeWatch(widget, then)
    handle.installEventFilter(watch)
    QTimer.singleShot(EXPOSED_WAIT_MS, watch, watch.fire)


class Restorer:
    """Reopens held dialogs one at a time, once the window is on screen: each waits for its
    chart to be on screen."""

    def __init__(self, window: HeldWindow) -> None:
        self.window = window
        self.queue: list[HeldEntry] = []

    def add(self, entries: list[HeldEntry]) -> None:
        start = not self.queue
        self.queue.extend(e for e in entries if e.get("dialog") in REOPENERS or e.get("dialog") in CHECKED_FIRST)
        if start and self.queue:
            when_exposed(self.window.window(), self._next)

    def _next(self) -> None:
        if not self.queue:
            return
        entry = self.queue[0]
        checked_first = CHECKED_FIRST.get(entry["dialog"])
        if checked_first is not None:
            checked_first(self.window, entry, self._checked)
            return
        if entry["dialog"] in WITHOUT_CHART:
            self._reopen(entry)
            return
        client_id = entry["context"].get("client_id")
        if not client_id:
            self.queue.pop(0)
            self._next()
            return
        self.window.open_chart(client_id)
        self.window.chart.when_shown(client_id, lambda: self._reopen(entry))

    def _checked(self) -> None:
        self.queue.pop(0)
        self._next()

    def _reopen(self, entry: HeldEntry) -> None:
        self.queue.pop(0)
        dialog = REOPENERS[entry["dialog"]](self.window, entry)
        if dialog is not None:
            restore_held(dialog, entry)
        self._next()


__all__ = ["CHECKED_FIRST", "EXPOSED_WAIT_MS", "REOPENERS", "WITHOUT_CHART", "Restorer", "when_exposed"]
