"""Small building blocks every form shares, so they look and read the same everywhere."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QLineEdit, QPushButton


def line_edit(text: str, name: str, placeholder: str = "") -> QLineEdit:
    """A one-line field with an accessible name (screen readers read it out)."""
    edit = QLineEdit(text)
    edit.setAccessibleName(name)
    edit.setPlaceholderText(placeholder)
    return edit


def error_label() -> QLabel:
    """Where a form says what is wrong with what was typed (see background.show_inline)."""
    label = QLabel("")
    label.setWordWrap(True)
    label.setObjectName("verdictRefused")
    label.setAccessibleName("Problem with the form")
    return label


def action_buttons(dialog: QDialog, label: str, on_accept: Callable[[], None]) -> tuple[QDialogButtonBox, QPushButton]:
    """Cancel and the dialog's one action (the default button, so Enter does it). The
    action runs `on_accept`, which closes the dialog only once the work has succeeded."""
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
    action = buttons.addButton(label, QDialogButtonBox.ButtonRole.AcceptRole)
    action.setDefault(True)
    buttons.accepted.connect(on_accept)
    buttons.rejected.connect(dialog.reject)
    return buttons, action
