"""The review page's ambiguous files: the list that asks the therapist which chart a file goes
to (two clients of one name), made to be answered (walk-move finding 9, at 1366x768):

- a file's name keeps its end in sight ("... - 300019.pdf": the id that tells two files apart),
  its folder is what a narrow column shortens (name_cell.KeepEndDelegate);
- the list is as tall as its rows (up to ROWS_SHOWN) before the other lists take the rest: it
  showed three rows under a half-empty "Will be created";
- Open… shows the file itself in the system's viewer, from the export folder where it lies:
  nothing is copied (no plaintext copy in a temp folder), the export is not written to, and
  the import checks each file's SHA-256 against the dry run's anyway.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QBoxLayout, QTreeWidget, QTreeWidgetItem

from vault_app.gui.name_cell import KEEP_ROLE, KeepEndDelegate

# The most rows the ambiguous list asks room for: more scroll inside it.
ROWS_SHOWN = 6
# The other lists' share of the room left: by their rows, up to this many.
MOST_STRETCH = 10


def keep_file_names(tree: QTreeWidget) -> None:
    """Column 0 (the file's path) drawn with its file name whole where it fits."""
    tree.setItemDelegateForColumn(0, KeepEndDelegate(tree))


def mark_file_name(item: QTreeWidgetItem, path: str) -> None:
    """The end of the row's path kept in sight: its file name."""
    item.setData(0, KEEP_ROLE, path.rsplit("/", 1)[-1])


def share_room(layout: QBoxLayout, created: QTreeWidget, ambiguous: QTreeWidget, skipped: QTreeWidget,
               row_height: int) -> None:
    """The ambiguous list asks for its rows (up to ROWS_SHOWN); the three share what is left
    by their rows, so an empty list does not hold room a full one needs."""
    rows = ambiguous.topLevelItemCount()
    wanted = ambiguous.header().sizeHint().height() + min(max(rows, 3), ROWS_SHOWN) * row_height \
        + 2 * ambiguous.frameWidth()
    ambiguous.setMinimumHeight(max(wanted, ambiguous.minimumHeight()))
    for tree, share in ((created, created.topLevelItemCount()), (ambiguous, 2 * rows),
                        (skipped, skipped.topLevelItemCount())):
        layout.setStretchFactor(tree, max(1, min(share, MOST_STRETCH)))


def open_in_viewer(root: Path, rel: str) -> bool:
    """The export's file at `rel` opened by the system's viewer, in place. Only a regular file
    inside the export (what the dry run read: never a link out of it); False when it is not
    there any more or no viewer took it."""
    path = root / rel
    try:
        inside = root.resolve(strict=True)
        found = path.resolve(strict=True)
    except OSError:
        return False
    if path.is_symlink() or not found.is_file() or not found.is_relative_to(inside):
        return False
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(found)))


__all__ = ["MOST_STRETCH", "ROWS_SHOWN", "keep_file_names", "mark_file_name", "open_in_viewer", "share_room"]
