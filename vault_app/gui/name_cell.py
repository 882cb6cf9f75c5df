"""The client list's Name cell drawn so the part that tells two rows apart stays in sight.

"Sam Rivers, born 1984" and "Dan (Daniel Ortiz)" were cut at the narrow list of a 1280x720
screen at 150 % to "Sam Rivers, bo…" and "Dan (Daniel O…": the year and the legal name, which
are there to tell rows apart, were what the cut took (found by a walker). The row keeps the end
to keep (KEEP_ROLE): the name before it is shortened instead. Only what is drawn changes: the
item's text, which a screen reader says and the keyboard's type-ahead reads, stays whole."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QApplication, QStyle, QStyledItemDelegate, QStyleOptionViewItem

KEEP_ROLE = Qt.ItemDataRole.UserRole + 11  # the end of the cell's text kept whole when it is cut
ELLIPSIS = "…"


def kept_end(text: str, keep: str, metrics: QFontMetrics, width: int) -> str:
    """The text as it fits in `width` pixels: whole where it fits; else its start shortened and
    `keep` (its end) whole; where not even a letter of the start fits beside it, cut in the
    middle, so both its start and its end show."""
    if metrics.horizontalAdvance(text) <= width:
        return text
    if keep and text.endswith(keep) and len(keep) < len(text):
        start = text[: -len(keep)]
        room = width - metrics.horizontalAdvance(keep)
        if room >= metrics.horizontalAdvance(start[:1] + ELLIPSIS):
            shown = metrics.elidedText(start, Qt.TextElideMode.ElideRight, room)
            if shown and metrics.horizontalAdvance(shown + keep) <= width:
                return shown + keep
    return metrics.elidedText(text, Qt.TextElideMode.ElideMiddle, width)


class KeepEndDelegate(QStyledItemDelegate):
    """Draws a cell whose row gives KEEP_ROLE with that end in sight (kept_end)."""

    def initStyleOption(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> None:
        super().initStyleOption(option, index)
        keep = index.data(KEEP_ROLE)
        if not isinstance(keep, str) or not keep or option.rect.width() <= 0:
            return
        widget = option.widget
        style = widget.style() if widget is not None else QApplication.style()
        # The room the style gives the text: its rectangle less the margin it draws inside it.
        text_rect = style.subElementRect(QStyle.SubElement.SE_ItemViewItemText, option, widget)
        margin = style.pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, widget) + 1
        width = text_rect.width() - 2 * margin
        if width > 0:
            option.text = kept_end(option.text, keep, option.fontMetrics, width)


__all__ = ["KEEP_ROLE", "KeepEndDelegate", "kept_end"]
