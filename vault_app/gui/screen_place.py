"""Where the therapist was when the vault locked, and going back there after the unlock.

Found in the real app: after Lock now (stepping out between sessions) or an idle lock, the
unlock came back to Today, and the client had to be searched for again, the agenda's week
found again. The place is kept in the controller's memory only (a random chart id, a tab, a
day), never on disk, and forgotten when another vault is opened or a backup restored.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING, Literal

from vault_app.domain.errors import NotFound
from vault_app.services import clients

if TYPE_CHECKING:
    from vault_app.gui.main_window import MainWindow


@dataclass(frozen=True)
class Place:
    page: Literal["chart", "agenda", "worklist"]
    client_id: str = ""
    tab: int = 0
    day: date | None = None
    mode: str = "week"


def place_of(window: MainWindow) -> Place | None:
    """The page on screen worth coming back to, or None (Today, or a chart still loading)."""
    shown = window.stack.currentWidget()
    chart = window._chart
    if chart is not None and shown is chart:
        client = chart.shown_client()
        return Place("chart", client.client_id, chart.tabs.currentIndex()) if client is not None else None
    agenda = window._agenda
    if agenda is not None and shown is agenda:
        return Place("agenda", day=agenda.day, mode=agenda.mode)
    if window._worklist is not None and shown is window._worklist:
        return Place("worklist")
    return None


def go_back_to(window: MainWindow, place: Place) -> None:
    """After an unlock: the place the lock left. A chart gone meanwhile (destroyed on the
    command line while the window was locked) is simply not reopened."""
    if place.page == "agenda":
        agenda = window.agenda
        agenda.day = place.day or agenda.day
        agenda.set_mode(place.mode)  # draws the agenda at that day
        window.show_agenda()
        return
    if place.page == "worklist":
        window.show_worklist()
        return
    client_id, tab = place.client_id, place.tab

    def reopen(_client: object) -> None:
        if window.stack.currentWidget() is not window.dashboard:
            return  # the therapist already went somewhere else (or a held form reopened its chart)
        window.open_chart(client_id)
        window.chart.when_shown(client_id, lambda: window.chart.tabs.setCurrentIndex(tab))

    window.controller.query(window, lambda v: clients.get_client(v, client_id)).success(reopen) \
        .failure(lambda exc: isinstance(exc, NotFound)).run()


__all__ = ["Place", "go_back_to", "place_of"]
