"""The client list's Name cell drawn so the part that tells two rows apart stays in sight.

"Sam Rivers, born 1984" and "Dan (Daniel Ortiz)" were cut at the narrow list of a 1280x720
screen at 150 % to "Sam Rivers, bo…" and "Dan (Daniel O…": the year and the legal name, which
are there to tell rows apart, were what the cut took (found by a walker). The row keeps the end
to keep (KEEP_ROLE): the name before it is shortened instead. Only what is drawn changes: the
item's text, which a screen reader says and the keyboard's type-ahead reads, stays whole.

The list is by last name: the word it is sorted by (SURNAME_ROLE, domain/list_names.surname) is
kept whole before anything else, the first names shortened first: "Rosalind … (demo)" and
"Rosalind Honeywat…" hid the very word the rows were in order by (found at 1366x768)."""

from __future__ import annotations

import re
from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QApplication, QStyle, QStyledItemDelegate, QStyleOptionViewItem

from vault_app.domain.list_names import added
from vault_app.gui.i18n import QT_TRANSLATE_NOOP

KEEP_ROLE = Qt.ItemDataRole.UserRole + 11  # the end of the cell's text kept whole when it is cut
SURNAME_ROLE = Qt.ItemDataRole.UserRole + 12  # the word the list sorts the row by, kept whole before all
ELLIPSIS = "…"
# A chart a newer copy of this vault destroyed (services/older_copy_destroyed.py), wherever a
# list names it: the client list and the search's hits (its words under the list's context).
DESTROYED_THERE = QT_TRANSLATE_NOOP("ClientListPanel", "{name} (destroyed in a newer copy)")


def destroyed_there(name: str) -> tuple[str, str]:
    """The name of a chart a newer copy destroyed, marked so, and the mark: the end a narrow
    column keeps in sight (walk M: listed and found as any other chart, refused only when opened)."""
    shown = QCoreApplication.translate("ClientListPanel", DESTROYED_THERE).format(name=name)
    return shown, added(shown, name)


def kept_end(text: str, keep: str, metrics: QFontMetrics, width: int, surname: str = "") -> str:
    """The text as it fits in `width` pixels, `surname` (the word the list is sorted by) whole in
    it wherever it fits alone (kept_surname); else as kept_end_only cuts it."""
    if metrics.horizontalAdvance(text) <= width:
        return text
    shown = kept_end_only(text, keep, metrics, width)
    if not surname or _shows(shown, surname) or _at(text, surname) < 0:
        return shown
    return kept_surname(text, keep, surname, metrics, width)


def kept_end_only(text: str, keep: str, metrics: QFontMetrics, width: int,
                  tails: Sequence[str] | None = None) -> str:
    """The text as it fits in `width` pixels: whole where it fits; else its start shortened and
    `keep` (its end) whole; where `keep` itself is too wide, the start and the last whole words
    of `keep` that fit (word_tails), "Rosalind … (demo)". Never a cut word before the end kept,
    nor a bracket closed that the reader does not see opened: Qt's middle cut drew "Rosalind …t
    (demo))" for "Rosalind (Rosalind Honeywater (demo))" (the demo's list at 1280x800).
    `tails`: the shorter ends to try instead of word_tails(keep), longest first."""
    if metrics.horizontalAdvance(text) <= width:
        return text
    if keep and text.endswith(keep) and len(keep) < len(text):
        start = text[: -len(keep)]
        for tail in (keep, *(word_tails(keep) if tails is None else tails)):
            room = width - metrics.horizontalAdvance(tail)
            if room < metrics.horizontalAdvance(start[:1] + ELLIPSIS):
                continue
            # A shorter tail says words were left out before it even where the start fits whole.
            whole = start + (" " + ELLIPSIS if tail != keep else "")
            shown = _cut_right(whole, metrics, room)
            # Qt's cut may leave the ellipsis alone: the start shows at least a letter.
            if shown[:1] not in ("", ELLIPSIS) and metrics.horizontalAdvance(shown + tail) <= width:
                return shown + tail
    return _cut_right(text, metrics, width)


def _shows(shown: str, word: str) -> bool:
    """Whether `shown` holds `word` whole (not "Honeywat…" for Honeywater), in any case."""
    return re.search(rf"(?<!\w){re.escape(word)}(?!\w)", shown, re.IGNORECASE) is not None


def _at(text: str, word: str) -> int:
    """Where `word` last stands whole in `text` (the legal name is said last, before any year or
    mark), -1 where it does not."""
    found = list(re.finditer(rf"(?<!\w){re.escape(word)}(?!\w)", text, re.IGNORECASE))
    return found[-1].start() if found else -1


def kept_surname(text: str, keep: str, surname: str, metrics: QFontMetrics, width: int) -> str:
    """`text` cut around its `surname`, which stays whole: the start shortened ("Ros… Honeywater
    (demo)"), then what follows the surname too ("Ro… Honeywater…"), then the start left out ("…
    Honeywater (demo)"); the surname itself cut only where it is wider than the column alone. Where
    `keep` (the end telling this row from another that reads the same: a year, a mark) follows
    the surname and both cannot be whole, the end is: the surname is cut at its end instead
    ("Riverside-Holl…, born 1984"), as two rows alike would otherwise be drawn the same. Narrower
    still, the first name's initial stays ("R. Honeywater", then "R. Honeyw…"): "… Honeywater" drew
    a mother and her son alike (round 37). Never a bracket closed that the reader does not see opened."""
    at = _at(text, surname)
    word = text[at:at + len(surname)]
    head, rest = text[:at].rstrip(), text[at + len(word):]
    tail = _balanced(rest)
    apart = bool(keep) and rest.endswith(keep)  # the end that tells rows apart follows the surname
    ends = [tail] if apart or not tail else [tail, ELLIPSIS]
    # Some of the start (the name the therapist uses) before all of a mark that tells no row apart
    # ("Ro… Honeywater…", not "Honeywater (demo)"): the start's candidates first, for every end.
    candidates: list[str] = []
    if head:
        for end in ends:
            start = _cut_right(head, metrics, width - metrics.horizontalAdvance(" " + word + end))
            if start[:1] not in ("", ELLIPSIS):
                candidates.append(start + " " + word + end)
    initial = _initial(head)
    # The initial and the surname, before the surname alone: no end at all where even "…" is too wide.
    candidates += [f"{initial} {word}{end}" for end in (ends if apart else [*ends, ""])] if initial else []
    for end in ends:
        candidates += [ELLIPSIS + " " + word + end, word + end] if head else [word + end]
    for shown in candidates:
        if metrics.horizontalAdvance(shown) <= width and (not initial or shown.startswith(head[:1])):
            return shown
    if initial:  # the initial and the surname cut, before a row without its first name
        after = tail if apart else ""
        cut = _cut_right(f"{initial} {word}", metrics, width - metrics.horizontalAdvance(after))
        if len(cut) > len(initial) + 2 and metrics.horizontalAdvance(cut + after) <= width:
            return cut + after
    for shown in candidates:
        if metrics.horizontalAdvance(shown) <= width:
            return shown
    if apart:
        cut = _cut_right(word, metrics, width - metrics.horizontalAdvance(tail))
        if cut[:1] not in ("", ELLIPSIS) and metrics.horizontalAdvance(cut + tail) <= width:
            return cut + tail
        return kept_end_only(text, keep, metrics, width)
    # The surname alone, cut only where even it is wider than the column.
    return word if metrics.horizontalAdvance(word) <= width else _cut_right(word, metrics, width)


def _initial(head: str) -> str:
    """The first name's initial ("R."), "" where the start holds no letter."""
    letter = next((c for c in head if c.isalpha()), "")
    return f"{letter}." if letter else ""


def _cut_right(text: str, metrics: QFontMetrics, width: int) -> str:
    """Qt's cut at the end, less a bracket it would leave opened on nothing ("Dan (…")."""
    shown = metrics.elidedText(text, Qt.TextElideMode.ElideRight, width)
    if shown != text and shown.endswith(ELLIPSIS):
        shown = shown[:-1].rstrip(" (") + ELLIPSIS
    return shown


def word_tails(keep: str) -> list[str]:
    """The shorter ends of `keep` that start at a word, longest first, each without the closing
    brackets whose opening one it left out. Marks whole: words outside brackets, a bracket's
    whole words, or a bracket's last words where they end in a mark of their own (" (Rosalind
    Honeywater (demo))" gives " Honeywater (demo)", then " (demo)"); "(destroyed in a newer copy)"
    is kept whole or not at all. A bracket's last words otherwise only where `keep` holds no such
    mark shorter than itself (" (Daniel Ortiz-Fernández)" gives " Ortiz-Fernández")."""
    marks: list[str] = []
    inner: list[str] = []
    depth = 0
    for i, letter in enumerate(keep):
        if i > 0 and letter == " ":
            tail = _balanced(keep[i:])
            if tail.strip() and tail != keep:
                whole = depth == 0 or keep[i + 1:i + 2] == "(" or "(" in tail
                (marks if whole else inner).append(tail)
        depth += {"(": 1, ")": -1}.get(letter, 0)
    return list(dict.fromkeys(marks or inner))


def _balanced(tail: str) -> str:
    """The tail without each closing bracket no bracket in it opens."""
    depth, kept = 0, []
    for letter in tail:
        if letter == "(":
            depth += 1
        elif letter == ")":
            if depth == 0:
                continue
            depth -= 1
        kept.append(letter)
    return "".join(kept).rstrip()


class KeepEndDelegate(QStyledItemDelegate):
    """Draws a cell whose row gives KEEP_ROLE with that end in sight (kept_end)."""

    def initStyleOption(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> None:
        super().initStyleOption(option, index)
        keep, surname = index.data(KEEP_ROLE), index.data(SURNAME_ROLE)
        keep = keep if isinstance(keep, str) else ""
        surname = surname if isinstance(surname, str) else ""
        if not (keep or surname) or option.rect.width() <= 0:
            return
        width = text_room(option)
        if width > 0:
            option.text = kept_end(option.text, keep, option.fontMetrics, width, surname)


def text_room(option: QStyleOptionViewItem) -> int:
    """The pixels the style gives a cell's text: its rectangle less the margin it draws inside it."""
    widget = option.widget
    style = widget.style() if widget is not None else QApplication.style()
    text_rect = style.subElementRect(QStyle.SubElement.SE_ItemViewItemText, option, widget)
    margin = style.pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, widget) + 1
    return int(text_rect.width() - 2 * margin)


__all__ = ["DESTROYED_THERE", "KEEP_ROLE", "SURNAME_ROLE", "KeepEndDelegate", "destroyed_there", "kept_end",
           "kept_end_only", "kept_surname", "text_room", "word_tails"]
