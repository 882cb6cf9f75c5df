"""The chart's heading: the client's name and chart number, "·" between them where they share a line.

Found in the real app in Spanish at 150 %: a long name wrapped as "María José Fernández" over
"·  DEMO-00004", the dot beginning the second line (no-break spaces after the dot kept it with the
number, and the line broke before it). A separator that starts or ends a line separates nothing.
Now the heading is one line, "name · number", where that line fits the label's width; where it does
not, the number goes on a line of its own under the name, without the dot. Chosen again at each
width the label is given."""

from __future__ import annotations

from PySide6.QtGui import QResizeEvent

from vault_app.gui.wrapped_label import WrappedLabel

SEPARATOR = "\u00a0\u00a0·\u00a0\u00a0"  # no-break spaces: on one line, the dot and its room stay together


def heading_text(name: str, number: str, fits: bool) -> str:
    """"name · number" on one line where it `fits`; else the number under the name, no dot."""
    if not number:
        return name
    return f"{name}{SEPARATOR}{number}" if fits else f"{name}\n{number}"


class ChartHeading(WrappedLabel):
    """A wrapped label saying a chart's name and number (show); any other text as set (setText)."""

    def __init__(self) -> None:
        super().__init__("")
        self._parts: tuple[str, str] | None = None

    def say(self, name: str, number: str) -> None:
        """The name and the number, laid out for the label's width now and at each resize."""
        self._parts = (name, number)
        self._lay()

    def setText(self, text: str) -> None:
        self._parts = None  # a text of its own (cleared: no chart): kept as given
        super().setText(text)

    def resizeEvent(self, event: QResizeEvent) -> None:
        self._lay()
        super().resizeEvent(event)

    def _lay(self) -> None:
        if self._parts is None:
            return
        name, number = self._parts
        room = self.contentsRect().width() - 2 * self.margin()
        fits = self.fontMetrics().horizontalAdvance(heading_text(name, number, True)) <= room
        text = heading_text(name, number, fits)
        if text != self.text():
            WrappedLabel.setText(self, text)


__all__ = ["ChartHeading", "heading_text"]
