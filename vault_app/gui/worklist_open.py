"""A request's own window opened from Today's card or the worklist: where a request needing review
says why and what settles it (gui/request_summary.py), and where it is denied or its copy given.

Found: a request whose requester may no longer receive its copy was said to need review only in the
Requests window; Today and the worklist led, at best, to the chart's list of requests."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PySide6.QtWidgets import QDialog, QWidget

    from vault_app.gui.seam import App


def open_request(parent: QWidget, controller: App, request_id: str, chart_number: str) -> QDialog:
    """The request's window over `parent`'s window, titled by its chart number (never a name), a
    representative's name masked as the main window's privacy mode has it."""
    # Lazy (start-up): the request's window and its own windows load when a request is first opened.
    from vault_app.gui.chart_binding import chart_title
    from vault_app.gui.requests_dialog import RequestDetailDialog

    window = parent.window()
    dialog = RequestDetailDialog(controller, request_id, parent=window)
    dialog.setWindowTitle(chart_title(dialog.windowTitle(), chart_number))
    dialog.setProperty("chart_number", chart_number)
    dialog.setProperty("privacy", bool(getattr(window, "privacy_mode", False)))
    dialog.open()
    return dialog


__all__ = ["open_request"]
