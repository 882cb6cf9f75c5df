"""A list's column header said on two lines where one line would widen the column past what it holds.

The client list's columns beside the name are as wide as their content or their header, whichever is
wider (the name takes what they leave). "Última visita" is wider than any date under it: at 1366x768
the Spanish list kept a column half empty while the names beside it were cut ("Ju… Carlos Ramírez",
round 39's walker). The header then reads on two lines ("Última" over "visita"), broken at the
space nearest its middle, and the column is as wide as its dates; its one-line words stay its
tooltip. A header of one word, or narrower than its content, is left as it is."""

from __future__ import annotations

from PySide6.QtWidgets import QTreeWidget


def two_lines(text: str) -> str:
    """The text broken at the space nearest its middle ("" where it has no space to break at)."""
    spaces = [i for i, letter in enumerate(text) if letter == " "]
    if not spaces:
        return ""
    middle = min(spaces, key=lambda i: abs(len(text) - 2 * i))
    return f"{text[:middle]}\n{text[middle + 1:]}"


def fit_header(tree: QTreeWidget, column: int, widest: str) -> None:
    """Say the column's header on two lines where on one it is wider than `widest`, the widest
    text the column holds (a date, for a date column)."""
    item = tree.headerItem()
    text = item.text(column)
    metrics = tree.header().fontMetrics()
    broken = two_lines(text)
    if broken and metrics.horizontalAdvance(text) > metrics.horizontalAdvance(widest):
        item.setText(column, broken)
        item.setToolTip(column, text)


__all__ = ["fit_header", "two_lines"]
