"""The account window's message line, beside Make the PDF and Close: a payment recorded, a PDF
written, a refusal and what to do about it.

Three lines are kept for it whatever it says: grown by every message, it pushed the fields and
buttons up under the mouse (a click meant for one landed on another). A message longer than that
(a refusal with its hint, in Spanish at 150 %) was left to scroll inside those three lines, and
its end, where to fill in what was missing, was never read: found by the Spanish walker (wday4 #3,
"Rellénelos en Bóveda > Ajustes… > Usted y su consulta…" below the fold). It now grows to its
lines: the window grows below where the screen has room, else what scrolls above gives its room
(whose fields, taller than their view, do not move). Only past half the window does it scroll.
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt, QTimer, Signal
from PySide6.QtWidgets import QDialog, QFrame, QLabel, QScrollArea

from vault_app.gui import screen_fit

MESSAGE_LINES = 3  # the message line's least height: most messages, a PDF's with its hint


class MessageLabel(QLabel):
    """A wrapped, top-aligned label that says when its words change."""

    said = Signal()

    def __init__(self) -> None:
        super().__init__("")
        self.setWordWrap(True)
        self.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)

    def setText(self, text: str) -> None:
        super().setText(text)
        self.said.emit()


class MessageArea(QScrollArea):
    """The message's room in `window`: MESSAGE_LINES, or the message's own lines up to half the window."""

    def __init__(self, message: MessageLabel, window: QDialog) -> None:
        super().__init__()
        self.window_ = window
        self.grown = 0  # what the window grew by for a long message, given back after it
        self.above: QScrollArea | None = None  # what scrolls above, set by the window
        self.setObjectName("accountMessageArea")
        self.setWidget(message)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.viewport().setAutoFillBackground(False)
        self.setFixedHeight(self.least())
        # Once laid out at its width (the window's layout runs after the words are set).
        message.said.connect(lambda: QTimer.singleShot(0, self.fit))

    def least(self) -> int:
        held = self.widget()
        metrics = (held or self).fontMetrics()
        return metrics.lineSpacing() * MESSAGE_LINES + 4

    def fit(self) -> None:
        """As tall as the message's lines, between MESSAGE_LINES and half the window; what the window
        cannot grow by is taken from what scrolls above only if it already scrolls (its fields then
        stay where they are; a list that fitted would shrink and move the fields below it)."""
        held = self.widget()
        if held is None:
            return
        width = self.width() - 2 * self.frameWidth()
        whole = held.heightForWidth(width) + 4 if isinstance(held, QLabel) and held.text().strip() else 0
        height = min(max(self.least(), whole), max(self.least(), self.window_.height() // 2))
        window = self.window_
        grow = 0
        if height > self.height() and window.isVisible():
            # Below, where the screen has room: what scrolls above keeps its height, nothing moves.
            room = screen_fit.inner_room(screen_fit.room_of(window))
            grow = max(0, min(height - self.height(), room.bottom() - window.geometry().bottom(),
                              room.height() - window.height()))
            above = self.above
            if above is None or above.verticalScrollBar().maximum() == 0:
                height = self.height() + grow  # the rest scrolls here, as before
        elif height < self.height():
            grow = -min(self.height() - height, self.grown)  # given back: the window as it was
        if height == self.height():
            return
        self.setFixedHeight(height)
        if grow:
            self.grown += grow
            window.resize(QSize(window.width(), window.height() + grow))


__all__ = ["MESSAGE_LINES", "MessageArea", "MessageLabel"]
