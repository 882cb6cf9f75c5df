"""Today in a vault a copy replaced (`backup restore --replaces-original` left this folder behind): the
status line says "work in that copy", and the cards that lead to work say so too instead of offering it.
Found (round 45): the Unsigned notes card said "open one:" with a link to each draft, the Worklist card a
link to each section, beside the status line's "work in that copy". The counts stay (they are what this
vault holds); the links go, and the two cards that name work say where it belongs."""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QCoreApplication

from vault_app.gui.dashboard_card import Card


def leave_to_copy(cards: Mapping[str, Card], copy_folder: str) -> None:
    """Every card's links taken away; the Unsigned notes and Worklist cards, where they listed work,
    say it is done in the copy in `copy_folder`."""
    said = {
        "unsigned": QCoreApplication.translate(
            "DashboardReplaced", "Sign them in the copy that replaced this vault, in {folder}: a note signed here "
                                 "is not in it."),
        "worklist": QCoreApplication.translate(
            "DashboardReplaced", "Do this work in the copy that replaced this vault, in {folder}: what is done "
                                 "here is not in it."),
    }
    for name, card in cards.items():
        if not card.link_buttons():
            continue
        if name in said:
            card.detail.setText(said[name].format(folder=copy_folder))
        card.value.setToolTip("")  # "Click the worklist link below…": there is none
        card.set_links([])


__all__ = ["leave_to_copy"]
