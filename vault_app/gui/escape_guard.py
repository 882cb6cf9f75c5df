"""Escape on a form holding typed work asks before it closes.

A dialog's Escape is QDialog.reject: a stray Escape closed a treatment plan being written,
client details being corrected, an amendment being typed, and what was typed was gone
without a word (found walking the real app). The forms that hold their typing across a lock
(`held_entry`, gui/held.py) already know whether anything was typed; the same answer decides
here. An untouched form closes on Escape as before, and the form's own Cancel button still
closes at once: only the key, which is pressed by accident, asks.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QDialog, QMessageBox

from vault_app.gui.confirm import confirm
from vault_app.gui.held import HeldEntry


class GuardedDialog(QDialog):
    """A form whose Escape asks "Close without saving?" while `held_entry()` holds something.
    The question's Cancel is the default, so Enter or a second Escape goes back to the form."""

    leave_box: QMessageBox | None = None

    def held_entry(self) -> HeldEntry | None:
        return None

    def typed(self) -> bool:
        """Something typed that Escape would lose; a form not held over a lock says its own."""
        return self.held_entry() is not None

    def leave_question(self) -> str:
        """The question asked, in the form's own words (its title says which form)."""
        # translate() spelled out: pyside6-lupdate does not see strings passed through a helper,
        # and these four had no Spanish (found on Xvfb: English over a Spanish form).
        return QCoreApplication.translate("GuardedDialog", "Close without saving what you typed?")

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape and self.typed():
            event.accept()
            self.leave_box = ask_before_closing(self, self.leave_question())
            return
        super().keyPressEvent(event)


def ask_before_closing(dialog: QDialog, question: str) -> QMessageBox:
    """The question Escape asks on a form holding typed work (a GuardedDialog, or a wizard
    that asks on its own terms); its Cancel, the default, goes back to the form."""
    return confirm(dialog, dialog.windowTitle(), question,
                   [QCoreApplication.translate("GuardedDialog", "What you typed here is not saved.")],
                   QCoreApplication.translate("GuardedDialog", "Close without saving"), lambda: _close(dialog),
                   warnings=[QCoreApplication.translate("GuardedDialog", "Enter or Escape goes back to the form.")])


def _close(dialog: QDialog) -> None:
    """The form closed from its question: the window under it gets the keyboard back. Both the
    question and the form closed at once, and neither handed it on (found on Xvfb: no window was
    active, and Ctrl+F and every key went nowhere until a click)."""
    under = dialog.parentWidget()
    dialog.reject()
    if under is not None and dialog.isHidden():
        under.window().activateWindow()


__all__ = ["GuardedDialog", "ask_before_closing"]
