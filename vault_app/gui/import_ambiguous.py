"""The review page's ambiguous files: the list that asks the therapist which chart a file goes
to (two clients of one name), made to be answered (walk-move finding 9, at 1366x768):

- a file's line keeps in sight the client's folder it lies in and the end of its name ("Ada
  Ambervale/Progress No… 990001.pdf": whose file it is, and the id that tells two files apart);
  the export's top folder, then the middle of the file's name, are what a narrow column shortens
  (kept_path). It kept the name alone, and a scan's line read "Me…Progress Note 2023-02-02
  090000 990002.pdf": whose scan it was needed the mouse (round 39's walker);
- the list is as tall as its rows (up to ROWS_SHOWN) before the other lists take the rest: it
  showed three rows under a half-empty "Will be created";
- Open… shows the file itself in the system's viewer, from the export folder where it lies:
  nothing is copied (no plaintext copy in a temp folder), the export is not written to, and
  the import checks each file's SHA-256 against the dry run's anyway.
"""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QUrl
from PySide6.QtGui import QDesktopServices, QFontMetrics
from PySide6.QtWidgets import QBoxLayout, QStyleOptionViewItem, QTreeWidget, QTreeWidgetItem

from vault_app.gui.name_cell import (
    ELLIPSIS,
    KEEP_ROLE,
    KeepEndDelegate,
    kept_end_only,
    text_room,
    word_tails,
)

# A note's date in its file's name (SimplePractice's "Progress Note 2023-02-01 090000 990001.pdf").
_DAY = re.compile(r"(?<!\S)\d{4}-\d{2}-\d{2}(?!\S)")

# The most rows the ambiguous list asks room for: more scroll inside it.
ROWS_SHOWN = 6
# The other lists' share of the room left: by their rows, up to this many.
MOST_STRETCH = 10


def dated_tails(keep: str) -> list[str]:
    """The shorter ends of a file's name to show, longest first (word_tails), none holding the
    time without the date before it: " 090000 990001.pdf" read as a time of no day (found in the
    real app). Where the date and the time do not fit, the date, then the id: " 2023-02-01 …
    990001.pdf"."""
    tails = word_tails(keep)
    days = list(_DAY.finditer(keep))
    if not days:
        return tails
    day = days[-1]
    last = keep.rsplit(" ", 1)[-1]
    if day.end() >= len(keep) - len(last):  # the date is the last word, or right before it: nothing between
        return tails
    with_day = [t for t in tails if len(keep) - len(t) < day.start()]
    return [*with_day, f" {day.group()} {ELLIPSIS} {last}", f" {last}"]


def _kept_name(text: str, keep: str, metrics: QFontMetrics, width: int) -> str:
    return kept_end_only(text, keep, metrics, width, dated_tails(keep))


def kept_path(path: str, metrics: QFontMetrics, width: int, *, folder_first: bool = True) -> str:
    """`path` as it fits in `width` pixels: whole; else "…/" for the folders above the file's
    own ("Medical Records/"), its folder (the client's) and its name whole; else the name's
    middle cut, its first word's start and as many of its last words (the date, the id) as fit;
    only where even that does not fit, the name's end alone (kept_end_only). `folder_first=False`:
    the name whole before the folder (the ambiguous files all lie in the one folder of the name
    two clients share, which the "File it under" choices name: there the note's date and time
    tell the files apart)."""
    if metrics.horizontalAdvance(path) <= width:
        return path
    parts = path.split("/")
    name = parts[-1]
    prefix = (ELLIPSIS + "/" if len(parts) > 2 else "") + (parts[-2] + "/" if len(parts) > 1 else "")
    if metrics.horizontalAdvance(prefix + name) <= width:
        return prefix + name
    if not folder_first:
        return _kept_name(path, name, metrics, width)
    # The name's first word cut, then as many of its last words as fit: "Psych… 2023-01-17 130000
    # 100035.pdf" (the date and the id tell one client's files apart; "Psychotherapy Not…
    # 100035.pdf" read alike row after row, found in the real app).
    rest = name.partition(" ")[2]
    shown = _kept_name(name, " " + rest, metrics, width - metrics.horizontalAdvance(prefix)) if rest else ""
    if shown[:1] not in ("", ELLIPSIS) and shown.endswith(name.rsplit(" ", 1)[-1]) \
            and metrics.horizontalAdvance(prefix + shown) <= width:
        return prefix + shown
    return _kept_name(path, name, metrics, width)


class FilePathDelegate(KeepEndDelegate):
    """Draws a file's row (marked by mark_file_name) as kept_path; any other row as its base does."""

    def __init__(self, tree: QTreeWidget, *, folder_first: bool = True) -> None:
        super().__init__(tree)
        self.folder_first = folder_first

    def initStyleOption(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> None:
        super(KeepEndDelegate, self).initStyleOption(option, index)
        keep = index.data(KEEP_ROLE)
        if not isinstance(keep, str) or not keep or option.rect.width() <= 0:
            return
        width = text_room(option)
        if width > 0:
            option.text = kept_path(option.text, option.fontMetrics, width, folder_first=self.folder_first) \
                if option.text.endswith("/" + keep) \
                else _kept_name(option.text, keep, option.fontMetrics, width)


def keep_file_names(tree: QTreeWidget, *, folder_first: bool = True) -> None:
    """Column 0 (the file's path) drawn with its folder and its file name in sight (kept_path)."""
    tree.setItemDelegateForColumn(0, FilePathDelegate(tree, folder_first=folder_first))


def mark_file_name(item: QTreeWidgetItem, path: str) -> None:
    """The row is a file's: its path drawn as kept_path (the client's folder and the name's end)."""
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


__all__ = ["MOST_STRETCH", "ROWS_SHOWN", "FilePathDelegate", "keep_file_names", "kept_path", "mark_file_name",
           "open_in_viewer", "share_room"]
