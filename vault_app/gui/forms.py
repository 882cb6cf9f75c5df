"""Small building blocks every form shares, so they look and read the same everywhere."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QLineEdit


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
