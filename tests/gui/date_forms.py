"""A bare form around one date field, for the tests of typed dates: the date, a next field, and
a Save that asks `unfinished_date` first, as every form of the app does."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QDialog, QLineEdit, QPushButton, QVBoxLayout

from vault_app.gui.date_field import DateField, date_picker, unfinished_date


def form_with_a_date(qtbot: Any, label: str, shown: QDate) -> tuple[QDialog, DateField, QLineEdit, list[str]]:
    """(the dialog, its date field, the field after it, the dates Save stored as ISO text)."""
    dialog = QDialog()
    qtbot.addWidget(dialog)
    field = date_picker(label, shown)
    after = QLineEdit()
    saved: list[str] = []
    button = QPushButton("Save")
    button.clicked.connect(
        lambda: None if unfinished_date(field) else saved.append(field.date().toString("yyyy-MM-dd")))
    layout = QVBoxLayout(dialog)
    for widget in (field, after, button):
        layout.addWidget(widget)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    return dialog, field, after, saved
