"""A new Emergency Kit offered at the unlock of a vault whose kit was never kept
(services/kit_kept.py): the first run ended before its kit page was done (a crash, a power
cut, "Leave anyway"). Only a status-bar line said so (walk-first round 31), easy to miss; the
recovery key of the first run is gone, so what can be offered is a new one: Replace every key."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from vault_app.gui.confirm import confirm


def offer_new_kit(window: QWidget, open_rekey: Callable[[], object]) -> QMessageBox:
    """Asked over the main window once it is up; Enter takes the offer (the Replace every key
    window then asks for the passphrase: nothing is done by this answer alone)."""
    box = confirm(
        window, QCoreApplication.translate("KitOffer", "No Emergency Kit"),
        QCoreApplication.translate("KitOffer", "This vault has no Emergency Kit kept: if the passphrase is "
                                               "forgotten, it cannot be opened."),
        [QCoreApplication.translate("KitOffer", "Get a new Emergency Kit now: every key is replaced and a new kit "
                                                "is shown to save or print."),
         QCoreApplication.translate("KitOffer", "Later: you are asked again at the next unlock.")],
        QCoreApplication.translate("KitOffer", "Get a new &kit…"), lambda: _open(open_rekey))
    box.setObjectName("kitOfferBox")
    return box


def _open(open_rekey: Callable[[], object]) -> None:
    open_rekey()
