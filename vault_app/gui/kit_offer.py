"""A new Emergency Kit offered at the unlock of a vault whose kit was never kept
(services/kit_kept.py): the first run ended before its kit page was done (a crash, a power
cut, "Leave anyway"). Only a status-bar line said so (walk-first round 31), easy to miss; the
recovery key of the first run is gone, so what can be offered is a new one: Replace every key."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox

from vault_app.gui.confirm import confirm

if TYPE_CHECKING:
    from vault_app.gui.main_window import MainWindow


def _tr(text: str) -> str:
    return QCoreApplication.translate("KitOffer", text)


def offer_new_kit(window: MainWindow) -> QMessageBox:
    """Asked over the main window once it is up; Enter takes the offer (the Replace every key
    window then asks for the passphrase: nothing is done by this answer alone)."""
    box = confirm(
        window, _tr("No Emergency Kit"),
        _tr("This vault has no Emergency Kit kept: if the passphrase is forgotten, it cannot be opened."),
        [_tr("Get a new Emergency Kit now: every key is replaced and a new kit is shown to save or print."),
         _tr("Later: you are asked again at the next unlock.")],
        _tr("Get a new &kit…"), lambda: _open_rekey(window))
    box.setObjectName("kitOfferBox")
    return box


def _open_rekey(window: MainWindow) -> None:
    window.open_rekey()
