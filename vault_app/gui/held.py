"""Free text survives a lock. Every dialog with free text offers `held_entry()`; before the
vault (or the psychotherapy compartment) locks, its text is held, encrypted, in the
compartment it belongs to (services.held_text), queued ahead of the lock on the worker.
After unlock the same dialog reopens on the same chart with the text back in place
(held_restore.py: this module holds, that one reopens, so the dialogs can use this one).

An entry: {"where": "records"|"psychotherapy", "dialog": kind, "context": {...ids...},
"fields": {...}}. Ids and the typed text only; the entry never reaches the ledger or a log.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QWidget

from vault_app.gui.widgets import QT_TRANSLATE_NOOP
from vault_app.services import held_text

if TYPE_CHECKING:
    from vault_app.gui.seam import App

log = logging.getLogger(__name__)
RESTORED = QT_TRANSLATE_NOOP("held", "Restored: this is what you were typing when the vault locked.")


def restored_text() -> str:
    """RESTORED in the user's language, for the dialog's message line."""
    return QCoreApplication.translate("held", RESTORED)


def hold(controller: App, entry: HeldEntry | None) -> None:
    if entry is None:
        return
    controller.op(None, lambda v: held_text.hold(v, entry["where"], entry)).failure(_log_only).run()


def hold_open_dialogs(controller: App, root: QWidget, where: str | None = None) -> None:
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


HeldEntry = dict[str, Any]


__all__ = ["RESTORED", "HeldEntry", "hold", "hold_open_dialogs", "restored_text"]
