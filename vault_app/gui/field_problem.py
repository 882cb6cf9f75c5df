"""What is wrong with a field, said just under it in a row of its own (gui/under_field.py):
the rows below move down while it is there and back once the field is right again.

Made for the date fields (found in the real app: their message was laid over the window,
on top of the next row's label and field) and used by every field that refuses what was
typed while keeping it (an e-mail address). Only a field no layout stacks rows around is
still said over the window.
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QWidget

from vault_app.gui.announce import AloudLabel
from vault_app.gui.under_field import Placement, place_under

# A date's "read as 1985" under it: news, said when the reader is free; the rest are problems.
NEWS = frozenset({"dateReadAs"})


class FieldProblem(AloudLabel):
    """As tall as its wrapped lines at the row's width (WrappedLabel): a window already at its
    minimum height (client details) squeezed the row to one line, cutting the sentence off.
    Said to a screen reader as it comes (AloudLabel): it was seen under the field, never heard."""

    def __init__(self, field: QWidget, name: str = "fieldProblem") -> None:
        super().__init__("", field.window(), assertive=name not in NEWS)
        self.field = field
        self.setObjectName(name)
        self.setStyleSheet(f"QLabel#{name} {{ background: #fff4e5; color: #8a1c00; border: 1px solid #d46b08;"
                           " padding: 3px; }")
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.hide()
        self._placed: Placement | None = None

    def say(self, text: str) -> None:
        self.setText(text)
        if self._placed is None:
            self._placed = place_under(self.field, self)
        if self._placed is None:
            self._float()
        self.show()

    def _float(self) -> None:
        window = self.field.window()
        if self.parentWidget() is not window:
            self.setParent(window)
        self.setFixedWidth(max(self.field.width(), 260))
        self.adjustSize()
        self.move(self.field.mapTo(window, QPoint(0, self.field.height() + 2)))
        self.raise_()

    def go(self) -> None:
        """Hidden, and its row given back to the form."""
        if self._placed is not None:
            self._placed.remove()
            self._placed = None
        self.setMinimumHeight(0)
        self.hide()
        self.setText("")  # the same words, should they come again, are said again


__all__ = ["FieldProblem"]
