"""Small building blocks every form shares, so they look and read the same everywhere."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping

from PySide6.QtCore import QCoreApplication, QEvent, QObject
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QWidget,
)

from vault_app.gui.announce import AloudLabel
from vault_app.gui.passphrase import show_by_key


def line_edit(text: str, name: str, placeholder: str = "") -> QLineEdit:
    """A one-line field with an accessible name (screen readers read it out)."""
    edit = QLineEdit(text)
    edit.setAccessibleName(name)
    edit.setPlaceholderText(placeholder)
    return edit


def password_edit(name: str) -> QLineEdit:
    """A one-line field whose text is hidden as it is typed, with an accessible name."""
    edit = line_edit("", name)
    edit.setEchoMode(QLineEdit.EchoMode.Password)
    return show_by_key(edit)  # Ctrl+H shows it (it has no Show button)


class PasswordPair:
    """A PDF's password typed twice, as the letter window and the access-copy window ask it: the
    two hidden fields, their form rows and the words when they differ, written once (they were
    built and checked by hand in each window)."""

    def __init__(self) -> None:
        self.password = password_edit(QCoreApplication.translate("forms", "PDF password"))
        self.again = password_edit(QCoreApplication.translate("forms", "Confirm PDF password"))

    def add_rows(self, form: QFormLayout, label: str, again_label: str) -> None:
        """`label`, `again_label`: each window's own words for the two rows."""
        form.addRow(label, self.password)
        form.addRow(again_label, self.again)

    def differ(self) -> str:
        """What to say when the two passwords differ; "" when they are the same."""
        if self.password.text() == self.again.text():
            return ""
        return QCoreApplication.translate("forms", "The two passwords differ.")

    def text(self) -> str:
        return self.password.text()

    def clear(self) -> None:
        self.password.clear()
        self.again.clear()


def error_label() -> QLabel:
    """Where a form says what is wrong with what was typed (see background.show_inline), said to
    a screen reader as it comes (gui/announce.py)."""
    label = AloudLabel("")
    label.setObjectName("verdictRefused")
    label.setAccessibleName(QCoreApplication.translate("forms", "Problem with the form"))
    return label


class _DefaultWhenShown(QObject):
    def __init__(self, dialog: QDialog, action: QPushButton) -> None:
        super().__init__(dialog)
        self._action = action
        dialog.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Show:
            # Off, then on: setDefault(True) on a button that already says it is the default
            # returns before telling the dialog.
            self._action.setDefault(False)
            self._action.setDefault(True)
        return False


class _LettersWhenShown(QObject):
    """Alt letters for a form's buttons and field labels, chosen as it shows: after translation,
    so each language gets letters of its own words, and after the dialog added its fields."""

    def __init__(self, dialog: QDialog, first: tuple[QPushButton, ...]) -> None:
        super().__init__(dialog)
        self._dialog = dialog
        self._first = first
        dialog.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Show and watched is self._dialog:
            # Lazy (start-up): widgets.py (~45 ms with Qt's namespace, which it reads) is not on the
            # unlock window's path, as this module is; a form is shown long after.
            from vault_app.gui.widgets import give_form_mnemonics

            give_form_mnemonics(self._dialog, self._first)
        return False


def enter_presses(dialog: QDialog, action: QPushButton) -> None:
    """Enter in the dialog's fields presses `action` (a dialog built without action_buttons)."""
    action.setDefault(True)
    _DefaultWhenShown(dialog, action)


def action_buttons(dialog: QDialog, label: str, on_accept: Callable[[], None]) -> tuple[QDialogButtonBox, QPushButton]:
    """Cancel and the dialog's one action (the default button, so Enter does it). The
    action runs `on_accept`, which closes the dialog only once the work has succeeded."""
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
    action = buttons.addButton(label, QDialogButtonBox.ButtonRole.AcceptRole)
    action.setDefault(True)
    # QPushButton.setDefault on a button with no dialog above it yet is dropped once the box
    # is laid out in the dialog (Enter did nothing), so it is said again as the dialog shows.
    # Not by making the box the dialog's child here: that would put the buttons first in the
    # tab order, ahead of the fields the dialog adds after.
    _DefaultWhenShown(dialog, action)
    # Save and Cancel, and the labels of the fields, had no Alt letter in any form built here
    # (found walking the real app by keyboard): the action's and Cancel's chosen first.
    cancel = buttons.button(QDialogButtonBox.StandardButton.Cancel)
    _LettersWhenShown(dialog, (action, cancel) if cancel is not None else (action,))
    buttons.accepted.connect(on_accept)
    buttons.rejected.connect(dialog.reject)
    return buttons, action


def choice_box(values: Iterable[str], current: str, name: str, words: Mapping[str, str] | None = None) -> QComboBox:
    """A drop-down over a domain enumeration ("no_charge" shows as "No charge"), in the screen's
    language when `words` (a gui/chart_words table, context ChartWords) has the value. Not
    through chart_words.shown: this module is on the unlock window's path, that one is not."""
    box = QComboBox()
    box.setAccessibleName(name)
    for value in values:
        box.addItem(QCoreApplication.translate("ChartWords", words[value]) if words is not None and value in words
                    else value.replace("_", " ").capitalize(), value)
    box.setCurrentIndex(max(0, box.findData(current)))
    return box


def hbox(*items: QWidget | str) -> QHBoxLayout:
    """Widgets side by side on one form row; a string becomes a small label between them."""
    row = QHBoxLayout()
    for item in items:
        row.addWidget(QLabel(item) if isinstance(item, str) else item)
    return row


def beside(first: QWidget, text: str, second: QWidget) -> QHBoxLayout:
    """Two fields on one form row, the second with its own label (its buddy: read with it)."""
    label = QLabel(text)
    label.setBuddy(second)
    return hbox(first, label, second)


def code_list(text: str) -> list[str]:
    """Codes typed as "f41.1, F32.1" or "F41.1 F32.1" (the service checks each one)."""
    return [c for c in re.split(r"[\s,;]+", text.strip().upper()) if c]
