"""A word-wrapped label that claims the height of its lines.

A window's layout sizes its rows from each widget's minimum size, which for a wrapped label is
one line: Qt asks a label how tall it is at a width (heightForWidth) only when it lays the
rows out, after the window's own minimum height was fixed from the one-line figure. So a
message of two or three lines in a form was cut to its first line ("...does not exist: type"),
or lay over the next row when two such messages were said at once (the appointment form's
date, in the real app). The label here sets its minimum height to its lines at the width it
was given, so the window grows to hold it.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QSize
from PySide6.QtGui import QResizeEvent, QShowEvent
from PySide6.QtWidgets import QLabel, QWidget


class WrappedLabel(QLabel):
    def __init__(self, text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(text, parent)
        self.setWordWrap(True)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._claim()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._claim()

    def setText(self, text: str) -> None:
        super().setText(text)
        self._claim()

    def _claim(self) -> None:
        # Only once shown in its row: before, it has the width it was made with (about 100 px:
        # many lines), and a minimum taken then stayed once the row was wider.
        if not self.isVisible():
            return
        claimed = self.minimumHeight()
        # Qt's heightForWidth counts the minimum height already claimed, so a claim made while
        # the label was narrow (many lines) never shrank once it was wider: a signed note's
        # two-line "Signed ... · signature verified" held a row six lines tall above the
        # template (found in the real app). Asked without it.
        self.setMinimumHeight(0)
        need = self.heightForWidth(self.width()) if self.text() else 0
        self.setMinimumHeight(need if need >= 0 else claimed)


class ClaimedLabel(WrappedLabel):
    """A wrapped label a form sizes by the lines it claims (its minimum height), never by a height for
    width of the form's own: QFormLayout's guess for a row of several lines came out shorter than the
    lines, the form box was laid out below its minimum, and the label (held to its minimum) ran under the
    next row. Found on Xvfb at 200 %: the Guardians form's amber warning ran 8 pixels under "In force
    from", its last line hidden behind the dates. (QLabel turns height-for-width on again at each text, so
    it is answered here, not set in the size policy.)"""

    def hasHeightForWidth(self) -> bool:
        return False

    def sizeHint(self) -> QSize:
        # As tall as its lines once claimed: QLabel's own hint is for a narrower width (more lines), and a box
        # gave the Guardians window's note that room, a gap above it (seen on Xvfb at 150 %).
        hint = super().sizeHint()
        return QSize(hint.width(), self.minimumHeight()) if self.minimumHeight() > 0 else hint


class SaidLabel(WrappedLabel):
    """A message line (an error, a result) shown only while it holds words: empty, it still took
    its row and the layout's spacing, a 40-pixel gap above the open export's buttons (found at
    1366x768 with nothing said yet). Shown or hidden once it has a parent: a label without one
    shown would be a window of its own."""

    def __init__(self, text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(text, parent)
        self._follow()

    def setText(self, text: str) -> None:
        super().setText(text)
        self._follow()

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ParentChange:
            self._follow()
        return super().event(event)

    def _follow(self) -> None:
        if self.parentWidget() is not None:
            self.setVisible(bool(self.text().strip()))


__all__ = ["ClaimedLabel", "SaidLabel", "WrappedLabel"]
