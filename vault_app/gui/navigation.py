"""Where the user asked to go: one value, carried by `AppController.chart_requested`.

Screens that want a chart shown (search hits, dashboard links, a client just created)
call `controller.open_chart(...)`; they never look for the main window or its methods.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class ChartRequest:
    """Show this client's chart and, once its header is on screen, this note."""

    client_id: str
    note_id: str | None = None
    psychotherapy: bool = False
    attachment_id: str | None = None  # show the chart's attachments tab with this document selected


__all__ = ["ChartRequest"]
