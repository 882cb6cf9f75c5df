"""A number field of the appointment form (length, how many in a series) that remembers a
number typed out of its range.

Qt puts the last good value back when Enter is pressed or the keyboard leaves the field:
"0" typed into the length booked a 53-minute appointment without a word, and "0"
appointments a series of twelve (found on Xvfb). The form asks `refused` before saving and
says the range instead.
"""

from __future__ import annotations

from PySide6.QtWidgets import QSpinBox, QWidget


class TypedNumber(QSpinBox):
    def __init__(self, low: int, high: int, value: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setRange(low, high)
        self.setValue(value)
        self.refused: str | None = None  # what was typed, while out of range (or empty)
        self.lineEdit().textEdited.connect(self._edited)

    def _edited(self, _text: str) -> None:
        self.refused = None if self.hasAcceptableInput() else self.cleanText()

    def stepBy(self, steps: int) -> None:
        # the arrow keys (or the mouse) put a good number in place of what was typed
        super().stepBy(steps)
        self.refused = None

    def setValue(self, value: int) -> None:
        super().setValue(value)
        self.refused = None

    def show_refused(self) -> None:
        """The number as it was typed, back on screen and selected, the keyboard on it: the
        therapist sees what was refused, not a number Qt chose."""
        if self.refused is None:
            return
        self.lineEdit().setText(self.prefix() + self.refused + self.suffix())
        self.setFocus()
        self.lineEdit().setSelection(len(self.prefix()), len(self.refused))


__all__ = ["TypedNumber"]
