"""Free text survives a lock. Every dialog with free text offers `held_entry()`; before the
vault (or the psychotherapy compartment) locks, its text is held, encrypted, in the
compartment it belongs to (services.held_text), queued ahead of the lock on the worker.
After unlock the same dialog reopens on the same chart with the text back in place.

An entry: {"where": "records"|"psychotherapy", "dialog": kind, "context": {...ids...},
"fields": {...}}. Ids and the typed text only; the entry never reaches the ledger or a log.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import QDialog, QWidget

from vault_app.services import held_text

if TYPE_CHECKING:
    from vault_app.gui.controller import AppController
    from vault_app.gui.main_window import MainWindow

log = logging.getLogger(__name__)
RESTORED = "Restored: this is what you were typing when the vault locked."


def hold(controller: AppController, entry: dict[str, Any] | None) -> None:
    if entry is None:
        return
    controller.op(None, lambda v: held_text.hold(v, entry["where"], entry)).failure(_log_only).run()


def hold_open_dialogs(controller: AppController, root: QWidget, where: str | None = None) -> None:
    for dialog in root.findChildren(QDialog):
        make = getattr(dialog, "held_entry", None)
        if make is None or not dialog.isVisible():
            continue
        entry = make()
        if entry is not None and (where is None or entry["where"] == where):
            hold(controller, entry)


def _log_only(exc: BaseException) -> bool:
    log.warning("Could not hold unfinished text: %s", type(exc).__name__)
    return True


Reopener = Callable[["MainWindow", dict[str, Any]], QDialog | None]


def _reopen_amend(window: MainWindow, entry: dict[str, Any]) -> QDialog | None:
    from vault_app.gui.amend_dialog import AmendDialog

    ctx = entry["context"]
    chart = window.chart
    dialog = AmendDialog(window.controller, ctx["note_id"], ctx["note_kind"], parent=window,
                         client=chart.shown_client(), privacy=chart.privacy)
    dialog.done_amending.connect(chart.reload)
    if ctx["note_kind"] == "psychotherapy":
        window.controller.psychotherapy_changed.connect(dialog.close_if_locked)
    dialog.open()
    return dialog


def _reopen_request(window: MainWindow, _entry: dict[str, Any]) -> QDialog | None:
    result: QDialog | None = window.chart.requests.add()
    return result


def _reopen_details(window: MainWindow, _entry: dict[str, Any]) -> QDialog | None:
    window.chart.tabs.setCurrentWidget(window.chart.overview)
    return window.chart.overview.edit_details()


REOPENERS: dict[str, Reopener] = {
    "amend": _reopen_amend,
    "new_request": _reopen_request,
    "client_details": _reopen_details,
}


class Restorer:
    """Reopens held dialogs one at a time: each waits for its chart to be on screen."""

    def __init__(self, window: MainWindow) -> None:
        self.window = window
        self.queue: list[dict[str, Any]] = []

    def add(self, entries: list[dict[str, Any]]) -> None:
        start = not self.queue
        self.queue.extend(e for e in entries if e.get("dialog") in REOPENERS)
        if start:
            self._next()

    def _next(self) -> None:
        if not self.queue:
            return
        entry = self.queue[0]
        client_id = entry["context"].get("client_id")
        if not client_id:
            self.queue.pop(0)
            self._next()
            return
        self.window.open_chart(client_id)
        self.window.chart.when_shown(client_id, lambda: self._reopen(entry))

    def _reopen(self, entry: dict[str, Any]) -> None:
        self.queue.pop(0)
        dialog = REOPENERS[entry["dialog"]](self.window, entry)
        restore = getattr(dialog, "restore_fields", None)
        if dialog is not None and restore is not None:
            restore(entry["fields"])
        self._next()


__all__ = ["RESTORED", "Restorer", "hold", "hold_open_dialogs"]
