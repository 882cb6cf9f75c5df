"""A drop-down of clients that the keyboard finds by name, accents or not.

Qt's own type-ahead in a drop-down matches the start of an item exactly, case aside: "ang" never
reached "Ángel Zúñiga · C00007", nor "nun" Ñuño, nor "zun" Zúñiga (an item's later word). Found
by round 39's walker, a bilingual therapist whose appointment form listed sixty clients. Here the
typed letters are matched with the client search's own folding (domain/name_fold.py: case,
accents, apostrophes ignored), at the start of the item first, else at the start of any word of
it (a surname, the chart number). Typing works as in Qt's: letters typed in a quick row add up,
and a pause starts again (the desktop's keyboard input interval). The same search serves the
closed drop-down and its open list: QComboBox asks its list's keyboardSearch for both."""

from __future__ import annotations

from PySide6.QtCore import QElapsedTimer, QModelIndex, Qt
from PySide6.QtWidgets import QAbstractItemView, QApplication, QComboBox, QListView, QWidget

from vault_app.domain.name_fold import fold_for_search


def found_row(texts: list[str], typed: str) -> int:
    """The first item the typed letters find (-1 none): the start of an item first, then the start
    of any of its words, each compared folded."""
    wanted = fold_for_search(typed)
    if not wanted.strip():
        return -1
    folded = [fold_for_search(text) for text in texts]
    for row, text in enumerate(folded):
        if text.startswith(wanted):
            return row
    for row, text in enumerate(folded):
        if f" {wanted}" in " " + text.replace("-", " ").replace("(", " "):
            return row
    return -1


class _FoldingList(QListView):
    """The drop-down's list, with the folding type-ahead."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._typed = ""
        self._since = QElapsedTimer()

    def keyboardSearch(self, search: str) -> None:
        if not self._since.isValid() or self._since.elapsed() > QApplication.keyboardInputInterval():
            self._typed = ""
        self._since.start()
        self._typed += search
        model = self.model()
        texts = [str(model.index(row, 0).data(Qt.ItemDataRole.DisplayRole) or "") for row in range(model.rowCount())]
        row = found_row(texts, self._typed)
        if row >= 0:
            self.setCurrentIndex(model.index(row, 0, QModelIndex()))


class ClientPicker(QComboBox):
    """A QComboBox of clients whose type-ahead ignores case and accents (found_row)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        view = _FoldingList(self)
        view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setView(view)


__all__ = ["ClientPicker", "found_row"]
