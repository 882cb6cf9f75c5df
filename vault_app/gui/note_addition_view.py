"""An addendum or amendment just added to a signed note, brought into view in its window.

Found walking the real app: after "Add to the note" nothing visible changed; the addition was
shown in the note's history, below the fold of the window. The history is the last box of the
note and the newest addition the end of it, so the view goes to the end. The note's boxes are
built again when it is read after the addition and grow as their text is laid out, after the
first scroll: the view follows them (the scroll bar's range changing) until the user scrolls
(asked once, the scroll stopped short of the box, seen in a test).
"""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QPlainTextEdit, QScrollArea


class AdditionInView(QObject):
    def __init__(self, area: QScrollArea, history: QPlainTextEdit) -> None:
        super().__init__(area)
        self.area = area
        self.history = history
        self.following = False
        bar = area.verticalScrollBar()
        bar.rangeChanged.connect(self._into_view)
        bar.actionTriggered.connect(self.stop)  # the user scrolled: the view is theirs again

    def follow(self) -> None:
        self.following = True
        self._into_view()

    def stop(self) -> None:
        self.following = False

    def _into_view(self) -> None:
        if self.following and self.history.isVisible():
            bar = self.area.verticalScrollBar()
            bar.setValue(bar.maximum())
            own = self.history.verticalScrollBar()
            own.setValue(own.maximum())


__all__ = ["AdditionInView"]
