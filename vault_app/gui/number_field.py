"""A number field (a length, how many in a series, minutes, days, an age) that remembers a
number typed out of its range.

Qt puts the last good value back when Enter is pressed or the keyboard leaves the field:
"0" typed into the length booked a 53-minute appointment without a word, "0" appointments a
series of twelve, and "0" minutes in a progress note's duration read 53 (found on Xvfb). The
form asks `refused` (or `refused_number`) before saving and says the range instead; a field
given `range_said` says it under itself, and on leaving it shows again what was typed.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QFocusEvent, QHideEvent, QKeyEvent
from PySide6.QtWidgets import QSpinBox, QWidget

from vault_app.gui.field_problem import FieldProblem
from vault_app.gui.i18n import QT_TRANSLATE_NOOP

MINUTES = QT_TRANSLATE_NOOP("TypedNumber", "The number typed is out of range: type from {low} to {high} minutes.")
DAYS = QT_TRANSLATE_NOOP("TypedNumber", "The number typed is out of range: type from {low} to {high} days.")
NUMBER = QT_TRANSLATE_NOOP("TypedNumber", "The number typed is out of range: type from {low} to {high}.")
YEARS = QT_TRANSLATE_NOOP("TypedNumber", "The age typed is out of range: type from {low} to {high}.")


def said(text: str) -> str:
    """One of the ranges above in the screens' language, for `range_said`."""
    return QCoreApplication.translate("TypedNumber", text)


class TypedNumber(QSpinBox):
    def __init__(self, low: int, high: int, value: int, parent: QWidget | None = None, *,
                 range_said: str | None = None) -> None:
        super().__init__(parent)
        self.setRange(low, high)
        self.setValue(value)
        self.refused: str | None = None  # what was typed, while out of range (or empty)
        # "{low}" and "{high}" in the screens' language: said under the field (None: the form says it)
        self.range_said = range_said
        self._problem: FieldProblem | None = None
        self.lineEdit().textEdited.connect(self._edited)

    def _edited(self, _text: str) -> None:
        self.refused = None if self.hasAcceptableInput() else self.cleanText()
        if self.refused is None and self._problem is not None:
            self._problem.go()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """A digit Qt refuses ("601" where 600 is the most: the 1 was dropped, 60 shown and
        booked) is kept in the text as typed, and the number is refused as one out of range."""
        line, typed = self.lineEdit(), event.text()
        before, at, start, chosen = line.text(), line.cursorPosition(), line.selectionStart(), line.selectedText()
        super().keyPressEvent(event)
        if not typed.isdigit() or line.text() != before:
            return
        where = start if chosen else at
        wanted = before[:where] + typed + before[where + len(chosen):]
        line.setText(wanted)
        line.setCursorPosition(where + 1)
        self.refused = wanted.removeprefix(self.prefix()).removesuffix(self.suffix()).strip()
        self._say()

    def stepBy(self, steps: int) -> None:
        # the arrow keys (or the mouse) put a good number in place of what was typed
        super().stepBy(steps)
        self._forget()

    def setValue(self, value: int) -> None:
        super().setValue(value)
        self._forget()

    def _forget(self) -> None:
        self.refused = None
        if getattr(self, "_problem", None) is not None:  # setValue runs before __init__ ends
            self._problem.go()  # type: ignore[union-attr]

    def show_refused(self) -> None:
        """The number as it was typed, back on screen and selected, the keyboard on it: the
        therapist sees what was refused, not a number Qt chose."""
        if self.refused is None:
            return
        self.lineEdit().setText(self.prefix() + self.refused + self.suffix())
        self.setFocus()
        self.lineEdit().setSelection(len(self.prefix()), len(self.refused))

    def problem_text(self) -> str:
        """What the field says under itself now ("" when nothing is)."""
        return self._problem.text() if self._problem is not None and self._problem.isVisible() else ""

    def say_refused(self) -> bool:
        """For a form's Save: a number typed out of range is said with the range, shown as typed
        and given the keyboard; True when there was one (then nothing is saved)."""
        if self.refused is None or not self.isEnabled():
            return False
        self.show_refused()
        self._say()
        return True

    def _say(self) -> None:
        if self.range_said is None:
            return
        if self._problem is None:
            self._problem = FieldProblem(self, "numberProblem")
        self._problem.say(self.range_said.format(low=self.minimum(), high=self.maximum()))

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)  # Qt writes the last good number back here
        # getattr: cleared by the cycle collector (test_overrides_after_collection)
        refused: str | None = getattr(self, "refused", None)
        if refused is not None and self.range_said is not None:
            self.lineEdit().setText(self.prefix() + refused + self.suffix())
            self._say()

    def hideEvent(self, event: QHideEvent) -> None:
        # getattr: a window Python's cycle collector frees while shown hides its children after
        # their attributes were cleared (seen at random in test_minor_consent_gui)
        problem = getattr(self, "_problem", None)
        if problem is not None:
            problem.go()
        super().hideEvent(event)


def refused_number(*fields: QSpinBox) -> bool:
    """For a form's Save: the first of `fields` holding a number typed out of range says so."""
    return any(field.say_refused() for field in fields if isinstance(field, TypedNumber))


__all__ = ["DAYS", "MINUTES", "NUMBER", "YEARS", "TypedNumber", "refused_number", "said"]
