"""Escape on a form holding typed work asks before it closes.

A dialog's Escape is QDialog.reject: a stray Escape closed a treatment plan being written,
client details being corrected, an amendment being typed, and what was typed was gone
without a word (found walking the real app). The forms that hold their typing across a lock
(`held_entry`, gui/held.py) already know whether anything was typed; the same answer decides
here. An untouched form closes on Escape as before, and the form's own Cancel button still
closes at once: only the key, which is pressed by accident, asks (Settings' Cancel asks too,
`cancel`: Alt+C reached it by accident). The window's own close
button (the title bar's ×) asks the same: it too closed a typed form without a word.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QCloseEvent, QKeyEvent
from PySide6.QtWidgets import QDialog, QLineEdit, QMessageBox, QPlainTextEdit, QTextEdit, QWidget

from vault_app.gui.confirm import confirm
from vault_app.gui.date_field import DateField
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

    def text_typed(self) -> bool:
        """Whether what Escape would lose holds typed words, or only choices (a tick, a choice in
        a list): "what you typed" was asked with nothing typed (found by a walker on the
        authorization form; Settings too). A form held over a lock may say it from its fields."""
        return typed_into(self)

    def leave_question(self) -> str:
        """The question asked, in the form's own words (its title says which form)."""
        # translate() spelled out: pyside6-lupdate does not see strings passed through a helper,
        # and these four had no Spanish (found on Xvfb: English over a Spanish form).
        if not self.text_typed():
            return QCoreApplication.translate("GuardedDialog", "Close without saving your changes?")
        return QCoreApplication.translate("GuardedDialog", "Close without saving what you typed?")

    def leave_summary(self) -> str:
        """What closing loses, under the question (choices alone say "changes", not "typed")."""
        if not self.text_typed():
            return QCoreApplication.translate("GuardedDialog", "Your changes here are not saved.")
        return QCoreApplication.translate("GuardedDialog", "What you typed here is not saved.")

    def cancel(self) -> None:
        """A Cancel button that asks, as Escape does, when something was typed (Settings': its
        Alt letter is a key pressed by accident too). Other forms' Cancel still closes at once."""
        if self.typed():
            self.leave_box = ask_before_closing(self, self.leave_question(), self.leave_summary())
            return
        self.reject()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape and self.typed():
            event.accept()
            self.leave_box = ask_before_closing(self, self.leave_question(), self.leave_summary())
            return
        super().keyPressEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        # Only the window system's close (the title bar's ×) asks: a lock, a quit or the form's
        # own code closes it without a question, and a lock holds what was typed first.
        if event.spontaneous() and self.isVisible() and self.typed():
            event.ignore()
            self.leave_box = ask_before_closing(self, self.leave_question(), self.leave_summary())
            return
        super().closeEvent(event)


def typed_into(form: QWidget) -> bool:
    """Whether the user typed into one of the form's fields since the form filled them: Qt's
    own modified flags, which filling a field (setText, setPlainText) clears, so a form opened
    on a record already on file is untouched until a key changes it; a half-typed date too,
    which Qt does not keep as text. For forms not held over a lock (no `held_entry`)."""
    for line in form.findChildren(QLineEdit):
        if line.isModified() and not line.isReadOnly() and line.isEnabledTo(form):
            return True
    for plain in form.findChildren(QPlainTextEdit):
        if plain.document().isModified() and not plain.isReadOnly() and plain.isEnabledTo(form):
            return True
    for rich in form.findChildren(QTextEdit):
        if rich.document().isModified() and not rich.isReadOnly() and rich.isEnabledTo(form):
            return True
    return any(field.half_typed() for field in form.findChildren(DateField) if field.isEnabledTo(form))


def ask_before_closing(dialog: QDialog, question: str, summary: str | None = None) -> QMessageBox:
    """The question Escape asks on a form holding typed work (a GuardedDialog, or a wizard
    that asks on its own terms); its Cancel, the default, goes back to the form. `summary`:
    what closing loses (else "What you typed here is not saved.")."""
    return confirm(dialog, dialog.windowTitle(), question,
                   [summary or QCoreApplication.translate("GuardedDialog", "What you typed here is not saved.")],
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


__all__ = ["GuardedDialog", "ask_before_closing", "typed_into"]
